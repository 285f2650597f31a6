"""A page stored upside down: a sheet scanned or imposed the wrong way up, turned back for the eye by `/Rotate 180`.

Its text is drawn turned half round, the body's last lines lowest on the sheet's top and the notes at its head.
Read as they stand, its pieces are no lines at all and the page's notes and calls are lost (layout round 38's
Italian article, page 119): read with the page turned half round, as its reader sees it. tests/pdfmaker.py draws
the lines; positions are PDF points from the top left of the page as drawn, ``y`` a baseline.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import PAGE_H, PAGE_W, Sheet, notes_read  # noqa: E402


def test_the_notes_and_calls_of_a_page_stored_upside_down_are_read_with_the_page_turned_back(tmp_path):
    sheet = Sheet(tmp_path / "risaie.pdf")
    sheet.body(["The wages rose sharply between 1900 and 1906.^1 At Leri they rose first."])
    sheet.footnotes([("1", ["Archivio di Stato di Vercelli, Prefettura, b. 112."])])
    sheet.next_page()
    canvas = sheet.canvas
    canvas.setPageRotation(180)
    canvas.transform(-1, 0, 0, -1, PAGE_W, PAGE_H)  # drawn upside down: the first line lowest on the sheet
    sheet.running_head("Wages in the rice fields")
    sheet.body(["The price of rice disproves the landowners' claim.^2 Between 1900",
                "and 1913 it rose by a quarter, the wages by more.^3"])
    sheet.footnotes([("2", ["Associazione agraria vercellese, Memoriale, Vercelli 1906, pp. 5-11."]),
                     ("3", ["ASVc, Prefettura, b. 131, fasc. 2."])])
    sheet.folio("119")
    read = [(no, text, before) for no, _label, text, before in notes_read(sheet.save())]
    assert read == [
        ("1", "Archivio di Stato di Vercelli, Prefettura, b. 112.", "1906."),
        ("2", "Associazione agraria vercellese, Memoriale, Vercelli 1906, pp. 5-11.", "claim."),
        ("3", "ASVc, Prefettura, b. 131, fasc. 2.", "more."),
    ]
