"""Notes and calls in layouts of the third blind round (issue 12): weak calls of the note due, pieces of notes."""

from conftest import layout_of, notes_by_no

BODY = "The council met in the spring and debated the question at length, as the minutes show"


def test_a_number_alone_on_its_line_is_the_note_due_when_the_page_calls_it_by_a_bare_number():
    text = (f"{BODY} here.1\nMüller 2 has shown that the council met again.3\n\n"
            "1\nFirst note, Wien 2009.\n2\nSecond note, Wien 1979.\n3\nThird note.\n")
    lay = layout_of(text)
    assert notes_by_no(lay)["2"].text == "Second note, Wien 1979."
    assert notes_by_no(lay)["1"].text == "First note, Wien 2009."
    assert notes_by_no(lay)["2"].marker_start == text.index(" 2 has") + 1


def test_a_note_due_is_taken_when_the_page_calls_it_glued_to_a_year():
    text = (f"{BODY} here.1\nThe ministry's files from 19342 show the rest.3\n\n"
            "1\nFirst note, Wien 2009.\n2\nSecond note, Wien 1979.\n3\nThird note.\n")
    lay = layout_of(text)
    assert notes_by_no(lay)["2"].text == "Second note, Wien 1979."
    assert lay.doc.text[:notes_by_no(lay)["2"].marker_start].endswith("1934")


def test_a_bracketed_note_label_is_not_a_call_that_makes_the_note_a_side_note():
    # [2] left open, [3] finished, then the rest of [2] in lower case: it goes back to note 2
    text = (f"{BODY} here.1 And\n{BODY} there.2 Also\nthe mayor Kopp 3 wrote.\n\n"
            "[1] First note, Wien 2009.\n[2] The mayor writes that «the peasants no longer\n"
            "[3] Ebd., 19.\ntrust anyone» (Archive, box 3).\n")
    notes = notes_by_no(layout_of(text))
    assert notes["2"].text == "The mayor writes that «the peasants no longer trust anyone» (Archive, box 3)."
    assert notes["3"].text == "Ebd., 19."


def test_a_call_glued_to_a_fraction_is_the_note_due():
    text = (f"{BODY} here.1 The loans fell by 1/42, and\n{BODY} there.3\n\n"
            "1 First note.\n2 Second note.\n3 Third note.\n")
    lay = layout_of(text)
    assert lay.doc.text[:notes_by_no(lay)["2"].marker_start].endswith("1/4")


def test_a_fraction_without_a_call_due_stays_a_fraction():
    text = f"{BODY} here.1 The loans fell by 1/42, and\n{BODY} there.2\n\n1 First note.\n2 Second note.\n"
    lay = layout_of(text)
    assert lay.doc.text[:notes_by_no(lay)["2"].marker_start].endswith("there.")


def test_the_rest_of_a_side_note_may_end_on_a_line_holding_only_a_number_of_a_note_taken():
    # `1.` ends note 1's rest (`hour 1.`); it cannot start note 1 again
    text = (f"\n1 Archive, fond Ministry of Agriculture,\ndosar 102/1921,\n\n{BODY} here.1 Then\n"
            f"{BODY} there.\n\nf. 44, telegram of 3 June, hour\n1.\n2 Ibidem, f. 47.\n\n{BODY} again.2\n")
    notes = notes_by_no(layout_of(text))
    assert notes["1"].text == "Archive, fond Ministry of Agriculture, dosar 102/1921, f. 44, telegram of 3 June, hour 1."


def test_a_note_left_open_in_a_bracket_by_a_later_note_goes_on_at_the_top_of_the_next_pages_notes():
    text = (f"{BODY} here.1 And\n{BODY} there.2\n\n1 Inventory of 1864 (Archive, f. 378, ap. 1,\n"
            "2 Ibid., l. 9.\n\f"
            f"{BODY} again.3\n\nb. 1412, l. 7–9).\n3 Archive, f. 419, l. 8.\n")
    notes = notes_by_no(layout_of(text))
    assert notes["1"].text == "Inventory of 1864 (Archive, f. 378, ap. 1, b. 1412, l. 7–9)."
    assert notes["2"].text == "Ibid., l. 9."


def test_a_short_paragraph_between_a_pages_notes_and_the_next_page_ends_the_note_above_it():
    text = (f"{BODY} here.1\n\n1 Complaint in Polish (Archive, f. 378, l. 4):\n\n"
            "„Prosimy o zwrot majątku“.\n\nA translation is attached, l. 5.\n\f"
            f"{BODY} there.2\n\n2 Ibid., l. 6.\n")
    notes = notes_by_no(layout_of(text))
    assert notes["1"].text == ("Complaint in Polish (Archive, f. 378, l. 4): „Prosimy o zwrot majątku“. "
                               "A translation is attached, l. 5.")


def test_a_stamp_printed_on_every_page_is_not_the_end_of_the_note_above_it():
    stamp = "Brought to you by | Some University"
    text = (f"{BODY} here.1\n\n1 Archive, f. 4, l. 14.\n\n{stamp}\n\f"
            f"{BODY} there.2\n\n2 Ibid., l. 6.\n\n{stamp}\n\f")
    notes = notes_by_no(layout_of(text))
    assert notes["1"].text == "Archive, f. 4, l. 14."
