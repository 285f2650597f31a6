"""A note's line opening with a volume and its year, `9 (1994)`, is no note 9 (round 18 of layouts).

tests/pdfmaker.py draws the lines; positions are PDF points from the top left, ``y`` a baseline.
Each word is drawn apart, as many typesetters write them: a number opening a line stands apart as a label would.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import LEFT, NOTE_LEADING, NOTE_SIZE, Sheet, notes_read  # noqa: E402

NOTES_TOP = 700.0
TAB = 18.0  # the first line's text starts here after its label; later lines at the margin


def _words(sheet: Sheet, x: float, y: float, text: str) -> None:
    for word in text.split():
        sheet.line(x, y, word, size=NOTE_SIZE)
        x += sheet.width(word + " ", NOTE_SIZE)


def test_a_continuation_opening_with_a_volume_and_its_year_goes_on_with_its_note(tmp_path):
    sheet = Sheet(tmp_path / "volume.pdf")
    sheet.body(["Anno 1331 cardinales sententiam tulerunt.^1 Haec sententia litem non finivit.^2"])
    sheet.rule(LEFT, LEFT + 144, NOTES_TOP - NOTE_LEADING - 2)
    y = NOTES_TOP
    for label, lines in (("1.", ["Vide Clara Ferretti, “Abbates et episcopi”, Analecta Umbra",
                                 "9 (1994), p. 45–79."]),
                         ("2.", ["Ibidem."])):
        sheet.line(LEFT, y, label, size=NOTE_SIZE)
        _words(sheet, LEFT + TAB, y, lines[0])
        for more in lines[1:]:
            y += NOTE_LEADING
            _words(sheet, LEFT, y, more)
        y += NOTE_LEADING
    assert [(n[0], n[2]) for n in notes_read(sheet.save())] == [
        ("1", "Vide Clara Ferretti, “Abbates et episcopi”, Analecta Umbra 9 (1994), p. 45–79."),
        ("2", "Ibidem."),
    ]
