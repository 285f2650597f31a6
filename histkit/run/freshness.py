"""Whether a corpus store is as the runner last left it, told from file sizes and times, without loading the parsers.

Checking a store the full way (`update_store`) hashes every file of the
corpus and needs the parsers loaded: a second of work for a process that
then finds nothing to do. After it brought a store up to date, the runner
writes a *fingerprint* beside it: the sizes and modification times of the
corpus folder's files, of the authority files and of histkit's own files,
and a hash of the store's manifest. A rerun whose fingerprint is the same
leaves the store alone. Nothing depends on the fingerprint being right: each
notebook's `load_tables` still checks the store the full way (then finding
it current costs it only a few file hashes), so a change the fingerprint
misses is still seen, just by a kernel.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from ..data import authority_file
from ..version import __version__

_PACKAGE = Path(__file__).resolve().parents[1]


def fingerprint_file(folder: Path) -> Path:
    """Where the fingerprint of the store in `folder` is kept: a hidden file beside it, as its lock is.

        >>> fingerprint_file(Path("runs/.store/64a494342d2f900c")).as_posix()
        'runs/.store/.64a494342d2f900c.fingerprint'
    """
    return folder.parent / f".{folder.name}.fingerprint"


def fingerprint(corpus: Path, actors: Path | None, folder: Path, archives: Path | None = None) -> str | None:
    """A digest of what decides whether the store of `corpus` in `folder` is current; None when a file is missing.

        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as scratch:
        ...     _ = (Path(scratch) / "a.txt").write_text("Tito", encoding="utf-8")
        ...     fingerprint(Path(scratch), None, Path(scratch) / "store") is None    # no store yet
        True
    """
    try:
        parts: list = [__version__, sys.executable, hashlib.sha256((folder / "manifest.json").read_bytes()).hexdigest()]
        parts += _stats(sorted(folder.glob("*.parquet/*.parquet")), folder)
        corpus_folder = corpus if corpus.is_dir() else corpus.parent  # a file's metadata is its folder's corpus.csv
        parts += _stats(sorted(p for p in corpus_folder.iterdir() if p.is_file()), corpus_folder)
        parts += _stats([actors or authority_file("actors.csv"), authority_file("archives.csv")] + ([archives] if archives else []),
                        None)
        parts += _stats(sorted(p for p in _PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts), _PACKAGE)
    except OSError:
        return None
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()


def _stats(paths, root: Path | None) -> list[tuple]:
    found = []
    for path in paths:
        stat = Path(path).stat()
        name = Path(path).relative_to(root).as_posix() if root else str(Path(path).resolve())
        found.append((name, stat.st_size, stat.st_mtime_ns))
    return found


def looks_current(corpus: Path, actors: Path | None, folder: Path, archives: Path | None = None) -> bool:
    """Whether the store's fingerprint is the one written when it was last brought up to date."""
    now = fingerprint(corpus, actors, folder, archives)
    try:
        return now is not None and fingerprint_file(folder).read_text(encoding="utf-8") == now
    except OSError:
        return False


def remember(corpus: Path, actors: Path | None, folder: Path, archives: Path | None = None) -> None:
    """Write the fingerprint of a store just brought up to date; a folder that cannot be written is passed over."""
    now = fingerprint(corpus, actors, folder, archives)
    if now is None:
        return
    try:
        fingerprint_file(folder).write_text(now, encoding="utf-8")
    except OSError:
        pass
