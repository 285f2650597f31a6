"""What publishers' PDFs do inside the file (round 32 of layouts): what the reader sees is what is read.

A production system draws a letter-spaced word glyph by glyph, each glyph at its own place, so the same room after
every letter is all that tells it from a row of one-letter words; and it leaves text in the file that the printed
page does not show: white, invisible, under an image, outside a clipping path. The pages are drawn here, small and
invented; the round's own PDFs keep their figure in ``tests/test_generality.py``.
"""

from __future__ import annotations

import io

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import (  # noqa: E402
    BODY_LEADING, BODY_SIZE, BODY_TOP, LEFT, NOTE_BOTTOM, NOTE_INDENT, NOTE_LEADING, NOTE_SIZE, PAGE_H, Sheet,
    notes_read,
)

FONT = "DejaVuSerif"  # (registered by `Sheet`)
BODY = ["The guild of linen weavers^1 asked the council for a new ordinance,",
        "which was granted in the spring of 1475 after a long dispute."]


def _glyphs(sheet: Sheet, x: float, y: float, text: str, size: float, track: float = 0.0) -> float:
    """``text`` drawn glyph by glyph, each at its own place, ``track`` points after each letter; spaces are room."""
    from reportlab.pdfbase import pdfmetrics

    space = pdfmetrics.stringWidth(" ", FONT, size)
    for ch in text:
        if ch == " ":
            x += space
            continue
        sheet.canvas.setFont(FONT, size)
        sheet.canvas.drawString(x, PAGE_H - y, ch)
        x += pdfmetrics.stringWidth(ch, FONT, size) + track
    return x


def _glyph_page(tmp_path, note: list[tuple[str, float, float]]):
    """A page drawn glyph by glyph: two body lines (the call raised) and note 1, whose pieces are (text, size, track)
    one after the other, a word space between them (none before one marked ``+``; widened by the tracking of the word before, as typesetters
    track the space too)."""
    sheet = Sheet(tmp_path / "glyphs.pdf")
    for row, line in enumerate(BODY):
        head, _, tail = line.partition("^1")
        y = BODY_TOP + row * BODY_LEADING
        x = _glyphs(sheet, LEFT, y, head, BODY_SIZE)
        if tail:
            x = _glyphs(sheet, x, y - 4.5, "1", 6.5)
            _glyphs(sheet, x, y, tail, BODY_SIZE)
    sheet.rule(LEFT, LEFT + 144, NOTE_BOTTOM - NOTE_LEADING - 2)
    _glyphs(sheet, LEFT, NOTE_BOTTOM, "1", NOTE_SIZE)
    x = LEFT + NOTE_INDENT
    for k, (text, size, track) in enumerate(note):
        x = _glyphs(sheet, x, NOTE_BOTTOM, text.lstrip("+"), size, track)  # (a tracked word's tracking after it too)
        if k + 1 < len(note) and note[k + 1][0][:1] not in ",.+":
            x += 3.0
    return sheet.save()


def test_a_letter_spaced_word_drawn_glyph_by_glyph_is_one_word(tmp_path):
    path = _glyph_page(tmp_path, [("Der Begriff", NOTE_SIZE, 0), ("Ungeld", NOTE_SIZE, 2.4),
                                  ("meint hier eine Abgabe.", NOTE_SIZE, 0)])
    assert [text for _, _, text, _ in notes_read(path)] == ["Der Begriff Ungeld meint hier eine Abgabe."]


def test_tracked_small_capitals_after_a_full_size_capital_are_one_word(tmp_path):
    path = _glyph_page(tmp_path, [("Voir Paul", NOTE_SIZE, 0), ("G", NOTE_SIZE, 0.8), ("+IRARD", 6.6, 0.8),
                                  (", Les tisserands, p. 12.", NOTE_SIZE, 0)])
    assert [text for _, _, text, _ in notes_read(path)] == ["Voir Paul GIRARD, Les tisserands, p. 12."]


def _page_with_hidden_line(tmp_path, hide) -> object:
    """Body and two notes; ``hide(sheet, y)`` draws a line the reader cannot see just under the last note."""
    sheet = Sheet(tmp_path / "hidden.pdf")
    sheet.body([*BODY[:1], "and the council granted it in 1475 after a long dispute.^2"])
    sheet.footnotes([("1", ["Town archives, guild charters, no. 14."]), ("2", ["Council book, fol. 17v."])])
    hide(sheet, NOTE_BOTTOM + NOTE_LEADING)
    return sheet.save()


def _texts(path) -> list[str]:
    return [text for _, _, text, _ in notes_read(path)]


