"""Notes and their calls in layouts histkit was not tuned to (issue 12, round 2 of blind fixtures)."""

from conftest import layout_of, notes_by_no

BODY = "The council met in the spring and debated the question at length, as the minutes show"


def _messages(lay) -> list[str]:
    return [w.message for w in lay.warnings]


def test_notes_numbered_on_from_an_earlier_part_are_linked_to_their_calls():
    text = (f"Continued from the last issue.41 {BODY}.42\n{BODY} once more.43\n\n"
            "41 Part I ended with note 40.\n42 Minutes, 3 May 1921.\n43 Ibid.\n")
    lay = layout_of(text)
    notes = notes_by_no(lay)
    assert [text[notes[k].marker_start - 1:notes[k].marker_start + 2] for k in ("41", "42", "43")] == \
        [".41", ".42", ".43"]
    assert not any("not found" in m for m in _messages(lay))


def test_a_call_spaced_after_a_year_is_linked_when_it_is_the_number_due():
    text = f"{BODY}.1 She repeated the phrase\nin 1923 2 and historians have used it since.3\n\n1 A.\n2 B.\n3 C.\n"
    notes = notes_by_no(layout_of(text))
    assert text[notes["2"].marker_start - 5:notes["2"].marker_start + 1] == "1923 2"


def test_a_paragraph_of_a_law_at_a_line_start_goes_on_with_the_note_and_is_no_note():
    text = f"{BODY}.1\n\n1 Zákon č. 213/1948 Sb., o akčních výborech,\n§ 4.\n"
    lay = layout_of(text)
    assert [(n.note_no, n.text) for n in lay.notes] == [("1", "Zákon č. 213/1948 Sb., o akčních výborech, § 4.")]


def test_a_piece_printed_between_earlier_notes_goes_to_the_later_note_left_open():
    text = (f"{BODY}.1 More.2 And more.3 Last.4\n\n1 Pernes, Krize, Brno 2008, s. 33.\n"
            "whose annex lists 118 persons.\n2 Ibid.\n3 NA, f. MV, kart. 2114, report of 6 March 1948,\n"
            "4 Law no. 213/1948.\n")
    notes = notes_by_no(layout_of(text))
    assert notes["1"].text == "Pernes, Krize, Brno 2008, s. 33."
    assert notes["3"].text == "NA, f. MV, kart. 2114, report of 6 March 1948, whose annex lists 118 persons."
