"""How the calls of a scanned page are numbered where the OCR layer lost or misread figures of raised numbers
(a JSTOR scan of a law review: `Priscilla,¹` for 21, `alienage.² ⁴` for 24): the page's notes say where its
calls start, and a figure read is kept where it can be the end of the next numbers."""

from __future__ import annotations

from types import SimpleNamespace as Role

from histkit.read.pdf.lines import Line
from histkit.read.pdf.scanned import number_marks


def line(*tokens):
    return Line([], 0, 0, 1, 1, 1, 10, False, list(tokens))


def calls(role):
    return [t for ln in role.body for kind, t in ln.tokens if kind == "m"]


def page(marks, labels):
    return Role(body=[line(("t", "word"), ("m", m)) for m in marks],
                notes=[[line(("m", label), ("t", " Id.")) for label in labels]])


def test_a_call_read_1_on_a_page_whose_notes_run_from_21_is_21_not_a_new_series():
    first, second = page(["1", "2"], ["1", "2"]), page(["1", "2", "3"], ["21", "22", "23"])
    number_marks([first, second])
    assert calls(second) == ["21", "22", "23"]


def test_a_lost_call_before_one_whose_last_figure_was_read_leaves_the_later_call_its_number():
    first, second = page(["1", "2"], ["1", "2"]), page(["1", "3"], ["20", "21", "22", "23"])
    number_marks([first, second])
    assert calls(second) == ["21", "23"]  # (the call of note 20 lost; `1` ends 21, `3` ends 23)


def test_a_raised_number_the_ocr_read_as_two_figures_apart_is_one_number():
    import numpy as np

    from histkit.read.pdf.extract import Piece
    from histkit.read.pdf.scanned import raised_apart
    ink = np.zeros((60, 300), dtype=bool)
    ink[20:45, 30:90] = True  # a word's letters, on the baseline at row 45 (15 pt)
    ink[22:32, 95:100] = True  # two figures raised after it, which the OCR read as two words
    ink[22:32, 102:107] = True
    pieces = [Piece("word. ", 10, 5, 30, 17, 15, 10), Piece("2 4 ", 31.5, 5, 36, 17, 15, 10)]
    assert [p.text.strip() for p in raised_apart(pieces, ink)] == ["word.", "24"]
