"""One document's rows of every table of a store, found by its id, path or file name.

The store is read with `histkit.connect` (DuckDB views over the Parquet
files), a ``WHERE doc_id = ?`` per table, so the review of one article in a
store of thousands reads that article's rows only and never updates the store.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..errors import HistkitError
from ..store import connect

#: The tables a review page shows, each read for one document.
TABLES = ("documents", "blocks", "notes", "citations", "references", "mentions", "dates", "problems")


@dataclass
class DocumentRows:
    """The rows of one document in each table (a missing cell is None)."""

    doc_id: str
    tables: dict[str, pd.DataFrame]

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables[name]


def find_document(documents: pd.DataFrame, wanted: str) -> str:
    """The doc_id of the document named by ``wanted``: its doc_id, its path, the end of its path or its file name.

    >>> docs = pd.DataFrame({"doc_id": ["000_a1", "001_b2"], "path": ["data/corpus/x.txt", "data/corpus/y.pdf"]})
    >>> find_document(docs, "001_b2"), find_document(docs, "corpus/x.txt"), find_document(docs, "y")
    ('001_b2', '000_a1', '001_b2')
    >>> find_document(docs, "z.txt")
    Traceback (most recent call last):
    histkit.errors.HistkitError: no document z.txt in the store; its documents are 000_a1 (data/corpus/x.txt), 001_b2 (data/corpus/y.pdf)
    """
    ids, paths = documents["doc_id"].astype(str).tolist(), documents["path"].fillna("").astype(str).tolist()
    wanted_path = Path(wanted).as_posix()
    tests = [lambda i, p: i == wanted,
             lambda i, p: p == wanted_path or (p and Path(p).resolve() == Path(wanted).resolve()),
             lambda i, p: p.endswith("/" + wanted_path),
             lambda i, p: Path(p).name == wanted or Path(p).stem == wanted]
    for test in tests:
        found = [i for i, p in zip(ids, paths) if test(i, p)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise HistkitError(f"{wanted} names {len(found)} documents of the store ({', '.join(found[:5])}); "
                               "give its doc_id")
    listed = ", ".join(f"{i} ({p})" for i, p in list(zip(ids, paths))[:5]) + (" ..." if len(ids) > 5 else "")
    raise HistkitError(f"no document {wanted} in the store; its documents are {listed or 'none'}")


def read_document(store: str | os.PathLike, wanted: str) -> DocumentRows:
    """The rows of the document ``wanted`` (see `find_document`) in every table of ``store``.

    Raises `HistkitError` for a folder that is no store (or a damaged one,
    or one of a newer histkit: `histkit.connect` says which) and for a
    document the store does not hold.
    """
    db = connect(store)
    try:
        doc_id = find_document(db.sql("SELECT doc_id, path FROM documents").df(), wanted)
        tables = {name: _cells(db.execute(f'SELECT * FROM "{name}" WHERE doc_id = ?', [doc_id]).df())
                  for name in TABLES}
    finally:
        db.close()
    return DocumentRows(doc_id, tables)


def _cells(frame: pd.DataFrame) -> pd.DataFrame:
    """Every missing cell as None (DuckDB gives None, NaN or NA by the column's type), so the page tests one thing."""
    frame = frame.astype(object)
    return frame.where(frame.notna(), None)
