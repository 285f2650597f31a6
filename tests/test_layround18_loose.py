"""A loose line of a justified note column: its stretched spaces are no column gutter (round 18 of layouts).

tests/pdfmaker.py draws the lines; positions are PDF points from the top left, ``y`` a baseline.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import LEFT, NOTE_INDENT, NOTE_LEADING, NOTE_SIZE, Sheet, notes_read  # noqa: E402

NOTES_TOP = 700.0
STRETCHED = 13.5  # wider than a gutter's least width at the notes' size, as a loose justified line's spaces are


def _word(sheet: Sheet, x: float, y: float, text: str) -> float:
    sheet.line(x, y, text, size=NOTE_SIZE)
    return x + sheet.width(text, NOTE_SIZE)


def test_spaces_of_a_loose_line_over_another_loose_line_keep_its_words_in_order(tmp_path):
    sheet = Sheet(tmp_path / "loose.pdf")
    sheet.body(["Жыл сайын күзде мұнда үлкен жәрмеңке өтіп, мыңдаған адам жиналатын.^1",
                "Ал қазақ саудагерлерінің өзі аз зерттелген.^2"])
    sheet.rule(LEFT, LEFT + 144, NOTES_TOP - NOTE_LEADING - 2)
    sheet.note(LEFT, NOTES_TOP, "1.", ["Сонда, 15-п."])
    y, x = NOTES_TOP + NOTE_LEADING, LEFT + NOTE_INDENT
    sheet.line(LEFT, y, "2.", size=NOTE_SIZE)
    starts = []
    for text in ("Қараңыз:", "Сұлтанов", "Б.", "Семей"):
        starts.append(x)
        x = _word(sheet, x, y, text) + STRETCHED
    ends = [s + sheet.width(t, NOTE_SIZE) for s, t in zip(starts, ("Қараңыз:", "Сұлтанов", "Б.", "Семей"))]
    # the line under it: words filling the first stretched space, a stretched space of its own under the second one
    y += NOTE_LEADING
    _word(sheet, LEFT + NOTE_INDENT, y, "жәрмеңкесі")
    _word(sheet, ends[1] + 1 - sheet.width("және", NOTE_SIZE), y, "және")
    _word(sheet, starts[2] + 1, y, "Ертіс бойындағы сауда.")
    assert [(n[0], n[2]) for n in notes_read(sheet.save())] == [
        ("1", "Сонда, 15-п."),
        ("2", "Қараңыз: Сұлтанов Б. Семей жәрмеңкесі және Ертіс бойындағы сауда."),
    ]
