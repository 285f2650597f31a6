"""A family listed as an actor of its own (kind ``family``) beside its members, named in the plural of the family name
in its cases (`family_plurals.csv`; mention round 16); small texts written for each behaviour."""

from conftest import found_mentions


def test_a_family_listed_by_its_plural_is_found_in_the_other_cases_of_the_plural():
    text = "W 1920 roku Nowiccy kupili młyn. Majątek Nowickich przejął potem bank, a Nowickim zostawił dom."
    found = found_mentions(text, ("n", "Nowiccy", "family", ""))
    assert found == [("n", "Nowiccy"), ("n", "Nowickich"), ("n", "Nowickim")]


def test_a_family_listed_with_a_word_for_family_takes_the_plural_of_a_members_family_name():
    text = "Horváth Péter 1930-ban földet vett. Horváthéknál minden vasárnap vendégek voltak."
    found = found_mentions(text, ("f", "Horváth család", "family", ""), ("p", "Horváth Péter", "person", ""))
    assert found == [("p", "Horváth Péter"), ("f", "Horváthéknál")]


def test_the_plural_goes_to_the_family_and_not_to_a_member_whose_form_it_also_is():
    text = "Jan Nowicki sprzedał młyn. Bank pomógł Nowickim, a sąsiedzi Nowickich milczeli."
    found = found_mentions(text, ("f", "Nowiccy", "family", ""), ("j", "Jan Nowicki", "person", ""))
    assert found == [("j", "Jan Nowicki"), ("f", "Nowickim"), ("f", "Nowickich")]


def test_a_slovak_family_in_ovci_is_found_in_its_cases():
    text = "Pôdu Bakošovcov rozdelili v roku 1946. Bakošovcom ostal iba dom."
    assert found_mentions(text, ("b", "Bakošovci", "family", "")) == [("b", "Bakošovcov"), ("b", "Bakošovcom")]


def test_a_finnish_family_in_set_is_found_in_its_cases():
    text = "Vuonna 1925 Virtaset myivät tehtaan. Virtasten kirjeet ovat arkistossa, ja Virtasille jäi talo."
    found = found_mentions(text, ("v", "Virtasen suku", "family", "Virtaset"))
    assert found == [("v", "Virtaset"), ("v", "Virtasten"), ("v", "Virtasille")]
