"""A table's CSV file in the store: written a batch at a time, each batch's bytes hashed on its own.

The manifest records a CSV file as the runs of bytes it was written in (the
header, then one run per batch of the Parquet table), each with its size and
sha256, and the bytes of each document's lines. A rerun copies the lines of
kept documents from the previous file as bytes; a batch that is a whole
batch of the previous file, byte for byte, is copied by the kernel
(`os.copy_file_range`) and takes that batch's sha256 from the manifest, so
only the batches around a change pass through this process and are hashed.
The file is the same bytes as one written in one go.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa

from .schema import to_pandas

_COPY = 1 << 22  # bytes of a previous CSV file read at a time


@dataclass
class Lines:
    """CSV lines just formatted, of documents whose lines take ``sizes`` bytes each."""

    data: bytes
    sizes: list[int]

    def chunks(self):
        yield self.data


@dataclass
class Copied:
    """The lines of kept documents in a previous CSV file: from byte ``start``, ``sizes`` bytes a document."""

    source: OldCsv
    start: int
    sizes: list[int]

    def chunks(self):
        yield from self.source.chunks(self.start, sum(self.sizes))


class CsvFile:
    """A CSV file written a batch at a time; `entry` is what the manifest records of it.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     csv = CsvFile(Path(folder) / "notes.csv", b"doc_id\\n")
    ...     csv.add([Lines(b"a\\nb\\n", [2, 2])])
    ...     entry = csv.entry()
    ...     csv.path.read_bytes(), entry["bytes"], [size for size, _ in entry["batches"]], entry["documents"]
    (b'doc_id\\na\\nb\\n', 11, [7, 4], [2, 2])
    """

    def __init__(self, path: Path, header: bytes):
        self.path = path
        self.batches: list[list] = []  # [size, sha256] of each run of bytes written, the header first
        self.sizes: list[int] = []  # the bytes of each document's lines, in the order added
        with open(path, "wb", buffering=0) as out:
            self.batches.append([_write(out, header), hashlib.sha256(header).hexdigest()])

    def add(self, pieces: list[Lines | Copied]) -> None:
        """Write one batch's lines: formatted ones and runs copied from a previous file, in order."""
        size = sum(sum(piece.sizes) for piece in pieces)
        for piece in pieces:
            self.sizes.extend(piece.sizes)
        if not size:
            return
        whole = pieces[0].source.batch(pieces[0].start, size) if isinstance(pieces[0], Copied) else None
        with open(self.path, "r+b", buffering=0) as out:
            out.seek(0, os.SEEK_END)
            if whole and len(pieces) == 1:
                pieces[0].source.copy_to(out, pieces[0].start, size)
                self.batches.append(list(whole))
                return
            digest = hashlib.sha256()
            for piece in pieces:
                for chunk in piece.chunks():
                    _write(out, chunk)
                    digest.update(chunk)
            self.batches.append([size, digest.hexdigest()])

    def entry(self) -> dict:
        """The file's size, the size and sha256 of each run of bytes it was written in, each document's bytes."""
        return {"bytes": sum(size for size, _ in self.batches), "batches": self.batches, "documents": self.sizes}


def _write(out, data: bytes) -> int:
    view = memoryview(data)
    while view:
        view = view[out.write(view):]
    return len(data)


class OldCsv:
    """The CSV file of a previous store, as its manifest ``entry`` describes it: where each document's lines lie.

    ``sizes`` are the bytes of each document's lines and ``offset`` where the
    first begins (after the header); none when the manifest does not give
    them or they do not add up to the file's size (`inspect_store` drops them
    for a file that is damaged): the lines are then formatted anew.
    """

    def __init__(self, path: Path, entry: dict | None):
        entry = entry or {}
        self.path = path
        self.sizes, self.offset = _layout(path, entry)
        self.batches: dict[int, tuple[int, str]] = {}  # where each run of the file begins: its size and sha256
        start = 0
        for size, sha in (entry.get("batches") or []) if self.sizes else []:
            self.batches[start] = (size, sha)
            start += size

    def batch(self, start: int, size: int) -> tuple[int, str] | None:
        """The size and sha256 of the run of the file that is exactly bytes ``start`` to ``start + size``."""
        found = self.batches.get(start)
        return found if found and found[0] == size else None

    def chunks(self, start: int, size: int):
        """The bytes ``start`` to ``start + size`` of the file, in pieces."""
        with open(self.path, "rb") as handle:
            handle.seek(start)
            while size > 0:
                chunk = handle.read(min(size, _COPY))
                if not chunk:
                    raise ValueError(f"{self.path} is shorter than the store's manifest says")
                size -= len(chunk)
                yield chunk

    def copy_to(self, out, start: int, size: int) -> None:
        """Append bytes ``start`` to ``start + size`` of the file to ``out`` (unbuffered), by the kernel if it can."""
        with open(self.path, "rb") as handle:
            try:
                while size > 0:
                    done = os.copy_file_range(handle.fileno(), out.fileno(), size, start)
                    if not done:
                        raise ValueError(f"{self.path} is shorter than the store's manifest says")
                    start, size = start + done, size - done
            except (AttributeError, OSError):  # no copy_file_range (not Linux) or a file system without it
                for chunk in self.chunks(start, size):
                    _write(out, chunk)


def _layout(path: Path, entry: dict) -> tuple[list[int], int]:
    sizes = entry.get("documents")
    if not isinstance(sizes, list) or not path.exists() or entry.get("bytes") != path.stat().st_size:
        return [], 0
    header = entry["bytes"] - sum(sizes)
    return (sizes, header) if header > 0 else ([], 0)


def csv_text(table: pa.Table, header: bool) -> bytes:
    """A table's rows as CSV lines (and its column names first with ``header``).

    >>> csv_text(pa.table({"doc_id": ["a", 'b "c'], "n": [1, 2]}), header=True)
    b'doc_id,n\\na,1\\n"b ""c",2\\n'
    """
    return to_pandas(table).to_csv(index=False, header=header, lineterminator="\n").encode("utf-8")


def document_bytes(data: bytes, rows: list[int]) -> list[int]:
    """The bytes of each document's lines in ``data``, CSV lines of documents of ``rows`` lines each.

    >>> document_bytes(b'a\\n"b\\nc"\\nd\\n', [2, 0, 1])
    [8, 0, 2]

    A line ends at a line feed outside quotes: one after an even number of
    quote characters (a quote inside a quoted field is written twice).
    """
    codes = np.frombuffer(data, dtype=np.uint8)
    quotes, feeds = np.flatnonzero(codes == ord('"')), np.flatnonzero(codes == ord("\n"))
    ends = feeds[np.searchsorted(quotes, feeds) % 2 == 0] + 1
    if len(ends) != sum(rows):
        raise ValueError(f"{sum(rows)} rows gave {len(ends)} CSV lines")
    bounds = np.concatenate([[0], ends])[np.cumsum([0, *rows])]
    return np.diff(bounds).tolist()
