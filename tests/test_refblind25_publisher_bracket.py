"""Québec's house prints a book's imprint in brackets with commas only, place, publisher and year, the pages bare
after it (`Titre (Montréal, Boréal, 1989), 17-24`): the rules read the place, the publisher and the year, and the
title ends before the bracket."""

from histkit.citations.references import parse_reference
from histkit.citations.tails import publisher_bracket


def test_the_bracket_gives_place_publisher_and_year():
    ref = parse_reference("Jeanne Tardif, Les paroisses du Nord, 1880-1930 (Trois-Rivières, Éditions du Bien public, 1987), 12-19.")
    assert (ref["title"], ref["place"], ref["publisher"], ref["year"], ref["pages"]) == (
        "Les paroisses du Nord, 1880-1930", "Trois-Rivières", "Éditions du Bien public", "1987", "12-19")


def test_a_bracket_of_names_without_a_page_or_the_end_after_it_is_no_imprint():
    assert publisher_bracket("Les colons (Tardif, Roy, 1987) et leurs curés dans la vallée") is None


def test_a_bracket_with_a_colon_is_the_other_house_s():
    assert publisher_bracket("Titre (Montréal: Boréal, 1989), 17") is None
