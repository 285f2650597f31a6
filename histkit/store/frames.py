"""The tables' shape, apart from the parsers that fill them: their first columns, integer columns, the Tables dict.

A notebook that reads a store needs these and nothing of the extractors;
keeping them here lets `read_store` and the column types load without the
layout, citation, date and actor modules (a third of a second per kernel).
"""

from __future__ import annotations

import pandas as pd

#: The columns each table starts with, in order (the public contract); extractors may add more after them.
COLUMNS = {
    "documents": ["doc_id", "path", "encoding", "sha256", "n_chars", "n_notes", "title", "author", "year", "n_words", "journal", "language"],
    "blocks": ["doc_id", "block_id", "zone", "section", "page", "start", "end", "text", "note_no", "raw"],
    "notes": ["doc_id", "note_no", "page", "marker_block_id", "text", "marker_start", "block_ids"],
    "problems": ["doc_id", "path", "stage", "message"],
}

#: Columns of whole numbers, kept integers (pandas' nullable Int64) even where some rows have none.
INTEGER_COLUMNS = frozenset({"n_chars", "n_notes", "n_words", "n_pages", "page", "start", "end", "line", "marker_start",
                             "seq", "char_start", "char_end"})


class Tables(dict):
    """A dict of DataFrames by table name, and the problems met while making them.

    >>> from histkit import Document, build_tables
    >>> tables = build_tables([Document.from_text("Tito met Spaak.1\\n\\n1 Ibid.\\n", doc_id="d")])
    >>> sorted(tables)
    ['actors', 'blocks', 'citations', 'dates', 'documents', 'mentions', 'notes', 'problems', 'references']
    >>> tables.problems[["doc_id", "stage", "message"]].values.tolist()
    [['d', 'citations', '1 Ibid. with no earlier citation to repeat, left unresolved (notes 1)']]

    ``tables.problems`` lists one row per unreadable file or per warning of an
    extractor (doc_id, path, stage, message); it is written as problems.csv.
    """

    @property
    def problems(self) -> pd.DataFrame:
        return self["problems"]
