"""Notes numbered in lowercase roman numbers (`i`, `ii`, `iii`), as Word and LibreOffice number them where an author
asks (and endnotes by default): small PDFs drawn here, exact notes expected.

The calls are raised roman numbers; the labels stand on the line, glued to the note's first word as LibreOffice
prints them (`iiIbid.`), or set apart. Each note is keyed by its number in reading order, the numeral kept as its
label. Round 23's `lo_lad_roman` (tests/fixtures/generality/round23/layout/) is the article that showed it.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import LEFT, NOTE_LEADING, NOTE_SIZE, Sheet, notes_read  # noqa: E402


def test_roman_calls_answer_labels_glued_to_the_notes_first_words_numbered_in_reading_order(tmp_path):
    sheet = Sheet(tmp_path / "roman.pdf")
    sheet.body(["Las maestras eskrivieron al komite.^i Entre eyos ay letras^ii i listas,",
                "i el jurnal^iii lo kontó. El komite no respondio.^iv"])
    sheet.lines(LEFT, 730, ["iArshivo de la Komunita, Registro, vol. 18, f. 44.", "iiIbid., f. 47.",
                            "iiiLa Epoka, 9 de oktubre 1908, p. 3.", "ivAKDS, Registro, vol. 19, f. 2."],
                size=NOTE_SIZE, leading=NOTE_LEADING)
    assert notes_read(sheet.save()) == [
        ("1", "i", "Arshivo de la Komunita, Registro, vol. 18, f. 44.", "komite."),
        ("2", "ii", "Ibid., f. 47.", "letras"),
        ("3", "iii", "La Epoka, 9 de oktubre 1908, p. 3.", "jurnal"),
        ("4", "iv", "AKDS, Registro, vol. 19, f. 2.", "respondio."),
    ]


def test_a_note_line_that_opens_with_a_word_spelt_as_the_numeral_due_goes_on_with_its_note(tmp_path):
    sheet = Sheet(tmp_path / "slovene.pdf")
    sheet.body(["Društvo^i je delovalo^ii do leta 1920,^iii ko ga je oblast^iv razpustila^v in^vi zaprla."])
    sheet.lines(LEFT, 700, ["iARS, AS 1931, t. e. 12.", "iiPrav tam.", "iiiPrav tam, t. e. 14.",
                            "ivZAL, LJU 489, šk. 1854, dopis mestnega magistrata",
                            "v Ljubljani z dne 3. 5. 1920.", "vPrav tam.", "viPrav tam, šk. 1855."],
                size=NOTE_SIZE, leading=NOTE_LEADING)
    read = notes_read(sheet.save())
    assert [(key, label, text) for key, label, text, _ in read] == [
        ("1", "i", "ARS, AS 1931, t. e. 12."),
        ("2", "ii", "Prav tam."),
        ("3", "iii", "Prav tam, t. e. 14."),
        ("4", "iv", "ZAL, LJU 489, šk. 1854, dopis mestnega magistrata v Ljubljani z dne 3. 5. 1920."),
        ("5", "v", "Prav tam."),
        ("6", "vi", "Prav tam, šk. 1855."),
    ]


def test_roman_labels_set_apart_from_their_notes_open_them_and_run_on_across_pages(tmp_path):
    sheet = Sheet(tmp_path / "apart.pdf")
    sheet.body(["The vestry met in March.^i It raised the poor rate^ii at once."])
    sheet.footnotes([("i", ["Vestry minutes, 1834–1840, fol. 12."]), ("ii", ["Ibid., fol. 14."])])
    sheet.next_page()
    sheet.body(["The overseers objected.^iii"])
    sheet.footnotes([("iii", ["Overseers' accounts, 1835."])])
    assert notes_read(sheet.save()) == [
        ("1", "i", "Vestry minutes, 1834–1840, fol. 12.", "March."),
        ("2", "ii", "Ibid., fol. 14.", "rate"),
        ("3", "iii", "Overseers' accounts, 1835.", "objected."),
    ]


def test_letters_as_a_word_processor_numbers_notes_a_b_c_are_read_as_their_series(tmp_path):
    sheet = Sheet(tmp_path / "letters.pdf")
    sheet.body(["O concello^a deixou o monte^b aos veciños,^c que o labraron."])
    sheet.lines(LEFT, 730, ["aArchivo Histórico Provincial de Uesca, prot. 4.412, f. 31r.", "bIbidem, f. 35v.",
                            "cAHPU, Concello de Boltaña, lib. 12."], size=NOTE_SIZE, leading=NOTE_LEADING)
    assert notes_read(sheet.save()) == [
        ("1", "a", "Archivo Histórico Provincial de Uesca, prot. 4.412, f. 31r.", "concello"),
        ("2", "b", "Ibidem, f. 35v.", "monte"),
        ("3", "c", "AHPU, Concello de Boltaña, lib. 12.", "veciños,"),
    ]


def test_capital_roman_numbers_as_calls_and_labels_are_read_as_their_series(tmp_path):
    sheet = Sheet(tmp_path / "upper.pdf")
    sheet.body(["The vestry met in March.^I It raised the rate^II and the overseers^III objected."])
    sheet.lines(LEFT, 730, ["IVestry minutes, 1834–1840, fol. 12.", "IIIbid., fol. 14.",
                            "IIIOverseers' accounts, 1835."], size=NOTE_SIZE, leading=NOTE_LEADING)
    assert notes_read(sheet.save()) == [
        ("1", "I", "Vestry minutes, 1834–1840, fol. 12.", "March."),
        ("2", "II", "Ibid., fol. 14.", "rate"),
        ("3", "III", "Overseers' accounts, 1835.", "overseers"),
    ]
