"""A book's preface numbers its notes in roman figures, its chapters from 1: the preface's notes are notes too.

The preface's labels stand on the line as the chapters' do (`i.`, `ii.` before `1.`, `2.`), its calls raised
`ⁱ`, `ⁱⁱ` (layout round 37). They are read as notes, numbered in reading order with the numeral kept as the label,
and the chapter's notes count on after them. tests/pdfmaker.py draws the lines; positions are PDF points from the
top left, ``y`` a baseline.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import BODY_TOP, LEFT, NOTE_LEADING, NOTE_SIZE, Sheet, notes_read  # noqa: E402


def _foot(sheet: Sheet, notes: list[tuple[str, str]]) -> None:
    y = 770.0 - (len(notes) - 1) * NOTE_LEADING
    sheet.rule(LEFT, LEFT + 144, y - NOTE_LEADING - 2)
    for label, text in notes:  # the label on the line, set apart from the note's words
        sheet.line(LEFT, y, label, size=NOTE_SIZE)
        sheet.line(LEFT + 16, y, text, size=NOTE_SIZE)
        y += NOTE_LEADING


def test_a_prefaces_roman_notes_before_the_chapters_numbered_notes_are_notes(tmp_path):
    sheet = Sheet(tmp_path / "almshouse.pdf")
    sheet.body(["This book began as a study of one almshouse in Warwick.^i Its brethren were old",
                "soldiers and servants.^ii I have tried to let them speak where they could.^iii"], top=BODY_TOP)
    _foot(sheet, [("i.", "The hospital’s archive is at the county record office."),
                  ("ii.", "WCRO, CR 1600/1–4 (admission books)."), ("iii.", "Spelling is modernised.")])
    sheet.next_page()
    sheet.body(["Robert Dudley obtained the licence for his hospital in 1571.^1 The statutes",
                "reserved its twelve places for maimed soldiers.^2 The master had a house.^3"], top=BODY_TOP)
    _foot(sheet, [("1.", "TNA, C 66/1078, m. 12."), ("2.", "WCRO, CR 1600/31, cap. 2."), ("3.", "Ibid., cap. 7.")])
    read = notes_read(sheet.save())
    assert [(no, label, before) for no, label, _text, before in read] == [
        ("1", "i", "Warwick."), ("2", "ii", "servants."), ("3", "iii", "could."),
        ("4", "1", "1571."), ("5", "2", "soldiers."), ("6", "3", "house.")]
    assert read[1][2] == "WCRO, CR 1600/1–4 (admission books)."


def test_roman_figures_opening_lines_of_notes_numbered_from_1_are_no_notes_without_roman_calls(tmp_path):
    sheet = Sheet(tmp_path / "chapter.pdf")
    sheet.body(["Robert Dudley obtained the licence for his hospital in 1571.^1 The statutes",
                "reserved its twelve places for maimed soldiers.^2"], top=BODY_TOP)
    _foot(sheet, [("1.", "TNA, C 66/1078, m. 12, and the grant in"), ("", "ii. of the patent roll."),
                  ("2.", "WCRO, CR 1600/31, cap. 2.")])
    read = notes_read(sheet.save())
    assert [(no, label) for no, label, _text, _before in read] == [("1", "1"), ("2", "2")]
