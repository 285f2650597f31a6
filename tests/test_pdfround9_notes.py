"""Footnotes numbered otherwise than 1, 2, 3: small PDFs drawn here, exact notes expected.

Each test draws one habit of a page seen in the blind round 9 of layouts
(`tests/fixtures/generality/round9/layout/`): notes numbered within each
chapter (`2.3`), a note inserted at proof stage (`4a`), labels and calls in
brackets (`[3]`) on the line, a web page's raised bracketed calls. The notes
are keyed as a reader counts them (1, 2, 3 …); the printed number is their
label. Positions are PDF points from the top left; ``y`` is a baseline.
tests/pdfmaker.py draws the lines.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import LEFT, NOTE_LEADING, NOTE_SIZE, Sheet, notes_read  # noqa: E402

from histkit import analyse_layout, read_document  # noqa: E402


def test_notes_numbered_by_chapter_are_counted_on_and_keep_their_printed_number(tmp_path):
    sheet = Sheet(tmp_path / "chapters.pdf")
    sheet.body(["1. Sources", "The reports of the governors^1.1 and the census^1.2 survive.",
                "2. Trade", "The fair at Irbit^2.1 declined after 1870."])
    sheet.footnotes([("^1.1", ["GARF, f. 102, op. 3, d. 14."]), ("^1.2", ["Ibid., d. 15."]),
                     ("^2.1", ["RGIA, f. 1287, op. 5, d. 7, l. 3."])], raised_labels=False)
    assert notes_read(sheet.save()) == [
        ("1", "1.1", "GARF, f. 102, op. 3, d. 14.", "governors"),
        ("2", "1.2", "Ibid., d. 15.", "census"),
        ("3", "2.1", "RGIA, f. 1287, op. 5, d. 7, l. 3.", "Irbit"),
    ]


def test_a_note_inserted_at_proof_stage_is_counted_and_the_notes_after_it_follow(tmp_path):
    sheet = Sheet(tmp_path / "inserted.pdf")
    sheet.body(["The county met^1 and wrote^2 to the king,^3 who did not answer.^4 A new study^4a",
                "agrees. The serfs complained^5 in vain."])
    sheet.footnotes([("1", ["MNL SVL, IV. 1. a. 1786. 12. sz."]), ("2", ["Uo. 14. sz."]), ("3", ["Uo. 15. sz."]),
                     ("4", ["Uo. 16. sz."]), ("4a", ["Pintér Ágnes: Úrbéri perek. Kaposvár, 2019."]),
                     ("5", ["Uo. 201. sz."])])
    assert notes_read(sheet.save()) == [
        ("1", "1", "MNL SVL, IV. 1. a. 1786. 12. sz.", "met"),
        ("2", "2", "Uo. 14. sz.", "wrote"),
        ("3", "3", "Uo. 15. sz.", "king,"),
        ("4", "4", "Uo. 16. sz.", "answer."),
        ("5", "4a", "Pintér Ágnes: Úrbéri perek. Kaposvár, 2019.", "study"),
        ("6", "5", "Uo. 201. sz.", "complained"),
    ]


def test_a_number_with_a_letter_that_follows_no_such_note_continues_the_note_before(tmp_path):
    sheet = Sheet(tmp_path / "not_inserted.pdf")
    sheet.body(["The county met^1 and wrote^2 to the king."])
    sheet.footnotes([("1", ["MNL SVL, IV. 1. a. 1786. 12. sz."]), ("2", ["Uo. 14. sz., and the letter filed as"]),
                     ("7a", ["in the same box."])])
    assert [(no, label, text) for no, label, text, _ in notes_read(sheet.save())] == [
        ("1", "1", "MNL SVL, IV. 1. a. 1786. 12. sz."),
        ("2", "2", "Uo. 14. sz., and the letter filed as 7a in the same box."),
    ]


def test_footnotes_labelled_in_brackets_are_called_by_bracketed_numbers_on_the_line(tmp_path):
    sheet = Sheet(tmp_path / "bracketfoot.pdf")
    sheet.body(["The prefect [1] wrote to the ministry, [2] which answered late."])
    sheet.footnotes([("[1]", ["ΓΑΚ, Αρχείο Νομαρχίας, φάκ. 12."]), ("[2]", ["Ό.π., φάκ. 14."])])
    assert notes_read(sheet.save()) == [
        ("1", "[1]", "ΓΑΚ, Αρχείο Νομαρχίας, φάκ. 12.", "prefect"),
        ("2", "[2]", "Ό.π., φάκ. 14.", "ministry,"),
    ]


def test_a_raised_call_in_brackets_of_two_digits_is_a_call_of_its_line(tmp_path):
    sheet = Sheet(tmp_path / "web.pdf")
    sheet.body([f"In session {k} the Junta met^[{k}] and voted." for k in range(1, 10)]
               + ["The debt was paid in 1848.^[10] The end."])
    sheet.footnotes([(str(k), [f"AMC, Caja {200 + k}."]) for k in range(1, 11)])
    found = notes_read(sheet.save())
    assert [(no, before) for no, _, _, before in found] == [(str(k), "met") for k in range(1, 10)] + [("10", "1848.")]
    assert "1848.[10] The end." in analyse_layout(read_document(tmp_path / "web.pdf")).doc.text


def test_chapter_numbered_labels_printed_on_the_line_start_their_notes_in_order(tmp_path):
    sheet = Sheet(tmp_path / "chapters_plain.pdf")
    sheet.body(["1. Sources", "The reports of the governors^1.1 and the census^1.2 survive.",
                "2. Trade", "The fair at Irbit^2.1 declined after 1870."])
    sheet.rule(LEFT, LEFT + 144, 718)
    y = 730.0
    for label, lines in [("1.1", ["GARF, f. 102, op. 3, d. 14."]),
                         ("1.2", ["Ibid., d. 15, with a survey of", "1.5 thousand households."]),
                         ("2.1", ["RGIA, f. 1287, op. 5, d. 7, l. 3."])]:
        sheet.line(LEFT, y, label, size=NOTE_SIZE)  # the label, then the note's lines a tab after it
        y = sheet.lines(LEFT + 20, y, lines, size=NOTE_SIZE, leading=NOTE_LEADING)
    assert notes_read(sheet.save()) == [
        ("1", "1.1", "GARF, f. 102, op. 3, d. 14.", "governors"),
        ("2", "1.2", "Ibid., d. 15, with a survey of 1.5 thousand households.", "census"),
        ("3", "2.1", "RGIA, f. 1287, op. 5, d. 7, l. 3.", "Irbit"),
    ]
