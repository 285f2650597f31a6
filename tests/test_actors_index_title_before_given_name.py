"""An index prints a title between the family name and the given name (`Russell, Lord John`, `Hoare, Sir Samuel`):
the given name after the title tells a namesake as it does after the comma alone (`Amery, Catherine`)."""

from conftest import authority

from histkit import Document
from histkit import actors as act
from histkit.layout import Block, Layout

RUSSELL = ("r", "Bertrand Russell", "person", "Earl Russell")
HOARE = ("h", "Sir Samuel Hoare", "person", "Samuel Hoare")


def index_mentions(text: str, *rows) -> list[tuple[str, str]]:
    """(actor_id, surface) of the mentions in ``text`` read as one block of back matter (an index)."""
    layout = Layout(Document.from_text(text, doc_id="doc"), [Block("b1", "back", 0, len(text), text, text)], [])
    table = act.find_mentions(layout, act.build_matcher(authority(*rows), cache=False))
    return list(zip(table.actor_id, table.surface))


def test_a_namesake_in_an_index_with_a_title_before_his_given_name_is_no_mention():
    found = index_mentions("Russell, Bertrand, 301–320\nRussell, Lord John, 314\n", RUSSELL)
    assert found == [("r", "Russell, Bertrand")]


def test_the_actor_with_his_title_before_his_given_name_is_still_one_mention():
    assert index_mentions("Hoare, Sir Samuel, 213, 222\n", HOARE) == [("h", "Hoare, Sir Samuel")]
