"""A PDF whose accents come out as Latin-1 letters after their letters (`SaÂenz`): its text reads with them put back."""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import Sheet  # noqa: E402

from histkit import read_document  # noqa: E402


def test_a_page_printing_accents_as_latin1_letters_after_their_letters_reads_with_the_accents_on_them(tmp_path):
    sheet = Sheet(tmp_path / "accents.pdf")
    sheet.body(["The survey by Gonzalo SaÂenz and Miguel MunÄoz RodrõÂguez covers", "the years 2020±2030."])
    text = read_document(sheet.save()).text
    assert "Gonzalo Sáenz and Miguel Muñoz Rodríguez" in text and "2020–2030" in text


def test_a_page_with_one_such_letter_only_is_left_as_printed(tmp_path):
    # (one is no pattern: `CHÂTEAU` or a stray letter stays as the PDF prints it)
    sheet = Sheet(tmp_path / "one.pdf")
    sheet.body(["The survey by Gonzalo SaÂenz covers the years 2020±2030."])
    assert "SaÂenz" in read_document(sheet.save()).text
