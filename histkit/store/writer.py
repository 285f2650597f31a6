"""The store on disk: tables written in bounded batches, read back by document, swapped in whole.

Rows arrive one document at a time and are written in row groups of a fixed
size, so memory holds one batch per table however large the corpus, and the
bytes depend only on the rows (a table built in one go and one built by
keeping most documents of a previous store are the same file). Everything is
written into a folder beside the store and swapped in at the end: until then
the previous store stays complete, and a crash leaves it as it was.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .manifest import file_entry
from .schema import to_pandas

#: Rows a table buffers before writing them as one Parquet row group (and one run of CSV lines).
BATCH_ROWS = 50_000


class TableWriter:
    """One table of the store: a Parquet file, and a CSV file too when asked.

    >>> import tempfile
    >>> schema = pa.schema([pa.field("doc_id", pa.string())])
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     writer = TableWriter(Path(folder), "notes", schema, csv=True)
    ...     writer.add(pa.table({"doc_id": ["a", "b"]}, schema=schema))
    ...     writer.close()
    ...     (Path(folder) / "notes.csv").read_text(), pq.read_table(Path(folder) / "notes.parquet").num_rows
    ('doc_id\\na\\nb\\n', 2)
    """

    def __init__(self, folder: Path, name: str, schema: pa.Schema, csv: bool):
        self.schema, self.rows = schema, 0
        self.parquet_path = folder / f"{name}.parquet"
        self.parquet = pq.ParquetWriter(self.parquet_path, schema, compression="zstd")
        self.csv_path = folder / f"{name}.csv" if csv else None
        self.pending: list[pa.Table] = []
        self.pending_rows = 0
        self.header = True
        self.files: dict[str, dict] = {}  # each file written, with its size and sha256 (after `close`)

    def add(self, table: pa.Table) -> None:
        """Add one document's rows; a full batch is written out."""
        if table.num_rows:
            self.pending.append(table)
            self.pending_rows += table.num_rows
            self.rows += table.num_rows
        if self.pending_rows >= BATCH_ROWS:
            self._flush()

    def _flush(self) -> None:
        if not self.pending:
            return
        batch = pa.concat_tables(self.pending).combine_chunks()
        self.parquet.write_table(batch, row_group_size=max(1, batch.num_rows))
        if self.csv_path:
            self._csv(batch)
        self.pending, self.pending_rows = [], 0

    def _csv(self, batch: pa.Table) -> None:
        with open(self.csv_path, "a" if not self.header else "w", encoding="utf-8", newline="") as fh:
            to_pandas(batch).to_csv(fh, index=False, header=self.header, lineterminator="\n")
        self.header = False

    def close(self) -> None:
        """Write what is left; an empty table still gets its file with the column names."""
        self._flush()
        self.parquet.close()
        if self.csv_path and self.header:
            self._csv(self.schema.empty_table())
        self.files = {path.name: file_entry(path) for path in (self.parquet_path, self.csv_path) if path}


class OldRows:
    """The rows of a previous store's table, taken document by document in the order they were written.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     pq.write_table(pa.table({"doc_id": ["a", "a", "b"]}), Path(folder) / "notes.parquet")
    ...     rows = OldRows(Path(folder) / "notes.parquet")
    ...     rows.take(2).column("doc_id").to_pylist(), rows.take(1).column("doc_id").to_pylist()
    (['a', 'a'], ['b'])
    """

    def __init__(self, path: Path):
        self.path, self.file = path, pq.ParquetFile(path)
        self.batches = self.file.iter_batches(batch_size=BATCH_ROWS)
        self.buffer = self.file.schema_arrow.empty_table()

    def take(self, count: int) -> pa.Table:
        """The next ``count`` rows; raises ValueError when the table has fewer left (a store not as recorded)."""
        while self.buffer.num_rows < count:
            batch = next(self.batches, None)
            if batch is None:
                raise ValueError(f"{self.path} has fewer rows than the store's manifest says")
            self.buffer = pa.concat_tables([self.buffer, pa.Table.from_batches([batch])])
        taken, self.buffer = self.buffer.slice(0, count), self.buffer.slice(count)
        return taken


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
