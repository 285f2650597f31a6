"""The Italian houses print the publisher before its town (`…, Adelphi, Milano, 1986`) as often as after it: a
publisher `publishers.csv` names, or a town with its river abbreviated (`Frankfurt a.M.`), tells the order."""

from histkit.citations.references import parse_reference


def _imprint(raw):
    ref = parse_reference(raw)
    return ref["place"], ref["publisher"], ref["year"]


def test_a_known_publisher_before_its_town():
    assert _imprint("F. Nietzsche, Frammenti postumi 1888-1889, Adelphi, Milano, 1986, p. 145.") == (
        "Milano", "Adelphi", "1986")


def test_a_town_on_its_river_after_the_publisher():
    assert _imprint("P. de Mendelssohn (ed.), Tagebücher, Fischer, Frankfurt a.M., 1979, p. 509")[:2] == (
        "Frankfurt a.M.", "Fischer")


def test_the_town_first_stays_the_place():
    assert _imprint("G. Rossi, La storia, Roma, Laterza, 1990.") == ("Roma", "Laterza", "1990")
