"""A full reference whose text runs on, past its own year and pages, to another work's note reference (`Menke,
Mutsprünge der Reflexion, KJ 52 (2019), 543–548, mit Bezug auf Wiethölter, (Fn. 46)`) is a reference of its own, not
a repeat of the work cited in that note; a short title with its note reference still repeats it, a year in the title
or not."""

from __future__ import annotations

from unittest import mock

import pandas as pd

import histkit.citations.extract as extract


def references(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    with mock.patch.object(extract, "with_model_references", lambda refs, *_: refs):
        return extract.extract_citations(notes).references


def test_a_dated_reference_running_on_to_a_note_reference_is_its_own():
    refs = references("Siehe Weber, Die Wahl der Richter, Berlin 2004, 12.",
                      "Siehe Menke, Mutsprünge der Reflexion, KJ 52 (2019), 543–548, mit Bezug auf Weber, (Fn. 1), 55.")
    assert refs.ref_of.tolist() == ["", ""]
    assert refs.authors.tolist()[1] == "Menke" and refs.year.tolist()[1] == "2019"


def test_a_short_title_with_its_note_reference_repeats_the_work_of_that_note():
    refs = references("Siehe Weber, Die Wahl der Richter, Berlin 2004, 12.", "Weber, Die Wahl (Fn. 1), 15.")
    assert refs.ref_of.tolist() == ["", "1:1"]


def test_a_short_title_holding_a_year_with_its_note_reference_still_repeats_it():
    refs = references("Siehe Weber, Die Revolution von 1848 in Baden, Berlin 2004, 12.",
                      "Weber, Die Revolution von 1848 (Fn. 1), 15.")
    assert refs.ref_of.tolist() == ["", "1:1"]
