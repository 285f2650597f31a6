"""Things named after a person (`eponym_words.csv`: `cocktail`, `design bureau`, `bag`) and relatives or historians
whose given name `first_names.csv` lists are no mentions of the actor; small texts written for each behaviour."""

from conftest import found_mentions

MOLOTOV = ("m", "Vyacheslav Molotov", "person", "")
KAGANOVICH = ("k", "Lazar Kaganovich", "person", "")


def test_a_thing_named_after_a_person_is_no_mention():
    found = found_mentions("Molotov signed. The Finns named their bottle bomb the Molotov cocktail.", MOLOTOV)
    assert found == [("m", "Molotov")]


def test_a_design_bureau_named_after_two_men_is_no_mention():
    found = found_mentions("Mikoyan stayed. The Mikoyan-Gurevich design bureau made the MiG fighters.",
                           ("a", "Anastas Mikoyan", "person", ""))
    assert found == [("a", "Mikoyan")]


def test_a_historian_whose_given_name_is_listed_is_another_person():
    found = found_mentions("Kaganovich signed the list. Maya Kaganovich, 'The Politburo's signatures'.", KAGANOVICH)
    assert found == [("k", "Kaganovich")]
