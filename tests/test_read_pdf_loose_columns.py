"""Loose lines of narrow justified note columns set side by side: which wide gaps are a line's stretched spaces,
which the gutter to the next column (round 20 of layouts: endnotes in three columns).

Pieces are words as a typesetter draws them; positions are PDF points from the top left, ``base`` a baseline.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pypdfium2")

from histkit.read.pdf.extract import Piece  # noqa: E402
from histkit.read.pdf.lines import page_lines  # noqa: E402

SIZE = 7.2


def words(base, *placed):
    """Pieces of one baseline: (x0, text, width) each."""
    return [Piece(text, x0, base - 0.8 * SIZE, x0 + w, base + 0.2 * SIZE, base, SIZE) for x0, text, w in placed]


def texts(pieces):
    return [ln.text for ln in page_lines(pieces)[0]]


def test_a_loose_line_of_single_words_beside_an_ordinary_line_of_the_next_column_stays_apart_from_it():
    pieces = words(100, (160, "понздаҳ", 30), (203, "раста", 21), (237, "оварда", 26),   # stretched: 13 pt spaces
                   (278, "мости,", 24), (311, "1891,", 19), (339, "14", 8), (355, "марта;", 24))  # the next column
    pieces += words(109, (278, "инчунин", 32), (327, "эзоҳи", 20), (364, "4-ро", 15))
    pieces += words(111, (160, "шудааст.", 33))
    assert texts(pieces)[:2] == ["понздаҳ раста оварда", "мости, 1891, 14 марта;"]
