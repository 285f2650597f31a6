"""Hausa hooked letters, which notes and English-language print drop (`Balewa` for `Ɓalewa`; mention round 7): the
name without the hooks is a mention, and the other way round. Small texts written for it."""

from conftest import authority, body_layout

from histkit import actors as act


def found(text, *rows):
    return act.find_mentions(body_layout(text), authority(*rows)).surface.tolist()


def test_a_name_printed_without_its_hooked_letters_is_a_mention():
    assert found("Abubakar Tafawa Balewa, Nigeria Speaks, Ikeja 1964.",
                 ("b", "Abubakar Tafawa Ɓalewa", "person", "")) == ["Abubakar Tafawa Balewa"]


def test_a_name_printed_with_hooked_letters_is_a_mention_of_the_name_listed_without():
    assert found("Shugaba Ɗanbaba ya zo.", ("d", "Musa Danbaba", "person", "")) == ["Ɗanbaba"]
