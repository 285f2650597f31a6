"""The first of two days or months a word for "or" parts, dated by the second: `Februar oder März 1525`, `2 lub 3
lipca`, `1 or 2 May 1920` (the date rounds' rules 117 and 155).

A historian who cannot choose between two dates names both, the month and year once, after the second. The forms
read the second with its month and year and leave the first a bare number or a month's name alone. Each is a row of
its own, as the alternatives between two years are (`1524 oder 1525`): the first takes the month and year of the
second, and a day the month's day, a month the month of that year. The words for "or" are ``or_words.csv``'s.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import word_column
from ..patterns import compiled
from .values import DateMatch, iso_day, month_end
from .words import month_of


@lru_cache(maxsize=1)
def _before() -> re.Pattern:
    ors = "|".join(re.escape(w) for w in sorted(word_column("dates", "or_words.csv", "form"), key=len, reverse=True))
    # a day's number with its point, or a month's name, then the word for "or", just before the second date
    return compiled(rf"(?:(?<![\w.,/])(?P<d>[0-3]?\d)(?P<dot>\.?)|(?<![\w.])(?P<m>[^\W\d_]{{3,}}\.?))\s+(?:{ors})\s+$")


def with_alternatives(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """``found``, the dates of ``text``, with the first of two days or months a word for "or" parts before one of them.

    >>> text = "wohl im Februar oder März 1525; rachunki wskazują na 2 lub 3 lipca"
    >>> dates = [DateMatch(21, 30, "März 1525", "1525-03-01", "1525-03-31", "month"),
    ...          DateMatch(59, 66, "3 lipca", "1410-07-03", "1410-07-03", "day")]
    >>> [(d.surface, d.date_start) for d in with_alternatives(text, dates)]
    [('Februar', '1525-02-01'), ('März 1525', '1525-03-01'), ('2', '1410-07-02'), ('3 lipca', '1410-07-03')]
    """
    added = []
    for d in found:
        if d.precision not in ("day", "month") or d.date_start[:7] != d.date_end[:7]:
            continue
        m = _before().search(text, max(0, d.start - 30), d.start)
        if m is None or any(f.start < d.start and m.start() < f.end for f in found if f is not d):
            continue
        year, month = int(d.date_start[:4]), int(d.date_start[5:7])
        if m.group("d") and d.precision == "day" and d.surface[:1].isdigit():
            day = iso_day(year, month, int(m.group("d")))
            if day and day < d.date_start:
                added.append(DateMatch(m.start("d"), m.end("dot"), m.group("d") + m.group("dot"), day, day, "day"))
        elif m.group("m") and d.precision == "month" and (first := month_of(m.group("m"))) and first < month:
            start, end = f"{year:04d}-{first:02d}-01", f"{year:04d}-{first:02d}-{month_end(year, first):02d}"
            added.append(DateMatch(m.start("m"), m.end("m"), m.group("m"), start, end, "month"))
    return sorted(found + added, key=lambda d: d.start) if added else found
