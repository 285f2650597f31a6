"""Word spaces drawn as text objects of their own (Word's PDFs): narrow ones still part the words they stand between."""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")
pdfium = pytest.importorskip("pypdfium2", reason="histkit reads PDFs with pypdfium2")

from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from histkit.read.pdf.extract import read_page  # noqa: E402
from histkit.read.pdf.lines import page_lines  # noqa: E402

_FONT, _SIZE = "Times-Roman", 7.0
_NOTE = "R Baldwin and M Cave, (n 1) 20; IG MacNeil, An Introduction to The Law on Financial Investment"


def _draw(path, runs, scale=60):
    """A page with one line of ``runs`` drawn one after another, each its own text object, as Word saves a note: a
    run ``" "`` is a space drawn alone, at ``scale`` per cent of its width (a sixth of an em at 60: Garamond's); a run
    ``("…", n)`` is drawn at n per cent."""
    sheet = canvas.Canvas(str(path), pagesize=(595, 842))
    x = 72.0
    for run in runs:
        run, squeeze = run if isinstance(run, tuple) else (run, scale if run == " " else 100)
        # (the horizontal scale holds across text objects: it is set for each)
        text = sheet.beginText(x, 700.0)
        text.setFont(_FONT, _SIZE)
        text.setHorizScale(squeeze)
        text.textOut(run)
        sheet.drawText(text)
        x += stringWidth(run, _FONT, _SIZE) * squeeze / 100
    sheet.save()
    return path


def _line(path) -> str:
    lines, _ = page_lines(read_page(pdfium.PdfDocument(str(path)), 0).pieces)
    return " | ".join(line.text for line in lines)


def _spaced(words: str) -> list[str]:
    runs = []
    for word in words.split():
        runs += [" ", word] if runs else [word]
    return runs


def test_words_parted_by_narrow_spaces_drawn_alone_read_as_words(tmp_path):
    assert _line(_draw(tmp_path / "word.pdf", _spaced(_NOTE))) == _NOTE


def test_a_space_drawn_alone_at_the_end_of_a_line_adds_nothing(tmp_path):
    assert _line(_draw(tmp_path / "end.pdf", _spaced("Financial Investment") + [" "])) == "Financial Investment"


def test_a_word_drawn_in_two_objects_with_a_blank_of_no_width_between_stays_one_word(tmp_path):
    # a blank that takes no room, the word going on where it stands, parts nothing
    assert _line(_draw(tmp_path / "split.pdf", ["Regu", (" ", 0), "lation", " ", "(CUP"])) == "Regulation (CUP"
