"""Footnotes as real typesetting engines print them (round 21 of layouts): Typst's superior figures, Pango's hyphen.

Rounds 4–19 were drawn by our own reportlab typesetter; round 21's PDFs were set by Typst and WeasyPrint
(`tests/fixtures/generality/round21/layout/`, gold by hand in its ``articles.py``). The line-end hyphen is
drawn here with tests/pdfmaker.py; a font's superior figures cannot be (reportlab draws a raised digit by
moving its baseline), so those tests read the Typst PDFs of the round.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import LEFT, NOTE_LEADING, Sheet, notes_read  # noqa: E402

ROUND = Path(__file__).parent / "fixtures" / "generality" / "round21" / "layout"
NOTES_TOP = 700.0


def test_calls_set_in_a_fonts_superior_figures_are_calls_of_their_notes():
    # Typst sets a call as the font's superior figure: the text's size, its baseline, only the glyph is raised
    read = notes_read(ROUND / "typst_en_portstrike.pdf")
    assert [(no, before) for no, _, _, before in read] == [
        ("1", "supposes."), ("2", "Liverpool."), ("3", "1889."), ("4", "tips."), ("5", "men."), ("6", "all."),
        ("7", "April."), ("8", "seen."), ("9", "dark.")]


def test_labels_set_in_superior_figures_open_their_notes_without_their_number():
    read = notes_read(ROUND / "typst_en_portstrike.pdf")
    assert read[1][1:3] == ("2", "Ibid., 17 March 1891.")
    assert read[3][2] == "Western Mail, 9 April 1891, 5."


def test_a_line_end_broken_with_unicodes_own_hyphen_joins_the_word(tmp_path):
    # Pango (hence WeasyPrint) breaks a word with U+2010, not with the hyphen-minus
    sheet = Sheet(tmp_path / "hyphen.pdf")
    sheet.body(["Les cheminots du Nord ont fait grève.^1"])
    sheet.note(LEFT, NOTES_TOP + NOTE_LEADING, "1",
               ["Georges Ribeill, Les Cheminots en guerre : une métamorphose cor\u2010", "porative, Paris, 1988."])
    assert notes_read(sheet.save()) == [
        ("1", "1", "Georges Ribeill, Les Cheminots en guerre : une métamorphose corporative, Paris, 1988.", "grève.")]


def test_marks_run_on_through_the_pages_name_their_note_on_any_page(tmp_path):
    # LaTeX's \fnsymbol and Typst's `*` numbering go on * † ‡ § ¶ ‖ ** through the article; a note that did not fit
    # under its call's page is set on the next
    sheet = Sheet(tmp_path / "fnsymbol.pdf")
    sheet.body(["Die Murgschiffer verkauften ihre Flöße bis nach Holland.^* Die Gemeinden",
                "klagten über die Wehre.^† Die Verwaltung erließ eine neue Ordnung.^‡"])
    sheet.footnotes([("*", ["GLA 229/70412, Bericht vom 14. Mai 1758."]),
                     ("†", ["Scheifele, Murgschifferschaft, S. 131."])], raised_labels=True)
    sheet.next_page()
    sheet.body(["Die Strafen blieben niedrig.^§"])
    sheet.footnotes([("‡", ["GLA 229/70415, Floßordnung von 1763."]), ("§", ["Ebd., Art. 9."])], raised_labels=True)
    assert notes_read(sheet.save()) == [
        ("1", "*", "GLA 229/70412, Bericht vom 14. Mai 1758.", "Holland."),
        ("2", "†", "Scheifele, Murgschifferschaft, S. 131.", "Wehre."),
        ("3", "‡", "GLA 229/70415, Floßordnung von 1763.", "Ordnung."),
        ("4", "§", "Ebd., Art. 9.", "niedrig."),
    ]


# --------------------------------------------------------------------------- right to left


def test_a_hebrew_pages_notes_are_read_from_the_right_with_their_numbers_and_brackets_in_reading_order():
    read = {no: (text, before) for no, _, text, before in notes_read(ROUND / "weasy_he_moshavot.pdf")}
    assert sorted(read, key=int) == [str(n) for n in range(1, 9)]
    assert read["1"] == ("ארכיון הציונים המרכזי (אצ\"מ), J15/1123, מכתב מן הפקיד הראשי, 4 במאי 1901.", "הפקידות.")
    assert read["7"][0] == "השוו: רות כהן, \"האיכרים והפקידות\", קתדרה 41 (1986), עמ' 55–78."


def test_an_arabic_pages_words_keep_their_letters_in_order_whatever_order_the_engine_drew_them_in():
    # Typst draws some words left to right and Arabic's lam-alef as one glyph, which PDFium gives alef first
    from histkit import read_document

    text = read_document(ROUND / "typst_ar_waqf.pdf").text
    assert "تحفظ سجلات المحكمة الشرعية في طرابلس" in text
    assert "قبل كل شيء عملاً دينياً." in text
    assert "\nاً\n" not in text  # (a raised copy of a letter under a vowel sign is no line of text)


def test_a_mirrored_pages_regions_keep_their_boxes_as_the_page_has_them():
    from histkit import read_document

    doc = read_document(ROUND / "weasy_he_moshavot.pdf")
    notes = [r for r in doc.regions if r.zone == "note"]
    assert notes and all(390 < r.box[2] < 410 for r in notes)  # each note ends (right to left: starts) at the right


def test_a_latin_reference_inside_a_right_to_left_note_reads_left_to_right():
    from histkit.read.pdf.rtl import logical

    # a Hebrew note's lead-in, then a Latin reference drawn as seen (PDFium gives its characters so)
    drawn = [(40, "ר"), (37, "א"), (34, "ו"), (32, ":"), (30, " ")] + [
        (2 + 1.2 * k, ch) for k, ch in enumerate("Keter, 1985, pp. 88–112")]
    assert logical(drawn) == "ראו: Keter, 1985, pp. 88–112"


def test_numbers_joined_by_a_dash_in_a_right_to_left_note_keep_their_order():
    from histkit.read.pdf.rtl import logical

    # `55–78` in a Hebrew note is seen `78–55`: the dash between two numbers is of the right-to-left text
    drawn = [(30, "ע"), (28, "מ"), (26, "'"), (24, " "), (4, "7"), (6, "8"), (9, "–"), (12, "5"), (14, "5"), (2, ".")]
    assert logical(drawn) == "עמ' 55–78."


def test_a_titles_last_line_that_is_a_year_is_no_folio():
    # Typst broke `… and the Strike of 1891` before the year: a lone number at the top of page 1, in display type
    from histkit import read_document

    doc = read_document(ROUND / "typst_en_portstrike.pdf")
    heads = [doc.text[r.start:r.end].strip() for r in doc.regions if r.zone == "running_head"]
    assert "1891" not in heads and doc.text.index("1891") > doc.text.index("The Coal Porters")


def test_labels_an_ocr_layer_glued_to_their_notes_words_still_open_the_notes(tmp_path):
    # an OCR text layer sets each word on its line's baseline: a raised label comes out glued, `2Ibid.`
    sheet = Sheet(tmp_path / "ocr.pdf")
    sheet.body(["The union met weekly in a public house near the West Dock.^1 It kept careful",
                "accounts and corresponded with the dockers of Bristol.^2"])
    y = sheet.note(LEFT, NOTES_TOP, None, ["1Glamorgan Archives, DCOMC/2/14, minutes, 3 March 1891."])
    sheet.note(LEFT, y, None, ["2Ibid., 17 March 1891."])
    assert [(no, text) for no, _, text, _ in notes_read(sheet.save())] == [
        ("1", "Glamorgan Archives, DCOMC/2/14, minutes, 3 March 1891."), ("2", "Ibid., 17 March 1891.")]


def test_an_ocr_layers_invisible_lines_are_read_as_text_with_their_notes_and_calls(tmp_path):
    # Tesseract (ocrmypdf) writes each word invisible on its line's baseline at a size guessed from the line's
    # height: no raised call, and a note's line may come out as large as the body's
    from reportlab.pdfgen import canvas

    path = tmp_path / "ocr.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(595, 842))
    lines = [(11.0, 96, "The union met weekly in a public house near the West Dock.1 It kept"),
             (11.5, 110, "careful accounts and corresponded with the dockers of Bristol.2"),
             (11.5, 700, "1Glamorgan Archives, DCOMC/2/14, minutes, 3 March 1891."),
             (11.0, 713, "2Ibid., 17 March 1891.")]
    for size, y, text in lines:
        words = pdf.beginText()
        words.setTextRenderMode(3)  # invisible
        words.setFont("Times-Roman", size)
        words.setTextOrigin(72, 842 - y)
        words.textOut(text)
        pdf.drawText(words)
    pdf.save()
    assert notes_read(path) == [("1", "1", "Glamorgan Archives, DCOMC/2/14, minutes, 3 March 1891.", "Dock."),
                                ("2", "2", "Ibid., 17 March 1891.", "Bristol.")]


def test_an_ocr_layer_that_raises_some_labels_and_sets_others_on_the_line_opens_a_note_at_each(tmp_path):
    # a scan's OCR layer (a JSTOR or law-review scan) reads some small raised labels as raised, others on the line
    from reportlab.pdfgen import canvas

    path = tmp_path / "ocr_mixed.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(595, 842))
    body = ["The court met in March.", "It sat again in May.", "The appeal failed.", "Costs followed.",
            "The rule stood."]
    runs = [(11.0, 72 + 150 * (k % 3), 96 + 14 * (k // 3), text) for k, text in enumerate(body)]
    runs += [(6.0, 72 + 150 * (k % 3) + 105, 92 + 14 * (k // 3), str(k + 1)) for k in range(5)]  # the calls, raised
    notes = ["(1914), 11 Cr. App. R. 45.", "[1957] O.R. 337 (C.A.).", "[1958] O.R. 723 (C.A.).",
             "Ibid., at p. 341.", "Ibid., at p. 342."]
    for k, text in enumerate(notes):
        y = 700 + 11 * k
        if k < 3:
            runs += [(5.5, 72, y - 3, str(k + 1)), (9.0, 78, y, text)]  # raised labels
        else:
            runs += [(9.0, 72, y, f"{k + 1} {text}")]  # labels on the line
    for size, x, y, text in runs:
        words = pdf.beginText()
        words.setTextRenderMode(3)  # invisible
        words.setFont("Times-Roman", size)
        words.setTextOrigin(x, 842 - y)
        words.textOut(text)
        pdf.drawText(words)
    pdf.save()
    assert [(no, text) for no, _, text, _ in notes_read(path)] == [(str(k + 1), t) for k, t in enumerate(notes)]
