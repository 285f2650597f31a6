"""The references the model reads in a notes table, one row per reference (`model_references`)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .model import read_note
from .read import FIELD_COLUMNS, references_of

#: The columns of `model_references`.
MODEL_COLUMNS = ["doc_id", "note_no", "seq", *FIELD_COLUMNS, "raw", "start", "end", "confidence"]


def model_references(notes: pd.DataFrame, model: str | Path | None = None) -> pd.DataFrame:
    """Every reference the model finds in each note (doc_id, note_no, text), numbered within the note.

    >>> notes = pd.DataFrame({"doc_id": ["a"], "note_no": ["1"], "text": [""]})
    >>> len(model_references(notes))
    0
    """
    return pd.DataFrame(model_rows(notes.doc_id.tolist(), notes.note_no.tolist(), notes.text.tolist(), model),
                        columns=MODEL_COLUMNS)


def model_rows(doc_ids: list, note_nos: list, texts: list, model: str | Path | None = None) -> list[dict]:
    """`model_references`' rows as dicts (keys in `MODEL_COLUMNS`' order), of notes given as their columns' lists:
    for a caller that reads them row by row (a frame of a document's few rows costs more than the model's reading).

    >>> model_rows(["a"], ["1"], [""])
    []
    """
    rows = []
    for doc_id, note_no, text in zip(doc_ids, note_nos, texts):
        text = "" if text is None or (isinstance(text, float) and text != text) else str(text)
        _, labels, confidence = read_note(text, model, confident=True)
        if labels.count("out") == len(labels):  # no reference: not worth reading out (counted in C, not per token)
            continue
        for seq, ref in enumerate(references_of(text, labels, confidence), 1):
            rows.append({"doc_id": doc_id, "note_no": str(note_no), "seq": seq, **ref})
    return rows


def text_column(frame: pd.DataFrame, name: str) -> list[str]:
    """A column as text, a missing value (or column) empty: a list, cheaper than a Series for a document's few rows.

    >>> text_column(pd.DataFrame({"year": ["1972", None]}), "year"), text_column(pd.DataFrame({"year": [1]}), "raw")
    (['1972', ''], [''])
    """
    if name not in frame.columns:
        return [""] * len(frame)
    return [as_text(value) for value in frame[name].tolist()]


def as_text(value) -> str:
    """A value as text, a missing one empty.

    >>> as_text(1972), as_text(float("nan")), as_text(None)
    ('1972', '', '')
    """
    return "" if value is None or value is pd.NA or value != value else str(value)
