"""Marks on a scanned typescript as the page image shows them: a figure typed half a line up is a call, an ordinal's
`°` after a lone number and an opening quotation mark are none, and a word the OCR layer set too low is no mark."""

import numpy as np

from histkit.read.pdf.drawn import Piece
from histkit.read.pdf.scanned import QUOTED, _opening_quotes, raised_apart

# the page looked at 3 pixels to the point; a word at 10 pt on its baseline 15 pt down: row 45
BASE, SIZE = 15, 10


def _ink(*boxes):
    ink = np.zeros((60, 400), dtype=bool)
    for top, bottom, left, right in boxes:
        ink[top:bottom, left:right] = True
    return ink


def _texts(piece, ink):
    return [(p.text, p.base < BASE) for p in raised_apart([piece], ink)]


def test_a_figure_typed_half_a_line_up_at_the_texts_size_is_a_raised_call():
    letters = [(25, 45, 30 + 12 * k, 39 + 12 * k) for k in range(5)]  # `leghe.` at x-height
    figure = (2, 23, 95, 104)  # a whole figure from 0.73 to 1.4 type sizes over the line: above the rows looked at
    assert _texts(Piece("leghe.5 ", 10, 5, 35, 17, BASE, SIZE), _ink(*letters, figure)) == [("leghe.", False),
                                                                                             ("5 ", True)]


def test_a_raised_ring_after_a_lone_figure_is_an_ordinal_not_a_call():
    ink = _ink((20, 45, 30, 45), (21, 31, 50, 58))  # `1°` as in `Il 1° maggio`
    assert _texts(Piece("11 ", 10, 5, 20, 17, BASE, SIZE), ink) == [("11 ", False)]


def test_a_word_the_layer_set_a_fifth_of_its_size_too_low_is_no_raised_mark():
    letters = [(16, 37, 30 + 12 * k, 39 + 12 * k) for k in range(8)]  # every letter's foot 0.27 sizes over the line
    assert _texts(Piece("Prefettura ", 10, 5, 40, 17, BASE, SIZE), _ink(*letters)) == [("Prefettura ", False)]


def test_a_quotation_mark_glued_to_the_word_after_it_opens_a_quotation():
    before = Piece("socialista, ", 0, 0, 60, 10, 9, 10)
    mark, after = Piece(QUOTED, 70, 0, 73, 5, 9, 6), Piece("oltre ", 73, 0, 100, 10, 9, 10)
    assert _opening_quotes([before, mark, after], {1}) == [1]


def test_a_mark_after_its_word_and_spaced_from_the_next_is_a_call():
    before = Piece("coloni. ", 0, 0, 40, 10, 9, 10)
    mark, after = Piece(QUOTED, 40.5, 0, 43, 5, 9, 6), Piece("La ", 50, 0, 62, 10, 9, 10)
    assert _opening_quotes([before, mark, after], {1}) == []


def test_the_same_raised_mark_after_a_word_is_a_call():
    ink = _ink((20, 45, 30, 45), (21, 31, 50, 58))
    assert _texts(Piece("ab1 ", 10, 5, 20, 17, BASE, SIZE), ink) == [("ab", False), ("1 ", True)]


def test_an_opening_quotation_mark_the_image_shows_raised_stays_glued_to_its_word():
    letters = [(25, 45, 114 + 12 * k, 123 + 12 * k) for k in range(5)]
    ink = _ink((20, 45, 30, 57), (21, 31, 105, 111), *letters)
    pieces = [Piece("il ", 10, 5, 20, 17, BASE, SIZE), Piece('"oltre ', 35, 5, 60, 17, BASE, SIZE)]
    assert [(p.text, p.base < BASE) for p in raised_apart(pieces, ink)] == [("il ", False), ('"oltre ', False)]


def test_a_figure_typed_half_a_line_up_read_as_a_word_of_its_own_is_a_call():
    figure = (2, 21, 30, 38)  # `fattorie. !`: the engine's `!` for a figure whose foot is 0.83 sizes up
    assert [(p.text, p.size < SIZE) for p in raised_apart([Piece("! ", 10, 5, 13, 17, BASE, SIZE)], _ink(figure))] \
        == [("0 ", True)]


def test_one_raised_figure_the_ocr_read_as_two_signs_is_one_call():
    letters = [(25, 45, 30 + 12 * k, 39 + 12 * k) for k in range(6)]  # `gelder.` at x-height, then a raised 8
    ink = _ink(*letters, (2, 23, 105, 114))
    assert _texts(Piece("gelder.°® ", 10, 5, 38, 17, BASE, SIZE), ink) == [("gelder.", False), ("0 ", True)]
