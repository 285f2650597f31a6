"""A calendar week numbered in its year, as German reports and diaries count them: `KW 23/1941`, `Kalenderwoche
8/1947` (the marks: ``week_marks.csv``).

No date form reads it: the year after a slash is a file's number's in most notes (`Nr. 23/1941`). The mark before the
number makes it a week, and the week is ISO 8601's (Monday to Sunday, as DIN 1355 numbers the German
*Kalenderwoche*): its seven days, `day` (the date rounds' rule 163).
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled
from .anchors import Anchor, holds
from .values import DateMatch


@lru_cache(maxsize=1)
def _marks() -> tuple[str, ...]:
    forms = {r["form"].strip() for r in data_rows("dates", "week_marks.csv") if (r.get("form") or "").strip()}
    return tuple(sorted(forms, key=lambda f: (-len(f), f)))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    # (the mark a word of its own, the week's number, a slash and the four-digit year, no digit or slash after it)
    marks = "|".join(re.escape(m) for m in _marks())
    return compiled(rf"(?<!\w)(?:{marks})\s?(?P<w>[1-5]?\d)\s?/\s?(?P<y>1\d{{3}}|20\d{{2}})(?![\d/])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _anchor() -> Anchor:
    return Anchor.of_forms(m.rstrip(".") for m in _marks())


def find_calendar_weeks(text: str) -> list[DateMatch]:
    """The calendar weeks ``text`` numbers in their year, each as its seven days.

    >>> [(d.surface, d.date_start, d.date_end) for d in find_calendar_weeks("KW 23/1941 meldet die Verlegung; 500 KW")]
    [('KW 23/1941', '1941-06-02', '1941-06-08')]
    """
    if "/" not in text or not holds(_anchor(), text):  # (most paragraphs number no week: two scans in C)
        return []
    out = []
    for m in _pattern().finditer(text):
        try:
            first = date.fromisocalendar(int(m.group("y")), int(m.group("w")), 1)
            last = date.fromisocalendar(int(m.group("y")), int(m.group("w")), 7)
        except ValueError:  # (week 0, or 53 of a year of 52 weeks)
            continue
        out.append(DateMatch(m.start(), m.end(), m.group(), first.isoformat(), last.isoformat(), "day"))
    return out
