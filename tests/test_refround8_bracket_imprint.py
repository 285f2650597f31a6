"""A book's place and year in brackets with no publisher (Dutch, Swedish): `Titel (Amsterdam 1985) 45`."""

from histkit.citations.references import looks_like_literature, parse_reference


def test_place_and_year_in_brackets_end_the_title():
    ref = parse_reference("P. de Ruyter, Het veen en de stad (Leiden 1977) 45.")
    assert (ref["authors"], ref["title"], ref["place"], ref["year"]) == ("P. de Ruyter", "Het veen en de stad",
                                                                         "Leiden", "1977")


def test_the_bracket_may_hold_an_edition_or_a_thesis_word_before_the_place():
    for bracket in ("(2e dr.; Leiden 1977)", "(diss. Lund 1977)"):
        ref = parse_reference(f"Karin Berg, Torpet och staden {bracket}, s. 45.")
        assert (ref["title"], ref["place"], ref["year"]) == ("Torpet och staden", bracket.split()[-2], "1977"), bracket


def test_such_a_book_is_literature():
    assert looks_like_literature("P. de Ruyter, Het veen en de stad (Leiden 1977) 45.")
