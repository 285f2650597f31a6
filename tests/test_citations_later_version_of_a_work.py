"""A conference paper or thesis and the version of it published later, named in one note with a phrase in small
letters (`a revised version appeared as`, `publiée sous le titre`, `objavljeno kao`): the second work is by the first
one's author, and the phrase is no part of its title."""

import pandas as pd
import pytest

from histkit.citations import extract_citations


def _references(text: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    return extract_citations(notes).references


@pytest.mark.parametrize("text, author, title, year", [
    ('Ann Roe, "Codes as Law" (paper presented at the annual meeting of the Law and Society Association, Denver, '
     'May 3, 2004); a revised version appeared as "Codifying Scarcity," Law and History Review 25, no. 3 (2007): 511–48.',
     "Ann Roe", "Codifying Scarcity", "2007"),
    ("Ana Horvat, „Kolonisti u Srijemu“, izlaganje na skupu Agrarna povijest, Osijek, 12. svibnja 2001.; objavljeno kao "
     "„Kolonizacija u Srijemu“, Časopis za suvremenu povijest 35, br. 2 (2003): 333-358.",
     "Ana Horvat", "Kolonizacija u Srijemu", "2003"),
])
def test_the_later_version_is_by_the_author_cited_before(text, author, title, year):
    found = _references(text)
    assert [(a, t, y) for a, t, y in zip(found.authors, found.title, found.year) if t == title] == [(author, title, year)]


def test_a_quoted_title_after_a_name_like_word_keeps_it_as_the_authors_place():
    from histkit.citations.sameauthor import without_same_author
    assert without_same_author("Ista, »Vas«, Kronika 62 (2014)") == "Ista, »Vas«, Kronika 62 (2014)"
    assert without_same_author("objavljeno kao „Vas“, Kronika 62 (2014)") == "„Vas“, Kronika 62 (2014)"
