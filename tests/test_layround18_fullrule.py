"""Footnotes set at the body's own size under a rule across the whole column or centred on it (round 18 of layouts).

tests/pdfmaker.py draws the lines; positions are PDF points from the top left, ``y`` a baseline.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import BODY_LEADING, BODY_SIZE, LEFT, RIGHT, Sheet, notes_read  # noqa: E402

NOTES_TOP = 680.0


def _notes(sheet: Sheet, notes: list[tuple[str, list[str]]], raised: bool) -> None:
    sheet.rule(LEFT, RIGHT, NOTES_TOP - BODY_LEADING)
    y = NOTES_TOP
    for label, lines in notes:
        y = sheet.note(LEFT, y, label, lines, size=BODY_SIZE, leading=BODY_LEADING, raised_label=raised)


@pytest.mark.parametrize("raised", [True, False])
def test_body_size_notes_under_a_full_rule_answering_the_calls_are_notes(tmp_path, raised):
    sheet = Sheet(tmp_path / "fullrule.pdf")
    sheet.body(["Tûzenen arbeiders groeven de turf út.^1 Neffens de boargemaster wiene der",
                "yn 1888 mear as tolve hûndert minsken oan it wurk yn it fean.^2"])
    _notes(sheet, [("1" if raised else "1.", ["Tresoar, tsjinst 17, nr. 2345, 14 maart 1888."]),
                   ("2" if raised else "2.", ["Ibidem, f. 3."])], raised)
    sheet.folio("211")
    assert notes_read(sheet.save()) == [
        ("1", "1", "Tresoar, tsjinst 17, nr. 2345, 14 maart 1888.", "út."),
        ("2", "2", "Ibidem, f. 3.", "fean."),
    ]



def test_body_size_notes_under_a_short_rule_centred_on_the_column_are_notes(tmp_path):
    sheet = Sheet(tmp_path / "centred.pdf")
    sheet.body(["Tûzenen arbeiders groeven de turf út.^1 Neffens de boargemaster wiene der",
                "yn 1888 mear as tolve hûndert minsken oan it wurk yn it fean.^2"])
    middle = (LEFT + RIGHT) / 2
    sheet.rule(middle - 50, middle + 50, NOTES_TOP - BODY_LEADING)
    y = sheet.note(LEFT, NOTES_TOP, "1", ["Tresoar, tsjinst 17, nr. 2345, 14 maart 1888."], size=BODY_SIZE,
                   leading=BODY_LEADING, raised_label=True)
    sheet.note(LEFT, y, "2", ["Ibidem, f. 3."], size=BODY_SIZE, leading=BODY_LEADING, raised_label=True)
    sheet.folio("211")
    assert notes_read(sheet.save()) == [
        ("1", "1", "Tresoar, tsjinst 17, nr. 2345, 14 maart 1888.", "út."),
        ("2", "2", "Ibidem, f. 3.", "fean."),
    ]
