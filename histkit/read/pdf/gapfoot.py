"""Footnotes set nearly at the body's size, parted from it by a gap only (no rule), found by their labels.

Some yearbooks set their footnotes barely smaller than the text (9.4 pt
under 10 pt), labels plain digits on the line, with no rule: only a gap
parts them from the body. Their lines are too large to be read as small
type, so the block is told by its shape: the lines ending the page, all a
little smaller than the body, after a gap wider than their own line steps,
opening with the numbers of the calls raised above them, every call of the
page answered in order (but the last, whose note may start overleaf). A
quotation set a little smaller at the page foot opens with no such numbers.
"""

from __future__ import annotations

from operator import attrgetter

from .lines import Line
from ...patterns import compiled

SMALL = 0.92  # a line below this share of the body size is in smaller type
_SMALLER = 0.985  # a line below this share of the body size is set a little smaller
_OPENING = compiled(r"\s*(\d{1,3})\s")  # a plain label on the line, `4 Sopron …`


def gap_foot(lines: list[Line], size: float) -> list[Line]:
    """The lines at the foot of a page (``lines``: its lines under the running heads) that are such a note block.

    >>> def line(text, base, size=10.0, tokens=None):
    ...     return Line([], 50, base - size, 300, base, base, size, False, tokens or [("t", text)])
    >>> body = [line("", 100, tokens=[("t", "the council"), ("m", "1"), ("t", " met.")]),
    ...         line("", 113, tokens=[("t", "it wrote"), ("m", "2")])]
    >>> notes = [line("1 Archive, fond 3.", 140, 9.4), line("1693, 211.", 152, 9.4), line("2 Ibid. 219.", 164, 9.4)]
    >>> [ln.text for ln in gap_foot(body + notes, 10.0)]
    ['1 Archive, fond 3.', '1693, 211.', '2 Ibid. 219.']
    >>> gap_foot(body + notes[:2], 10.0) == notes[:2]  # the note of the last call, 2, starts on the next page
    True
    >>> gap_foot(body + notes[2:], 10.0)  # the call of note 1 is answered by no label
    []
    """
    ordered = sorted(lines, key=attrgetter("base", "x0"))
    k = len(ordered)
    while k > 0 and ordered[k - 1].size < _SMALLER * size:
        k -= 1
    block, above = ordered[k:], ordered[:k]
    if not block or not above or any(ln.size < SMALL * size for ln in block):
        return []  # (notes in small type are found as small type)
    steps = sorted(b.base - a.base for a, b in zip(block, block[1:]))
    usual = steps[len(steps) // 2] if steps else 1.2 * size
    if block[0].base - above[-1].base < max(1.6 * size, 1.5 * usual):
        return []  # no gap: the body goes on in smaller type
    calls = [text for ln in above for kind, text in ln.tokens if kind == "m" and text.isdigit()]
    called = set(calls)
    opened = [m.group(1) for ln in block if (m := _OPENING.match(ln.text)) and m.group(1) in called]
    # (the note of the page's last call may start on the next page's foot, where the page had no room left for it)
    return block if opened and opened in (calls, calls[:-1]) else []
