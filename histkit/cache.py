"""A user cache folder for what is slow to make and fully set by its inputs: the actor matcher's variant table, the
programs of histkit's regular expressions (`patterns.compiled`).

Making every spelling of 190 names takes a good part of a second; a rerun
on the same authority file with the same histkit reads it back instead.
An entry is named by a sha256 of what made it (`cache_key`): the inputs
given, histkit's own code and data (every file of the package, so any
change of code invalidates it) and the versions of what else shapes the
result (Python's Unicode tables, cyrtranslit's code).

Where (`cache_folder`): ``$HISTKIT_CACHE`` if set, else
``$XDG_CACHE_HOME/histkit``, else ``~/.cache/histkit``; ``HISTKIT_NO_CACHE=1``
turns the default folder off, and callers take ``cache=False`` or a folder
of their own.

Safety: an entry is plain JSON (no pickle, so reading one never runs code)
after a one-line header holding the sha256 of the JSON; an entry is written
to a temporary file in the same folder and moved into place with
`os.replace`, so a reader sees the whole old file or the whole new one,
never half of one. An entry that cannot be read, is cut short, does not
match its digest or its key, or does not decode is made again and written
over; a folder that cannot be written only means no cache. At most
`KEEP` entries of a kind are kept, the least recently used go first.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

from .version import source_hash

#: The layout of an entry; bump it when the way values are written changes.
FORMAT = 1
#: Entries kept per kind (one per authority file and histkit version in use).
KEEP = 16



def cache_folder(cache: bool | str | os.PathLike = True) -> Path | None:
    """The folder the cache lives in, or None for no cache.

    >>> cache_folder(False) is None, cache_folder("/tmp/hk") == Path("/tmp/hk")
    (True, True)

    ``cache`` True: ``$HISTKIT_CACHE``, else ``$XDG_CACHE_HOME/histkit`` (an
    absolute path, as the XDG rules ask), else ``~/.cache/histkit`` — unless
    ``$HISTKIT_NO_CACHE`` is set (to anything but ``0`` or nothing). False:
    none. A path: that folder.
    """
    if cache is False:
        return None
    if cache is not True:
        return Path(cache).expanduser()
    if os.environ.get("HISTKIT_NO_CACHE", "").strip() not in ("", "0"):
        return None
    if os.environ.get("HISTKIT_CACHE", "").strip():
        return Path(os.environ["HISTKIT_CACHE"].strip()).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "histkit"
    try:
        return Path.home() / ".cache" / "histkit"
    except RuntimeError:  # no home folder to be found: no cache
        return None


def cache_key(kind: str, inputs: Any) -> str | None:
    """The name of a cache entry: a sha256 of the kind, the inputs (as JSON) and `source_hash`; None if not JSON.

    >>> cache_key("k", [1, "a"]) == cache_key("k", [1, "a"]) != cache_key("k", [1, "b"])
    True
    >>> cache_key("k", object()) is None
    True
    """
    try:
        text = json.dumps([FORMAT, kind, source_hash(), inputs], ensure_ascii=False, sort_keys=True)
    except (TypeError, ValueError):
        return None
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def remembered(kind: str, key: str | None, make: Callable[[], Any], folder: Path | None,
               encode: Callable[[Any], Any] = lambda value: value,
               decode: Callable[[Any], Any] = lambda value: value) -> Any:
    """``make()``'s value, read back from ``folder/kind/key.json`` when an earlier call wrote it.

    >>> import tempfile
    >>> calls = []
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     first = remembered("squares", "k1", lambda: calls.append(1) or (1, 4, 9), Path(folder), decode=tuple)
    ...     again = remembered("squares", "k1", lambda: calls.append(1) or (1, 4, 9), Path(folder), decode=tuple)
    >>> first, again, len(calls)
    ((1, 4, 9), (1, 4, 9), 1)

    ``encode`` turns the value into JSON, ``decode`` the JSON back into the
    value (raising ValueError, TypeError, KeyError or IndexError for JSON it
    does not accept, which is then made again). With no ``folder`` or no
    ``key``, ``make()`` runs every time.
    """
    if folder is None or key is None:
        return make()
    path = folder / kind / f"{key}.json"
    stored = _read(path, kind, key)
    if stored is not None:
        try:
            value = decode(stored[0])
        except (ValueError, TypeError, KeyError, IndexError):
            pass
        else:
            _touch(path)
            return value
    value = make()
    _write(path, kind, key, encode(value))
    return value


def entry(kind: str, key: str, folder: Path):
    """The value kept as ``folder/kind/key.json``, or None when there is none (or it is damaged).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     before = entry("bank", "k", Path(folder))
    ...     keep("bank", "k", {"a": 1}, Path(folder))
    ...     after = entry("bank", "k", Path(folder))
    >>> before, after
    (None, {'a': 1})

    For a value that grows as a process goes (`keep` writes it over): what
    `remembered` does for a value made in one go.
    """
    path = folder / kind / f"{key}.json"
    stored = _read(path, kind, key)
    if stored is None:
        return None
    _touch(path)
    return stored[0]


def keep(kind: str, key: str, value: Any, folder: Path) -> None:
    """Write ``value`` (JSON) as ``folder/kind/key.json``, whole or not at all; a folder that cannot be written is
    no cache."""
    _write(folder / kind / f"{key}.json", kind, key, value)


def _read(path: Path, kind: str, key: str) -> tuple[Any] | None:
    """The JSON value of an entry, in a 1-tuple; None for a missing, unreadable or damaged one."""
    try:
        with open(path, "rb") as handle:
            header = json.loads(handle.readline())
            body = handle.read()
        if not isinstance(header, dict) or (header.get("format"), header.get("kind"), header.get("key")) != (
                FORMAT, kind, key) or header.get("sha256") != hashlib.sha256(body).hexdigest():
            return None
        return (json.loads(body),)
    except (OSError, ValueError):  # ValueError: not JSON, or not UTF-8
        return None


def _write(path: Path, kind: str, key: str, value: Any) -> None:
    """Write an entry whole or not at all: a temporary file in the same folder, then `os.replace`."""
    try:
        body = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    except (TypeError, ValueError):
        return
    header = {"format": FORMAT, "kind": kind, "key": key, "sha256": hashlib.sha256(body).hexdigest()}
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{key[:12]}-", suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(json.dumps(header).encode("ascii") + b"\n" + body)
        os.replace(temporary, path)
        temporary = None
        _prune(path.parent)
    except OSError:
        pass  # a folder that cannot be written: no cache, the value is still right
    finally:
        if temporary is not None:
            try:
                os.unlink(temporary)
            except OSError:
                pass


def _touch(path: Path) -> None:
    try:
        os.utime(path)
    except OSError:
        pass


def _prune(folder: Path) -> None:
    """Keep the `KEEP` most recently used entries, and no temporary file left over a day ago by a crash."""
    entries, now = [], time.time()
    for path in folder.iterdir():
        try:
            used = path.stat().st_mtime
            if path.suffix == ".json":
                entries.append((used, path.name, path))
            elif path.suffix == ".tmp" and now - used > 86400:
                path.unlink()
        except OSError:
            continue  # gone already: another process pruned it
    for _, _, path in sorted(entries, reverse=True)[KEEP:]:
        try:
            path.unlink()
        except OSError:
            pass
