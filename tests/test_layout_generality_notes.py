"""Which lines are notes and which note they belong to, in layouts histkit was not tuned to (issue 12, round 1)."""

from conftest import layout_of, notes_by_no

BODY = "The council met in the spring and debated the question at length, as the minutes show"


def _messages(lay) -> list[str]:
    return [w.message for w in lay.warnings]


def test_a_side_note_printed_before_the_paragraph_that_calls_it_is_a_note():
    text = ("\n1 Grundlegend Brauneder,\nVerfassungsgeschichte,\nWien 2009, 152.\n"
            f"{BODY} in the archive.1 More text follows here\n{BODY}.2\n")
    notes = notes_by_no(layout_of(text))
    assert notes["1"].text == "Grundlegend Brauneder, Verfassungsgeschichte, Wien 2009, 152."


def test_a_side_note_ends_where_the_wide_lines_of_the_body_resume():
    text = f"\n1 Grundlegend Brauneder,\nWien 2009, 152.\n{BODY} in the archive.1\n{BODY}.2\n"
    lay = layout_of(text)
    assert notes_by_no(lay)["1"].text == "Grundlegend Brauneder, Wien 2009, 152."
    assert lay.notes[0].marker_start == text.index(".1\n") + 1


def test_a_heading_over_the_body_after_a_side_note_is_not_part_of_the_note():
    text = f"\n1 Grundlegend Brauneder,\nWien 2009, 152.\nI. Einleitung\n{BODY} in the archive.1\n{BODY}.2\n"
    assert notes_by_no(layout_of(text))["1"].text == "Grundlegend Brauneder, Wien 2009, 152."


def test_side_notes_printed_out_of_order_are_both_notes():
    text = (f"\n2 Second note,\nWien 1979.\n1 First note,\nWien 2009.\n{BODY} here.1 And\n"
            f"{BODY} there.2\n")
    notes = notes_by_no(layout_of(text))
    assert (notes["1"].text, notes["2"].text) == ("First note, Wien 2009.", "Second note, Wien 1979.")


def test_the_rest_of_a_side_note_cut_by_the_body_goes_back_to_that_note():
    text = (f"\n1 Jahresbericht, Wien\n1875, 17, auf einen\n{BODY} here.1\n"
            "Antrag von Kopp\nzurück.\n2 Ebd., 19.\n"
            f"{BODY} there.2\n")
    notes = notes_by_no(layout_of(text))
    assert notes["1"].text == "Jahresbericht, Wien 1875, 17, auf einen Antrag von Kopp zurück."
    assert notes["2"].text == "Ebd., 19."


def test_note_numbers_on_lines_of_their_own_are_notes_even_when_printed_out_of_order():
    text = (f"{BODY}.1 Then more.2 And more.3\n\n1\nFirst note.\n3\nThird note.\n2\nSecond note.\n")
    notes = notes_by_no(layout_of(text))
    assert [(k, notes[k].text) for k in "123"] == [("1", "First note."), ("2", "Second note."),
                                                    ("3", "Third note.")]


def test_the_first_note_of_a_page_printed_after_the_pages_last_note_is_kept():
    text = (f"{BODY}.1\n\n1\nFirst.\n\n2\n\f{BODY}.2 Then.3\n\n3\nThird.\n2\nSecond.\n")
    notes = notes_by_no(layout_of(text))
    assert (notes["2"].text, notes["3"].text) == ("Second.", "Third.")


def test_a_misprinted_note_number_never_called_is_taken_for_the_note_due_with_a_warning():
    text = (f"{BODY}.1 More.2 Then.3\n\n1 One.\n2 Two.\n31 Three, misprinted.\n")
    lay = layout_of(text)
    assert notes_by_no(lay)["3"].text == "Three, misprinted."
    assert any("31" in m and "note 3" in m for m in _messages(lay))


def test_the_count_picks_up_again_after_a_run_of_notes_it_could_not_place():
    calls = " ".join(f"Word.{k}" for k in range(1, 12))
    notes = "".join(f"{k} Note {k}.\n" for k in (1, 2, 8, 9, 10, 11))
    lay = layout_of(f"{calls}\n\n{notes}")
    assert sorted(int(k) for k in notes_by_no(lay)) == [1, 2, 8, 9, 10, 11]
    assert any("notes 3–7 not found" in m for m in _messages(lay))


def test_many_numbered_lines_left_in_the_body_give_one_loud_warning():
    calls = " ".join(f"Word.{k}" for k in range(1, 30))
    notes = "".join(f"{k} Note {k}.\n" for k in (1, 2))
    stray = "".join(f"{k} Stray {k}.\n" for k in (20, 22, 24, 26, 28))
    lay = layout_of(f"{calls}\n\n{notes}\nBody again here.\n{stray}")
    assert [m for m in _messages(lay) if "were left in the body" in m] == [
        "5 lines that start like notes 20–28 were left in the body: the notes may be wrong from there on"]


def test_a_continuation_after_a_finished_note_goes_to_the_note_left_open_in_mid_sentence():
    text = (f"{BODY}.1 More.2\n\n1 Rapporto del console, ma il ministero rispose che\n"
            "2 Archives générales, note du 3 février 1947.\nla questione era chiusa.\n")
    notes = notes_by_no(layout_of(text))
    assert notes["1"].text == "Rapporto del console, ma il ministero rispose che la questione era chiusa."
    assert notes["2"].text == "Archives générales, note du 3 février 1947."


def test_a_continuation_goes_to_the_note_left_inside_an_open_bracket():
    text = (f"{BODY}.1 More.2\n\n1 РГАСПИ. Ф. 17. Л. 15 (записка; черновик\n2 ГАРФ. Ф. Р-9526. Л. 33.\n"
            "записки: Там же. Л. 19).\n")
    notes = notes_by_no(layout_of(text))
    assert notes["1"].text == "РГАСПИ. Ф. 17. Л. 15 (записка; черновик записки: Там же. Л. 19)."


def test_a_piece_printed_above_its_numbered_start_joins_after_it():
    text = (f"{BODY}.1 More.2 End.3\n\nDe Col alla Direzione, p. 2.\n1 One.\n2 Lettera di\n3 Three.\n")
    notes = notes_by_no(layout_of(text))
    assert notes["2"].text == "Lettera di De Col alla Direzione, p. 2."
    assert notes["1"].text == "One."


def test_a_number_alone_over_a_title_in_a_text_without_markers_stays_a_heading():
    lay = layout_of("Text of the book before.\n\n3\nThe Crisis of 1948\n\nIt came suddenly.\n")
    assert lay.notes == []
