"""A column of line numbers in the margin (margincount.py) is asked first whether any text crosses its edge, piece by
piece, before the page's other text is gathered: the same columns as gathering it first, which is kept here as the
specification, on pages of numbered lines, note labels and numbers ending lines drawn at random."""

from __future__ import annotations

import random

import histkit.read.pdf.margincount as margincount
from histkit.read.pdf.extract import Piece
from histkit.read.pdf.lines import Line, line_of
from histkit.read.pdf.margincount import _LEAST, _SAME_BASE, _UNCOUNTED, _bare


def _counts_gathered_first(lines: list[Line], column: list[tuple[Line, Piece]], side: str, size: float) -> bool:
    """`_counts` as it was: the page's other text gathered before its edge is looked at."""
    if len(column) < _LEAST:
        return False
    ids = {id(p) for _, p in column}
    others = [p for line in lines for p in line.pieces if id(p) not in ids and p.text.strip()]
    if side == "left":
        edge = max(q.x1 for _, q in column)
        if any(p.x0 < edge for p in others):
            return False
    else:
        edge = min(q.x0 for _, q in column)
        if any(p.x1 > edge for p in others):
            return False
    beside = sum(any(abs(p.base - line.base) <= _SAME_BASE and abs(p.size - size) < 0.5 for p in others)
                 for line, _ in column)
    if beside < 2:
        return False
    bases = sorted({round(line.base / _SAME_BASE) for line in lines if any(id(p) not in ids for p in line.pieces)}
                   | {round(line.base / _SAME_BASE) for line, _ in column})
    ordered = sorted(column, key=lambda lp: lp[0].base)
    exact, step = 0, None
    for (a, pa), (b, pb) in zip(ordered, ordered[1:]):
        grown = _bare(pb) - _bare(pa)
        between = sum(round(a.base / _SAME_BASE) < k <= round(b.base / _SAME_BASE) for k in bases)
        if grown <= 0 or grown > between:
            return False
        exact += grown == between
        step = grown if step is None or grown < step else step
    # the count starts with the page's text (a running head or a band over it aside): the labels of one-line notes
    # hanging in the margin under a page's body or a heading (`Notes`) start further down
    above = sum(k < round(ordered[0][0].base / _SAME_BASE) for k in bases)
    return exact >= 2 / 3 * (len(ordered) - 1) and above <= step - 1 + _UNCOUNTED


def _piece(text: str, x0: float, base: float, size: float) -> Piece:
    return Piece(text, x0, base - size, x0 + 0.5 * size * len(text), base, base, size)


def _page(rng: random.Random):
    lines, base = [], 80.0
    left, right = rng.choice([30.0, 45.0, 60.0]), rng.choice([480.0, 500.0, 530.0])
    for n in range(rng.randint(3, 30)):
        base += rng.choice([10.0, 12.0, 12.0, 24.0])
        size = rng.choice([10.0, 10.0, 8.0])
        pieces = []
        if rng.random() < 0.8:
            pieces.append(_piece(str(n + (rng.random() < 0.03)), left + (rng.random() < 0.05) * rng.choice([0.5, 4]), base, 6.0))
        pieces.append(_piece("words of the text " * rng.randint(1, 3), 80.0 - 40 * (rng.random() < 0.01), base, size))
        if rng.random() < 0.4:
            pieces.append(_piece(str(rng.randint(1, 400)), right + rng.choice([0, 0, 1, -30]), base, 6.0))
        lines.append(line_of(pieces))
    return lines


def test_the_edge_asked_first_finds_the_same_columns():
    rng = random.Random(7)
    pages = [_page(rng) for _ in range(600)]
    found = [margincount.counted_column(lines, 10.0) for lines in pages]
    kept = margincount._counts
    margincount._counts = _counts_gathered_first
    try:
        expected = [margincount.counted_column(lines, 10.0) for lines in pages]
    finally:
        margincount._counts = kept
    assert found == expected
    assert sum(bool(f) for f in found) >= 20  # columns are found, not only refused
