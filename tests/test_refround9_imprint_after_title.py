"""The imprint `Place: Publisher, Year` may follow the title's full stop (`Nimeke. Helsinki: SKS, 1985`, the Finnish and
Scandinavian order): the title ends at that full stop, however long it is, and a place's own dot stays (`St. Petersburg`)."""

from histkit.citations import parse_reference


def test_the_place_after_the_titles_full_stop_is_the_imprints():
    ref = parse_reference("Aino Laine, Kylät ja kaupungit. Tampere: Otava, 1999, 45.")
    assert (ref["title"], ref["place"], ref["publisher"], ref["year"]) == ("Kylät ja kaupungit", "Tampere", "Otava", "1999")


def test_a_long_title_with_a_subtitle_ends_before_the_place():
    ref = parse_reference("Aino Laine, Kylät ja kaupungit Suomessa 1850–1900. Toinen osa. Tampere: Otava, 1999, 45.")
    assert (ref["title"], ref["place"]) == ("Kylät ja kaupungit Suomessa 1850–1900. Toinen osa", "Tampere")


def test_a_place_with_an_abbreviation_keeps_it():
    assert parse_reference("A. Smith, Empire, St. Petersburg: Nauka, 1990, 4.")["place"] == "St. Petersburg"
