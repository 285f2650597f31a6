"""What a rerun must do: the corpus's files, and which of them the previous store already holds.

A file is kept from the previous store when its bytes (sha256), its metadata
(its row of corpus.csv) and its path are unchanged and histkit, the authority
files and the options are the same as when the store was built; otherwise it
is parsed again. Files gone from the corpus lose their rows.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import CorpusError
from ..read import READ_SUFFIXES, folder_files, read_metadata
from .manifest import STORE_FORMAT, Manifest, file_hash, meta_hash


@dataclass
class Source:
    """One file of the corpus as the store records it; ``error`` is what is known wrong before reading it.

    >>> Source("data/a.txt", "a", {"year": "1954"}, sha256="ff").record()["meta"] == meta_hash({"year": "1954"})
    True
    """

    path: str
    doc_id: str
    meta: dict = field(default_factory=dict)
    sha256: str = ""
    error: str = ""

    def record(self) -> dict:
        """The manifest's entry of this file (before its rows are counted)."""
        return {"path": self.path, "doc_id": self.doc_id, "sha256": self.sha256, "meta": meta_hash(self.meta),
                "error": self.error}


def list_sources(paths, strict: bool = False) -> list[Source]:
    """The files a corpus is made of, in the order `load_corpus` reads them, each with its hash.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = (Path(folder) / "b.txt").write_text("Tito", encoding="utf-8")
    ...     _ = (Path(folder) / "a.txt").write_text("Spaak", encoding="utf-8")
    ...     [(s.doc_id, s.error) for s in list_sources([folder, Path(folder) / "none.txt"])]
    [('a', ''), ('b', ''), ('none', 'no such file or folder')]

    A path that is missing, a folder with nothing histkit reads and a second
    file with the same doc_id get an ``error`` (with ``strict``, raise `CorpusError`).
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    sources: list[Source] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = folder_files(path)
            if not found:
                sources.append(_failed(path, f"the folder holds no files histkit reads ({', '.join(READ_SUFFIXES)})",
                                       strict))
            meta = read_metadata(path / "corpus.csv")
            sources.extend(_source(p, meta.get(p.stem, {})) for p in found)
        elif path.exists():
            sources.append(_source(path, read_metadata(path.parent / "corpus.csv").get(path.stem, {})))
        else:
            sources.append(_failed(path, "no such file or folder", strict))
    seen: set[str] = set()
    # a file of a format histkit reads takes its stem as the document's id before one it only reports (`a.doc` beside
    # `a.docx`: the old Word file, which cannot be read, must not push the new one out as a second `a`)
    for source in sorted(sources, key=lambda s: Path(s.path).suffix.lower() not in READ_SUFFIXES):
        if source.error:
            continue
        if source.doc_id in seen:
            source.error = f"a second document with the id {source.doc_id!r} (the file stem); rename one of the files"
            if strict:
                raise CorpusError(source.path, source.error)
        seen.add(source.doc_id)
    return sources


def _source(path: Path, meta: dict) -> Source:
    try:
        sha = file_hash(path)
    except OSError:
        sha = ""  # unreadable: the reader says why, and an empty hash is never taken as unchanged
    return Source(str(path), path.stem, meta, sha)


def _failed(path: Path, problem: str, strict: bool) -> Source:
    if strict:
        raise CorpusError(path, problem)
    return Source(str(path), path.stem, error=problem)


@dataclass
class Plan:
    """Which sources keep their rows from the previous store, and what changed.

    ``kept`` maps a source's path to its entry in the previous manifest;
    ``reason`` says why nothing could be kept (empty when all could).
    """

    kept: dict[str, dict]
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    removed: int = 0
    reason: str = ""

    def summary(self) -> str:
        """What the rerun did, as the command prints it.

        >>> Plan({}, new=3, changed=1, unchanged=2341, removed=1).summary()
        '3 new, 1 changed, 2,341 unchanged, 1 removed'
        """
        return f"{self.new:,} new, {self.changed:,} changed, {self.unchanged:,} unchanged, {self.removed:,} removed"


def plan_update(sources: list[Source], old: Manifest | None, build: dict, damaged: str = "") -> Plan:
    """Compare the corpus with the previous store's manifest.

    >>> old = Manifest(build={"h": 1}, documents=[{**Source("a.txt", "a", sha256="1").record(), "rows": {}},
    ...                                          {**Source("gone.txt", "gone", sha256="2").record(), "rows": {}}])
    >>> plan = plan_update([Source("a.txt", "a", sha256="1"), Source("b.txt", "b", sha256="3")], old, {"h": 1})
    >>> plan.summary(), sorted(plan.kept)
    ('1 new, 0 changed, 1 unchanged, 1 removed', ['a.txt'])

    Nothing is kept (every file counts as changed) when histkit, an
    authority file or an option changed, when the previous tables are
    ``damaged`` (why, as `inspect_store` says), or when the files come in
    another order than before.
    """
    previous = {entry["path"]: entry for entry in (old.documents if old else [])}
    wanted = [s for s in sources if not s.error]  # a file known bad before reading is reported anew each run
    plan = Plan({}, removed=len(set(previous) - {s.path for s in wanted}))
    reason = _why_not_kept(old, build, damaged)
    order = [i for i, entry in enumerate(old.documents)] if old else []
    position = {entry["path"]: i for i, entry in zip(order, old.documents)} if old else {}
    last = -1
    for source in wanted:
        entry = previous.get(source.path)
        if entry is None:
            plan.new += 1
        elif reason or not _same(entry, source):
            plan.changed += 1
        elif position[source.path] < last:
            reason = "the files come in another order than before"
            plan.changed += 1
        else:
            plan.kept[source.path] = entry
            last = position[source.path]
    if reason:
        plan.changed += len(plan.kept)
        plan.unchanged, plan.kept, plan.reason = 0, {}, reason
    else:
        plan.unchanged = len(plan.kept)
    return plan


def _same(entry: dict, source: Source) -> bool:
    return bool(source.sha256) and all(entry.get(k) == v for k, v in source.record().items())


def _why_not_kept(old: Manifest | None, build: dict, damaged: str) -> str:
    if old is None:
        return ""
    if damaged:
        return damaged
    if old.store_format != STORE_FORMAT:
        return "the store's folder has an older layout"
    if old.build.get("histkit_source") != build.get("histkit_source"):
        return "histkit changed"
    if old.build != build:
        return "an authority file or an option changed"
    return ""
