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


def test_a_call_glued_after_a_colon_that_ends_a_word_is_linked():
    text = f"{BODY}.1 The report sums up the view of the inspection:2 nothing was visited.\n\n1 A.\n2 B.\n"
    notes = notes_by_no(layout_of(text))
    assert text[notes["2"].marker_start - 2:notes["2"].marker_start + 1] == "n:2"


def test_a_time_or_a_verse_after_a_colon_calls_no_note():
    text = f"{BODY} at 10:15 and cited John 3:16 in the end.1\n\n1 A.\n"
    lay = layout_of(text)
    assert [text[n.marker_start - 1:n.marker_start + 1] for n in lay.notes] == [".1"]


def test_a_side_note_ended_by_a_blank_line_keeps_its_rest_printed_after_the_body():
    text = (f"\n1 Archive, box 4,\n[¿October\n2 Ibid., fol. 4v.\n\n"
            f"{BODY} at the inspection:1 no workshop was visited.2\n\n1917?]. Unsigned.\n3 Law of 1920.\n\n"
            f"{BODY} in the end.3\n")
    lay = layout_of(text)
    assert notes_by_no(lay)["1"].text == "Archive, box 4, [¿October 1917?]. Unsigned."
    assert {b.page for b in lay.blocks} == {1}


def test_a_number_in_a_date_pages_before_does_not_make_a_side_note_a_footnote():
    filler = "".join(f"{BODY}, line {k} of a long page.\n" for k in range(70))
    text = (f"Baracaldo, 2 de mayo de 1904.\n{filler}\n1 Archive, box 4,\n[¿October\n2 Ibid., fol. 4v.\n\n"
            f"{BODY} at the inspection:1 no workshop was visited.2\n\n1917?]. Unsigned.\n3 Law of 1920.\n\n"
            f"{BODY} in the end.3\n")
    assert notes_by_no(layout_of(text))["1"].text == "Archive, box 4, [¿October 1917?]. Unsigned."


def test_a_note_opening_with_a_capitalised_name_and_a_year_is_no_date_running_on():
    text = f"{BODY}.1 The law.2\n\n1. NA, inv.nr. 402, concept, 1954.\n2. Armenwet 1912, artikel 12.\n"
    notes = notes_by_no(layout_of(text))
    assert notes["2"].text == "Armenwet 1912, artikel 12."


def test_a_date_with_a_month_running_on_at_a_line_start_is_no_note():
    text = f"{BODY}.1 The law.2\n\n1. Letter of the minister of\n12. Juni 1950.\n2. Ibid.\n"
    notes = notes_by_no(layout_of(text))
    assert notes["1"].text == "Letter of the minister of 12. Juni 1950."


def test_a_double_slash_before_a_title_keeps_its_space_across_a_line_break():
    text = f"{BODY}.1\n\n1 Васильєв В. Ціна хліба //\nКомандири голоду. Київ, 2001.\n"
    assert notes_by_no(layout_of(text))["1"].text == "Васильєв В. Ціна хліба // Командири голоду. Київ, 2001."


def test_notes_the_text_calls_out_of_order_are_all_linked():
    text = (f"{BODY}.1 Then the police.2 And the deeds,4 all of them.\n"
            f"{BODY} in the next chapter.3 Nobody doubted it.5\n\n1 A.\n2 B.\n3 C.\n4 D.\n5 E.\n")
    lay = layout_of(text)
    notes = notes_by_no(lay)
    assert text[notes["3"].marker_start - 8:notes["3"].marker_start + 1] == "chapter.3"
    assert not any("marker 3 not found" in m for m in _messages(lay))
