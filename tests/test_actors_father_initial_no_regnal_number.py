"""A Russian name's second initial (`N. V. Krylenko`, `I. V. Stalin`) may be a Roman numeral's letter; after an
initial it is the father's initial, not a ruler's number: the initials alone are no name of the actor."""

from conftest import found_mentions


def test_initials_before_another_family_name_of_the_actor_are_no_regnal_name():
    text = "Nationalities: I. V. Dzhugashvili (Stalin). Military Affairs: N. V. Krylenko and others."
    found = found_mentions(text, ("s", "Joseph Stalin", "person", "I. V. Stalin|Iosif Dzhugashvili"),
                           ("k", "Nikolai Krylenko", "person", "N. V. Krylenko"))
    assert found == [("s", "Dzhugashvili"), ("s", "Stalin"), ("k", "N. V. Krylenko")]


def test_a_ruler_of_a_house_is_still_named_by_his_given_name_and_number():
    found = found_mentions("Henryk XLVII wrote to Berlin.", ("h", "Henryk XLVII Reuss", "person", ""))
    assert found == [("h", "Henryk XLVII")]
