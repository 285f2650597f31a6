"""Line numbers in a column of the margin that count a page's lines, body and notes alike: no words of the text.

An author's accepted manuscript (LaTeX's `lineno`, a word processor's line
numbering) prints beside every line, or every fifth, a number in a column
of its own, left or right of the text; `fnlineno` numbers the notes' lines
as well, on from the body's. Read as words a left number opens the line, so
it takes the place of a note's label (`21 1Archives …` read as note 21); a
right one ends the line or stands as a column of its own beside the notes.

The numbers are told by what they do: bare numbers, first or last on their
lines, aligned on one edge (figures in a margin are set flush right), in a
column outside everything else on the page; they grow down the page, never
faster than the lines between them, and mostly by just as many lines (a
framed box or a float between two of them is counted once or not at all); two
or more of them stand beside lines of the body's size, so that the labels of
notes hanging in the margin (the notes' size only, and a note of two lines
counted once) are not taken for them; and the count starts at the page's top
(a running head or a band aside), so that the labels of one-line notes
hanging under the body or under a heading are not either.
"""

from __future__ import annotations

from operator import attrgetter

from .extract import Piece
from .lines import Line, line_of

_ALIGN = 1.5  # points: the numbers of a column end within this of each other
_SAME_BASE = 1.0  # points: lines this close share a baseline
_LEAST = 3  # numbers a column has on its page at least
_X0 = attrgetter("x0")
_UNCOUNTED = 2  # lines over the first counted one that the count may leave out (a running head, a header band)


def _bare(piece: Piece) -> int | None:
    text = piece.text.strip()
    return int(text) if text.isdecimal() and len(text) <= 4 else None


def _ends(line: Line) -> list[tuple[str, Piece]]:
    """The line's first and last pieces that are bare numbers, with the side they stand on (a number alone on its
    line, on either)."""
    # (most lines are one piece, both ends: no sort)
    pieces = line.pieces if len(line.pieces) == 1 else sorted(line.pieces, key=_X0)
    first, last = pieces[0], pieces[-1]
    if _bare(first) is None:
        return [("right", last)] if last is not first and _bare(last) is not None else []
    return [("left", first), ("right", last)] if last is first or _bare(last) is not None else [("left", first)]


def counted_column(lines: list[Line], size: float) -> set[int]:
    """The ``id`` of every piece of ``lines`` (one page's) that is a line number of a margin column; empty if none.

    >>> def piece(t, x0, base, size=10.0): return Piece(t, x0, base - size, x0 + 0.5 * size * len(t), base, base, size)
    >>> def line(*ps): return line_of(list(ps))
    >>> text = [line(piece(str(n), 60, 100 + 12 * n, 6), piece("words of the body here", 80, 100 + 12 * n)) for n in (1, 2, 3)]
    >>> feet = [line(piece(str(n), 60, 100 + 10 * n, 6), piece("a note's line", 80, 100 + 10 * n, 8)) for n in (4, 5)]
    >>> len(counted_column(text + feet, 10.0))
    5
    >>> labels = [line(piece(str(n), 60, 100 + 12 * n, 8), piece("a note", 80, 100 + 12 * n, 8)) for n in (1, 2, 3)]
    >>> counted_column(labels, 10.0)  # (hanging labels of notes: not beside the body's lines)
    set()
    >>> spaced = [line(piece(str(n), 60, 100 + 30 * n, 6), piece("a line", 80, 100 + 30 * n)) for n in (1, 2, 3)]
    >>> counted_column(spaced + [line(piece("more words", 80, 145))], 10.0)  # (a line between them not counted)
    set()
    """
    best: set[int] = set()
    ends = [(line, s, p) for line in lines for s, p in _ends(line)]  # (each line's ends found once, for both sides)
    for side in ("left", "right"):
        found = [(line, p) for line, s, p in ends if s == side]
        for edge in sorted({round(p.x1, 1) for _, p in found}):
            column = [(line, p) for line, p in found if abs(p.x1 - edge) <= _ALIGN]
            if len(column) > len(best) and _counts(lines, column, side, size):
                best = {id(p) for _, p in column}
    return best


def _counts(lines: list[Line], column: list[tuple[Line, Piece]], side: str, size: float) -> bool:
    if len(column) < _LEAST:
        return False
    ids = {id(p) for _, p in column}
    # the text the column must stand outside of is looked over piece by piece and left at the first piece across
    # its edge (on most pages the first line's): most candidate columns are numbers ending lines of text
    if side == "left":
        edge = max(q.x1 for _, q in column)
        if any(p.x0 < edge and id(p) not in ids and p.text.strip() for line in lines for p in line.pieces):
            return False
    else:
        edge = min(q.x0 for _, q in column)
        if any(p.x1 > edge and id(p) not in ids and p.text.strip() for line in lines for p in line.pieces):
            return False
    others = [p for line in lines for p in line.pieces if id(p) not in ids and p.text.strip()]
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


def without_counted_lines(lines: list[Line], size: float) -> list[Line]:
    """A page's lines with the line numbers of a margin column taken off (a line that was only a number, left out)."""
    gone = counted_column(lines, size)
    if not gone:
        return lines
    out = []
    for line in lines:
        kept = [p for p in line.pieces if id(p) not in gone]
        if len(kept) == len(line.pieces):
            out.append(line)
        elif kept:
            out.append(line_of(kept))
    return out
