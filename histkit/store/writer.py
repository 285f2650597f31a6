"""The store on disk: tables written in bounded batches, kept rows carried over, swapped in whole.

Rows arrive one document at a time. Each table is a Parquet dataset, a
folder ``<table>.parquet`` of part files, one a batch, so memory holds one
batch per table however large the corpus. Where a batch ends depends only on
the documents around it (see `ends_batch`), so the bytes depend only on the
rows: a table built in one go and one built by keeping most documents of a
previous store are the same files. Everything is written into a folder beside
the store and swapped in at the end: until then the previous store stays
complete, and a crash leaves it as it was.

A rerun that keeps most documents must not pay for them again: a batch made
only of kept rows is a part file of the previous store, which is linked (or
copied), not encoded again; the batches around a changed document are
encoded from the previous parts and the new rows. Kept documents' CSV lines
are copied as bytes from the previous CSV file (the manifest records how
many bytes each document's lines take), so only the documents parsed anew
are formatted as CSV, and only the batches around them hashed (see `csvfile`).
"""

from __future__ import annotations

import bisect
import hashlib
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from .csvfile import Copied, CsvFile, Lines, OldCsv, csv_text, document_bytes
from .manifest import file_entry, part_name

#: The most rows a table buffers before writing them as one part file (and one run of CSV lines).
BATCH_ROWS = 50_000
#: Past half of BATCH_ROWS, a batch ends after a document that `ends_batch`: one in this many.
CUT_EVERY = 8
#: Documents' tables held apart before they are joined into one: an Arrow table costs some 17 kB however few its
#: rows, so 50,000 one-row tables of the documents table would take most of a gigabyte until their batch is full.
_LOOSE = 256


def ends_batch(doc_id: str) -> bool:
    """Whether a batch may end after this document (once it holds half of BATCH_ROWS): one id in CUT_EVERY.

    >>> [n for n in range(40) if ends_batch(f"doc{n}")], sum(ends_batch(f"doc{n}") for n in range(800))
    ([18, 26], 98)

    Decided by the id alone, so a changed document moves no batch boundary
    beyond the next such document: the part files after it stay the same.
    """
    return int.from_bytes(hashlib.sha256(doc_id.encode("utf-8")).digest()[:4], "big") % CUT_EVERY == 0


