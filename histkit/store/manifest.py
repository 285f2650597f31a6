"""The store's manifest: what a store was built from, so a rerun knows what it may keep.

``manifest.json`` names histkit's version and a hash of its source, the
hashes of the authority files, the options that change the tables, and each
document with the sha256 of its file's bytes and the rows it gave each table.
A rerun keeps a document's rows only when all of these are unchanged.

It also names each file of each table with its size and sha256 (a CSV file
with the sha256 of each run of bytes it was written in), so that a table
file cut short, deleted or overwritten since is found (`inspect_store`) and
rebuilt rather than read.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import HistkitError
from ..version import __version__

MANIFEST = "manifest.json"
#: The layout of the store's folder; a store of a higher number is refused.
STORE_FORMAT = 2  # 2: a table is a folder of part files, one a batch (1: one Parquet file)


@dataclass
class Manifest:
    """What a store holds and what it was built from.

    >>> manifest = Manifest(build={"histkit_source": "abc"}, documents=[{"path": "a.txt", "sha256": "1", "rows": {}}])
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
        """The manifest as JSON: a line per document and per table, so a store of 100,000 documents is written fast.

        (An indented dump goes through json's Python encoder, a value at a time: seconds for a large store.)
        """
        data = {"store_format": self.store_format, "histkit_version": self.version, "build": self.build,
                "corpus": self.corpus, "tables": self.tables, "documents": self.documents}
        lines = []
        for key, value in sorted(data.items()):
            if isinstance(value, list):
                inner = ",\n".join(f"  {_compact(item)}" for item in value)
                text = f"[\n{inner}\n ]" if value else "[]"
            elif key == "tables":
                inner = ",\n".join(f"  {_compact(name)}: {_compact(item)}" for name, item in sorted(value.items()))
                text = f"{{\n{inner}\n }}" if value else "{}"
            else:
                text = _compact(value)
            lines.append(f" {_compact(key)}: {text}")
        return "{\n" + ",\n".join(lines) + "\n}\n"

    @classmethod
    def from_json(cls, text: str) -> "Manifest":
        """The manifest written as ``text``; raises ValueError when it is not one (garbled, cut short, edited)."""
        data = json.loads(text)
        if not isinstance(data, dict) or not {"build", "documents", "tables"} <= data.keys():
            raise ValueError("it is not a JSON object with the build, documents and tables of a store")
        manifest = cls(build=data.get("build", {}), documents=data.get("documents", []), corpus=data.get("corpus", {}),
                       tables=data.get("tables", {}), version=str(data.get("histkit_version", "0")),
                       store_format=int(data.get("store_format", 0)))
        shapes = [(manifest.build, dict), (manifest.corpus, dict), (manifest.tables, dict), (manifest.documents, list)]
        if not all(isinstance(value, kind) for value, kind in shapes) or not all(
                isinstance(entry, dict) and isinstance(entry.get("path"), str) and isinstance(entry.get("rows"), dict)
                for entry in manifest.documents) or not all(isinstance(t, dict) for t in manifest.tables.values()):
            raise ValueError("its fields are not those of a store's manifest")
        return manifest


def _compact(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(", ", ": "))


def read_manifest(store: str | os.PathLike) -> Manifest | None:
    """The manifest of a store; None when the folder is no store (or its manifest cannot be read).

    >>> read_manifest("no/such/store") is None
    True

    Raises `HistkitError` when a newer histkit wrote the store: this one
    cannot know what the newer one put there.
    """
    try:
        return _load(Path(store))
    except (OSError, ValueError):
        return None


def _load(store: Path) -> Manifest:
    """The manifest of a store; OSError when there is none, ValueError when it cannot be read."""
    manifest = Manifest.from_json((store / MANIFEST).read_text(encoding="utf-8"))
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


def run_hashes(path: str | os.PathLike, sizes: list[int]) -> list[str]:
    """The sha256 of each run of a file's bytes, runs of ``sizes`` bytes one after the other from its start.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = (Path(folder) / "a.txt").write_bytes(b"TitoSpaak")
    ...     [h[:12] for h in run_hashes(Path(folder) / "a.txt", [4, 5])]
    ['0bfdddc8e646', '20b31d439b3e']
    """
    hashes = []
    with open(path, "rb") as fh:
        for size in sizes:
            digest = hashlib.sha256()
            while size > 0:
                chunk = fh.read(min(size, 1 << 20))
                if not chunk:
                    break
                digest.update(chunk)
                size -= len(chunk)
            hashes.append(digest.hexdigest())
    return hashes


