"""An article cited again by author, journal, year and page (`Weber, ZfR 2004, 15`), the law reviews' short form,
repeats the earlier reference by that author in that journal and year; the first such citing is a reference."""

from __future__ import annotations

from unittest import mock

import pandas as pd

import histkit.citations.extract as extract


def references(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    with mock.patch.object(extract, "with_model_references", lambda refs, *_: refs):
        return extract.extract_citations(notes).references


def test_a_journal_short_form_after_the_titled_article_repeats_it():
    refs = references("Vgl Weber, Die Wahl der Richter, ZfR 2004, 12.", "Vgl Weber, ZfR 2004, 15.")
    assert refs.ref_of.tolist() == ["", "1:1"]


def test_the_first_journal_short_form_of_an_article_is_a_reference_and_the_next_repeats_it():
    refs = references("Vgl Weber, ZfR 2004, 12.", "Vgl Weber, ZfR 2004, 15.")
    assert refs.ref_of.tolist() == ["", "1:1"]


def test_a_journal_short_form_of_another_year_repeats_nothing():
    refs = references("Vgl Weber, Die Wahl der Richter, ZfR 2004, 12.", "Vgl Weber, ZfR 2008, 3.")
    assert refs.ref_of.tolist() == ["", ""]
