"""A park, school or street named after a person is no mention of the person (`eponym_words.csv`: Finnish `puisto`,
Slovak `ulici`, Estonian `kool`; mention round 16); small texts written for each behaviour."""

from conftest import found_mentions


def test_a_finnish_park_named_after_a_person_is_no_mention_of_him():
    text = "Tehtailija Eero Salo kuoli 1939. Tampereella on nykyään Eero Salon puisto."
    assert found_mentions(text, ("s", "Eero Salo", "person", "")) == [("s", "Eero Salo")]


def test_a_slovak_street_named_by_a_possessive_adjective_is_no_mention_of_a_man_or_woman_of_the_name():
    text = "Andrej Kráľ a Mária Kráľová prišli v marci. Dnes stojí na Kráľovej ulici pamätná tabuľa."
    found = found_mentions(text, ("k", "Andrej Kráľ", "person", ""), ("m", "Mária Kráľová", "person", ""))
    assert found == [("k", "Andrej Kráľ"), ("m", "Mária Kráľová")]
