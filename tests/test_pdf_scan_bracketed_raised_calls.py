"""A call raised in brackets, `⁽⁷⁾` as French journals print it, on a scanned page: three raised glyphs after a word
are a call even where the OCR read them as a quotation mark, and a year's figures stay its own where the OCR dropped
the call after it."""

import numpy as np

from histkit.read.pdf.drawn import Piece
from histkit.read.pdf.scanned import raised_apart

BASE, SIZE = 15, 10  # a word at 10 pt on its baseline 15 pt down: row 45 at 3 pixels to the point


def _ink(letters: int, letter_top: int = 25):
    ink = np.zeros((60, 400), dtype=bool)
    for k in range(letters):
        ink[letter_top:45, 30 + 12 * k:39 + 12 * k] = True
    at = 30 + 12 * letters
    for k in range(3):  # `(7)` raised: its foot 0.47 sizes over the line, 0.33 tall
        ink[21:31, at + 5 * k:at + 5 * k + 3] = True
    ink[41:45, at + 18:at + 21] = True  # the full stop after the call
    return ink


def _read(text: str, letters: int, letter_top: int = 25):
    width = (12 * letters + 21) / 3
    pieces = raised_apart([Piece(text, 10, 5, 10 + width, 17, BASE, SIZE)], _ink(letters, letter_top))
    return [(p.text, p.size < SIZE) for p in pieces]


def test_three_raised_glyphs_the_ocr_read_as_a_quotation_mark_are_a_call():
    assert _read('ville". ', 5) == [("ville", False), ("00", True), (". ", False)]


def test_a_year_keeps_its_figures_where_the_ocr_dropped_the_raised_call_after_it():
    assert _read("1905. ", 4, letter_top=20) == [("1905", False), ("0", True), (". ", False)]
