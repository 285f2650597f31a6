"""A note surveying the discussion of a book cites its reviews by the reviewer and the journal, with no title, and the
author's reply after a word for it: the reviewer or the replying author is the reference's author."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.reviewers import writer_read


def _references(text: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    return extract_citations(notes).references


def test_a_review_cited_by_its_reviewer_and_journal_has_the_reviewer_as_author():
    found = _references("Książka spotkała się z recenzjami: Tomasz Lewandowicz, „Kwartalnik Historyczny” 2009, "
                        "R. 116, nr 2, s. 401–406.")
    assert found.authors.tolist() == ["Tomasz Lewandowicz"] and found.title.tolist() == [""]


def test_the_words_for_the_reviews_by_a_reviewer_are_no_title():
    ref = writer_read({"authors": "", "title": "the review by Martin Leclerc", "container": "Isis"})
    assert (ref["authors"], ref["title"]) == ("Martin Leclerc", "")


def test_a_reply_keeps_its_title_and_its_author_loses_the_word_for_reply():
    ref = writer_read({"authors": "Replik von Kallweit", "title": "Eine Antwort", "container": "ZNR"})
    assert (ref["authors"], ref["title"]) == ("Kallweit", "Eine Antwort")


def test_a_book_about_a_person_keeps_its_title():
    ref = {"authors": "", "title": "Thomas Cromwell", "container": "", "year": "1990"}
    assert writer_read(ref) is ref


def test_a_name_with_a_particle_is_not_read_as_a_review_by():
    ref = {"authors": "Ludwig von Mises", "title": "Human Action", "container": "Journal"}
    assert writer_read(ref) is ref


def test_a_quoted_person_s_name_before_a_journal_is_the_title_of_an_entry_on_that_person():
    ref = writer_read({"authors": "", "title": "Theodor Winter", "container": "Deutsche Widerstandskämpfer 1933–1945",
                       "raw": "‘Theodor Winter’, Deutsche Widerstandskämpfer 1933–1945, vol. 2 (Berlin, 1970)"})
    assert (ref["authors"], ref["title"]) == ("", "Theodor Winter")
