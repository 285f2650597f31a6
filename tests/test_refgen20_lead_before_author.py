"""A lead-in on no list before a colon (`Zuvek:`, `Qaravyzcha:`, `تەكشۈرۈڭ:`: made-up words for "see") is told from an
author by what follows it: a full reference with an author of its own. The lead-in is not the author."""

import pandas as pd

from histkit.citations import extract_citations


def _references(note: str) -> pd.DataFrame:
    return extract_citations(pd.DataFrame({"doc_id": "d", "note_no": ["1"], "text": [note]})).references


def test_a_one_word_lead_in_before_a_name_and_its_colon_leaves_the_name_the_author():
    refs = _references("Zuvek: Osman Kaya: Köy ve Kent, İstanbul: Kitabevi, 2004, s. 12.")
    assert refs[["authors", "title", "year"]].values.tolist() == [["Osman Kaya", "Köy ve Kent", "2004"]]


def test_a_long_lead_word_before_a_name_its_comma_a_title_and_an_imprint_leaves_the_name_the_author():
    refs = _references("Qaravyzcha: Osman Kaya, Köy ve Kent, İstanbul: Kitabevi, 2004, s. 12.")
    assert refs[["authors", "title"]].values.tolist() == [["Osman Kaya", "Köy ve Kent"]]


def test_a_lead_in_in_a_script_without_capitals_before_a_name_and_its_colon_is_not_the_author():
    refs = _references("تەكشۈرۈڭ: ئابدۇ قادىر: «كىتاب ناملىرى»، ئۈرۈمچى: نەشرىيات، 1996-يىل، 45-بەت.")
    assert refs.authors.tolist() == ["ئابدۇ قادىر"]