def meta_hash(meta: dict) -> str:
    """A short hash of a document's metadata (its row of corpus.csv), which the documents table shows.

    >>> meta_hash({"year": "1954"}) == meta_hash({"year": "1954"}) != meta_hash({})
    True
    """
    return hashlib.sha256(json.dumps(meta, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


def file_entry(path: str | os.PathLike) -> dict:
    """What the manifest records of a table file to know it again: its size and its sha256.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = (Path(folder) / "notes.csv").write_bytes(b"Tito")
    ...     file_entry(Path(folder) / "notes.csv")["bytes"]
    4
    """
    return {"bytes": os.stat(path).st_size, "sha256": file_hash(path)}


def part_name(index: int) -> str:
    """The file name of a table's part ``index`` (in the folder ``<table>.parquet``); names sort in row order.

    >>> part_name(3)
    'part-000003.parquet'
    """
    return f"part-{index:06d}.parquet"


def table_files(store: Path, name: str, manifest: Manifest) -> list[str]:
    """The part files of a table of the store, in row order (as its manifest lists them).

    >>> table_files(Path("store"), "notes", Manifest(tables={"notes": {"parts": [40, 12]}}))
    ['store/notes.parquet/part-000000.parquet', 'store/notes.parquet/part-000001.parquet']
    """
    parts = manifest.tables.get(name, {}).get("parts") or [0]
    return [str(store / f"{name}.parquet" / part_name(i)) for i in range(len(parts))]


@dataclass
class Damage:
    """What is wrong with a store's files, and what the next update does about it.

    ``reparse`` says why the rows of the previous store cannot be kept (a
    Parquet table it reads back, or the manifest, is damaged): every document
    is parsed again. ``rewrite`` names files that the update writes anew from
    the rows it keeps (a CSV file beside its Parquet table, the actors table).
    ``messages`` say what was found and what is done, one a file.
    """

    reparse: str = ""
    rewrite: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.reparse or self.rewrite)


def inspect_store(store: str | os.PathLike, reread: Collection[str], checksums: bool = True
                  ) -> tuple[Manifest | None, Damage]:
    """The manifest of a store, and its table files that are not as the manifest recorded them.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     store = Path(folder)
    ...     part = store / "notes.parquet" / part_name(0)
    ...     part.parent.mkdir(); _ = part.write_bytes(b"PAR1...PAR1")
    ...     files = {f"notes.parquet/{part.name}": file_entry(part)}
    ...     _ = (store / MANIFEST).write_text(Manifest(tables={"notes": {"rows": 1, "files": files, "parts": [1]}}).to_json())
    ...     sound = inspect_store(store, ["notes"])[1]
    ...     _ = part.write_bytes(b"PAR1..")
    ...     damage = inspect_store(store, ["notes"])[1]
    >>> bool(sound), damage.reparse
    (False, "the store's notes.parquet/part-000000.parquet is cut short or overwritten (6 bytes; the manifest says 11)")

    ``reread`` are the tables whose Parquet rows an update keeps (damage
    there means parsing every document again); every other file is a copy,
    written again. ``checksums`` False compares sizes only (a quick look).
    A manifest that cannot be read is damage too (the store is built
    again); no manifest and no tables is a folder that holds no store yet.
    Raises `HistkitError` when a newer histkit wrote the store.
    """
    store = Path(store)
    try:
        manifest = _load(store)
    except (OSError, ValueError) as exc:
        found = [f"{name}.parquet" for name in reread if (store / f"{name}.parquet").exists()]
        if not (store / MANIFEST).exists() and not found:
            return None, Damage()
        what = f"cannot be read ({exc})" if (store / MANIFEST).exists() else f"is missing (the store has {found[0]})"
        reason = f"the store's {MANIFEST} {what}"
        return None, Damage(reason, [], [f"{store}: {reason}: every document is parsed again and the store rewritten"])
    damage = Damage()
    for name, table in sorted(manifest.tables.items()):
        for file, expected in sorted(table.get("files", {}).items()):
            what = _file_damage(store / file, expected, checksums)
            if not what:
                continue
            if file.startswith(f"{name}.parquet") and name in reread:
                damage.reparse = damage.reparse or f"the store's {file} {what}"
                damage.messages.append(f"{store / file} {what}: every document is parsed again and the store rewritten")
            else:
                damage.rewrite.append(file)
                damage.messages.append(f"{store / file} {what}: written again from the rows the store keeps")
                expected.pop("documents", None)  # its lines are not copied into the next version
                expected.pop("batches", None)
        if "files" not in table and name in reread and not _rows_as_recorded(store / f"{name}.parquet", table):
            damage.reparse = damage.reparse or f"the store's {name}.parquet cannot be read as recorded"
            damage.messages.append(f"{store / name}.parquet cannot be read or has other rows than recorded: "
                                   "every document is parsed again and the store rewritten")
    return manifest, damage


def _file_damage(path: Path, expected: dict, checksums: bool) -> str:
    """How a table file differs from its entry in the manifest; empty when it does not."""
    try:
        size = path.stat().st_size
    except OSError:
        return "is missing"
    if size != expected.get("bytes"):
        return f"is cut short or overwritten ({size:,} bytes; the manifest says {expected.get('bytes', 0):,})"
    if checksums and not _same_bytes(path, expected):
        return "has changed since it was written (its sha256 is not the manifest's)"
    return ""


def _same_bytes(path: Path, expected: dict) -> bool:
    """The file's bytes hash as the manifest recorded: the whole file, or each run of it (a CSV file)."""
    runs = expected.get("batches")
    if runs is None:
        return file_hash(path) == expected.get("sha256")
    try:
        sizes, hashes = [int(size) for size, _ in runs], [sha for _, sha in runs]
    except (TypeError, ValueError):  # an edited manifest
        return False
    return sum(sizes) == expected.get("bytes") and run_hashes(path, sizes) == hashes


def _rows_as_recorded(path: Path, table: dict) -> bool:
    """A store written before table files had checksums: its Parquet files open and have the rows recorded."""
    import pyarrow.parquet as pq

    files = [path / part_name(i) for i in range(len(table.get("parts") or []))] if path.is_dir() else [path]
    try:
        return bool(files) and sum(pq.ParquetFile(f).metadata.num_rows for f in files) == table.get("rows")
    except Exception:  # missing, truncated or not Parquet at all
        return False