def test_white_text_under_a_note_is_no_text_of_it(tmp_path):
    def white(sheet, y):
        sheet.canvas.setFillColorRGB(1, 1, 1)
        sheet.canvas.setFont(FONT, NOTE_SIZE)
        sheet.canvas.drawString(LEFT + NOTE_INDENT, PAGE_H - y, "Licensed to the university library")

    assert _texts(_page_with_hidden_line(tmp_path, white)) == ["Town archives, guild charters, no. 14.",
                                                              "Council book, fol. 17v."]


def test_invisible_text_on_a_page_of_visible_text_is_no_text(tmp_path):
    def invisible(sheet, y):
        text = sheet.canvas.beginText(LEFT + NOTE_INDENT, PAGE_H - y)
        text.setFont(FONT, NOTE_SIZE)
        text.setTextRenderMode(3)
        text.textOut("Searchable copy of the title")
        sheet.canvas.drawText(text)

    assert _texts(_page_with_hidden_line(tmp_path, invisible))[-1] == "Council book, fol. 17v."


def test_text_an_image_is_laid_over_is_no_text(tmp_path):
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    def covered(sheet, y):
        sheet.canvas.setFont(FONT, NOTE_SIZE)
        sheet.canvas.drawString(LEFT + NOTE_INDENT, PAGE_H - y, "placeholder for the badge")
        buffer = io.BytesIO()
        Image.new("RGB", (40, 8), (230, 120, 30)).save(buffer, format="PNG")
        buffer.seek(0)
        sheet.canvas.drawImage(ImageReader(buffer), LEFT + NOTE_INDENT - 2, PAGE_H - y - 4, width=120, height=13)

    assert _texts(_page_with_hidden_line(tmp_path, covered))[-1] == "Council book, fol. 17v."


def test_text_outside_its_clipping_path_is_no_text(tmp_path):
    def clipped(sheet, y):
        sheet.canvas.saveState()
        frame = sheet.canvas.beginPath()
        frame.rect(0, PAGE_H - y + NOTE_LEADING, 595, y - NOTE_LEADING)  # the page above the line
        sheet.canvas.clipPath(frame, stroke=0, fill=0)
        sheet.canvas.setFont(FONT, NOTE_SIZE)
        sheet.canvas.drawString(LEFT + NOTE_INDENT, PAGE_H - y, "overset lines of the notes frame")
        sheet.canvas.restoreState()

    assert _texts(_page_with_hidden_line(tmp_path, clipped))[-1] == "Council book, fol. 17v."


def test_white_text_on_a_dark_box_is_read(tmp_path):
    from histkit import read_document

    sheet = Sheet(tmp_path / "box.pdf")
    sheet.body(BODY)
    sheet.canvas.setFillColorRGB(0.1, 0.1, 0.3)
    sheet.canvas.rect(LEFT - 4, PAGE_H - 160, 300, 20, stroke=0, fill=1)
    sheet.canvas.setFillColorRGB(1, 1, 1)
    sheet.canvas.setFont(FONT, BODY_SIZE)
    sheet.canvas.drawString(LEFT, PAGE_H - 153, "Weavers and the council")
    assert "Weavers and the council" in read_document(sheet.save()).text


def test_a_scans_picture_drawn_over_its_own_text_leaves_the_text_read(tmp_path):
    sheet = Sheet(tmp_path / "scan_over_text.pdf")
    sheet.body([*BODY[:1], "and the council granted it in 1475 after a long dispute.^2"])
    sheet.footnotes([("1", ["Town archives, guild charters, no. 14."]), ("2", ["Council book, fol. 17v."])])
    sheet.scan()  # (the page's picture, drawn last over the whole page)
    assert _texts(sheet.save()) == ["Town archives, guild charters, no. 14.", "Council book, fol. 17v."]


def test_text_under_an_image_that_lets_it_through_is_read(tmp_path):
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    sheet = Sheet(tmp_path / "see_through.pdf")
    sheet.body([*BODY[:1], "and the council granted it in 1475 after a long dispute.^2"])
    sheet.footnotes([("1", ["Town archives, guild charters, no. 14."]), ("2", ["Council book, fol. 17v."])])
    buffer = io.BytesIO()
    Image.new("RGBA", (40, 8), (230, 120, 30, 60)).save(buffer, format="PNG")  # (a tint, mostly clear)
    buffer.seek(0)
    sheet.canvas.drawImage(ImageReader(buffer), LEFT + NOTE_INDENT - 2, PAGE_H - NOTE_BOTTOM - 4, width=160,
                           height=13, mask="auto")
    assert _texts(sheet.save())[-1] == "Council book, fol. 17v."
