"""A reference that ends with the semicolon parting it from the next one of a list is read as if it ended there."""

from histkit import parse_reference


def test_the_semicolon_after_a_books_year_leaves_its_place_and_year_read():
    ref = parse_reference("R. Canosa, Storia dell’Inquisizione in Italia, Firenze, 1987;")
    assert (ref["title"], ref["place"], ref["year"]) == ("Storia dell’Inquisizione in Italia", "Firenze", "1987")


def test_the_semicolon_after_an_articles_pages_leaves_its_pages_read():
    ref = parse_reference("D. Sella, Commerci e industrie a Venezia, «Studi Veneziani», 8 (1966), pp. 78-79;")
    assert (ref["container"], ref["year"], ref["pages"]) == ("Studi Veneziani", "1966", "pp. 78-79")
