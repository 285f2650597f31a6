"""Endnotes grouped under the text's section headings with their numbers running on (round 17 of layouts).

tests/pdfmaker.py draws the lines; positions are PDF points from the top left, ``y`` a baseline.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import LEFT, NOTE_LEADING, NOTE_SIZE, Sheet, notes_read  # noqa: E402


def test_a_group_heading_over_endnotes_numbered_on_is_no_part_of_the_note_before(tmp_path):
    sheet = Sheet(tmp_path / "groups.pdf")
    y = sheet.body(["Inngangur", "Grindin varð býtt eftir gomlum reglum.^1 Lógin kom í 1832.^2",
                    "Grindalógin frá 1832", "Sýslumaðurin skuldi leiða drápið.^3 Bygdirnar stríddust.^4", "",
                    "Notur"])
    sheet.line(LEFT, y, "Inngangur", size=NOTE_SIZE + 0.5, font="bold")
    y = sheet.lines(LEFT, y + NOTE_LEADING, ["1. FLS, Amtmaðurin, bræv nr. 114.", "2. Sama stað, bl. 3–4."],
                    size=NOTE_SIZE, leading=NOTE_LEADING)
    sheet.line(LEFT, y + 4, "Grindalógin frá 1832", size=NOTE_SIZE + 0.5, font="bold")
    sheet.lines(LEFT, y + 4 + NOTE_LEADING, ["3. FLS, Amtmaðurin, bræv nr. 131.", "4. Sama stað."],
                size=NOTE_SIZE, leading=NOTE_LEADING)
    assert notes_read(sheet.save()) == [
        ("1", "1", "FLS, Amtmaðurin, bræv nr. 114.", "reglum."),
        ("2", "2", "Sama stað, bl. 3–4.", "1832."),
        ("3", "3", "FLS, Amtmaðurin, bræv nr. 131.", "drápið."),
        ("4", "4", "Sama stað.", "stríddust."),
    ]


def test_endnotes_set_in_bold_keep_their_lines_before_the_next_label(tmp_path):
    sheet = Sheet(tmp_path / "bold.pdf")
    y = sheet.body(["Grindin varð býtt eftir gomlum reglum.^1 Lógin kom í 1832.^2", "Sýslumaðurin leiddi.^3", "",
                    "Notur"])
    sheet.lines(LEFT, y + NOTE_LEADING, ["1. FLS, Amtmaðurin, bræv nr. 114, um býtið av grindini í Hvalba",
                                         "og í Sumba.", "2. Sama stað, bl. 3–4.", "3. Sama stað."],
                size=NOTE_SIZE, leading=NOTE_LEADING, font="bold")
    assert notes_read(sheet.save()) == [
        ("1", "1", "FLS, Amtmaðurin, bræv nr. 114, um býtið av grindini í Hvalba og í Sumba.", "reglum."),
        ("2", "2", "Sama stað, bl. 3–4.", "1832."),
        ("3", "3", "Sama stað.", "leiddi."),
    ]
