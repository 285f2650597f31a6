"""Footnotes as more journals print them (round 13 of layouts): small PDFs drawn here, exact notes expected.

Each test draws one habit of a page seen in the layouts of round 13
(`tests/fixtures/generality/round13/layout/`): calls printed on the line in
parentheses after a word space, ` (3)`, among parenthesised years and volumes
that are no calls; a note series lettered `a`, `b`, `c`; footnotes set a little
smaller than the body, parted from it by a gap and no rule. Positions are PDF points from the top left; ``y`` is a
baseline. tests/pdfmaker.py draws the lines.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import LEFT, Sheet, notes_read  # noqa: E402


def test_calls_in_parentheses_on_the_line_answer_the_notes_in_order_and_years_and_volumes_do_not(tmp_path):
    sheet = Sheet(tmp_path / "parenline.pdf")
    sheet.body(["Училище открыли по приказу Палаты (1) в годы реформы (1837–1841),",
                "и учитель получал сто рублей в год (2). Дружинин (т. 5, гл. 4) видел в",
                "этом враждебность (3), но документы говорят иное (4)."])
    sheet.footnotes([("(1)", ["ГАКО. Ф. 133. Оп. 1. Д. 412. Л. 3."]), ("(2)", ["Там же. Л. 22 об."]),
                     ("(3)", ["Дружинин Н. М. Указ. соч. Т. 2. С. 188."]), ("(4)", ["Там же. С. 190."])])
    assert notes_read(sheet.save()) == [
        ("1", "(1)", "ГАКО. Ф. 133. Оп. 1. Д. 412. Л. 3.", "Палаты"),
        ("2", "(2)", "Там же. Л. 22 об.", "год"),
        ("3", "(3)", "Дружинин Н. М. Указ. соч. Т. 2. С. 188.", "враждебность"),
        ("4", "(4)", "Там же. С. 190.", "иное"),
    ]


def test_a_series_lettered_in_order_in_calls_and_labels_is_numbered_in_reading_order_the_letter_kept_as_label(tmp_path):
    sheet = Sheet(tmp_path / "lettered.pdf")
    sheet.body(["Muižas grāmata^a rāda klaušas. Protokoli^b to apstiprina,",
                "un nemieri^c sākās tikai vēlāk."])
    sheet.footnotes([("a", ["LVVA, 1640. f., 2. apr., 118. l."]), ("b", ["Turpat, 14. lp."]),
                     ("c", ["Zutis, Vidzemes zemnieku stāvoklis, 215. lpp."])], raised_labels=True)
    assert notes_read(sheet.save()) == [
        ("1", "a", "LVVA, 1640. f., 2. apr., 118. l.", "grāmata"),
        ("2", "b", "Turpat, 14. lp.", "Protokoli"),
        ("3", "c", "Zutis, Vidzemes zemnieku stāvoklis, 215. lpp.", "nemieri"),
    ]


def test_notes_set_a_little_smaller_than_the_body_after_a_gap_without_a_rule_are_notes(tmp_path):
    sheet = Sheet(tmp_path / "bignotes.pdf")
    sheet.body(["A tímárok panaszát^1 a tanács elutasította, de a céh",
                "új artikulusokat kapott.^2 A vita ezzel lezárult."])
    sheet.lines(LEFT, 700, ["1 Sopron Vármegyei Levéltár, tanácsülési jegyzőkönyvek,", "1693, 211–214.",
                            "2 Uo. 219."], size=10.3, leading=12.5)
    assert notes_read(sheet.save()) == [
        ("1", "1", "Sopron Vármegyei Levéltár, tanácsülési jegyzőkönyvek, 1693, 211–214.", "panaszát"),
        ("2", "2", "Uo. 219.", "kapott."),
    ]


def test_a_passage_a_little_smaller_after_a_gap_whose_lines_answer_no_call_stays_body(tmp_path):
    sheet = Sheet(tmp_path / "quotation.pdf")
    sheet.body(["A tímárok panaszát^1 a tanács elutasította:"])
    sheet.lines(LEFT, 700, ["2 mester és 3 legény vallotta, hogy a malom alatt áztattak."], size=10.3)
    sheet.footnotes([("1", ["Uo. 219."])])
    assert notes_read(sheet.save()) == [("1", "1", "Uo. 219.", "panaszát")]


def test_lettered_notes_beside_numbered_ones_are_no_series_and_the_numbered_notes_are_read(tmp_path):
    sheet = Sheet(tmp_path / "edition.pdf")
    sheet.body(["O bispo^1 escreveu à Câmara^2 e ao cabido.", "Segue-se a carta: «a M.ces,^a e guarde^b Deus»."])
    sheet.note(LEFT, 720, "^a", ["Segue-se, riscado: «e»."])
    sheet.note(LEFT, 731, "^b", ["Na margem: «resp.da»."])
    sheet.note(LEFT, 742, "1", ["ADVS, Cartório da Câmara, cx. 12."])
    sheet.note(LEFT, 753, "2", ["Ibidem, fl. 72v."])
    read = notes_read(sheet.save())
    assert [(key, label, text) for key, label, text, _ in read] == [
        ("1", "1", "ADVS, Cartório da Câmara, cx. 12."),
        ("2", "2", "Ibidem, fl. 72v."),
    ]
