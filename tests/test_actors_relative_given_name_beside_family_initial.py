"""A relative's listed given name before the family name tells another person even where it begins with the family
name's own letter (`Costanzo Ciano` is not Galeazzo Ciano); the actor's own given name still names him."""

from conftest import found_mentions

CIANO = ("c", "Galeazzo Ciano", "person", "")


def test_a_fathers_given_name_with_the_family_names_initial_is_another_person():
    text = "Galeazzo Ciano voted yes. His father Costanzo Ciano had died in 1939; Ciano sat in the council."
    assert found_mentions(text, CIANO) == [("c", "Galeazzo Ciano"), ("c", "Ciano")]


def test_a_wifes_given_name_is_another_person():
    text = "Galeazzo Ciano was shot at Verona. Edda Ciano had asked for his pardon."
    assert found_mentions(text, CIANO) == [("c", "Galeazzo Ciano")]
