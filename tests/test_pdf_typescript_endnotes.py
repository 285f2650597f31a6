"""A typescript's notes (issue 11: a 1981 working paper in the held-out PDFs gave one note of its 59): the calls
typed on the line in parentheses, glued to the word or its full stop (`Demos(1)`, `England .(2)`), and the notes
after the text under a word for notes (`FOOTNOTES`), numbered and set in the body's own type. PDFs drawn here
(tests/pdfmaker.py), exact notes expected."""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import BODY_LEADING, LEFT, Sheet  # noqa: E402

from histkit import analyse_layout, read_document  # noqa: E402

NOTES = [("1", "J. Demos, A Little Commonwealth (Oxford, 1970)."), ("2", "K. Lockridge, A New England Town (1970)."),
         ("3", "P. Greven, Four Generations (Ithaca, 1970).")]


def typescript(sheet: Sheet, heading: str) -> None:
    y = sheet.body(["The pioneering works of John Demos(1), Kenneth Lockridge(2) and Phillip",
                    "Greven first integrated demography into colonial New England .(3) These",
                    "early studies uncovered striking contrasts between the Old World and the New."])
    y += 2 * BODY_LEADING
    sheet.line(LEFT + 150, y, heading)
    for label, text in NOTES:
        y += BODY_LEADING
        sheet.line(LEFT, y, f"{label} {text}")


def test_a_typescripts_notes_under_a_word_for_notes_are_its_endnotes(tmp_path):
    sheet = Sheet(tmp_path / "typescript.pdf")
    typescript(sheet, "FOOTNOTES")
    layout = analyse_layout(read_document(sheet.save()))
    assert [(n.note_no, n.text) for n in layout.notes] == NOTES


def test_the_typed_calls_in_parentheses_are_the_notes_markers(tmp_path):
    sheet = Sheet(tmp_path / "typescript.pdf")
    typescript(sheet, "FOOTNOTES")
    layout = analyse_layout(read_document(sheet.save()))
    assert [layout.doc.text[:n.marker_start].rsplit(None, 1)[-1] for n in layout.notes] == ["Demos", "Lockridge", "."]


def test_numbered_lines_under_a_heading_that_is_no_word_for_notes_stay_body_text(tmp_path):
    sheet = Sheet(tmp_path / "typescript.pdf")
    typescript(sheet, "CONCLUSIONS")
    assert analyse_layout(read_document(sheet.save())).notes == []
