"""A house known by its name alone before the town and year (`…, Mohr, Tübingen 1922`, the Italian order `Titolo,
Editore, Luogo Anno`) is the publisher, not a second town (`publishers.csv`)."""

from histkit.citations.references import parse_reference


def test_a_known_house_before_the_town_is_the_publisher():
    ref = parse_reference("M. Weber, Wissenschaft als Beruf, in Gesammelte Aufsätze, Mohr, Tübingen 1922, pp. 524-555.")
    assert (ref["place"], ref["publisher"], ref["year"]) == ("Tübingen", "Mohr", "1922")


def test_two_towns_before_the_year_stay_the_places():
    ref = parse_reference("Peter Galison, How Experiments End, Chicago, London 1987, p. 4.")
    assert (ref["place"], ref["publisher"]) == ("Chicago, London", "")