class TableWriter:
    """One table of the store: a Parquet dataset (a folder of part files), and a CSV file too when asked.

    >>> import tempfile
    >>> schema = pa.schema([pa.field("doc_id", pa.string())])
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     writer = TableWriter(Path(folder), "notes", schema, csv=True)
    ...     writer.add(pa.table({"doc_id": ["a", "b"]}, schema=schema))
    ...     writer.close()
    ...     (Path(folder) / "notes.csv").read_text(), pq.read_table(Path(folder) / "notes.parquet").num_rows
    ('doc_id\\na\\nb\\n', 2)

    Each `add` is one document's rows: an Arrow table just made, or the
    `KeptRows` of a previous store, and whether the document `ends_batch`.
    ``files`` (after `close`) gives each file written with its size and
    sha256, and the CSV file also with the bytes of each document's lines,
    for the next update to copy; ``parts`` the rows of each part file.
    """

    def __init__(self, folder: Path, name: str, schema: pa.Schema, csv: bool):
        self.schema, self.rows, self.name = schema, 0, name
        self.parquet_path = folder / f"{name}.parquet"
        self.parquet_path.mkdir()
        self.parts: list[int] = []  # the rows of each part file written, in order
        self.part_files: dict[str, dict] = {}
        self.csv = CsvFile(folder / f"{name}.csv", csv_text(schema.empty_table(), header=True)) if csv else None
        self.pending: list[_Parsed | KeptRows] = []
        self.pending_rows = self.loose = 0
        self.files: dict[str, dict] = {}  # each file written, with its size and sha256 (after `close`)

    def add(self, table: pa.Table | KeptRows, cut: bool = False) -> None:
        """Add one document's rows; a full batch is written out, and one past half full after a ``cut`` document."""
        last = self.pending[-1] if self.pending else None
        if isinstance(table, KeptRows) and isinstance(last, KeptRows) and last.joins(table):
            last.extend(table)  # a run of kept documents is read and copied in one go
        elif isinstance(table, KeptRows):
            self.pending.append(table)
        else:
            self.pending.append(_Parsed(table, [table.num_rows]))
            self.loose += 1
            if self.loose >= _LOOSE:
                self._join_loose()
        self.pending_rows += table.num_rows
        self.rows += table.num_rows
        if self.pending_rows >= BATCH_ROWS or (cut and 2 * self.pending_rows >= BATCH_ROWS):
            self._flush()

    def _join_loose(self) -> None:
        """Join the documents' tables added since the last kept rows into one (the batch's bytes are the same)."""
        first = len(self.pending)
        while first and isinstance(self.pending[first - 1], _Parsed):
            first -= 1
        loose = self.pending[first:]
        joined = pa.concat_tables([item.table for item in loose]).combine_chunks()
        self.pending[first:] = [_Parsed(joined, [n for item in loose for n in item.counts])]
        self.loose = 0

    def _flush(self) -> None:
        if not self.pending:
            return
        linked = self._link_kept_part()
        # Rows are read only to be encoded: a linked part's kept rows need reading only for CSV lines not kept as bytes.
        tables = [item.read() if not linked or (self.csv and not _has_csv(item)) else None
                  for item in self.pending]
        if not linked:
            batch = pa.concat_tables(tables).combine_chunks()
            if batch.num_rows:  # documents without rows here add no part, only their (empty) CSV share
                path = self._next_part()
                pq.write_table(batch, path, row_group_size=batch.num_rows, compression="zstd")
                self.part_files[self._key(path)] = file_entry(path)
                self.parts.append(batch.num_rows)
        if self.csv:
            self._csv(tables)
        self.pending, self.pending_rows, self.loose = [], 0, 0

    def _link_kept_part(self) -> bool:
        """A batch that is one part of the previous store, row for row, takes that part's file as it is."""
        if len(self.pending) != 1 or not isinstance(self.pending[0], KeptRows) or not self.pending_rows:
            return False
        kept = self.pending[0]
        found = kept.source.part(kept.start, kept.num_rows)
        if found is None:
            return False
        old, entry = found
        path = self._next_part()
        try:
            os.link(old, path)  # parts are never written in place, so the two stores may share the file
        except OSError:
            shutil.copyfile(old, path)
        self.part_files[self._key(path)] = dict(entry)  # checked against this entry when the store was opened
        self.parts.append(kept.num_rows)
        return True

    def _next_part(self) -> Path:
        return self.parquet_path / part_name(len(self.parts))

    def _key(self, path: Path) -> str:
        return f"{self.parquet_path.name}/{path.name}"

    def _csv(self, tables: list[pa.Table]) -> None:
        """The batch's CSV lines: those of kept documents copied, the others formatted a run at a time."""
        pieces: list[Lines | Copied] = []
        run: list[tuple[pa.Table, list[int]]] = []
        for item, table in zip(self.pending, tables):
            if _has_csv(item):
                pieces.extend(_format(run))
                run = []
                pieces.append(Copied(item.source.csv, item.csv_start, item.csv_sizes))
            else:
                run.append((table, item.counts))
        self.csv.add(pieces + _format(run))

    def close(self) -> None:
        """Write what is left; an empty table still gets a part file, with the column names and no row group."""
        self._flush()
        if not self.parts:
            path = self._next_part()
            pq.ParquetWriter(path, self.schema, compression="zstd").close()
            self.part_files[self._key(path)] = file_entry(path)
            self.parts.append(0)
        self.files = dict(self.part_files)
        if self.csv:
            self.files[self.csv.path.name] = self.csv.entry()


def _has_csv(item) -> bool:
    return isinstance(item, KeptRows) and item.csv_start is not None


def _format(run: list[tuple[pa.Table, list[int]]]) -> list[Lines]:
    """Parsed documents' rows as CSV lines, formatted in one go."""
    if not run:
        return []
    data = csv_text(pa.concat_tables([table for table, _ in run]), header=False)
    return [Lines(data, document_bytes(data, [n for _, counts in run for n in counts]))]


@dataclass
class _Parsed:
    """Rows just parsed, of one document or of several joined (``counts``: the rows of each)."""

    table: pa.Table
    counts: list[int]

    def read(self) -> pa.Table:
        return self.table


@dataclass
class KeptRows:
    """Rows of a previous store's table kept as they are: where they lie in its Parquet and CSV files.

    ``counts`` are the rows of each document of the run, ``csv_sizes`` the
    bytes of each one's CSV lines (``csv_start`` None: the previous store
    has no usable CSV file, so the lines are formatted again).
    """

    source: OldRows
    start: int
    counts: list[int]
    csv_start: int | None = None
    csv_sizes: list[int] = field(default_factory=list)

    def __post_init__(self):
        self.num_rows = sum(self.counts)
        self.csv_end = None if self.csv_start is None else self.csv_start + sum(self.csv_sizes)

    def joins(self, other: KeptRows) -> bool:
        """``other`` follows these rows in both previous files, so the two are read as one run."""
        if other.source is not self.source or other.start != self.start + self.num_rows:
            return False
        if self.csv_start is None or other.csv_start is None:
            return self.csv_start is other.csv_start
        return other.csv_start == self.csv_end

    def extend(self, other: KeptRows) -> None:
        """Take in the rows of ``other``, which `joins` these."""
        self.counts.extend(other.counts)
        self.csv_sizes.extend(other.csv_sizes)
        self.num_rows += other.num_rows
        self.csv_end = other.csv_end

    def read(self) -> pa.Table:
        return self.source.read(self.start, self.num_rows)


