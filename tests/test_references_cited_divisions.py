"""An older work is cited by its own divisions after the imprint (book and chapter, rule, section) before or
instead of the page: `Name, Title, Place Year, II. 4, 87`. The reference is still a book whose place and year are
its imprint; a journal's issue after its year is no division, and a run of years before a place is no imprint."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.locators import without_locators


def test_a_classic_cited_by_book_and_chapter_is_a_book_with_its_imprint():
    tables = extract_citations(pd.DataFrame({"doc_id": "d", "note_no": ["1"], "text": [
        "David Hume, A Treatise of Human Nature [1739], hg. von L. A. Selby-Bigge, Oxford 1978, III. 2, 484."]}))
    assert tables.citations[["kind", "pages"]].values.tolist() == [["literature", "484"]]
    assert tables.references[["authors", "year", "place"]].values.tolist() == [["David Hume", "1978", "Oxford"]]


def test_divisions_named_by_their_words_leave_the_imprint_to_end_the_reference():
    assert without_locators("Samuel Pufendorf, De officio hominis, Cambridge 1991, Buch I, Kap. 3, Paragraph 9") \
        == "Samuel Pufendorf, De officio hominis, Cambridge 1991"


def test_a_journal_issue_after_its_year_is_kept():
    assert without_locators("Maria Nowak, Szlachta, Przegląd Historyczny 1995, nr 3") \
        == "Maria Nowak, Szlachta, Przegląd Historyczny 1995, nr 3"


def test_a_title_ending_in_a_run_of_years_is_no_imprint():
    text = "Jan Kowal, Domy i ludzie 1850–1914, Kraków 1990"
    assert without_locators(text) == text


def test_a_capitals_abbreviation_with_its_years_is_no_place():
    text = "Central Office, Estimate 4-61, July 1961, FRUS 1961–63, XVI, doc. 88"
    assert without_locators(text) == text
