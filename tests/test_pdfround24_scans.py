"""Scanned pages with an OCR program's text layer (round 24 of layouts): the calls the layer lost, seen in the image.

Round 24's PDFs are earlier rounds' articles printed, scanned (300 dpi, a little turned, black and white) and
given a text layer by real Tesseract through ocrmypdf (`tests/fixtures/generality/round24/layout/`, the source
rounds' hand-written gold). Tesseract reads a raised call glued to its word as `’ * ° ! ?` or drops it; the page
image still shows it raised, and that is what these tests read. The PDFs cannot be drawn here (no Tesseract in
the test environment), so the tests read the committed ones.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("reportlab", reason="the PDF tests read their PDFs with the PDF helpers (pip install reportlab)")

from pdfmaker import notes_read  # noqa: E402

ROUND = Path(__file__).parent / "fixtures" / "generality" / "round24" / "layout"


def test_calls_the_ocr_layer_read_as_quotation_marks_or_question_marks_are_calls_after_their_words():
    # Tesseract's layer: `dell’Offizio!`, `provveditori?`, `Firenze?`, `città.*`, `scudi”`, `seguente,` (dropped)
    read = notes_read(ROUND / "ocr_it_proceedings.pdf")
    assert [(no, before) for no, _, _, before in read] == [
        ("1", "dell’Offizio"), ("2", "provveditori"), ("3", "Firenze"), ("4", "città."), ("5", "scudi"),
        ("6", "esteri."), ("7", "Viareggio,"), ("8", "Bertelli."), ("9", "residue,"), ("10", "seguente,"),
        ("11", "anni,"), ("12", "privati.")]


def test_a_page_scanned_a_little_turned_still_reads_its_notes_line_by_line():
    # each word of the layer lies on its scanned line's slope: the words of a note's line are still one line
    read = notes_read(ROUND / "ocr_it_proceedings.pdf")
    assert read[2][2].startswith("Si veda Giuliano Pinto, Il libro del Biadaiolo. Carestie e annona a Firenze")


def test_a_call_set_before_the_words_closing_punctuation_is_seen_between_them():
    # French print: `1846¹,` and `campagnes »².` — the layer reads `1846!,`
    read = {no: before for no, _, _, before in notes_read(ROUND / "ocr_fr_revue.pdf")}
    assert (read["1"], read["2"]) == ("1846", "»")


def test_numeros_raised_o_is_no_call():
    # `t. 129, n° 2` in the journal's line: a raised letter after a lone one stays the abbreviation's
    from histkit import read_document

    text = read_document(ROUND / "ocr_fr_revue.pdf").text
    assert "n°" in text[:text.index("Saint-Aubrac")]


def test_labels_raised_at_the_foot_open_their_notes_though_the_layer_misread_them():
    # the labels `¹ ² ³` of Typst's notes come out of the layer as `‘ ’ 3` glued to the note's first word
    read = notes_read(ROUND / "ocr_en_portstrike.pdf")
    assert [(no, text[:22]) for no, _, text, _ in read[:4]] == [
        ("1", "Glamorgan Archives, Ca"), ("2", "Ibid., 17 March 1891."), ("3", "See John Pritchard, Do"),
        ("4", "Western Mail, 9 April ")]


def test_an_apostrophe_the_image_shows_high_and_short_after_a_letter_is_no_call():
    # `The widows’ fines` beside `businesses.¹⁶`: the layer's `’` after a letter is a call only if it is figure-tall
    read = {no: before for no, _, _, before in notes_read(ROUND / "ocr_en_twocol.pdf")}
    assert (read["16"], read["17"]) == ("businesses.", "two.")


def _tesseract_reads(language: str) -> bool:
    import shutil
    import subprocess

    from histkit.read import ocr_missing

    if ocr_missing() is not None or shutil.which("tesseract") is None:
        return False
    listed = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout.split()
    return language in listed


@pytest.mark.skipif(not _tesseract_reads("ita"), reason="needs ocrmypdf and Tesseract with Italian (tesseract-ocr-ita)")
def test_tables_with_ocr_read_a_scan_with_no_text_layer_into_its_notes_and_calls(tmp_path):
    # a page image only, as a scanner gives it: `histkit tables --ocr ita` adds the layer, then reads its geometry
    import pandas as pd
    import pypdfium2 as pdfium

    from histkit.cli import main

    source = pdfium.PdfDocument(ROUND.parent.parent / "round12" / "layout" / "italian_proceedings.pdf")
    source[0].render(scale=300 / 72, grayscale=True).to_pil().save(tmp_path / "scan.pdf", resolution=300)
    assert main(["tables", str(tmp_path / "scan.pdf"), "--out", str(tmp_path / "t"), "--ocr", "ita", "--jobs", "1",
                 "--quiet"]) == 0
    notes = pd.read_csv(tmp_path / "t" / "notes.csv")
    assert list(notes.note_no) == list(range(1, 13)) and notes.marker_start.notna().all()
