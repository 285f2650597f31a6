"""A capitalised noun broken at a line end after an `e` (round 17 of layouts): joined, as German and its kin write it.

tests/pdfmaker.py draws the lines; positions are PDF points from the top left, ``y`` a baseline.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import Sheet, notes_read  # noqa: E402


def test_a_noun_broken_after_its_e_inside_a_note_is_joined_without_the_hyphen(tmp_path):
    sheet = Sheet(tmp_path / "broken.pdf")
    sheet.body(["D’Erënnerung un d’Besetzung huet sech géint d’Vergiessen gewiert.^1"])
    sheet.footnotes([("1", ["Den Auteur seet dem Här Paul Weber vum Déifferdenger Gemenge-",
                            "narchiv Merci fir seng Hëllef."])])
    assert notes_read(sheet.save()) == [
        ("1", "1", "Den Auteur seet dem Här Paul Weber vum Déifferdenger Gemengenarchiv Merci fir seng Hëllef.",
         "gewiert."),
    ]
