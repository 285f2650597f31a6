"""A title the authority lists in an alias with a shortened name, printed before the full name (`Tā Āpirana Ngata`
beside the alias `Tā Āpirana`, `Malam Aminu Kano` beside `Malam Aminu`; mention round 7): one mention, not two.
Small texts written for it."""

from conftest import authority, body_layout

from histkit import actors as act


def found(text, *rows):
    return act.find_mentions(body_layout(text), authority(*rows)).surface.tolist()


def test_a_listed_title_before_the_full_name_is_one_mention():
    assert found("Ka kōrero a Tā Āpirana Ngata ki te iwi.", ("n", "Āpirana Ngata", "person", "Tā Āpirana")) == \
        ["Tā Āpirana Ngata"]
    assert found("Tsakanin Alhaji Ahmadu Bello da Malam Aminu Kano.", ("a", "Aminu Kano", "person", "Malam Aminu")) == \
        ["Malam Aminu Kano"]
