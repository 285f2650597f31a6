"""What ends a reference in its note (an aside's closing bracket, a line's stray dash) is no field's."""

from histkit import parse_reference


def test_the_bracket_closing_an_aside_the_reference_ends_leaves_its_year_and_pages_read():
    ref = parse_reference("G. Ferrarese, Bondumier Andrea, in Dizionario biografico, vol. XI, Roma 1969, pp. 739-740)")
    assert (ref["place"], ref["year"], ref["pages"]) == ("Roma", "1969", "pp. 739-740")


def test_a_bracket_the_reference_opens_itself_stays():
    assert parse_reference("Geoff Eley, Forging Democracy (New York: OUP, 2002)")["year"] == "2002"


def test_a_stray_dash_after_the_year_leaves_place_and_year_read():
    ref = parse_reference("F. Bianchini, De tribus generibus instrumentorum, Roma 1753 -")
    assert (ref["title"], ref["place"], ref["year"]) == ("De tribus generibus instrumentorum", "Roma", "1753")