class OldRows:
    """A previous store's table, passed over document by document in the order they were written.

    >>> import tempfile
    >>> schema = pa.schema([pa.field("doc_id", pa.string())])
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     writer = TableWriter(Path(folder), "notes", schema, csv=False)
    ...     writer.add(pa.table({"doc_id": ["a", "a", "b"]}, schema=schema)); writer.close()
    ...     rows = OldRows(Path(folder) / "notes.parquet", {"files": writer.files, "parts": writer.parts})
    ...     first, second = rows.take(2), rows.take(1)
    ...     first.read().column("doc_id").to_pylist(), second.read().column("doc_id").to_pylist()
    (['a', 'a'], ['b'])

    `take` costs nothing but bookkeeping: the rows are read from the part
    files when the `KeptRows` are written, in increasing order, a part at a
    time, and a part that is kept whole is not read at all (see `part`).
    ``entry`` is the table's entry in the previous manifest (its ``parts``
    and ``files``); when it gives the bytes of each document's lines of a
    CSV file beside the Parquet folder, the kept lines are copied from it.
    """

    def __init__(self, path: Path, entry: dict | None = None):
        entry = entry or {}
        self.path, self.files = path, entry.get("files", {})
        counts = entry.get("parts") or []
        self.starts = np.cumsum([0, *counts]).tolist()  # part i holds rows starts[i] to starts[i + 1]
        self.loaded: tuple[int, pa.Table] | None = None  # the last part read, for the next run of rows
        self.taken = self.documents = 0
        csv = path.with_suffix(".csv")
        self.csv = OldCsv(csv, self.files.get(csv.name))
        self.csv_offset = self.csv.offset

    def take(self, count: int) -> KeptRows:
        """The next document's ``count`` rows."""
        sizes = self.csv.sizes
        size = sizes[self.documents] if self.documents < len(sizes) else None
        kept = KeptRows(self, self.taken, [count], None if size is None else self.csv_offset,
                        [] if size is None else [size])
        self.taken += count
        self.documents += 1
        self.csv_offset += size or 0
        return kept

    def part(self, start: int, count: int) -> tuple[Path, dict] | None:
        """The file of the part that holds exactly rows ``start`` to ``start + count``, and its manifest entry."""
        i = bisect.bisect_left(self.starts, start)
        if i + 1 >= len(self.starts) or self.starts[i] != start or self.starts[i + 1] != start + count:
            return None
        key = f"{self.path.name}/{part_name(i)}"
        return (self.path / part_name(i), self.files[key]) if key in self.files else None

    def read(self, start: int, count: int) -> pa.Table:
        """Rows ``start`` to ``start + count``, asked for in increasing order.

        Raises ValueError when the files have fewer rows (a store not as recorded).
        """
        end = start + count
        if end > self.starts[-1]:
            raise ValueError(f"{self.path} has fewer rows than the store's manifest says")
        pieces = []
        i = max(bisect.bisect_right(self.starts, start) - 1, 0)
        while i + 1 < len(self.starts) and self.starts[i] < end:
            rows = self._load(i)
            first = self.starts[i]
            pieces.append(rows.slice(max(start - first, 0), min(end, self.starts[i + 1]) - max(start, first)))
            i += 1
        return pa.concat_tables(pieces) if pieces else self._empty()

    def _load(self, i: int) -> pa.Table:
        if self.loaded is None or self.loaded[0] != i:
            rows = pq.read_table(self.path / part_name(i))
            if rows.num_rows != self.starts[i + 1] - self.starts[i]:
                raise ValueError(f"{self.path / part_name(i)} has other rows than the store's manifest says")
            self.loaded = (i, rows)
        return self.loaded[1]

    def _empty(self) -> pa.Table:
        return pq.read_schema(self.path / part_name(0)).empty_table()


def scratch_folder(store: Path) -> Path:
    """A new, empty folder beside the store to write the next version of it into.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     scratch_folder(Path(folder) / "tables").name.startswith(".tables.building-")
    True
    """
    store.parent.mkdir(parents=True, exist_ok=True)
    scratch = store.parent / f".{store.name}.building-{os.getpid()}"
    if scratch.exists():
        shutil.rmtree(scratch)
    scratch.mkdir()
    return scratch


def swap_in(scratch: Path, store: Path, ours: set[str]) -> None:
    """Make ``scratch`` the store; files of the old folder that are not the store's own move along.

    The old folder is first renamed aside, so at every moment either the old
    or the new store is whole under one of the two names; `recover` puts the
    old one back if the swap was interrupted.
    """
    aside = store.parent / f".{store.name}.previous"
    if aside.exists():
        shutil.rmtree(aside)
    if store.exists():
        os.replace(store, aside)
        for entry in aside.iterdir():  # what the user keeps in the folder is not ours to delete
            if entry.name not in ours and not (scratch / entry.name).exists():
                os.replace(entry, scratch / entry.name)
    os.replace(scratch, store)
    if aside.exists():
        shutil.rmtree(aside)


def recover(store: Path) -> None:
    """Put back a store whose swap was interrupted (the old version, renamed aside, is whole)."""
    aside = store.parent / f".{store.name}.previous"
    if aside.exists() and not store.exists():
        os.replace(aside, store)
