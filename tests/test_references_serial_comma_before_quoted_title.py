"""Authors listed with Chicago's serial comma (`R.A. Easterlin, G. Alter, and G.A. Condran, “Title”, in …`) are all
the authors, the quotation after them the title: the last, after `, and`, had been read as the title."""

from histkit.citations.references import parse_reference


def test_the_last_author_after_a_serial_comma_before_a_quoted_chapter_title():
    ref = parse_reference("R.A. Easterlin, G. Alter, and G.A. Condran, “Farms and Farm Families”, in T. Hareven (ed.), "
                          "Family and Population (Princeton, 1978), 22-84.")
    assert (ref["authors"], ref["title"], ref["container"]) == (
        "R.A. Easterlin, G. Alter, and G.A. Condran", "Farms and Farm Families", "Family and Population")
