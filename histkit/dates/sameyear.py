"""Days named without their year in running text, dated by the date before them: `on 4 June 1936 … on the night of
7 to 8 June`, `il 30 ottobre`, `17 IX`, `8. kolovoza iste godine`.

A historian names the year once and then only days and months while the story stays in it. Such a day is read in
the year of the date before it in the same block, where that date lies within one year (after `1914–1918` or
`the 1920s` the year is not known), and not where a phrase after it names another year (`1. ledna následujícího
roku`: a relative date, rule 113). The day and month, with what leads into them (`7 au 8 juin`, `13 a 25
sierpnia`), are read by the date forms as if that year followed them, so spans and lists read as they do with a
year; the surface is what the text writes.
"""

from __future__ import annotations

import re

from functools import lru_cache

from ..patterns import compiled
from .baremonths import names_another_year
from .marks import numeral_mark_forms, numeral_marks
from .pattern import day_month_pattern
from .daywords import with_day_words
from .search import ascii_digits, find_dates
from .values import DateMatch, iso_day

# a number glued to the word before it is a note's marker (`si divise4. I filojugoslavi`), and a Roman month of one
# letter without its full stop is as often a word (`I`, the Italian article) or a numbered item
_LONE_ROMAN = compiled(r"\d+\.?\s*[IVX]", re.IGNORECASE)
_LEAD = 40  # what leads into a day and month: `from 13 March to 8`, `between 18 and 20`


def days_in_the_year_before(text: str, dates: list[DateMatch], after_years: bool = True) -> list[DateMatch]:
    """The days and months of ``text`` without a year, each dated by the date of ``dates`` (those `find_dates` read
    in ``text``) before it; with ``after_years`` False only by a day or a month, not by a bare year (in a note a
    bare number is as often a fond's: `LVVA, 1468. f., 1. apr.` is an inventory, no 1 April).

    >>> text = "Blum forme son gouvernement le 4 juin 1936, et les accords sont signés dans la nuit du 7 au 8 juin."
    >>> [(d.surface, d.date_start, d.date_end) for d in days_in_the_year_before(text, find_dates(text))]
    [('du 7 au 8 juin', '1936-06-07', '1936-06-08')]
    """
    out: list[DateMatch] = []
    # (no date that could date a day, `_date_before`'s test: none ever answers, so nothing is read; in more than half
    # the blocks, notes above all, whose dates are bare years or ranges, the patterns were tried for nothing)
    if not any(_dates_a_day(d, after_years) for d in dates):
        return out
    # (the patterns read ASCII digits: `২৬ মার্চ`, `२६ मार्च` as `26 …`; the surfaces are the text's as written)
    written, text = text, with_day_words(ascii_digits(text))  # (and `primero de noviembre` as `1 …`: `daywords`)
    taken = [(d.start, d.end) for d in dates]
    # (only after the first date is a day dated by one before it: the patterns, dear to try at every character, look
    # there only)
    first = min(d.end for d in dates)
    # (`同年9月29日`: the numbers with their marks, `1948年5月14日`'s; sought only where a month's mark stands, which
    # `str.find` tells in C, the pattern opening with a look-behind being tried at every character)
    marked = [pattern for pattern, position in ((_marked_month_day, "after"), (_month_mark_before, "before"))
              if any(text.find(mark, first) >= 0 for mark in numeral_mark_forms("month", position))]
    # (and where the mark stands before the month's number: Vietnamese `ngày 19 tháng 8`)
    for m in (m for pattern in marked for m in pattern().finditer(text, first)):
        last = _date_before(text, m.start(), dates, after_years)
        iso = iso_day(int(last.date_start[:4]), int(m.group("m")), int(m.group("d"))) if last else None
        if iso and not any(s < m.end() and m.start() < e for s, e in taken):
            out.append(DateMatch(m.start(), m.end(), written[m.start():m.end()], iso, iso, "day"))
    for m in _near_digits(day_month_pattern(), text, first):
        if any(s < m.end() and m.start() < e for s, e in taken) or _LONE_ROMAN.fullmatch(m.group()) \
                or m.start() and text[m.start() - 1].isalpha() or names_another_year(text, m.end()):
            continue
        last = _date_before(text, m.start(), dates + out, after_years)  # (a day read just before dates it too)
        if last is None:
            continue
        lead = max(last.end, m.start() - _LEAD)
        piece = text[lead:m.end()]
        read = [d for d in find_dates(f"{piece} {last.date_start[:4]}") if d.end == len(piece) + 5]
        # (a reading of the year put after the piece alone names nothing the text writes: `Juin 36` then ` 1936`)
        if not read or read[-1].start + lead < last.end or read[-1].start >= len(piece):
            continue
        start = read[-1].start + lead
        out.append(DateMatch(start, m.end(), written[start:m.end()], read[-1].date_start, read[-1].date_end,
                             read[-1].precision))
    return out


