"""Subscripts joined to their line: a chemical formula's figures (`H₂SO₄`, `CO₂`), set small just below it.

A formula's figures are set smaller and a little below the baseline, glued
to the letter before them. Lowered by more than the slack that gathers one
line's pieces, they come out of `lines.page_lines` as a line of their own
(`2 4` under `H SO`), which no role fits and whose line loses them;
`with_subscripts` puts them back in the line they hang from.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from .lines import Line, line_of
from .offbaseline import off_baseline

_LOWERED = 0.35  # a subscript's baseline is at most this share of its line's size below the line's
_GLUED = 0.3     # a subscript starts within this share of the line's size after a piece of its line
_SHORT = 3       # a subscript is at most this many characters (`2`, `10`, `4−`)


def with_subscripts(lines: list[Line]) -> list[Line]:
    """The page's lines with each line of subscripts joined to the line it hangs from.

    A line of subscripts is short pieces of small type, each glued to the
    right of a piece of a line whose baseline is a little above theirs.

    >>> from histkit.read.pdf.extract import Piece
    >>> def piece(text, x0, x1, base, size): return Piece(text, x0, base - size, x1, base, base, size)
    >>> formula = line_of([piece("made H", 150.0, 196.1, 331.3, 10.9), piece("SO", 202.0, 215.3, 331.3, 10.9)])
    >>> figures = line_of([piece("2", 197.0, 200.4, 333.0, 8.0), piece("4", 215.9, 219.3, 333.0, 8.0)])
    >>> [ln.text for ln in with_subscripts([formula, figures])]
    ['made H2SO4']
    """
    if not lines:
        return lines
    bases = sorted((ln.base, k) for k, ln in enumerate(lines))
    reach = _LOWERED * max(ln.size for ln in lines)
    keys = [b for b, _ in bases]
    joined: dict[int, list[Line]] = {}  # host's index → its lines of subscripts
    subs: set[int] = set()
    for k, line in enumerate(lines):
        if k in joined or not all(0 < len(p.text.strip()) <= _SHORT for p in line.pieces):
            continue
        for _, h in bases[bisect_left(keys, line.base - reach):bisect_right(keys, line.base)]:
            if h != k and h not in subs and _hangs_from(line, lines[h]):
                joined.setdefault(h, []).append(line)
                subs.add(k)
                break
    if not joined:
        return lines
    return [line_of(line.pieces + [p for sub in joined[k] for p in sub.pieces]) if k in joined else line
            for k, line in enumerate(lines) if k not in subs]


def _hangs_from(sub: Line, host: Line) -> bool:
    """Whether every piece of ``sub`` is a subscript glued to a piece of ``host``."""
    size = host.size
    if not 0 < sub.base - host.base <= _LOWERED * size:
        return False
    return all(off_baseline(p, host.base, size) and any(-0.5 < p.x0 - q.x1 <= _GLUED * size for q in host.pieces)
               for p in sub.pieces)
