"""A note reference in words no list holds, read by its shape: a name, then in brackets two or three words in small
letters (or of a script without case) and the number of the note that cited the work (`לביא (לעיל, הערה 3), עמ' 25`):
the reference repeats the work of that note."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.shortrefs import note_reference


def _references(notes):
    return extract_citations(pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(notes) + 1)],
                                           "text": notes})).references


def test_two_unknown_small_words_and_a_number_in_brackets_name_a_note():
    # (`qorlu, vemka`: made-up words for "above, note")
    assert note_reference("Kowal (qorlu, vemka 3), qs. 25").group("note") == "3"


def test_one_word_and_a_number_in_brackets_is_no_note_reference():
    assert note_reference("Kowal, Dzieje (vemka 3), 25") is None  # (`(nr 3)`: a volume's or an issue's, as often)


def test_words_with_capitals_in_brackets_are_no_note_reference():
    assert note_reference("Rocznik Dziejowy (Vol. XII, No 3)") is None  # (a journal's volume and issue)


def test_a_latin_name_with_an_unknown_note_reference_repeats_the_work_of_that_note():
    refs = _references(["Jan Kowal, Dzieje wsi, Kraków 1990, s. 4.", "Kowal (qorlu, vemka 1), s. 25."])
    assert refs[["authors", "year", "pages", "ref_of"]].values.tolist()[-1] == ["Kowal", "1990", "s. 25", "1:1"]


def test_a_hebrew_name_with_an_unknown_note_reference_repeats_the_work_of_that_note():
    # (`קורלו, ומקה`: made-up words)
    refs = _references(["יוסף כהן, המושב והמשבר, ירושלים תשמ\"ה (1985), עמ' 45.", "כהן (קורלו, ומקה 1), עמ' 210."])
    assert refs[["authors", "year", "pages", "ref_of"]].values.tolist()[-1] == ["כהן", "1985", "עמ' 210", "1:1"]
