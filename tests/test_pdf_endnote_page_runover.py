"""An endnote broken by a page break: its rest heads the next page of notes, with no label.

A book's endnotes fill pages of their own after the chapter, often in two columns; a note the first such page
cannot hold goes on at the head of the next, where nothing but notes stands (round 34 of layouts). That rest is the
open note's, not a line of body text and not lost: the page before is read column by column to know which note is
open (down the page, line by line, its right column's notes 4–5 stand beside notes 1–3).
tests/pdfmaker.py draws the lines; positions are PDF points from the top left, ``y`` a baseline.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import BODY_TOP, LEFT, Sheet, notes_read  # noqa: E402

RIGHT_COLUMN = 308.0


def endnotes(sheet: Sheet, x: float, top: float, notes: list[tuple[str | None, list[str]]]) -> None:
    y = top
    for label, lines in notes:
        y = sheet.note(x, y, label, lines, limit=x + 215) + 2


def test_the_rest_of_an_endnote_heading_the_next_page_of_notes_goes_on_with_it(tmp_path):
    sheet = Sheet(tmp_path / "chapter.pdf")
    sheet.body(["Most of the rye that reached Danzig passed through a few factors.^1 They owned",
                "few ships.^2 What they owned were debts, advanced in winter.^3 The trade was",
                "theirs until the crisis of 1604,^4 when the first of them fled the city.^5 His",
                "creditors went to law.^6",
                *["Their creditors were left with the ledgers and the lawsuits, and with the"] * 44])
    sheet.folio("88")
    sheet.next_page()  # (a chapter's pages of text: the body's type is the text's, not the notes')
    sheet.body(["grain the noblemen still owed them, which no court would make them pay."] * 48)
    sheet.folio("89")
    sheet.next_page()
    sheet.line(LEFT, BODY_TOP, "Notes", font="bold", size=12)
    endnotes(sheet, LEFT, BODY_TOP + 30, [
        ("1", ["Maria Bogucka, Handel zagraniczny", "Gdańska (Wrocław: Ossolineum, 1970)."]),
        ("2", ["Thomas Lindqvist, Rye on Credit", "(Uppsala: Almqvist & Wiksell, 1998)."]),
        ("3", ["Archiwum Państwowe w Gdańsku, 300,",
               *["43/27, fols. 88r–89v; the advances of the"] * 50, "winter are listed there."])])
    endnotes(sheet, RIGHT_COLUMN, BODY_TOP + 30, [
        ("4", ["Ibid., fol. 90r."]),
        ("5", ["The noblemen who received advances",
               *["and the dates of their deliveries are in"] * 49, "APG, 300, 43/35, fol. 1r"])])
    sheet.folio("90")
    sheet.next_page()
    endnotes(sheet, LEFT, BODY_TOP, [
        (None, ["(list of creditors, 3 January 1605)."]),
        ("6", ["Metryka Koronna, 151, fols. 77v–78r."])])
    sheet.folio("91")
    read = {no: text for no, _, text, _ in notes_read(sheet.save())}
    assert read["5"].endswith("APG, 300, 43/35, fol. 1r (list of creditors, 3 January 1605).")
    assert read["6"] == "Metryka Koronna, 151, fols. 77v–78r."
