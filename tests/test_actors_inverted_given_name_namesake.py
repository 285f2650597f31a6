"""A bibliography or a note prints a namesake historian family name first (`Amery, Catherine. 'The India Office at
War'`): a listed given name after the comma that the actor never bore tells another person, as one before the family
name does; a list going on after a comma (`Amery, Stafford Cripps and Attlee`) does not."""

from conftest import authority

from histkit import Document
from histkit import actors as act
from histkit.layout import Block, Layout

AMERY = ("a", "Leo Amery", "person", "")
VIRCHOW = ("v", "Rudolf Virchow", "person", "")


def back_mentions(text: str, *rows) -> list[tuple[str, str]]:
    """(actor_id, surface) of the mentions in ``text`` read as one block of back matter (a bibliography)."""
    layout = Layout(Document.from_text(text, doc_id="doc"), [Block("b1", "back", 0, len(text), text, text)], [])
    table = act.find_mentions(layout, act.build_matcher(authority(*rows), cache=False))
    return list(zip(table.actor_id, table.surface))


def test_a_namesake_historian_printed_family_name_first_is_no_mention():
    found = back_mentions("Amery, Leo. My Political Life. London, 1953.\nAmery, Catherine. 'The India Office at War'.\n",
                          AMERY)
    assert found == [("a", "Amery, Leo")]


def test_a_german_inverted_namesake_with_a_colon_is_no_mention():
    found = back_mentions("Virchow, Rudolf: Reden, Berlin 1873.\nVirchow, Anna: Der Kulturkampf als Wort, 2030.\n",
                          VIRCHOW)
    assert found == [("v", "Virchow, Rudolf")]


def test_a_name_in_a_list_after_a_comma_is_still_a_mention():
    found = back_mentions("Minutes by Amery, Stafford Cripps and Attlee.\n", AMERY)
    assert found == [("a", "Amery")]
