"""The turn of a century in running text: `the turn of the century`, `Jahrhundertwende`, `na przełomie XIX i XX
wieku`, `на рубеже XIX–XX вв.`, read as the year that opens the later century (the date rounds' rule 108).

A turn names the years either side of a century's first year, as `um 1900` does, so it is that year. Its words are data
(``turn_words.csv``): a turn named *alone* leaves its century to the dates around it (`the turn of the century` beside
1893 is 1900, beside 2001 it is 2000: the hundred nearest the nearest date, or the end of a century named before it),
and without a date in the paragraph it is no row, as a decade named in words is not (`decadenames`); a turn word
*before* centuries (`przełomie XIX i XX wieku`) opens at the last century named, which `centuries` read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled
from .anchors import Anchor, holds
from .values import DateMatch

# (what stands between a turn word before centuries and the century the readers found: `XIX i`, `XIX–`, `the`)
_BETWEEN = compiled(r"\s+(?:(?:[XVI]{1,5}|\d{1,2})\.?\s*(?:[–—-]|\s(?:i|и|and|et|und|en|e|y)\s)\s*)?", re.IGNORECASE)


def _forms(kind: str) -> list[str]:
    return [r["form"].strip() for r in data_rows("dates", "turn_words.csv")
            if (r.get("kind") or "").strip() == kind and (r.get("form") or "").strip()]


@lru_cache(maxsize=1)
def _anchor() -> Anchor:
    return Anchor.of_forms(_forms("alone") + _forms("before"))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    def alternation(kind: str) -> str:
        return "|".join(r"\s+".join(map(re.escape, f.split())) for f in sorted(_forms(kind), key=lambda f: (-len(f), f)))
    return compiled(rf"(?<!\w)(?:(?P<alone>{alternation('alone')})|(?P<before>{alternation('before')}))(?!\w)",
                    re.IGNORECASE)


def _opening(date: DateMatch) -> int:
    """The hundred a date lies nearest, or, for a century, the hundred that ends it (`XIXe siècle` … the turn: 1900)."""
    first, last = int(date.date_start[:4]), int(date.date_end[:4])
    year = last + 1 if last - first >= 99 else first
    return (year + 50) // 100 * 100


def with_turns(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """``found``, the dates of a paragraph ``text`` (its centuries among them), with each turn of a century it names
    as one year, in place of the century it names.

    >>> from histkit.dates.centuries import find_centuries
    >>> text = "Na przełomie XIX i XX wieku Łódź rosła."
    >>> [(d.surface, d.date_start) for d in with_turns(text, find_centuries(text))]
    [('przełomie XIX i XX wieku', '1900-01-01')]
    """
    if not found or not holds(_anchor(), text):  # (most paragraphs name no turn: one scan in C)
        return found
    turns, taken = [], set()
    for m in _pattern().finditer(text):
        if m.group("before"):
            between = _BETWEEN.match(text, m.end())
            century = next((d for d in found if between and d.start == between.end()
                            and int(d.date_end[:4]) - int(d.date_start[:4]) == 99), None)
            if century is None:
                continue
            year, end = int(century.date_start[:4]), century.end
            taken.add(century.start)
        else:
            dated = [d for d in found if d.end <= m.start() or m.end() <= d.start]
            if not dated:
                continue
            nearest = min(dated, key=lambda d: min(abs(d.start - m.end()), abs(m.start() - d.end)))
            year, end = _opening(nearest), m.end()
        turns.append(DateMatch(m.start(), end, text[m.start():end], f"{year:04d}-01-01", f"{year:04d}-12-31", "year"))
    kept = [d for d in found if d.start not in taken and all(d.end <= t.start or t.end <= d.start for t in turns)]
    return sorted(kept + turns, key=lambda d: d.start)
