"""Where a wide gap on a PDF line falls: the lines around it, and whether they fill it or leave a gutter through it.

`lines._split` asks these at a gap wider than a column gutter's least width
(rarely: most gaps are word spaces): the pieces of the neighbouring lines,
whether they fill the gap or start a column at it, and whether a river of
white runs down the lines around through it.
"""

from __future__ import annotations

from operator import attrgetter

from .extract import Piece


def neighbours(clusters: list[list[Piece]], k: int, first: Piece) -> list[Piece]:
    """The pieces of the lines just above and below cluster k in the type of its ``first`` piece (raised markers have none)."""
    cluster, size = clusters[k], first.size
    return [p for c in clusters[max(0, k - 2):k + 3] if c is not cluster
            and abs(c[0].base - first.base) < 2.5 * size for p in c if abs(p.size - size) < 0.15 * size]


def lines_around(clusters: list[list[Piece]], k: int, first: Piece) -> list[list[Piece]]:
    """The lines (each its pieces in ``first``'s type) of up to eight baselines above and below cluster k, within
    five of its type's sizes: enough lines of narrow columns set side by side on baselines of their own."""
    cluster, size = clusters[k], first.size
    out = []
    for c in clusters[max(0, k - 8):k + 9]:
        if c is not cluster and abs(c[0].base - first.base) < 5 * size:
            same = sorted((p for p in c if abs(p.size - size) < 0.15 * size), key=attrgetter("x0"))
            if same:
                out.append(same)
    return out


def river(x0: float, x1: float, space: float, lines: list[list[Piece]]) -> bool:
    """Whether some place in the gap from x0 to x1 is a gutter running down the lines around: no line's text
    runs across it (a piece over it, or a word space no wider than ``space``), while two or more lines have
    text on both sides of it.

    A stretched space that happens to be as wide as the gap to the next column
    has the full lines of its paragraph running across it; a gutter has none.
    """
    for x in (x0 + (x1 - x0) * q for q in (0.25, 0.5, 0.75)):
        across = both = 0
        for line in lines:
            left = [p for p in line if p.x1 <= x]
            right = [p for p in line if p.x0 >= x]
            if len(left) + len(right) < len(line):
                across += 1  # a piece stands over the place
            elif left and right:
                if right[0].x0 - max(p.x1 for p in left) <= space:
                    across += 1  # an ordinary word space
                else:
                    both += 1
        if not across and both >= 2:
            return True
    return False


def repeated_gap(x0: float, x1: float, size: float, lines: list[list[Piece]]) -> bool:
    """Whether the gap from x0 to x1 is a column gutter set tighter than a gutter's least width (LaTeX's
    `twocolumn` leaves 10 pt, under an em of 11 pt type): in three or more lines around, a column's width of text
    stops at x0 (or a call's width before), two or more go on right of the gap with a column's width of text, one
    of them at x1 (or where the
    text after a label hanging at x1 starts), and hardly a line runs across the gap. The two columns' lines may stand on baselines of their own (a heading or a quotation
    in one column moves the other's lines off the shared grid), so a line shows either edge alone.

    Word spaces do not line up so: a river of white through a justified column has words ending and starting
    at other places on every line, and the column's other lines run across it.
    """
    ends = rights = starts = across = 0
    for line in lines:
        if any(p.x0 < x1 - 1.0 and p.x1 > x0 + 1.0 for p in line):
            across += 1  # a piece stands over the gap
            continue
        left = [p for p in line if p.x1 <= x0 + 1.0]
        ends += bool(left) and x0 - 0.5 * size <= left[-1].x1 and left[-1].x1 - left[0].x0 > 5 * size
        # (a column's width of text on the right too: a justified column's short last words, `de`, `au`, end at
        # its right edge, so words of one width start at one place, a gutter's width from the edge)
        right = [p for p in line if p.x0 >= x0 + 1.0]
        rights += bool(right) and max(p.x1 for p in right) - right[0].x0 > 5 * size
        starts += any(x1 - 1.0 <= p.x0 <= x1 + 1.5 * size for p in line)
    # (the right column's lines may start at a note's label or a paragraph's indent: one more starting at x1 will do,
    # or up to an em and a half right of it, where x1 is a label hanging out of its column: KOMA's `8.` in the gutter)
    return ends >= 3 and rights >= 2 and starts >= 1 and across <= min(ends, rights) // 4


def spanned(clusters: list[list[Piece]], k: int, first: Piece, x0: float, x1: float) -> bool:
    """Whether something drawn off the baseline of cluster k (whose type ``first`` gives) spans the middle of its gap
    from x0 to x1 within the line's height: a call raised there on a baseline of its own (`met^[10] and`)."""
    middle = (x0 + x1) / 2
    top, base = first.base - first.size, first.base
    return any(p.x0 < middle < p.x1 and p.bottom > top and p.top < base
               for c in clusters[max(0, k - 2):k + 3] for p in c)


def raised_after(piece: Piece, clusters: list[list[Piece]], k: int) -> bool:
    """Whether ``piece`` (of cluster k) is raised just after the last word of a line of larger type nearby, as a call
    glued to it is (a neighbouring column's line whose baseline lies a little lower)."""
    for c in clusters[max(0, k - 2):k + 3]:
        for p in c:
            if piece.size < 0.85 * p.size and 0 <= piece.x0 - p.x1 < 0.25 * p.size \
                    and 0.12 * p.size < p.base - piece.base < 0.75 * p.size:
                return True
    return False


def closer(segment: list[Piece], gap: float) -> bool:
    """Whether a segment of several pieces spaces them all clearly closer than ``gap`` (not one stretched line's
    even spacing; one piece with its spaces inside tells nothing)."""
    return len(segment) > 1 and all(b.x0 - a.x1 < gap / 1.3 for a, b in zip(segment, segment[1:]))


def filled(x0: float, x1: float, near: list[Piece], least: float | None = None) -> bool:
    """Whether text of the neighbouring lines fills the gap from x0 to x1, leaving no strip ``least`` wide (most of an
    em where not given): no gutter."""
    free, at = 0.0, x0
    for p in sorted((p for p in near if p.x1 > x0 and p.x0 < x1), key=attrgetter("x0")):
        free = max(free, p.x0 - at)
        at = max(at, p.x1)
    free = max(free, x1 - at)
    size = max((p.size for p in near), default=10.0)
    return free < (0.8 * size if least is None else least)
