"""A chapter in a book cited in an earlier note (`Name, Title, in: Book (Fn. 11), 414`) is a work of its own, not a
repeat of that book; a short form of the book itself (`Name, Book (Fn. 11), 414`) is its repeat."""

import pandas as pd

from histkit.citations import extract_citations


def _references(*notes: str) -> pd.DataFrame:
    frame = pd.DataFrame({"doc_id": "d", "note_no": [str(k + 1) for k in range(len(notes))], "text": list(notes)})
    return extract_citations(frame).references


def test_a_chapter_in_a_book_cited_before_repeats_nothing():
    refs = _references("Karl Weber, Gesammelte Werke, Bd. 2, Berlin 1825, 12.",
                       "Karl Weber, Über die Zünfte der Städte, in: Gesammelte Werke (Fn. 1), Bd. 2, 414.")
    assert refs[refs.note_no == "2"].ref_of.fillna("").tolist() == [""]


def test_a_short_form_of_the_book_itself_repeats_it():
    refs = _references("Karl Weber, Gesammelte Werke, Bd. 2, Berlin 1825, 12.", "Weber, Gesammelte Werke (Fn. 1), 414.")
    assert refs[refs.note_no == "2"].ref_of.tolist() == ["1:1"]
