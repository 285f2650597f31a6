"""Footnotes as more journals print them (round 16 of layouts): an asterism instead of the footnote rule.

tests/pdfmaker.py draws the lines; positions are PDF points from the top left, ``y`` a baseline.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import LEFT, NOTE_LEADING, NOTE_SIZE, Sheet, notes_read  # noqa: E402

NOTES_TOP = 700.0


def test_notes_under_a_centred_asterism_end_where_their_text_ends(tmp_path):
    sheet = Sheet(tmp_path / "asterism.pdf")
    sheet.body(["Die veeartse het in Mei 1896 die eerste gevalle gemeld.^1 Die boere het hul",
                "beeste na beter weiding probeer dryf.^2"])
    sheet.line(285, NOTES_TOP - NOTE_LEADING - 1, "*   *   *", size=NOTE_SIZE)
    y = sheet.note(LEFT, NOTES_TOP, "1", ["KAB, AGR 118, ref. 2213, telegram van 2 Junie 1896."])
    sheet.note(LEFT, y, "2", ["Van der Walt, Die runderpes in Kaapland, bl. 44."])
    assert notes_read(sheet.save()) == [
        ("1", "1", "KAB, AGR 118, ref. 2213, telegram van 2 Junie 1896.", "gemeld."),
        ("2", "2", "Van der Walt, Die runderpes in Kaapland, bl. 44.", "dryf."),
    ]
