"""Years of another calendar in the dates table as the days they cover: `1309 AH`, `AH 1315`, `1332 R.`, `1299–1300 AH`.

The date forms read a year a mark says is Hijri, Solar Hijri or Rumi as the Gregorian year it opens in
(`calendars.calendar_years`), which is what a citation's date wants. A historian reading the dates table wants the
year itself: 1309 AH ran from 7 August 1891 to 25 July 1892, the Rumi 1332 from 14 March 1916 to 28 February 1917.
So a year row with a calendar's mark after it (or `AH` before it) is given the Gregorian first day of its first year
and the day before the year after its last, and the mark its surface (the date rounds' rules 52 and 53).
"""

from __future__ import annotations

import re
from datetime import timedelta
from functools import lru_cache

from ..patterns import compiled
from .calendars import first_day_of_year, month_of_calendar, year_marks
from .search import ascii_digits
from .values import DateMatch


def _alternation() -> str:
    return "|".join(re.escape(f) for f in sorted(year_marks(), key=lambda f: (-len(f), f))) or r"(?!)"


@lru_cache(maxsize=1)
def _after() -> re.Pattern:
    return compiled(rf"\s?(?P<mark>{_alternation()})(?![\w])")


@lru_cache(maxsize=1)
def _before() -> re.Pattern:
    return compiled(rf"(?<![\w.])(?P<mark>{_alternation()})\s$")


_YEARS = compiled(r"\d{2,4}")
# a month's name (of one or more words, `Rabi' I`) right before a year
_NAME_BEFORE = compiled(r"(?<![\w'’])(?P<name>[^\W\d_][\w'’ʿ-]*(?:\s[\w'’ʿ-]+){0,2})\s$")


def _month_before(text: str, d: DateMatch) -> DateMatch | None:
    """The month of another calendar that a year row's year follows (`Rebiülevvel 1327`), as its Gregorian days."""
    near = _NAME_BEFORE.search(text, max(0, d.start - 30), d.start)
    if near is None:
        return None
    words = near.group("name").split()
    for k in range(len(words)):  # (the longest name that ends before the year: `Rabi' I`, then `I`)
        name = " ".join(words[k:])
        span = month_of_calendar(name, int(ascii_digits(d.surface)))
        if span:
            begin = d.start - len(near.group()) + len(" ".join(words[:k])) + (1 if k else 0)
            return DateMatch(begin, d.end, text[begin:d.end], span[0].isoformat(), span[1].isoformat(), "month")
    return None


def with_calendar_years(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """``found``, the dates of ``text``, with each year of another calendar its own span and its mark in its surface, and
    a year after another calendar's month that month (`Rebiülevvel 1327`: 1909-03-23..1909-04-21).

    >>> text = "the tobacco protest of 1309 AH; the registers of AH 1315"
    >>> from histkit.dates import find_dates
    >>> [(d.surface, d.date_start, d.date_end) for d in with_calendar_years(text, find_dates(text))]
    [('1309 AH', '1891-08-07', '1892-07-25'), ('AH 1315', '1897-06-02', '1898-05-21')]
    """
    out = []
    for d in found:
        month = _month_before(text, d) if d.precision == "year" and d.surface.isdigit() else None
        if month:
            out.append(month)
            continue
        after = _after().match(text, d.end) if d.precision == "year" else None
        before = None if after or d.precision != "year" else _before().search(text, max(0, d.start - 8), d.start)
        mark = after or before
        years = [y.group() for y in _YEARS.finditer(ascii_digits(d.surface))]
        if mark is None or not years or len(years[0]) != 4:
            out.append(d)
            continue
        calendar = year_marks()[mark.group("mark")]
        first, last = int(years[0]), int(years[0][:4 - len(years[-1])] + years[-1])
        start, following = first_day_of_year(calendar, first), first_day_of_year(calendar, last + 1)
        if start is None or following is None or last < first:
            out.append(d)
            continue
        begin, end = (mark.start("mark"), d.end) if before else (d.start, mark.end())
        out.append(DateMatch(begin, end, text[begin:end], start.isoformat(),
                             (following - timedelta(days=1)).isoformat(), "year"))
    return out
