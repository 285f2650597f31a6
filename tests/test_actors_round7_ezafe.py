"""The ezafe kasra written on the first word of a title-like alias (Urdu `قائدِ عوام`, mention round 7): the alias
with it is one mention, not its last word alone. A small text written for it."""

from conftest import authority, body_layout

from histkit import actors as act


def test_an_alias_with_the_ezafe_kasra_on_its_first_word_is_one_mention():
    table = act.find_mentions(body_layout("قائدِ عوام نے کہا۔"),
                              authority(("b", "ذوالفقار علی بھٹو", "person", "قائد عوام")))
    assert table.surface.tolist() == ["قائدِ عوام"]
