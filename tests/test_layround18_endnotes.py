"""Endnotes set in the body's own type after a heading (round 18 of layouts).

tests/pdfmaker.py draws the lines; positions are PDF points from the top left, ``y`` a baseline.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import BODY_LEADING, BODY_SIZE, BODY_TOP, LEFT, Sheet, notes_read  # noqa: E402


def test_body_size_lines_numbered_as_the_calls_after_the_last_heading_are_endnotes(tmp_path):
    sheet = Sheet(tmp_path / "endnotes.pdf")
    sheet.body(["Tûzenen arbeiders groeven de turf út, dy’t mei skippen nei de stêden",
                "brocht waard.^1 Neffens de boargemaster wiene der yn 1888 mear as tolve",
                "hûndert minsken oan it wurk.^2 De skiedskriuwing hat it ferfean foaral",
                "besjoen as in ekonomysk proses.^3 Minder omtinken krigen de arbeiders sels."])
    sheet.folio("211")
    sheet.next_page()
    sheet.line(LEFT, BODY_TOP, "Noaten", font="bold")
    sheet.lines(LEFT, BODY_TOP + 2 * BODY_LEADING,
                ["1. Tresoar, tsjinst 17, nr. 2345, brief fan de boargemaster fan Smellingerlân,",
                 "14 maart 1888.",
                 "2. Ibidem, f. 3.",
                 "3. Sjoch Sjoerd van der Meer, De feankoloanjes, Ljouwert 1984, s. 77–124."], size=BODY_SIZE)
    sheet.folio("212")
    assert notes_read(sheet.save()) == [
        ("1", "1", "Tresoar, tsjinst 17, nr. 2345, brief fan de boargemaster fan Smellingerlân, 14 maart 1888.",
         "waard."),
        ("2", "2", "Ibidem, f. 3.", "wurk."),
        ("3", "3", "Sjoch Sjoerd van der Meer, De feankoloanjes, Ljouwert 1984, s. 77–124.", "proses."),
    ]
