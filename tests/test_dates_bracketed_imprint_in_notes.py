"""A note's bracket of places closed by a year is a book's imprint, no date (the date rounds' rule 64): `(Oxford,
1979)`, `(Washington, D.C., 1960)`; a year in a title before it stays."""

from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text, doc_id="d")))
    return [tuple(r) for r in table[["surface", "zone"]].values.tolist()]


def test_the_imprint_of_a_book_in_a_notes_bracket_is_no_date_and_its_titles_years_are():
    text = ("The Free State was poor in 1923.1\n\n"
            "1 F. S. L. Lyons, Culture and Anarchy in Ireland, 1890–1939 (Oxford, 1979), p. 19; "
            "Historical Statistics (Washington, D.C., 1960), p. 12.\n")
    assert _table(text) == [("1923", "body"), ("1890–1939", "note")]


def test_a_bracket_of_places_and_a_year_in_the_body_stays_a_date():
    assert _table("The Congress (Vienna, 1815) redrew the map.\n") == [("1815", "body")]
