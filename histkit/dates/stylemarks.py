"""Days marked Old Style or New Style after them: `5 April 1732 (O.S.)`, `25 декабря 1924 г. ст. ст.`, `5.III.1918 st. n.`.

Until a country took the Gregorian calendar its writers dated by the Julian one, and where both were in use a mark
after the day says which (``style_marks.csv``: the marks, their style, whether the mark is of the date's surface). A
day marked Old Style is read as the Gregorian day it was (10 days later before March 1700, 11 in the 1700s, 12 in the
1800s, 13 from March 1900); one marked New Style is read as written. An abbreviated mark is part of the surface, with
its brackets (as `г.` is); a mark spelt out (`oude stijl`) is not.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled
from .oldstyle import slashed_styles
from .values import DateMatch


@lru_cache(maxsize=1)
def _marks() -> dict[str, tuple[str, bool]]:
    return {row["form"].strip().casefold(): (row["style"].strip(), (row.get("in_surface") or "").strip() == "yes")
            for row in data_rows("dates", "style_marks.csv") if (row.get("form") or "").strip()}


@lru_cache(maxsize=1)
def _after() -> re.Pattern:
    forms = "|".join(re.escape(f) for f in sorted(_marks(), key=lambda f: (-len(f), f))) or r"(?!)"
    # (the mark in brackets, or after a space or comma; not the start of a longer word)
    return compiled(rf"\s*,?\s*(?:[(\[](?P<bracketed>{forms})[)\]]|(?P<mark>{forms})(?!\w))", re.IGNORECASE)


# the second year of an English double year, `1731/2`, `1699/1700` (`oldstyle` reads the date in the later year)
_DOUBLE_TAIL = compiled(r"/\d{1,4}(?![\d/])")


def julian_to_gregorian(day: date) -> date:
    """The Gregorian day of a Julian one (``day`` holds the Julian day's numbers).

    >>> julian_to_gregorian(date(1732, 2, 11)), julian_to_gregorian(date(1917, 10, 25))
    (datetime.date(1732, 2, 22), datetime.date(1917, 11, 7))
    """
    year = day.year - 1 if day.month <= 2 else day.year  # (the leap day a Julian century year has and a Gregorian lacks)
    return day + timedelta(days=year // 100 - year // 400 - 2)


def _julian(iso: str) -> date | None:
    try:
        return date.fromisoformat(iso)
    except ValueError:
        return None


def with_styles(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """``found``, the dates of ``text``, with each day marked Old Style read as its Gregorian day, an abbreviated
    style mark after a day part of its surface, and so is the Old Style day a slash parts from the New Style one.

    >>> text = "baptised on 5 April 1732 (O.S.), buried 4 januari 1700 (oude stijl)."
    >>> from histkit.dates import find_dates
    >>> [(d.surface, d.date_start) for d in with_styles(text, find_dates(text))]
    [('5 April 1732 (O.S.)', '1732-04-16'), ('4 januari 1700', '1700-01-14')]
    """
    out, slashed = [], slashed_styles(text)
    for d in found:
        if any(s <= d.start and d.end <= e for s, e in slashed):
            continue  # (the Old Style half of a pair, read as a day without its year: `24 ianuarie/5 februarie 1859`)
        # (both styles' days parted by a slash are the date's surface: `12/25 октября 1917 г.`, `oldstyle`)
        start = min([d.start] + [s for s, e in slashed if s <= d.start < e])
        d = DateMatch(start, d.end, text[start:d.end], d.date_start, d.date_end, d.precision) if start < d.start else d
        # (an English double year's tail is of the date, and the mark may follow it: `11 February 1731/2 (O.S.)`)
        tail = _DOUBLE_TAIL.match(text, d.end) if d.surface[-4:].isdigit() and d.surface[-4:] < "1753" else None
        if tail:
            d = DateMatch(d.start, tail.end(), text[d.start:tail.end()], d.date_start, d.date_end, d.precision)
        m = _after().match(text, d.end) if d.precision == "day" and d.date_start == d.date_end else None
        if m is None:
            # (a day with a double year is Julian, the double year names its style as `O.S.` does: the rounds' rule 49)
            out.append(_in_style(d, "old", d.end) if tail and d.precision == "day" and d.date_start == d.date_end else d)
            continue
        style, in_surface = _marks()[(m.group("bracketed") or m.group("mark")).casefold()]
        out.append(_in_style(d, style, m.end() if in_surface else d.end, text))
    return out


def _in_style(d: DateMatch, style: str, end: int, text: str = "") -> DateMatch:
    """``d``, a day, read in ``style`` and ending at ``end``: an old-style day as its Gregorian one, a Venetian day of
    January or February (`15 febbraio 1630 m.v.`) and a Florentine one before 25 March in the next common year."""
    day = _julian(d.date_start)
    if day is not None and style == "old":
        day = julian_to_gregorian(day)
    elif day is not None and (style == "venetian" and day.month <= 2 or style == "florentine" and (day.month, day.day) < (3, 25)):
        day = _next_year(day)
    iso = day.isoformat() if day else d.date_start
    surface = text[d.start:end] if text else d.surface
    return DateMatch(d.start, end, surface, iso, iso, d.precision)


def _next_year(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # (29 February of a Venetian year whose common year has none)
        return day.replace(year=day.year + 1, day=28)


# between a date and the same date in another calendar bracketed after it (a Turkish case ending may stand before the
# bracket: `10 Temmuz 1324'te (23 Temmuz 1908)`); and the bracket's close
_OPEN_EQUIVALENT = compiled(r"(?:['’][^\W\d_]{1,4})?\s*[(\[（]\s*")
_CLOSE_EQUIVALENT = compiled(r"\s*[)\]）]")


# a day of the Hebrew calendar (its year of the world, 5600-5899 for 1839-2139) beside a Gregorian day in brackets, after
# it or before it, which the date forms do not read: `9. November 1938 (15. Cheschwan 5699)`, `3. Adar II 5684 (9.
# März 1924)`; the month's name in any spelling, Adar's `I`, `II`
_HEBREW_DAY = r"[0-3]?\d\.?\s+[^\W\d_]+\.?(?:\s+I{1,2})?\s+5[6-8]\d\d"
_HEBREW_AFTER = compiled(rf"\s*[(\[]\s*{_HEBREW_DAY}\s*[)\]]")
_HEBREW_BEFORE = compiled(rf"(?<![\w.]){_HEBREW_DAY}\s*[(\[]\s*$")


def _with_hebrew_day(text: str, d: DateMatch) -> DateMatch:
    """``d`` with a Hebrew day bracketed after it, or before it with ``d`` in brackets, in its surface."""
    if d.precision != "day":
        return d
    after = _HEBREW_AFTER.match(text, d.end)
    if after:
        return DateMatch(d.start, after.end(), text[d.start:after.end()], d.date_start, d.date_end, d.precision)
    before = _HEBREW_BEFORE.search(text, max(0, d.start - 40), d.start)
    closing = _CLOSE_EQUIVALENT.match(text, d.end) if before else None
    if before and closing:
        return DateMatch(before.start(), closing.end(), text[before.start():closing.end()], d.date_start, d.date_end,
                         d.precision)
    return d


def with_equivalents(text: str, found: list[DateMatch], named=lambda surface: False) -> list[DateMatch]:
    """``found``, the dates of ``text`` in order, with a date and the same date in another calendar bracketed after it
    one row whose surface is both (the date rounds' rules 19 and 45): `1 March 1811 (5 Safar 1226)`, `明治三十二年（1899年）`;
    so is a Hebrew day beside a Gregorian one (rule 56: `9. November 1938 (15. Cheschwan 5699)`). A day ``named``
    by a word of its own, a feast's (`Pinksteren 1940 (12 mei)`), and its day in brackets stay two rows (rules 112,
    168): the bracket names the day in the same calendar.

    >>> text = "the massacre of 1 March 1811 (5 Safar 1226) opened"
    >>> from histkit.dates import find_dates
    >>> [(d.surface, d.date_start) for d in with_equivalents(text, find_dates(text))]
    [('1 March 1811 (5 Safar 1226)', '1811-03-01')]
    """
    out: list[DateMatch] = []
    for d in found:
        d = _with_hebrew_day(text, d)
        last = out[-1] if out else None
        if last is not None and (last.date_start, last.date_end, last.precision) == (d.date_start, d.date_end, d.precision) \
                and not named(last.surface):
            opening, closing = _OPEN_EQUIVALENT.match(text, last.end), _CLOSE_EQUIVALENT.match(text, d.end)
            if opening and opening.end() == d.start and closing:
                out[-1] = DateMatch(last.start, closing.end(), text[last.start:closing.end()], d.date_start, d.date_end,
                                    d.precision)
                continue
        out.append(d)
    return out
