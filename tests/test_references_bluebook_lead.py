"""A Bluebook book in small capitals after a signal (`See, e.g.,`, `E.g.,`) is read as a reference, as it is alone."""

from __future__ import annotations

from unittest import mock

import pandas as pd

import histkit.citations.extract as extract


def references(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    with mock.patch.object(extract, "with_model_references", lambda refs, *_: refs):
        return extract.extract_citations(notes).references


def test_a_small_capitals_book_after_see_e_g_is_a_reference():
    refs = references("See, e.g., MARTHA KEEL, THE PARISH OF ST. OLAVE 12-14 (1932).")
    assert refs[["authors", "title", "year"]].values.tolist() == [["MARTHA KEEL", "THE PARISH OF ST. OLAVE", "1932"]]


def test_a_small_capitals_book_after_e_g_is_a_reference():
    refs = references("E.g., MARTHA KEEL, THE PARISH OF ST. OLAVE 12 (1932).")
    assert refs.authors.tolist() == ["MARTHA KEEL"]
