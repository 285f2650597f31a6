"""A statute named with its year or its number and year (`…Act, 1929 (Act VII of 1929), s. 16`, `…Ordinance, No. 12
of 1938, …`) is legislation, not literature: it gets no row of the references table, and a book about one does."""

import pandas as pd

from histkit.citations import extract_citations


def _tables(note: str):
    return extract_citations(pd.DataFrame({"doc_id": "d", "note_no": ["1"], "text": [note]}))


def test_an_act_with_its_year_and_its_number_in_brackets_is_legislation_and_no_reference():
    tables = _tables("Harbour Dues Act, 1931 (Act XII of 1931), s. 4.")
    assert tables.citations.kind.tolist() == ["legislation"] and tables.references.empty


def test_an_ordinance_with_its_number_and_year_in_a_gazette_is_legislation_and_no_reference():
    tables = _tables("Palm Oil Ordinance, No. 7 of 1927, Coast Gazette, 3 May 1927.")
    assert tables.citations.kind.tolist() == ["legislation"] and tables.references.empty


def test_a_book_whose_title_names_an_act_stays_a_reference():
    refs = _tables("Peter Mallory, The Harbour Dues Act and the Port, London: Hurst, 1988, p. 12.").references
    assert refs[["authors", "year"]].values.tolist() == [["Peter Mallory", "1988"]]