_DIGIT = compiled(r"\d")
_REACH = 40  # the longest month name and the spaces before its day: a match opens at most this far before its digit


def _near_digits(pattern: re.Pattern, text: str, start: int):
    """``pattern.finditer(text, start)`` for a pattern whose every match holds a digit at most `_REACH` characters from
    its start: searched from near each digit only, not tried at every character of a long text.

    >>> [m.group() for m in _near_digits(day_month_pattern(), "x le 7 juin, puis juin 8, et 9 IX", 0)]
    ['7 juin', 'juin 8', '9 IX']
    """
    pos = start
    for digit in _DIGIT.finditer(text, start):
        if digit.start() < pos:
            continue
        found = pattern.search(text, max(pos, digit.start() - _REACH))
        if found is None:
            return
        yield found
        pos = max(found.end(), found.start() + 1)


@lru_cache(maxsize=1)
def _marked_month_day():
    return compiled(rf"(?<!\d)(?P<m>1[0-2]|0?[1-9])\s*(?:{numeral_marks('month', 'after')})\s*(?P<d>3[01]|[12]\d|0?[1-9])"
                    rf"\s*(?:{numeral_marks('day', 'after')})")


@lru_cache(maxsize=1)
def _month_mark_before():
    return compiled(rf"(?<![\d/.])(?P<d>3[01]|[12]\d|0?[1-9])\s+(?:{numeral_marks('month', 'before')})\s+"
                    r"(?P<m>1[0-2]|0?[1-9])(?![\d/])")


def _date_before(text: str, start: int, dates: list[DateMatch], after_years: bool) -> DateMatch | None:
    """The date of ``dates`` nearest before ``start`` in its paragraph, if it lies within one year."""
    before = [d for d in dates if d.end <= start]
    if not before:
        return None
    last = max(before, key=lambda d: d.end)
    if not _dates_a_day(last, after_years) or text.find("\n\n", last.end, start) >= 0:
        return None
    return last


def _dates_a_day(date: DateMatch, after_years: bool) -> bool:
    """Whether ``date`` may date the days after it: it lies within one year (and is more than a bare year, unless
    ``after_years``)."""
    return date.date_start[:4] == date.date_end[:4] and (after_years or date.precision != "year")


_YEAR_THEN_DAY = compiled(r"\.\s")  # (`Известия. 1923. 14 апреля`: the year, its full stop, the day)


def with_the_year_before(text: str, dates: list[DateMatch], days: list[DateMatch]) -> tuple[list, list]:
    """``dates`` and ``days`` (those `days_in_the_year_before` read) with each day that a bare year and its full stop
    stand just before, as bibliographies date a paper's issue (`Известия. 1923. 14 апреля`), as one date from the
    year: the year names the day's year and no year of its own.

    >>> text = "Известия. 1923. 14 апреля. С. 2."
    >>> dates = find_dates(text)
    >>> dates, days = with_the_year_before(text, dates, days_in_the_year_before(text, dates))
    >>> [(d.surface, d.date_start) for d in dates + days]
    [('1923. 14 апреля', '1923-04-14')]
    """
    years = {d.end: d for d in dates if d.precision == "year" and d.surface.isdigit()}
    out, taken = [], set()
    for day in days:
        year = next((years[end] for end in years if _YEAR_THEN_DAY.fullmatch(text, end, day.start)), None)
        if year is None or year.date_start[:4] != day.date_start[:4] or day.precision != "day":
            out.append(day)
            continue
        out.append(DateMatch(year.start, day.end, text[year.start:day.end], day.date_start, day.date_end, "day"))
        taken.add(year.start)
    return [d for d in dates if d.start not in taken], out
