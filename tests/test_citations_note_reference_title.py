"""A note reference to a note that cites two works of one author (a book and its translation, printed one after the
other in a bilingual article) repeats the one whose title its short title names."""

import pandas as pd

from histkit.citations import extract_citations


def _references(texts: list[str]) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(i + 1) for i in range(len(texts))], "text": texts})
    return extract_citations(notes).references


def test_a_short_title_with_a_note_number_repeats_the_work_of_that_title_in_the_note():
    refs = _references(["Hans Kelsen, Reine Rechtslehre, 2. Aufl., Wien 1960, S. 196. Hans Kelsen, Pure Theory of "
                        "Law, trans. Max Knight, Berkeley 1967, p. 193.",
                        "Kelsen, Reine Rechtslehre (wie Anm. 1), S. 4. See Kelsen, Pure Theory (n 1), p. 1."])
    assert refs[refs.note_no == "2"].ref_of.tolist() == ["1:1", "1:2"]


def test_an_author_alone_with_a_note_number_repeats_the_first_of_his_works_in_the_note():
    refs = _references(["Hans Kelsen, Reine Rechtslehre, 2. Aufl., Wien 1960, S. 196. Hans Kelsen, Pure Theory of "
                        "Law, trans. Max Knight, Berkeley 1967, p. 193.", "Kelsen (Fn. 1), S. 4."])
    assert refs[refs.note_no == "2"].ref_of.tolist() == ["1:1"]
