"""The store's manifest: what a store was built from, so a rerun knows what it may keep.

``manifest.json`` names histkit's version and a hash of its source, the
hashes of the authority files, the options that change the tables, and each
document with the sha256 of its file's bytes and the rows it gave each table.
A rerun keeps a document's rows only when all of these are unchanged.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import HistkitError
from ..version import __version__

MANIFEST = "manifest.json"
#: The layout of the store's folder; a store of a higher number is refused.
STORE_FORMAT = 1

_PACKAGE = Path(__file__).resolve().parent.parent


@dataclass
class Manifest:
    """What a store holds and what it was built from.

    >>> manifest = Manifest(build={"histkit_source": "abc"}, documents=[{"path": "a.txt", "sha256": "1"}])
    >>> Manifest.from_json(manifest.to_json()).documents[0]["path"]
    'a.txt'
    """

    build: dict = field(default_factory=dict)
    documents: list[dict] = field(default_factory=list)
    corpus: dict = field(default_factory=dict)
    tables: dict = field(default_factory=dict)
    version: str = __version__
    store_format: int = STORE_FORMAT

    def to_json(self) -> str:
        data = {"store_format": self.store_format, "histkit_version": self.version, "build": self.build,
                "corpus": self.corpus, "tables": self.tables, "documents": self.documents}
        return json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> "Manifest":
        data = json.loads(text)
        return cls(build=data.get("build", {}), documents=data.get("documents", []), corpus=data.get("corpus", {}),
                   tables=data.get("tables", {}), version=data.get("histkit_version", "0"),
                   store_format=int(data.get("store_format", 0)))


def read_manifest(store: str | os.PathLike) -> Manifest | None:
    """The manifest of a store; None when the folder is no store (or its manifest cannot be read).

    >>> read_manifest("no/such/store") is None
    True

    Raises `HistkitError` when a newer histkit wrote the store: this one
    cannot know what the newer one put there.
    """
    path = Path(store) / MANIFEST
    try:
        manifest = Manifest.from_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, AttributeError):
        return None
    if manifest.store_format > STORE_FORMAT or _version_key(manifest.version) > _version_key(__version__):
        raise HistkitError(
            f"the store {store} was written by histkit {manifest.version} (store format {manifest.store_format}), "
            f"newer than this histkit {__version__}; upgrade histkit (pip install -U histkit), "
            f"or give another --out folder to build a new store")
    return manifest


def _version_key(version: str) -> tuple:
    parts = []
    for part in str(version).split("."):
        digits = "".join(ch for ch in part if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


@lru_cache(maxsize=1)
def source_hash() -> str:
    """A sha256 of histkit's own code and data: when it changes, every document is parsed again.

    >>> len(source_hash())
    64
    """
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".csv", ".txt", ".json", ".yaml", ".yml", ".tsv"):
            digest.update(path.relative_to(_PACKAGE).as_posix().encode("utf-8") + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def file_hash(path: str | os.PathLike) -> str:
    """The sha256 of a file's bytes.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = (Path(folder) / "a.txt").write_bytes(b"Tito")
    ...     file_hash(Path(folder) / "a.txt")[:12]
    '0bfdddc8e646'
    """
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def meta_hash(meta: dict) -> str:
    """A short hash of a document's metadata (its row of corpus.csv), which the documents table shows.

    >>> meta_hash({"year": "1954"}) == meta_hash({"year": "1954"}) != meta_hash({})
    True
    """
    return hashlib.sha256(json.dumps(meta, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]
