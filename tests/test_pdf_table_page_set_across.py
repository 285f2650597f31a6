"""A wide table set across its page: the page turned a quarter round, the table's notes at the turned page's foot.

A table too wide for the page is printed turned, on a page of its own; the PDF shows it turned (`/Rotate 90`) and
draws its text turned, running up the page. Its calls and notes are the article's (layout round 35): read with the
page turned, as its reader reads them. tests/pdfmaker.py draws the lines; positions are PDF points from the top
left of the page as drawn, ``y`` a baseline.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import BODY_TOP, LEFT, PAGE_H, PAGE_W, Sheet, notes_read  # noqa: E402


def test_the_calls_and_notes_of_a_table_page_set_across_are_read_with_the_page_turned(tmp_path):
    sheet = Sheet(tmp_path / "catasto.pdf")
    sheet.body(["The mountain communities were described with the same care.^1 The table",
                "below sums up their households."])
    sheet.footnotes([("1", ["Archivio di Stato di Firenze, Catasto, 213-216."])])
    sheet.next_page()
    canvas = sheet.canvas
    canvas.setPageSize((PAGE_H, PAGE_W))  # (reportlab writes the MediaBox of a page turned by 90 so: portrait)
    canvas.setPageRotation(90)
    canvas.transform(0, 1, -1, 0, PAGE_W, 0)  # drawn across: the text runs up the portrait page
    down = PAGE_H - PAGE_W  # (pdfmaker measures y from the top of a portrait page; the turned page is lower)
    sheet.line(LEFT, BODY_TOP + down, "Table 1. Households and mouths in six communities, 1427^2", limit=770)
    rows = ["Community        Households      Mouths      Exempt^3",
            "Cutigliano               112                   521              14",
            "San Marcello          148                   702              21"]
    sheet.lines(LEFT, BODY_TOP + 30 + down, rows, limit=770)
    y = 520.0 + down
    sheet.rule(LEFT, LEFT + 144, y - 12)
    sheet.note(LEFT, y, "2", ["The figures are those of the summaries of 1430."], limit=770)
    sheet.note(LEFT, y + 10.5, "3", ["Households exempt from the tax for want of taxable goods."], limit=770)
    read = [(no, text, before) for no, _label, text, before in notes_read(sheet.save())]
    assert read == [
        ("1", "Archivio di Stato di Firenze, Catasto, 213-216.", "care."),
        ("2", "The figures are those of the summaries of 1430.", "1427"),
        ("3", "Households exempt from the tax for want of taxable goods.", "Exempt"),
    ]
