"""A review cited with the work it reviews is the reviewer's: the reviewed book is no reference of the note."""

import pandas as pd
import pytest

from histkit.citations import extract_citations
from histkit.citations.reviewed import review_word, without_reviewed_work


def _references(text: str) -> list[tuple[str, str, str, str]]:
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    refs = extract_citations(notes).references
    return [tuple(row) for row in refs[["authors", "title", "container", "year"]].fillna("").values.tolist()]


@pytest.mark.parametrize("text, reviewer, year", [
    ("Harold M. Keane, review of The Shop Floor and the Nation, by Edith Rowntree-Vale, Journal of Social History 6, "
     "no. 1 (1972): 118–21.", "Harold M. Keane", "1972"),
    ("Rainer Voßkamp, Rez. zu: Helmut Brandes, Arbeiterschaft und Staat, Göttingen 1975, in: HZ 224 (1977), S. 412 f.",
     "Rainer Voßkamp", "1977"),
    ("S. Pawlak, rec.: J. Kędzior, Chłopi i władza ludowa 1944–1956, Warszawa 1966, „Kwartalnik Historyczny” 74, 1967, "
     "z. 2, s. 455–459.", "S. Pawlak", "1967"),
    ("Janez Hribar, ocena knjige: Vinko Gorjup, Kmečki upori, Maribor: Obzorja, 1968, Zgodovinski časopis 23, "
     "št. 3–4 (1969), str. 311–314.", "Janez Hribar", "1969"),
    ("Recensione a E. Carlini, Le leghe rosse, Milano, Feltrinelli, 1962, di R. Valenti, in «Movimento operaio e "
     "socialista», IX (1963), 2, pp. 211-215.", "R. Valenti", "1963"),
])
def test_review_with_its_reviewed_book_is_one_reference_by_the_reviewer_in_its_journal(text, reviewer, year):
    (authors, title, container, found), = _references(text)
    assert (authors, title, found) == (reviewer, "", year) and container


def test_reviewed_work_ends_at_the_name_after_by_not_at_a_year_inside_its_title():
    text = "Grace Tolland, rev. of Markets of Nature, 1850–1914, by Harold J. Brennick, Isis 12 (1990): 3–5."
    assert without_reviewed_work(text) == "Grace Tolland, Rev of, in: Isis 12 (1990): 3–5."


def test_review_cited_again_by_its_writer_and_short_title_is_left_to_the_short_forms():
    assert without_reviewed_work("Keane, review of The Shop Floor, 119") == "Keane, review of The Shop Floor, 119"


def test_a_review_word_alone_is_no_title_but_a_title_holding_one_is():
    assert review_word("Rez zu") and review_word("rec.") and not review_word("Review of the Year")
