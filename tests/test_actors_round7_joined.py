"""Urdu and Persian write a compound of two words without its space after a letter that joins no letter after it,
which looks the same (`قائد اعظم`, `قائداعظم`; mention round 7): the alias so written is a mention. A small text
written for it."""

from conftest import authority, body_layout

from histkit import actors as act


def test_a_two_word_alias_written_without_its_space_after_a_non_joining_letter_is_a_mention():
    table = act.find_mentions(body_layout("قائداعظم سے قائد عوام تک"),
                              authority(("j", "محمد علی جناح", "person", "قائد اعظم")))
    assert table.surface.tolist() == ["قائداعظم"]
