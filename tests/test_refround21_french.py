"""French legal doctrine's notes (reference round 21): a chapter whose book is repeated by `op. cit.` is a work of its
own, `V. aussi` is a lead-in, not words of the author's name, and a thesis names its university by its town."""

import pandas as pd

from histkit.citations import extract_citations


def _references(notes):
    return extract_citations(pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(notes) + 1)],
                                           "text": notes})).references


def test_a_chapter_in_a_book_repeated_by_op_cit_is_no_repeat_of_the_book():
    refs = _references(["H. Lemarchand et C. Vidal (dir.), Le droit des successions en France depuis 1804, PUF, 2011.",
                        "C. Vidal, « La réforme de 2001 », in H. Lemarchand et C. Vidal (dir.), Le droit des successions…, "
                        "op. cit., p. 315-340, spéc. p. 322."])
    assert refs[["note_no", "title", "ref_of"]].values.tolist()[-1] == ["2", "La réforme de 2001", ""]


def test_v_aussi_before_the_authors_is_a_lead_in():
    refs = _references(["V. aussi N. Ferrand, « Conjoint survivant », Rép. civ. Dalloz, 2015, n° 88."])
    assert refs.authors.tolist() == ["N. Ferrand"]


def test_a_french_thesis_named_by_its_university_town_is_a_book_of_that_year():
    refs = _references(["Ph. Marcenac, La dévolution successorale au XIXe siècle, thèse Paris II, 1994, p. 211-214."])
    assert refs[["authors", "title", "year"]].values.tolist() == [["Ph. Marcenac",
                                                                   "La dévolution successorale au XIXe siècle", "1994"]]
