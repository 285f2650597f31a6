"""A name index after the notes (`Index`, `Personenregister`, `Indice dei nomi`) is back matter, as a bibliography
is: its entries are no note's text (section_labels.csv, role `back`)."""

from conftest import layout_of


def _zones(text: str) -> dict[str, str]:
    """Each line of the blocks → its block's zone (an index's entries may be read as one block)."""
    return {line: b.zone for b in layout_of(text).blocks for line in [b.text, *b.raw.splitlines()] if line}


def test_an_index_after_the_notes_is_back_matter():
    text = ("Introduction\n The Cabinet met twelve times in September, as its minutes say at length.\n\n"
            "Notes\n1 TNA, CAB 23/95, 17 September 1938.\n2 Ibid., 19 September 1938.\n\n"
            "Index\nCadogan, Sir Alexander, 212, 218–220\nHoare, Sir Samuel, 213, 222\n")
    zones = _zones(text)
    assert (zones["2 Ibid., 19 September 1938."], zones["Hoare, Sir Samuel, 213, 222"]) == ("note", "back")


def test_a_german_person_index_after_the_notes_is_back_matter():
    text = ("Einleitung\n Das Kabinett tagte im Sommer 1929 fast jede Woche, wie die Akten zeigen.\n\n"
            "Anmerkungen\n1 BArch, R 43 I/1440, Bl. 211.\n2 Ebd., Bl. 215.\n\n"
            "Personenregister\nCurtius, Julius 403, 410–412\nSevering, Carl 404, 409\n")
    assert _zones(text)["Severing, Carl 404, 409"] == "back"
