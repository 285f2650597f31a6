"""An op. cit. phrase of an unknown language (three words or more, or an unspaced script) after a surname cited
before repeats that author's work."""

import pandas as pd

from histkit.citations import extract_citations

# (`zor vek tilan qor`: a made-up language's "the work cited above")
_FULL = "Osman Kaya, Köy ve Kent, İstanbul: Kitabevi, 2004, s. 12."


def _second(note: str) -> pd.DataFrame:
    refs = extract_citations(pd.DataFrame({"doc_id": "d", "note_no": ["1", "2"], "text": [_FULL, note]})).references
    return refs[refs.note_no == "2"]


def test_a_phrase_of_four_small_words_after_the_surname_repeats_the_authors_work():
    refs = _second("Kaya, zor vek tilan qor, s. 40.")
    assert refs[["ref_of", "title", "year"]].values.tolist() == [["1:1", "Köy ve Kent", "2004"]]


def test_a_phrase_in_an_unspaced_script_after_the_surname_repeats_the_authors_work():
    refs = _second("Kaya, 前掲書, s. 40.")
    assert refs.ref_of.tolist() == ["1:1"]


def test_a_phrase_after_a_surname_not_cited_before_stays_unlinked():
    refs = _second("Demir, zor vek tilan qor, s. 40.")
    assert refs.ref_of.fillna("").tolist() in ([""], [])
