"""A comma between a book's title and its bracketed imprint, as some notes set it, leaves the title the title."""

from histkit.citations.references import parse_reference


def test_the_title_before_a_comma_and_the_imprints_bracket_is_the_title():
    ref = parse_reference("Richard Card, Police Law, (Oxford University Press, 2015)")
    assert (ref["authors"], ref["title"], ref["year"]) == ("Richard Card", "Police Law", "2015")


def test_an_edition_before_the_comma_is_no_part_of_the_title():
    ref = parse_reference("Richard Card and Jack English, Police Law 15th edition, (Oxford University Press, 2015)")
    assert (ref["authors"], ref["title"]) == ("Richard Card and Jack English", "Police Law")
