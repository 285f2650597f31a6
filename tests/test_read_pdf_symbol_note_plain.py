"""An unnumbered note (`* Maîtresse de conférences …`) under notes labelled `1.` on the line (round 20's variants)."""

from __future__ import annotations

from histkit.read.pdf.lines import Line
from histkit.read.pdf.notes import label_of


def line(text, x0):
    return Line([], x0, 0, x0 + 200, 8, 8, 8, False, [("t", text)])


def test_a_symbol_and_a_capitalised_word_at_the_notes_left_edge_open_an_unnumbered_note_among_plain_labels():
    star = line("* Maîtresse de conférences en histoire contemporaine.", 62.5)
    assert label_of(star, edge=63, expected=4, style="plain") == ("*", "Maîtresse de conférences en histoire contemporaine.")


def test_a_symbol_inside_the_notes_measure_goes_on_with_the_note_before():
    assert label_of(line("* Maîtresse de conférences.", 90), edge=63, expected=4, style="plain") is None


def test_a_symbol_before_a_lowercase_word_at_the_edge_goes_on_with_the_note_before():
    assert label_of(line("* et passim.", 62.5), edge=63, expected=4, style="plain") is None
