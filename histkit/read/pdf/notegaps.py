"""Notes set a paragraph's space apart at the page foot: the space above a note's first line is no end of the notes.

Going up the foot, `page._foot_block` ends the block of notes where the step
from one baseline to the next is wider than the notes' own line steps allow.
Publishers who set a little space between notes (Lexxion, in two note
columns under two body columns) make that step wide wherever every column's
note starts on one height: the block ended there, and the notes above it
became body text. A step up from a line that opens a note, within its column
and no wider than two lines of the notes' type, is that space.
"""

from __future__ import annotations

from .labelshapes import closing_marks
from .lines import Line
from ...patterns import compiled

NOTE_SPACE = 2.0  # a step of at most this many type sizes above a note's first line is the space set between notes


def spaced_note(line: Line, kept: list[Line], size: float) -> bool:
    """Whether the step down from ``line`` to the nearest line under it in its column (of those ``kept``, the foot's
    block so far) is the space set above a note: that line opens a note, at most `NOTE_SPACE` sizes down.

    >>> def line(text, x0, base): return Line([], x0, base - 7, x0 + 200, base, base, 7, False, [("t", text)])
    >>> kept = [line("24 ibid 62(h).", 71, 715), line("22 UNFCCC (n 21).", 71, 689), line("27 See the overview", 303, 687)]
    >>> spaced_note(line("(2018) 12 CCLR.", 71, 675.6), kept, 7)
    True
    >>> spaced_note(line("Abstract. Parties", 71, 660), kept, 7), spaced_note(line("the end", 71, 675), kept[:1], 7)
    (False, False)
    """
    under = [k for k in kept if k.base > line.base + 0.5 and min(k.x1, line.x1) - max(k.x0, line.x0) > 0]
    if not under:
        return False
    nearest = min(under, key=lambda k: k.base)
    return nearest.base - line.base <= NOTE_SPACE * size and opening_number(nearest) is not None


def opening_number(line: Line) -> str | None:
    """The number a line opens with as a note's label, raised (`¹ AD29 …`) or on the line (`1. AD29 …`)."""
    lead = line.lead()
    if lead is not None:
        return lead if lead.isdigit() else None
    match = _OPENING.match(line.text)
    return match.group(1) if match else None


_OPENING = compiled(rf"\s*(\d{{1,3}})(?:{closing_marks()})?\s")  # a label on the line: `4`, `4.`, `4)`, a space
