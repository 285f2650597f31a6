"""A Chinese name in traditional characters, as notes cite prints of Taiwan, Hong Kong or before 1956 (mention round
7), is the name an authority file lists in simplified ones, and the other way round. Small texts written for it."""

from conftest import authority, body_layout

from histkit import actors as act


def found(text, *rows):
    table = act.find_mentions(body_layout(text), authority(*rows))
    return list(zip(table.actor_id, table.surface))


def test_a_name_in_traditional_characters_is_a_mention_of_the_simplified_name():
    assert found("《周恩來選集》上卷；蔣介石日記。", ("z", "周恩来", "person", ""), ("j", "蒋介石", "person", "")) == \
        [("z", "周恩來"), ("j", "蔣介石")]


def test_a_name_in_simplified_characters_is_a_mention_of_the_traditional_name():
    assert found("汪精卫出走河内。", ("w", "汪精衛", "person", "")) == [("w", "汪精卫")]
