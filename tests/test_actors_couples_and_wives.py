"""A man and his wife sharing a family name: a couple's titles name both (`plural_words.csv`, gender ``mf``), a
woman's given name says her gender (`given_name_genders.csv`), and the bare family name is the man's unless she was
named in full last in the paragraph (`histkit/actors/titlegenders.py`); small texts written for each behaviour."""

from conftest import authority, found_mentions

from histkit import actors as act
from histkit.layout import Block, Layout
from histkit.read import Document

WILLIAM = ("w", "William Ewart Gladstone", "person", "W. E. Gladstone")
CATHERINE = ("c", "Catherine Gladstone", "person", "Catherine Glynne")


def test_a_couples_titles_name_the_man_and_the_woman():
    found = found_mentions("Mr and Mrs Gladstone received the party at Hawarden.", WILLIAM, CATHERINE)
    assert sorted(found) == [("c", "Gladstone"), ("w", "Gladstone")]


def test_a_womans_given_name_not_on_a_makes_mrs_hers():
    found = found_mentions("Catherine Gladstone and W. E. Gladstone came. Later Mrs Gladstone wrote.", WILLIAM, CATHERINE)
    assert found[-1] == ("c", "Gladstone")


def test_the_bare_family_name_of_a_man_and_his_wife_is_the_mans():
    text = "Catherine Gladstone kept the book of callers.\n When Gladstone became Prime Minister, he was sixty.\n"
    cut = text.index("\n") + 1
    layout = Layout(Document.from_text(text, doc_id="d"), [Block("b1", "body", 0, cut, text[:cut], text[:cut]),
                                                           Block("b2", "body", cut, len(text), text[cut:], text[cut:])], [])
    table = act.find_mentions(layout, act.build_matcher(authority(WILLIAM, CATHERINE), cache=False))
    assert list(zip(table.actor_id, table.surface))[-1] == ("w", "Gladstone")


def test_the_bare_family_name_just_after_the_wifes_full_name_in_her_paragraph_is_hers():
    found = found_mentions("W. E. Gladstone sat in the Commons. Catherine Gladstone wrote; Gladstone signed it.",
                           WILLIAM, CATHERINE)
    assert found[-1] == ("c", "Gladstone")
