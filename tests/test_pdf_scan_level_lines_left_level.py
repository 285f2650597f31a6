"""A scanned page whose long lines mostly lie level is not levelled by the few the OCR engine drew sloping: only a
page turned on the glass, nearly all its long lines sloping one way, has its turn taken out."""

from histkit.read.pdf.drawn import Piece
from histkit.read.pdf.skew import levelled, page_slope


def _line(y, slope, size=10.0):
    return [Piece("w ", x, y + slope * x, x + 20, y + size + slope * x, y + size - 2 + slope * x, size)
            for x in range(0, 400, 50)]


def test_a_turned_page_has_its_slope_read():
    pieces = [p for k in range(6) for p in _line(100 + 20 * k, 0.01)]
    lines = [list(range(8 * k, 8 * k + 8)) for k in range(6)]
    assert round(page_slope(pieces, lines), 4) == 0.01


def test_a_straight_page_with_three_sloping_lines_among_many_level_ones_is_left_as_it_is():
    pieces = [p for k in range(10) for p in _line(100 + 20 * k, 0.01 if k < 3 else 0.0)]
    assert levelled(pieces, 400) == pieces
