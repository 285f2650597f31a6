"""An alias that is the name without its title (`Samuel Hoare` beside `Sir Samuel Hoare`) is the person's name, not
a double family name as `Mendès France` of `Pierre Mendès France` is: the family name alone stays his."""

from conftest import found_mentions


def test_the_family_name_alone_names_a_sir_whose_alias_drops_the_title():
    text = "The minute went to Sir Samuel Hoare. Later Hoare and Cadogan wrote to Sir Alexander Cadogan's office."
    found = found_mentions(text, ("h", "Sir Samuel Hoare", "person", "Samuel Hoare"),
                           ("c", "Sir Alexander Cadogan", "person", "Alexander Cadogan"))
    assert found == [("h", "Sir Samuel Hoare"), ("h", "Hoare"), ("c", "Cadogan"), ("c", "Sir Alexander Cadogan's")]


def test_a_double_family_name_alias_still_keeps_its_last_word_from_standing_alone():
    text = "In 1954 Pierre Mendès France spoke; Mendès France was cheered, and France voted."
    found = found_mentions(text, ("m", "Pierre Mendès France", "person", "Mendès France"))
    assert found == [("m", "Pierre Mendès France"), ("m", "Mendès France")]
