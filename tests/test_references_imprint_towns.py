"""The towns books are printed in (`imprint_towns.csv`) tell an unknown house from its town, and a state or county
after its town belongs to the place: `Kräner, Stuttgart, 1990`, `Manifestolibri, Roma 2010`, `Totowa, New Jersey:`."""

from histkit.citations.references import parse_reference


def test_unknown_house_before_a_listed_town_in_commas_is_the_publisher():
    ref = parse_reference("H. Kurzke, Betrachtungen eines Unpolitischen, in H. Koopmann (ed.), Thomas-Mann-Handbuch, "
                          "Kräner, Stuttgart, 1990, pp. 678-695.")
    assert (ref["place"], ref["publisher"], ref["container"]) == ("Stuttgart", "Kräner", "Thomas-Mann-Handbuch")


def test_words_after_a_titles_comma_before_a_listed_town_stay_in_the_title():
    ref = parse_reference("D. Mintoff, Malta: Church, State, Labour, London 1962, p. 12.")
    assert (ref["title"], ref["place"], ref["publisher"]) == ("Malta: Church, State, Labour", "London", "")


def test_unknown_house_first_in_a_bracketed_imprint_is_the_publisher():
    ref = parse_reference("H. Kurzke, Thomas Mann (Kräner, Stuttgart, 1990), p. 12.")
    assert (ref["title"], ref["place"], ref["publisher"]) == ("Thomas Mann", "Stuttgart", "Kräner")


def test_listed_towns_before_the_last_stay_places():
    ref = parse_reference("Peter Galison, How Experiments End, Chicago, London 1987.")
    assert (ref["title"], ref["place"], ref["publisher"]) == ("How Experiments End", "Chicago, London", "")


def test_a_state_after_its_town_before_the_colon_is_part_of_the_place():
    ref = parse_reference("L. v. Stein, The History of the Social Movement in France, 1789-1850, Totowa, New Jersey: "
                          "Bedminster Press 1964.")
    assert (ref["title"], ref["place"], ref["publisher"]) == (
        "The History of the Social Movement in France, 1789-1850", "Totowa, New Jersey", "Bedminster Press")


def test_a_county_after_its_town_in_commas_is_part_of_the_place():
    ref = parse_reference("J. Smith, Britain and Europe, Harmondsworth, Middlesex, 1990.")
    assert (ref["title"], ref["place"], ref["publisher"]) == ("Britain and Europe", "Harmondsworth, Middlesex", "")


def test_a_town_that_is_also_a_state_after_a_house_stays_the_town():
    ref = parse_reference("R Nader, PJ Petkas and K Blackwell (eds.), Whistle-blowing: The report, Grossman, New York, 1972")
    assert (ref["place"], ref["publisher"]) == ("New York", "Grossman")
