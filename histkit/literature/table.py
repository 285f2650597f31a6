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
    rows = []
    for doc_id, note_no, text in zip(notes.doc_id.tolist(), notes.note_no.tolist(), notes.text.tolist()):
        text = "" if text is None or (isinstance(text, float) and text != text) else str(text)
        _, labels, confidence = read_note(text, model, confident=True)
        if all(label == "out" for label in labels):  # no reference: not worth reading out
            continue
        for seq, ref in enumerate(references_of(text, labels, confidence), 1):
            rows.append(dict(ref, doc_id=doc_id, note_no=str(note_no), seq=seq))
    return pd.DataFrame(rows, columns=MODEL_COLUMNS)
