"""Where a document hangs its notes' labels out of the margin, a number at the margin is words of a note.

Some presses (German and Austrian legal history among them) set every note's
number hanging in the margin left of the notes' text, which runs in a block.
A line of that block that happens to open with a number (`111 (1994),
S. 201–233` in a note citing a journal's volume, a list's `1.`) stands at the
block's margin, not where the labels hang: it goes on with the note, even
where its number is the one the sequence expects next.
"""

from __future__ import annotations

from .lines import Line
from .marks import SYMBOLS
from ...patterns import compiled

_NUMBER = compiled(r"\s*\d{1,4}(?:[.)]?\s|[.)]?$)")  # a plain number opening a line


def hung_labels(note_pages: list[list[list[Line]]]) -> dict[int, float]:
    """Per note column (by id) the x at and right of which no label stands, where the document hangs its labels.

    Read off the lines opening with a number: where three or more hang out of the margin the column's other
    lines share, by most of an em, and two in three at least do so, the labels hang. Empty otherwise (labels
    raised, at the margin or at an indent).

    >>> def line(text, x0): return Line([], x0, 0, 300, 8, 8, 8, False, [("t", text)])
    >>> column = [line("101 Grundlegend", 60), line("zuletzt", 80), line("102 HStAS", 60), line("103 Ebd.", 60),
    ...           line("111 (1994), S. 201.", 80), line("S. 24.", 80)]
    >>> hung_labels([[column]]) == {id(column): 76.8}, hung_labels([[column[1:]]])
    (True, {})
    """
    margins, hanging, at_margin = {}, 0, 0
    for columns in note_pages:
        for column in columns:
            numbers = [ln for ln in column if ln.lead() is None and _NUMBER.match(ln.text)]
            # (a symbol's note, `* Der Verfasser …`, opens at the labels' place, not at the margin)
            others = [ln.x0 for ln in column if ln.lead() is None and not _NUMBER.match(ln.text)
                      and ln.text.lstrip()[:1] not in SYMBOLS]
            if not others:
                continue
            margin = _commonest(others)
            margins[id(column)] = (margin, column[0].size)
            for ln in numbers:
                if ln.x0 < margin - 0.8 * ln.size:
                    hanging += 1
                else:
                    at_margin += 1
    if hanging < 3 or hanging < 2 * at_margin:
        return {}
    return {k: margin - 0.4 * size for k, (margin, size) in margins.items()}


def _commonest(edges: list[float]) -> float:
    """The left edge most lines start at, within a point (a justified line's glyphs start a little in or out), the
    rightmost of equals (the notes' text block stands right of their labels).

    >>> _commonest([41.6, 51.45, 51.6]), _commonest([60.0, 80.2, 80.0, 60.1])
    (51.6, 80.2)
    """
    return max(edges, key=lambda x: (sum(abs(e - x) <= 1.0 for e in edges), x))
