"""A ministry or government named by its seat or capital, and the same words naming the building, the street or the
city (`seat_words.csv`); small texts written for the behaviour."""

from conftest import found_mentions

ELYSEE = ("elysee", "Présidence de la République", "organisation", "Élysée|Paris")


def test_a_capital_standing_for_the_government_counts_and_the_city_does_not():
    text = ("Paris refused the plan, and Paris's reply reached Bonn in May. The delegates dined in Paris; "
            "see J. Roux, La France et Bonn (Paris, 1990), 12, and the University of Paris thesis.")
    found = found_mentions(text, ELYSEE)
    assert [s for _, s in found] == ["Paris", "Paris's"]


def test_a_seat_counts_where_it_acts_and_not_as_the_building_or_in_a_book_about_it():
    text = ("The Élysée vetoed the treaty. Tourists queued along the Élysée gardens, and the rooms of Élysée were "
            "closed. See M. Blanc, L'Élysée: histoire d'un palais (Paris, 1987).")
    found = found_mentions(text, ELYSEE)
    assert [s for _, s in found] == ["Élysée"]


def test_a_dateline_is_a_place_and_an_acronym_is_never_one():
    text = "Ambassador to Erhard, Paris, 3 May 1963. The SPD met in Bonn; in the SPD few agreed."
    found = found_mentions(text, ELYSEE, ("spd", "Sozialdemokratische Partei Deutschlands", "organisation", "SPD"))
    assert found == [("spd", "SPD"), ("spd", "SPD")]


def test_a_state_s_name_in_another_language_is_its_name_after_in():
    text = "Nećak, Hallsteinova doktrina in Jugoslavija (Ljubljana, 1994), 12."
    found = found_mentions(text, ("yu", "Yugoslavia", "state", "Jugoslavija"))
    assert found == [("yu", "Jugoslavija")]
