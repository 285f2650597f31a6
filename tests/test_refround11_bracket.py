"""The British imprint in brackets, a place and a year with a comma between them (`(Leeds, 1979)`), after an edition
and before an earlier edition's year, is read; of two places and years, a reprint's, the last is the year cited."""

from histkit.citations import parse_reference


def test_a_place_and_year_in_brackets_with_a_comma_give_the_year():
    ref = parse_reference("R. Dawes, The Moor Roads (3rd edn, York, 1981; 1st edn, 1960), pp. 4–9.")
    assert (ref["title"], ref["place"], ref["year"]) == ("The Moor Roads", "York", "1981")


def test_a_reprint_gives_the_reprint_year():
    assert parse_reference("R. Dawes, The Moor Roads (York, 1911; repr. York, 1970), p. 4.")["year"] == "1970"


def test_the_volume_cited_between_the_bracket_and_the_pages_leaves_the_year():
    ref = parse_reference("R. Dawes (ed.), The Moor Roads, 2 vols. (Record Series, xl–xli, York, 1981), vol. ii, p. 4.")
    assert (ref["place"], ref["year"]) == ("York", "1981")


def test_a_place_then_its_publisher_in_brackets_is_not_read_as_a_place():
    ref = parse_reference("Jean Dupont, La route (Lyon, Fayard, 1971), 4.")
    assert ref["place"] != "Fayard"
