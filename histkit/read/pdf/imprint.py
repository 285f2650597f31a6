"""The imprint an open-access journal sets under a page's notes: its DOI, copyright and licence lines.

`DOI: 10.24917/…`, `© Copyright by …`, `… Creative Commons … (CC BY 4.0)`
stand at the foot of an article's first page, under its notes: no part of
any note. They are told from the notes by two things together: the block's
first line opens with a phrase of ``histkit/data/read/imprint_words.csv``
(a list a user can extend), and the block is set apart from the notes above
it, by a rule between them, by a type size of its own or by a blank line. The block runs to
the foot of its column, all its lines in that size, or, where it is set as a
float over the notes (a licence line with its logo over LaTeX's short rule),
to the notes' rule. It is page furniture, as a running head is.
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import attrgetter

from ...data import word_column
from .lines import Line
from ...patterns import compiled

_OWN_SIZE = 0.08  # a block whose type differs from the notes' by more than this share is set in a size of its own
_BLANK = 0.8  # a space over the block this many times its type size is a blank line: the block stands apart


@lru_cache(maxsize=1)
def _opening() -> re.Pattern:
    phrases = sorted({p.casefold() for p in word_column("read", "imprint_words.csv", "phrase")}, key=lambda p: (-len(p), p))
    # a phrase ending in a letter must end a word there (`doi`, not `doing`)
    alternatives = "|".join(re.escape(p) + (r"(?!\w)" if p[-1].isalnum() else "") for p in phrases)
    return compiled(rf"\s*(?:{alternatives})", re.IGNORECASE)


def opens_imprint(text: str) -> bool:
    """Whether a line opens with a phrase of the imprint list (DOI, ©, a licence).

    >>> opens_imprint("DOI: 10.24917/rk.2022.88.02"), opens_imprint("© Copyright by K. Wróblewska, 2022")
    (True, True)
    >>> opens_imprint("Doiny, Akta miasta, k. 4."), opens_imprint("Tamże, s. 52.")
    (False, False)
    """
    return _opening().match(text) is not None


def _apart(above: Line, block: list[Line], rules: list[tuple[float, float, float]]) -> bool:
    """Whether ``block`` is set apart from the line ``above`` it: by a rule between them, by its type size, or by a
    blank line's worth of space over type a little smaller (Oxford's `© The Author(s) …` under its notes; a list's
    `(c)` item under a paragraph of its own size is no imprint)."""
    first = block[0]
    left, right = min(ln.x0 for ln in block), max(ln.x1 for ln in block)
    ruled = any(above.base < y < first.top and min(x1, right) - max(x0, left) > 0.5 * (right - left)
                for x0, x1, y in rules)
    return ruled or abs(first.size - above.size) > _OWN_SIZE * above.size or (
        first.size < above.size and first.top - above.bottom > _BLANK * first.size)


def imprint_apart(lines: list[Line], rules: list[tuple[float, float, float]]) -> tuple[list[Line], list[Line]]:
    """A page's lines without the imprint block at its foot (running heads and folios already set aside), and the block.

    The block is the page's last lines, from one that opens with an imprint
    phrase on, all in one size, set apart from the line above it.

    >>> def line(text, top, size=7.9): return Line([], 57, top, 400, top + size, top + size, size, False, [("t", text)])
    >>> page = [line("8 Tamże, k. 5.", 586), line("DOI: 10.24917/rk.88.02", 603, 6.7), line("© K. W., 2022", 611, 6.7)]
    >>> kept, imprint = imprint_apart(page, [])
    >>> [ln.text for ln in kept], [ln.text for ln in imprint]
    (['8 Tamże, k. 5.'], ['DOI: 10.24917/rk.88.02', '© K. W., 2022'])
    >>> imprint_apart([line("8 Tamże, k. 5.", 586), line("DOI: 10.24917/rk.88.02", 597)], [])[1]
    []
    >>> [ln.text for ln in imprint_apart([line("8 Tamże, k. 5.", 586), line("© The Author(s) 2021.", 604, 7.4)], [])[1]]
    ['© The Author(s) 2021.']
    """
    ordered = sorted(lines, key=attrgetter("base", "x0"))
    low = high = None  # the least and greatest size of the block, ordered[i:]
    for i in range(len(ordered) - 1, 0, -1):
        first = ordered[i]
        size, within = first.size, _OWN_SIZE * first.size
        low = size if low is None or size < low else low
        high = size if high is None or size > high else high
        # (going up, the block's lines are one size: a line in another ends the search)
        # every line is near the first's size if the two farthest are: `abs(x - size)` grows as x moves away from
        # size, rounding and all, so one test of each instead of one of every line (the pages' feet were quadratic)
        if not (abs(high - size) < within and abs(low - size) < within):
            break  # (a size that is no number fails here, as it failed the test of every line)
        if not opens_imprint(first.text):
            continue  # (the line above is sought only for a block that opens so)
        above = next((ordered[j] for j in range(i - 1, -1, -1) if _hover(ordered[j], first)), None)
        block = _over_notes(ordered[i:], rules)
        if above is not None and _apart(above, block, rules):
            cut = {id(ln) for ln in block}
            return [ln for ln in lines if id(ln) not in cut], block
    return lines, []


def _over_notes(block: list[Line], rules: list[tuple[float, float, float]]) -> list[Line]:
    """The block down to the notes' rule, where one is drawn between its lines: a licence set as a float over a
    page's notes (`cc by-nc Este trabalho …`, then LaTeX's short rule, then the notes) ends at the rule.

    The notes' rule starts at the block's left edge and is short of half its width; the lowest such rule counts
    (a framed logo's edges are short rules too), and only with lines under it that open no imprint phrase.
    """
    left, right = min(ln.x0 for ln in block), max(ln.x1 for ln in block)
    short = [y for x0, x1, y in rules if abs(x0 - left) < 3.0 and x1 - x0 < 0.5 * (right - left)
             and block[0].bottom < y < block[-1].top]
    if not short:
        return block
    cut = max(short)
    under = [ln for ln in block if ln.top > cut]
    if not under or opens_imprint(under[0].text):
        return block
    return [ln for ln in block if ln.bottom < cut]


def _hover(a: Line, b: Line) -> bool:
    return min(a.x1, b.x1) - max(a.x0, b.x0) > 0
