"""A notes table's notes grouped by document, in plain Python (`extract_citations` reads a document at a time)."""

from __future__ import annotations

import pandas as pd


def notes_by_document(notes: pd.DataFrame) -> dict[str, list[tuple[str, str]]]:
    """(note_no, text) of each document's notes, as `groupby("doc_id", sort=False)` groups them.

    In plain Python over the columns as lists: a pandas group per document,
    and iterating its string columns, cost more than the grouping itself.
    Documents are in the order they first come, notes in theirs; a note
    without a doc_id is in no group, as in pandas.
    """
    by_doc: dict[str, list[tuple[str, str]]] = {}
    for doc_id, pair in zip(notes["doc_id"].tolist(), zip(notes["note_no"].astype(str).tolist(),
                                                          notes["text"].fillna("").astype(str).tolist())):
        if not pd.isna(doc_id):
            by_doc.setdefault(doc_id, []).append(pair)
    return by_doc
