"""Footnotes set at the body's own size (round 17 of layouts): the notes' measure indented, a note run over.

tests/pdfmaker.py draws the lines; positions are PDF points from the top left, ``y`` a baseline.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import BODY_LEADING, BODY_SIZE, LEFT, Sheet, notes_read  # noqa: E402

INDENT = 28.0  # the notes' measure starts this far inside the column, and their short rule with it
NOTES_TOP = 680.0


def _notes(sheet: Sheet, x: float, top: float, notes: list[tuple[str | None, list[str]]]) -> None:
    y = top
    for label, lines in notes:
        y = sheet.note(x, y, label, lines, size=BODY_SIZE, leading=BODY_LEADING)


def test_body_size_notes_under_a_rule_indented_with_them_are_notes(tmp_path):
    sheet = Sheet(tmp_path / "indented.pdf")
    sheet.body(["Ar bezhin a veze losket war an aod evit ober soda.^1 Hervez ar maer e oa",
                "tost da zaou c’hant den o labourat war an aod.^2"])
    sheet.rule(LEFT + INDENT, LEFT + INDENT + 100, NOTES_TOP - BODY_LEADING)
    _notes(sheet, LEFT + INDENT, NOTES_TOP, [("1.", ["AD29, 4 M 212, danevell ar maer, 3 a viz Mae 1868."]),
                                             ("2.", ["Ibid., f. 4."])])
    assert notes_read(sheet.save()) == [
        ("1", "1", "AD29, 4 M 212, danevell ar maer, 3 a viz Mae 1868.", "soda."),
        ("2", "2", "Ibid., f. 4.", "aod."),
    ]


def test_body_size_foot_opening_with_a_note_run_over_goes_on_with_it(tmp_path):
    sheet = Sheet(tmp_path / "runover.pdf")
    sheet.body(["Kalz bezhinerien a rankas kuitaat o micher.^1 E Plougerne e kendalc’has",
                "ar fornioù da vezañ implijet."])
    sheet.rule(LEFT, LEFT + 100, NOTES_TOP - BODY_LEADING)
    _notes(sheet, LEFT, NOTES_TOP, [("1.", ["Keñveriañ gant Mona Le Gall, “Ar bezhin hag an industri",
                                            "iod”, Annales de Bretagne 98 (1991), p. 77–102,"])])
    sheet.folio("27")
    sheet.next_page()
    sheet.body(["E Plougerne ha Landeda e kendalc’has ar fornioù da vezañ implijet betek ar",
                "Brezel Bras, hag eñvor ar vicher a chom bev c’hoazh hiziv e kanaouennoù",
                "ha kontadennoù ar vro, evel ma vez kanet c’hoazh e festoù-noz ar vro.^2"])
    sheet.rule(LEFT, LEFT + 100, NOTES_TOP - BODY_LEADING)
    _notes(sheet, LEFT, NOTES_TOP, [(None, ["dreist-holl p. 85–90."]),
                                    ("2.", ["AD29, 4 M 219."])])
    sheet.folio("28")
    assert notes_read(sheet.save()) == [
        ("1", "1", "Keñveriañ gant Mona Le Gall, “Ar bezhin hag an industri iod”, Annales de Bretagne 98 (1991), "
                   "p. 77–102, dreist-holl p. 85–90.", "micher."),
        ("2", "2", "AD29, 4 M 219.", "vro."),
    ]
