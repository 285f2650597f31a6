"""Two years a slash parts that are no academic year: the span an editor or art historian gives as the date of a work,
`um 1520/25`, `w latach 1420/30`, `entstanden ca. 1510/15` (the date rounds' rule 155).

The forms read a slash between two years as a year that runs over into the next (`1950/51`, `1648/49`), and leave
two years further apart alone: `carton 1936/45`, `numerolla 1917/45` are files' numbers. After a word that dates a
work or approximates its date (`um`, `ca.`, `w latach`, `entstanden`: ``slash_span_words.csv``) they are the years
within which it was made, a span from the first to the last, `year`, the short second end in the first's century.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import word_column
from ..patterns import compiled
from .values import DateMatch, second_year

_SLASHED = compiled(r"(?<![\d/.])(?P<y1>1\d{3}|20\d\d)/(?P<y2>\d\d|1\d{3}|20\d\d)(?![\d/]|[.,]\d)")


@lru_cache(maxsize=1)
def _word_before() -> re.Pattern:
    words = sorted(word_column("dates", "slash_span_words.csv", "form"), key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return compiled(rf"(?<![\w.])(?:{alternation})\s+$", re.IGNORECASE)


def find_slashed_spans(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """The spans of years ``text`` writes with a slash after a word that leads into them, where ``found`` holds none.

    >>> [(d.surface, d.date_start, d.date_end) for d in find_slashed_spans("Das Bildnis entstand um 1520/25.", [])]
    [('1520/25', '1520-01-01', '1525-12-31')]
    >>> find_slashed_spans("Archives Saint-Gobain, carton 1936/45; sygn. 1939/45", [])
    []
    """
    if "/" not in text:
        return []
    out = []
    for m in _SLASHED.finditer(text):
        first = int(m.group("y1"))
        last = second_year(first, m.group("y2"))
        if not first + 1 < last <= first + 50 or any(d.start < m.end() and m.start() < d.end for d in found):
            continue
        if _word_before().search(text, max(0, m.start() - 30), m.start()):
            out.append(DateMatch(m.start(), m.end(), m.group(), f"{first:04d}-01-01", f"{last:04d}-12-31", "year"))
    return out
