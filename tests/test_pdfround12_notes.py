"""Footnotes as more journals print them (round 12 of layouts): small PDFs drawn here, exact notes expected.

Each test draws one habit of a page seen in the layouts of round 12
(`tests/fixtures/generality/round12/layout/`): calls and labels raised with a
closing parenthesis, `¹⁾`, as older Russian and German journals print them,
drawn in one piece or with the parenthesis apart. Positions are PDF points
from the top left; ``y`` is a baseline. tests/pdfmaker.py draws the lines.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import (  # noqa: E402
    BODY_TOP, LEFT, MARKER_RISE, MARKER_SIZE, NOTE_LEADING, NOTE_SIZE, Sheet, notes_read,
)

from histkit import analyse_layout, read_document  # noqa: E402


def test_calls_and_labels_raised_with_a_closing_parenthesis_are_numbered_calls_and_labels(tmp_path):
    sheet = Sheet(tmp_path / "supclose.pdf")
    sheet.body(["Дело о перевозе у Старицы,^1) заключает подробности о доходе.^2) Овсянников",
                "в своём очерке^3) упоминает его мимоходом."])
    sheet.footnotes([("1)", ["Архив губернского правления, стол 2, дело № 1147."]), ("2)", ["Там же, л. 22 об."]),
                     ("3)", ["Овсянников, ук. соч., стр. 52."])], raised_labels=True)
    path = sheet.save()
    assert notes_read(path) == [
        ("1", "1", "Архив губернского правления, стол 2, дело № 1147.", "Старицы,"),
        ("2", "2", "Там же, л. 22 об.", "доходе."),
        ("3", "3", "Овсянников, ук. соч., стр. 52.", "очерке"),
    ]
    lay = analyse_layout(read_document(path))
    # the parenthesis stays in the text after the call, as printed
    assert [lay.doc.text[n.marker_start:n.marker_start + 3] for n in lay.notes] == ["1) ", "2) ", "3) "]


def raised_apart(sheet: Sheet, x: float, y: float, number: str, size: float = MARKER_SIZE) -> float:
    """A raised number, then its closing parenthesis drawn as a piece of its own (another operator)."""
    x = sheet.line(x, y - MARKER_RISE, number, size=size)
    return sheet.line(x, y - MARKER_RISE, ")", size=size)


def test_a_closing_parenthesis_drawn_apart_from_its_raised_number_leaves_the_call_and_the_label_whole(tmp_path):
    sheet = Sheet(tmp_path / "apart.pdf")
    end = sheet.line(LEFT, BODY_TOP, "Правление решило спор в пользу думы,")
    end = raised_apart(sheet, end, BODY_TOP, "1")
    end = sheet.line(end, BODY_TOP, " и перевоз сдан откупщику.")
    raised_apart(sheet, end, BODY_TOP, "2")
    y = 740.0
    sheet.rule(LEFT, LEFT + 144, y - NOTE_LEADING - 2)
    for number, text in (("1", "Дело № 1150, л. 6."), ("2", "Там же, л. 8.")):
        raised_apart(sheet, LEFT, y + 1.5, number, size=5.5)
        sheet.line(LEFT + 14, y, text, size=NOTE_SIZE)
        y += NOTE_LEADING
    assert notes_read(sheet.save()) == [
        ("1", "1", "Дело № 1150, л. 6.", "думы,"),
        ("2", "2", "Там же, л. 8.", "откупщику."),
    ]
