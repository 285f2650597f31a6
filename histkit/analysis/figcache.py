"""Figure files kept by what they were drawn from, so a rerun copies them instead of drawing them again.

Drawing a page-wide figure as PDF (with its font subset), SVG and 300-dpi PNG
costs about a second; a rerun of `make run` on unchanged tables draws the
same figures again. A figure made by one of histkit's figure functions is
marked with a *recipe*: a hash of the function, its arguments and the
matplotlib settings in force. `save_figure` then keys each file by the
recipe, the settings at save time, the figure's size and layout, the
versions of the drawing libraries, the font file and histkit's analysis
code; a file already kept under that key is copied, else drawn and kept.

A figure changed after its function returned (a title added, an artist
moved) is stale in matplotlib's sense, and a figure drawn in between may
have been changed before: both lose their recipe and are always drawn
afresh, as is any figure made another way. The cache is used only when the
environment variable HISTKIT_FIGURE_CACHE names its folder; `histkit run`
sets it for its kernels (runs/.cache/figures) and prunes it after the run.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import time
from functools import lru_cache
from pathlib import Path

#: The environment variable naming the cache folder; unset or empty: every figure is drawn.
CACHE_ENV = "HISTKIT_FIGURE_CACHE"
_RECIPE = "_histkit_recipe"
_LIBRARIES = ("matplotlib", "numpy", "pillow", "fonttools", "networkx", "pandas", "contourpy", "kiwisolver")
_SESSION_ONLY = ("backend", "backend_fallback", "interactive")  # differ between a kernel and a script, draw the same


def cache_folder() -> Path | None:
    """The folder named by HISTKIT_FIGURE_CACHE, or None when figures are not cached.

        >>> from unittest import mock
        >>> with mock.patch.dict(os.environ, {CACHE_ENV: "runs/.cache/figures"}):
        ...     cache_folder()
        PosixPath('runs/.cache/figures')
    """
    value = os.environ.get(CACHE_ENV, "").strip()
    return Path(value) if value else None


def remember_recipe(fig, *ingredients) -> None:
    """Mark `fig` as drawn from `ingredients` alone (and the matplotlib settings now in force).

        >>> import matplotlib.pyplot as plt
        >>> fig, ax = plt.subplots(); remember_recipe(fig, "plot_bars", [1, 2])
        >>> file_key(fig, "png") is not None
        True
        >>> _ = ax.set_title("changed afterwards"); file_key(fig, "png") is None
        True
        >>> plt.close(fig)

    Ingredients that cannot be pickled leave the figure unmarked.
    """
    try:
        recipe = hashlib.sha256(pickle.dumps((ingredients, _settings()), protocol=5)).hexdigest()
    except Exception:  # a lambda, an open file: nothing stable to key the files by
        return
    setattr(fig, _RECIPE, recipe)
    fig.stale = False  # any change from here on makes it stale again
    fig.canvas.mpl_connect("draw_event", _forget)


def _forget(event) -> None:
    # Drawing clears `stale`: a change made before it could no longer be seen.
    setattr(event.canvas.figure, _RECIPE, None)


def file_key(fig, fmt: str) -> str | None:
    """The key of `fig` saved as `fmt` now; None when it has no recipe or was changed since.

    Call it before drawing the figure (drawing drops the recipe).
    """
    recipe = getattr(fig, _RECIPE, None)
    if not recipe or fig.stale:
        return None
    engine = fig.get_layout_engine()
    shape = (tuple(fig.get_size_inches()), fig.dpi, type(engine).__name__, engine.get() if engine else None,
             len(fig.axes), fmt)
    text = repr((recipe, shape, _settings(), _environment()))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _settings() -> str:
    import matplotlib  # here, so that the runner prunes the cache without loading matplotlib

    rc = matplotlib.rcParams
    return repr([(k, v) for k, v in sorted(dict.items(rc)) if k not in _SESSION_ONLY])


@lru_cache(maxsize=1)
def _environment() -> tuple:
    """What besides the figure decides its bytes: library versions, the house font's file, histkit's analysis code."""
    from importlib import metadata

    from matplotlib import font_manager

    versions = []
    for name in _LIBRARIES:
        try:
            versions.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            versions.append((name, None))
    font = font_manager.findfont(font_manager.FontProperties(family="DejaVu Sans"))
    stat = os.stat(font)
    code = hashlib.sha256()
    for path in sorted(Path(__file__).resolve().parent.glob("*.py")):
        code.update(path.name.encode("utf-8") + b"\0" + path.read_bytes())
    return tuple(versions), (font, stat.st_size, stat.st_mtime_ns), code.hexdigest()


def reuse(key: str, path: Path, folder: Path) -> bool:
    """Copy the file kept under `key` to `path`; False when none is kept (or it cannot be read)."""
    entry = folder / key[:2] / key
    try:
        shutil.copyfile(entry, path)
        os.utime(entry)  # recently used: pruned last
    except OSError:
        return False
    return True


def keep(key: str, path: Path, folder: Path) -> None:
    """Keep a copy of the file just drawn at `path` under `key`; a cache that cannot be written is passed over."""
    entry = folder / key[:2] / key
    scratch = entry.with_name(f".{key}.{os.getpid()}.tmp")
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, scratch)
        os.replace(scratch, entry)  # whole or not at all, even with two kernels keeping the same file
    except OSError:
        scratch.unlink(missing_ok=True)


def prune(folder: str | os.PathLike, max_bytes: int = 256 << 20, max_age_days: float = 30.0) -> int:
    """Remove files unused for `max_age_days`, then the least recently used until `max_bytes` remain; how many went.

        >>> import tempfile; scratch = tempfile.TemporaryDirectory()
        >>> for key in ("aa1", "aa2"):
        ...     (Path(scratch.name) / "aa").mkdir(exist_ok=True); _ = (Path(scratch.name) / "aa" / key).write_bytes(b"x" * 10)
        >>> prune(scratch.name, max_bytes=15), len(list(Path(scratch.name).rglob("aa?")))
        (1, 1)
        >>> scratch.cleanup()
    """
    entries = []
    for path in Path(folder).glob("*/*"):
        try:
            stat = path.stat()
        except OSError:
            continue
        entries.append((stat.st_mtime, stat.st_size, path))
    entries.sort()
    total = sum(size for _, size, _ in entries)
    oldest = time.time() - max_age_days * 86400
    removed = 0
    for mtime, size, path in entries:
        if mtime >= oldest and total <= max_bytes:
            break
        path.unlink(missing_ok=True)
        total -= size
        removed += 1
    return removed
