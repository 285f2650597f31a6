"""The columns of a page's notes: lines grouped by their left edges, a block set in within a column kept in it.

Notes stand in one column under the body, in two or three side by side at
the foot, or beside the body in a margin. Their lines are grouped by where
they start (a label's line and its turned lines start within a few ems of
one another); a group that starts further in is a column of its own only
where it stands beside the lines to its left. A block quotation, a list's
hung lines or a paragraph's indent under labels hung in the margin is set in
within the width those lines run across, on baselines of its own: it is part
of their column, read in its place from the top down, not after them.
"""

from __future__ import annotations

from operator import attrgetter

from .lines import Line


def note_columns(lines: list[Line]) -> list[list[Line]]:
    """Note lines grouped in columns, left to right, each top to bottom.

    >>> def line(x0, x1, base): return Line([], x0, base - 8, x1, base, base, 9, False, [("t", "x")])
    >>> quoted = [line(50, 330, 500), line(80, 300, 511), line(80, 300, 522), line(50, 330, 533)]
    >>> [len(c) for c in note_columns(quoted)]
    [4]
    >>> side_by_side = [line(50, 180, 500), line(50, 180, 511), line(200, 330, 500), line(200, 330, 511)]
    >>> [[ln.x0 for ln in c] for c in note_columns(side_by_side)]
    [[50, 50], [200, 200]]
    """
    groups: list[list[Line]] = []
    left = 0.0  # the least left edge of the last group, kept as min() would find it
    for line in sorted(lines, key=attrgetter("x0")):
        if groups and line.x0 - left <= 3 * line.size:
            groups[-1].append(line)
            left = line.x0 if line.x0 < left else left
        else:
            groups.append([line])
            left = line.x0
    columns: list[list[Line]] = []
    for group in groups:
        if columns and _set_in(group, columns[-1]):
            columns[-1].extend(group)
        else:
            columns.append(group)
    return [sorted(c, key=attrgetter("top", "x0")) for c in columns]


def _set_in(group: list[Line], column: list[Line]) -> bool:
    """Whether ``group`` is set in within ``column``: it starts well inside the width most of the column's lines run
    across, and its lines stand on baselines of their own, above or below the column's, not beside them."""
    ends = sorted(ln.x1 for ln in column)
    size = sorted(ln.size for ln in group)[len(group) // 2]
    if min(ln.x0 for ln in group) > ends[len(ends) // 2] - 3 * size:
        return False  # (it starts where the column's lines end, or beyond: a column of its own, a side note)
    bases = sorted(ln.base for ln in column)
    beside = sum(any(abs(b - ln.base) < 0.3 * ln.size for b in bases) for ln in group)
    return beside < 0.5 * len(group)
