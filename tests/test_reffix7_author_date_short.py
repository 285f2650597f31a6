"""The author–date short form printed in a note without brackets (`Vuković 1989: 20`) is a reference repeating the
author's work of that year."""

from unittest import mock

import pandas as pd

import histkit.citations.extract as extract


def references(*texts: str) -> pd.DataFrame:
    """The rule parser's references of one document whose notes are ``texts`` (numbered from 1)."""
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    with mock.patch.object(extract, "with_model_references", lambda refs, *_: refs):
        return extract.extract_citations(notes).references


def test_a_surname_year_and_page_after_a_colon_repeats_the_authors_work_of_that_year():
    refs = references("Zdenka Vuković, „Kolonisti iz Like“, Radovi Zavoda za hrvatsku povijest 22 (1989): 12-30.",
                      "Vuković 1989: 20.")
    assert refs[["authors", "title", "year", "pages", "ref_of"]].values.tolist()[1] == \
        ["Vuković", "Kolonisti iz Like", "1989", "20", "1:1"]


def test_an_archives_code_before_a_year_and_page_is_no_author_date_reference():
    assert references("HDA 1945: 12.").empty


def test_an_author_date_reference_with_its_year_not_in_brackets_is_read_and_its_short_form_repeats_it():
    refs = references("Usp. LONAČIĆ, M. 2005. „Agrarna reforma u Srijemu“. Radovi Zavoda za hrvatsku povijest 37: 101-124.",
                      "Lonačić 2005: 110.")
    assert refs[["authors", "title", "container", "volume", "year", "pages", "ref_of"]].values.tolist() == [
        ["LONAČIĆ, M.", "Agrarna reforma u Srijemu", "Radovi Zavoda za hrvatsku povijest", "37", "2005", "101-124", ""],
        ["Lonačić", "Agrarna reforma u Srijemu", "Radovi Zavoda za hrvatsku povijest", "37", "2005", "110", "1:1"]]
