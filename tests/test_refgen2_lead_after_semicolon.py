"""A lead word read from its shape where it opens a note's second reference: an abbreviation in small letters after
the semicolon (or the Greek `·`), alone or after a word that qualifies it, then the author."""

import pandas as pd

from histkit.citations import extract_citations, parse_reference

_FULL = "Osman Kaya, Köy ve Kent, İstanbul: Kitabevi, 2004, s. 12."


def _references(*notes: str) -> pd.DataFrame:
    return extract_citations(pd.DataFrame({"doc_id": "d", "note_no": [str(i + 1) for i in range(len(notes))],
                                           "text": list(notes)})).references


def test_a_repeat_after_an_unknown_small_abbreviation_after_a_semicolon_repeats_the_authors_work():
    # (`qrz.`: a made-up language's "see")
    refs = _references(_FULL, "Demir, q.v.z., s. 8; qrz. Kaya, q.v.z., s. 40.")
    assert refs[refs.ref_of == "1:1"].authors.tolist() == ["Kaya"]


def test_a_word_before_the_unknown_small_abbreviation_is_cut_with_it():
    # (`brosk qrz.`: a made-up language's "see also")
    assert parse_reference("brosk qrz. Kaya, q.v.z., s. 40.")["authors"] == "Kaya"


def test_a_volume_number_after_a_small_abbreviation_is_no_author():
    assert parse_reference("vol. II, Zagreb 1990")["authors"] == ""
