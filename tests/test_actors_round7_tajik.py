"""Tajik writes the object marker -ро and the ezafe -и on the name, a final ӣ turning и before them (mention round
7): the name with them is a mention. A small text written for it."""

from conftest import authority, body_layout

from histkit import actors as act


def surfaces(text, *rows):
    return act.find_mentions(body_layout(text), authority(*rows)).surface.tolist()


def test_tajik_object_marker_on_a_surname_on_a_consonant_and_on_i_is_a_mention():
    assert surfaces("Маскав Ғафуровро фиристод ва Айниро президент кард.",
                    ("g", "Бобоҷон Ғафуров", "person", ""), ("a", "Садриддин Айнӣ", "person", "")) == \
        ["Ғафуровро", "Айниро"]


def test_tajik_ezafe_on_a_surname_on_i_is_a_mention():
    assert surfaces("Айнии пиронсол наҷот ёфт.", ("a", "Садриддин Айнӣ", "person", "")) == ["Айнии"]
