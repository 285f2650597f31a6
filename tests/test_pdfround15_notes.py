"""Footnotes as more journals print them (round 15 of layouts): small PDFs drawn here, exact notes expected.

Each test draws one habit of a page seen in the layouts of round 15
(`tests/fixtures/generality/round15/layout/`): all of a page's notes run
together in one justified paragraph, each opening with its bold number, the
word spaces stretched nearly as wide as the space before a label.
Positions are PDF points from the top left; ``y`` is a baseline.
tests/pdfmaker.py draws the lines.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import LEFT, NOTE_LEADING, NOTE_SIZE, Sheet, notes_read  # noqa: E402

SPACE = 0.6 * NOTE_SIZE  # a justified line's stretched word space
BEFORE_LABEL = 1.4 * NOTE_SIZE  # the wider space a paragraph of notes leaves before a label: about two word spaces


def paragraph_of_notes(tmp_path, label_font: str):
    """A page whose three notes run on in one paragraph, the labels in ``label_font``; the notes read from it."""
    sheet = Sheet(tmp_path / f"paranotes_{label_font}.pdf")
    sheet.body(["Os segadores partían en maio.^1 Volvían en agosto,^2 cando a colleita",
                "da Limia xa estaba feita.^3"])
    y = 730.0
    sheet.rule(LEFT, LEFT + 144, y - 12)
    line = [("1", label_font), ("AHPOu,", "serif"), ("caixa", "serif"), ("3412,", "serif"), ("fol.", "serif"),
            ("12r.", "serif"), ("2", label_font), ("Ibidem,", "serif"), ("fol.", "serif"), ("14r.", "serif"),
            ("3", label_font), ("Vid.", "serif"), ("Doval", "serif"), ("Lama,", "serif"), ("páx.", "serif")]
    x = LEFT
    for k, (word, font) in enumerate(line):
        if k:
            x += BEFORE_LABEL if font != "serif" or word in "23" else SPACE
        x = sheet.line(x, y, word, size=NOTE_SIZE, font=font)
    x = LEFT  # the last note runs on under the first line, filling its wide spaces (no column gutters there)
    for word in "44–61; Rial Vilas, «Segadores e arrieiros», Boletín Auriense 27 (1997), páx. 133–158.".split():
        x = sheet.line(x, y + NOTE_LEADING, word, size=NOTE_SIZE) + SPACE
    return [(key, text) for key, _, text, _ in notes_read(sheet.save())]


def test_bold_labels_in_a_justified_paragraph_of_notes_start_notes_after_a_sentences_end(tmp_path):
    assert paragraph_of_notes(tmp_path, "bold") == [
        ("1", "AHPOu, caixa 3412, fol. 12r."), ("2", "Ibidem, fol. 14r."), ("3", "Vid. Doval Lama, páx. 44–61; Rial Vilas, «Segadores e arrieiros», Boletín Auriense 27 (1997), páx. 133–158.")]


def test_labels_in_the_words_typeface_need_the_wider_space_to_start_a_note_in_a_stretched_line(tmp_path):
    found = paragraph_of_notes(tmp_path, "serif")
    assert found[0][1].startswith("AHPOu, caixa 3412, fol. 12r. 2 Ibidem, fol. 14r. 3 Vid.")


def test_raised_labels_in_a_paragraph_of_notes_start_notes_after_a_sentences_end_at_a_word_space(tmp_path):
    sheet = Sheet(tmp_path / "footmisc_para.pdf")  # (LaTeX's footmisc `para`: raised labels, ordinary word spaces)
    sheet.body(["Os segadores partían en maio.^1 Volvían en agosto,^2 cando a colleita",
                "da Limia xa estaba feita.^3 O cura^4 non o anotou."])
    sheet.rule(LEFT, LEFT + 144, 718)
    sheet.lines(LEFT, 730, ["^1 AHPOu, caixa 3412, fol. 12r. ^2 Ibidem, fol. 14r. ^3 Vid. Doval Lama, páx.",
                            "44–61; a nota^4 do libro. ^4 Ibidem."], size=NOTE_SIZE, leading=NOTE_LEADING)
    assert [(key, text) for key, _, text, _ in notes_read(sheet.save())] == [
        ("1", "AHPOu, caixa 3412, fol. 12r."), ("2", "Ibidem, fol. 14r."),
        ("3", "Vid. Doval Lama, páx. 44–61; a nota4 do libro."), ("4", "Ibidem.")]
