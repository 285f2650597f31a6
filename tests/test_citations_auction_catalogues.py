"""An auction's catalogue cited by its house, town, sale title and day, the lot after it: a book of the house."""

from histkit import Document, build_tables
from histkit.citations.catalogues import as_sale


def rows(note: str):
    return build_tables([Document.from_text(f"Body text.1\n\n1 {note}\n", doc_id="d")])["references"]


def test_the_house_is_the_author_and_the_sales_title_the_title():
    found = rows("Christie's, London, Important British Pictures, sale 14 June 1996, lot 87; the portrait was bought in.")
    assert list(zip(found.authors, found.title, found.year)) == [("Christie's", "Important British Pictures", "1996")]


def test_a_title_with_a_comma_stays_whole():
    found = rows("Sotheby's, Londra, Music, Continental Books and Manuscripts, asta del 6 dicembre 2011, lotto 112.")
    assert list(zip(found.authors, found.title)) == [("Sotheby's", "Music, Continental Books and Manuscripts")]


def test_the_word_for_sale_in_the_bracket_after_the_title_is_left_out():
    assert as_sale("Frederik Muller & Cie, Catalogue (Amsterdam, veiling 14 november 1893)") == \
        "Frederik Muller & Cie, Catalogue (Amsterdam, 14 november 1893)"


def test_a_reference_without_a_word_for_sale_is_left_as_it_is():
    assert as_sale("Julian Marlowe, Thomas Hudson, London, 2008") == "Julian Marlowe, Thomas Hudson, London, 2008"
