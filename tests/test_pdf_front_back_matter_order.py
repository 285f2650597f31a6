"""A book's list of abbreviations and its index, set in the notes' type on pages of their own, are read in order.

Such pages hold no note: their lines go back to the text, where a code must stand before its meaning (`AAN
Archiwum Akt Nowych`, a gap apart on one baseline) and an index's two columns must be read one after the other
(round 34 of layouts). tests/pdfmaker.py draws the lines; positions are PDF points from the top left.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import BODY_TOP, LEFT, NOTE_LEADING, NOTE_SIZE, Sheet  # noqa: E402

from histkit import analyse_layout, read_document  # noqa: E402

ABBREVIATIONS = [("AAN", "Archiwum Akt Nowych (Central Archives of Modern Records), Warsaw"),
                 ("AGAD", "Archiwum Główne Akt Dawnych (Central Archives of Historical Records)"),
                 ("APL", "Archiwum Państwowe w Lublinie (State Archives in Lublin)"),
                 ("GUS", "Główny Urząd Statystyczny (Central Statistical Office)"),
                 ("MRiRR", "Ministerstwo Rolnictwa i Reform Rolnych (Ministry of Agriculture)")]
INDEX = (["agrarian reform law (1925), 1–3, 51–68", "Austrian land register, 2, 88–90, 143n7",
          "Biuletyn Statystyczny, 176, 181n22", "buyers of plots, 101–38, 131n40"],
         ["Grabski, Władysław, 12, 45n3, 78", "Kraków district, 139–70", "Landau, Zbigniew, 1n3, 64, 230",
          "Molenda, Jan, 3n7, 158"])


def book(path):
    sheet = Sheet(path)
    for folio in ("1", "2"):  # (a chapter's pages of text: the body's type is the text's, not the notes')
        sheet.body(["The land offices were staffed by surveyors and lawyers, many of whom served"] * 40)
        sheet.folio(folio)
        sheet.next_page()
    sheet.line(LEFT, BODY_TOP, "Abbreviations", font="bold", size=12)
    y = BODY_TOP + 30
    for code, meaning in ABBREVIATIONS:
        sheet.line(LEFT, y, code, font="bold", size=NOTE_SIZE)
        sheet.line(LEFT + 50, y, meaning, size=NOTE_SIZE)
        y += NOTE_LEADING + 3
    sheet.next_page()
    sheet.line(LEFT, BODY_TOP, "Index", font="bold", size=12)
    for x, column in ((LEFT, INDEX[0]), (LEFT + 230, INDEX[1])):
        sheet.lines(x, BODY_TOP + 30, column, size=NOTE_SIZE, leading=NOTE_LEADING, limit=x + 215)
    return sheet.save()


def test_a_list_of_abbreviations_reads_each_code_before_its_meaning(tmp_path):
    text = " ".join(analyse_layout(read_document(book(tmp_path / "book.pdf"))).doc.text.split())
    assert " ".join(f"{code} {meaning}" for code, meaning in ABBREVIATIONS) in text


def test_an_index_in_two_columns_is_read_one_column_after_the_other(tmp_path):
    text = " ".join(analyse_layout(read_document(book(tmp_path / "book.pdf"))).doc.text.split())
    assert " ".join(INDEX[0] + INDEX[1]) in text
