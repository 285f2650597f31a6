"""A woman listed by a title and the family name of a man the file lists (`Mrs Lewes` beside George Henry Lewes) is
named so with the title; the family name alone is his (`borne_by_title`); small texts written for each behaviour."""

from conftest import found_mentions

ELIOT = ("e", "George Eliot", "person", "Marian Evans|Mrs Lewes")
LEWES = ("l", "George Henry Lewes", "person", "G. H. Lewes")


def test_the_family_name_alone_is_the_man_who_bears_it_not_the_woman_titled_by_it():
    text = "Marian Evans lived with George Henry Lewes and called herself Mrs Lewes. Lewes wrote to Blackwood."
    found = found_mentions(text, ELIOT, LEWES)
    assert found == [("e", "Marian Evans"), ("l", "George Henry Lewes"), ("e", "Mrs Lewes"), ("l", "Lewes")]


def test_a_titled_alias_keeps_its_family_name_where_no_one_else_bears_it():
    text = "Mrs Beurton lived in Oxfordshire. Beurton was her married name."
    found = found_mentions(text, ("s", "Ursula Kuczynski", "person", "Mrs Beurton"))
    assert [a for a, _ in found] == ["s", "s"]
