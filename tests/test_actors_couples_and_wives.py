"""A man and his wife sharing a family name: a couple's titles name both (`plural_words.csv`, gender ``mf``), a
woman's given name says her gender (`given_name_genders.csv`) (`histkit/actors/titlegenders.py`); small texts written for each behaviour."""

from conftest import found_mentions

WILLIAM = ("w", "William Ewart Gladstone", "person", "W. E. Gladstone")
CATHERINE = ("c", "Catherine Gladstone", "person", "Catherine Glynne")


def test_a_couples_titles_name_the_man_and_the_woman():
    found = found_mentions("Mr and Mrs Gladstone received the party at Hawarden.", WILLIAM, CATHERINE)
    assert sorted(found) == [("c", "Gladstone"), ("w", "Gladstone")]


def test_a_womans_given_name_not_on_a_makes_mrs_hers():
    found = found_mentions("Catherine Gladstone and W. E. Gladstone came. Later Mrs Gladstone wrote.", WILLIAM, CATHERINE)
    assert found[-1] == ("c", "Gladstone")

