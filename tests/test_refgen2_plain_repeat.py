"""A repeat read from its shape where its word has no dots, or a volume stands before the pages: after the author, one
dotted word or one or two short words in small letters, a comma, and only the volume and the cited pages."""

import pandas as pd

from histkit.citations import extract_citations

_FULL = "Osman Kaya, Köy ve Kent, İstanbul: Kitabevi, 2004, s. 12."


def _repeats(note: str) -> pd.DataFrame:
    refs = extract_citations(pd.DataFrame({"doc_id": "d", "note_no": ["1", "2"], "text": [_FULL, note]})).references
    return refs[refs.note_no == "2"]


def test_two_small_words_between_the_author_and_the_pages_repeat_the_authors_work():
    # (`qor vek`: a made-up language's "the same work")
    refs = _repeats("Kaya, qor vek, s. 40.")
    assert refs[["ref_of", "title", "year"]].values.tolist() == [["1:1", "Köy ve Kent", "2004"]]


def test_a_dotted_repeat_word_and_a_volume_before_the_pages_repeat_the_authors_work():
    # (`q.v.z.`: a made-up language's "op. cit."; `qd 2`: its "vol. 2")
    assert _repeats("Kaya, q.v.z., qd 2, s. 40.").ref_of.tolist() == ["1:1"]


def test_a_short_title_in_capitals_stays_a_title_of_its_own():
    refs = _repeats("Kaya, Köy, s. 40.")
    assert refs.title.tolist() == ["Köy"]
