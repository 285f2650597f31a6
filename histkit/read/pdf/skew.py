"""A scanned page's turn taken out of its OCR layer: each line's words brought onto one level baseline.

A page lies on the scanner's glass a little turned (half a degree is common), and an OCR layer draws each line's
words where the image has them: along a baseline that climbs or falls three or four points across a typescript's
line (Tesseract gives most lines so, and some flat at the height of their first word). Where the words of a line
are drawn apart (a typewriter's wide word spaces, a note's label hung before its text, a word the engine sized
otherwise), the line's far words stand on another baseline than its first, and the lines of single-spaced notes,
13 points apart, come out of order: `1)` under its note's first line, the second line's words in three lines, last
word first. The page's slope is read from the layer's own lines (a run of words left to right, as the engine
writes a line), and each line is set on one baseline: its first word's, moved up or down by the slope times that
word's distance from the page's middle.
"""

from __future__ import annotations

from dataclasses import replace

from .drawn import Piece

_FEW = 3  # sloping lines needed to trust a page's slope
_LEVEL = 0.0015  # a slope under this (a tenth of a degree: a quarter point across a line) is left as it is
_LONG = 10.0  # a line measures the slope if its first and last words are this many type sizes apart


def layer_lines(pieces: list[Piece]) -> list[list[int]]:
    """The layer's lines as it writes them: runs of upright words left to right near one baseline (indices).

    >>> words = [Piece("a ", 0, 0, 20, 10, 8, 10), Piece("b ", 30, 0, 50, 10, 8.5, 10), Piece("c ", 0, 20, 20, 30, 28, 10)]
    >>> layer_lines(words)
    [[0, 1], [2]]
    """
    lines: list[list[int]] = []
    for k, piece in enumerate(pieces):
        if lines and piece.upright:
            before = pieces[lines[-1][-1]]
            size = max(before.size, piece.size)
            if before.upright and piece.x0 > before.x1 - 0.5 * size and abs(piece.base - before.base) < 0.5 * size:
                lines[-1].append(k)
                continue
        lines.append([k])
    return lines


def page_slope(pieces: list[Piece], lines: list[list[int]]) -> float:
    """The page's baseline slope (points down per point right), the middle one of its long sloping lines'.

    >>> words = [Piece("w ", x, 100 - 0.01 * x, x + 20, 110 - 0.01 * x, 108 - 0.01 * x, 10) for x in range(0, 400, 50)]
    >>> round(page_slope(words * 3, [list(range(8)), list(range(8, 16)), list(range(16, 24))]), 4)
    -0.01
    """
    slopes, long = [], 0
    for line in lines:
        first, last = pieces[line[0]], pieces[line[-1]]
        across = last.x0 - first.x0
        if across <= _LONG * first.size:
            continue
        long += 1
        if abs(last.base - first.base) >= _LEVEL * across:
            slopes.append((last.base - first.base) / across)
    # (a turned page slopes nearly all its long lines; where most lie level, the few that slope are the engine's own
    # slips, a printed page's set straight, and levelling them by their slope would move every other line)
    if len(slopes) < _FEW or 2 * len(slopes) < long:
        return 0.0
    slopes.sort()
    return slopes[len(slopes) // 2]


def levelled(pieces: list[Piece], width: float) -> list[Piece]:
    """The pieces with the page's turn taken out: each line of the layer on its first word's baseline, moved by the
    page's slope times that word's distance from the page's middle (``width`` the page's).

    >>> words = [Piece("w ", x, 100 - 0.01 * x, x + 20, 110 - 0.01 * x, 108 - 0.01 * x, 10) for x in range(0, 400, 50)]
    >>> label = Piece("1) ", 0, 60, 10, 70, 68, 10)
    >>> flat = [Piece("w ", x, 60, x + 20, 70, 68, 10) for x in range(50, 400, 50)]
    >>> [sorted({round(p.base, 3) for p in levelled(lines, 400)}) for lines in (words * 3, [*words * 3, label, *flat])]
    [[106.0], [66.0, 106.0]]
    """
    lines = layer_lines(pieces)
    slope = page_slope(pieces, lines)
    if abs(slope) < _LEVEL:
        return pieces
    middle, out = width / 2, list(pieces)
    for line in lines:
        first = pieces[line[0]]
        level = first.base - slope * (first.x0 - middle)
        for k in line:
            piece = pieces[k]
            shift = piece.base - level
            out[k] = replace(piece, top=piece.top - shift, bottom=piece.bottom - shift, base=level)
    return out
