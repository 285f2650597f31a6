"""An Old Style (Julian) day and month with the New Style one in brackets, across a month: `21 июля (3 августа) 1915`,
`25 October [7 November] 1917`, `October 25 (November 7), 1917`.

Russian, Bulgarian, Serbian and Greek notes on dates before their calendars changed give the Julian day and then
the Gregorian in brackets; within one month the form `6 (19) сентября` reads it (`pattern.py`). Across a month both
days carry their month, and the year follows the bracket. The Gregorian day is the one read: before the date forms
are tried, the Julian day and month and the brackets are written as spaces (the text keeps its length, the offsets of
every match hold), so `3 августа 1915` stands where the forms look for a date. English double years before 1752
(`10 February 1741/2`) are read as their New Style year likewise.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..patterns import compiled
from .marks import and_words, ordinal_marks
from .words import month_of, month_patterns


@lru_cache(maxsize=1)
def _old_new() -> re.Pattern:
    month, _ = month_patterns()
    # (every month name of every language twice: 0.45 s to compile, kept in the user cache for the next process)
    # (in round or square brackets; the month first as English writes it: `October 25 (November 7), 1917`)
    return compiled(rf"(?:(?<![\d/.])(?P<old>[0-3]?\d\.?\s+(?:{month})\s*[(\[])(?P<new>[0-3]?\d\.?\s+(?:{month}))"
                    rf"|(?<![^\W\d_])(?P<old_m>(?:{month})\s+[0-3]?\d(?:st|nd|rd|th)?\s*[(\[])(?P<new_m>(?:{month})\s+[0-3]?\d(?:st|nd|rd|th)?))"
                    r"[)\]](?=\s*,?\s*(?:1\d|20)\d\d)", re.IGNORECASE)


def new_style(text: str) -> str:
    """``text`` with each Julian day and month before a bracketed Gregorian one blanked, the brackets too.

    >>> new_style("донесение, 21 июля (3 августа) 1915 г.")
    'донесение,           3 августа  1915 г.'
    """
    return new_style_spans(text)[0]


def new_style_spans(text: str) -> tuple[str, list[tuple[int, int]]]:
    """`new_style` and the spans of both styles' bracketed days and months it read as one (see `_new_style`).

    >>> new_style_spans("on 25 October [7 November] 1917")[1]
    [(3, 26)]
    """
    written, bracketed, _ = _new_style(text)
    return written, bracketed


def slashed_styles(text: str) -> list[tuple[int, int]]:
    """The spans of both styles' days parted by a slash in ``text``, `12/25 октября`, `19 февраля/3 марта`: the dates
    table gives such a date the whole surface; the citations' readers, which cut a note by its date, keep the New Style
    day alone.

    >>> sorted(slashed_styles("подписан 19 февраля/3 марта 1861 г.; 12/25 октября 1917 г."))
    [(9, 27), (37, 42)]
    """
    return _new_style(text)[2] if "/" in text else []


def _new_style(text: str) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    """`new_style`, the spans of both styles' bracketed days and months it read as one (`25 October (7 November)`), so
    that a date read in the blanked text is written with the Old Style day it was given with, and those of the days a
    slash parts (`slashed_styles`)."""
    # (each pattern is tried only where what it must hold is: a year of 1500-1799 before a slash, a bracket before a
    # day; most texts hold neither, and the patterns, tried at each position, are the dear part of a date search)
    text = _double_year(text) if "/" in text and _OLD_YEAR_SLASH.search(text) else text
    slashed: list[tuple[int, int]] = []
    if "/" in text and _SLASHED_DAYS.search(text):
        def read(m: re.Match) -> str:
            new = _slashed_new(m)
            if new[:1] == " ":  # (both styles' days: the date's surface begins at the Old Style one)
                slashed.append(m.span())
            return new
        text = _slashed_days().sub(read, text)
    if "/" in text and _SLASHED_MONTHS.search(text):  # (`19 февраля/3 марта 1861 г.`: each day with its month)
        text = _slashed_months().sub(lambda m: _slashed_month_new(m, slashed), text)
    if "(" not in text and "[" not in text:
        return text, [], slashed
    if _BRACKETED_NEW_DAY.search(text) and _BRACKETED_YEAR_FIRST.search(text):
        text = _year_first().sub(_year_first_new, text)
    if not _BRACKETED_DAY.search(text):
        return text, [], slashed
    spans: list[tuple[int, int]] = []

    def blank(m: re.Match) -> str:
        spans.append(m.span())
        return " " * len(m.group("old") or m.group("old_m")) + (m.group("new") or m.group("new_m")) + " "
    return _old_new().sub(blank, text), spans, slashed


# both styles' days before one month and year, Old Style first: `12/24 Μαρτίου 1899`, `3/14 Sept. 1752`
_SLASHED_DAYS = compiled(r"(?<![\d/.])[0-3]?\d\.?/[0-3]?\d\w{0,3}\.?\s+[^\W\d_]")  # what `_slashed_days` must hold


@lru_cache(maxsize=1)
def _slashed_days() -> re.Pattern:
    month, _ = month_patterns()
    # (a pair may stand before another pair of the same month: `3/15 och 10/22 april 1854`, both read)
    pair = rf"(?:{ordinal_marks()})?\.?"
    also = rf"(?:\s+(?:and|und|et|e|y|i|и|{and_words()})\s+[0-3]?\d\.?/[0-3]?\d{pair})?"
    return compiled(rf"(?<![\d/.])(?P<old>[0-3]?\d)\.?/(?P<new>[0-3]?\d)(?={pair}{also}\s+(?:{month})\.?\s*,?\s*"
                    r"(?P<year>1[5-9]\d\d)(?!\d))", re.IGNORECASE)


# both styles' days each with its month, across a month's end: `19 февраля/3 марта 1861 г.`, `24 ianuarie/5 februarie 1859`
_SLASHED_MONTHS = compiled(r"(?<![\d/.])[0-3]?\d\.?\s+[^\W\d_]+\.?\s*/\s*[0-3]?\d")  # what `_slashed_months` must hold


@lru_cache(maxsize=1)
def _slashed_months() -> re.Pattern:
    month, _ = month_patterns()
    return compiled(rf"(?<![\d/.])(?P<old>(?P<od>[0-3]?\d)\.?\s+(?P<om>{month})\.?\s*/\s*)(?P<new>(?P<nd>[0-3]?\d)\.?\s+"
                    rf"(?P<nm>{month}))(?=\.?\s*,?\s*(?P<year>1[5-9]\d\d)(?!\d))", re.IGNORECASE)


def _slashed_month_new(m: re.Match, spans: list[tuple[int, int]]) -> str:
    """The Old Style day, month and slash blanked when the other day is the New Style one of that century (the Old
    Style day in the month before, the gap of `_slashed_new`); any other pair is left as it was."""
    year, old_month, new_month = int(m.group("year")), month_of(m.group("om")), month_of(m.group("nm"))
    if not old_month or not new_month or (new_month - old_month) % 12 != 1:
        return m.group()
    try:
        old = date(year - (old_month == 12), old_month, int(m.group("od")))
        new = date(year, new_month, int(m.group("nd")))
    except ValueError:
        return m.group()
    behind = 10 + min(3, max(0, (year - 1600) // 100))
    if (new - old).days not in (behind, behind - 1):
        return m.group()
    spans.append(m.span())
    return " " * len(m.group("old")) + m.group("new")


_LABEL_BEFORE = compiled(r"[^\W\d_]\.\s$")


def _slashed_new(m: re.Match) -> str:
    """The Old Style day and its slash blanked when the other day is the New Style one of that century (10 days later
    before 1700, 11 in the 1700s, 12 in the 1800s, 13 after; a day less early in a century's year): `12/24 Μαρτίου
    1899`, Estonian `12./25. märtsil 1917`; two days in a row are a night's, both read (`12/13 May 1920`); any other
    pair of numbers (`3/5 … 1895`) is left as it was."""
    year, old, new = int(m.group("year")), int(m.group("old")), int(m.group("new"))
    behind = 10 + min(3, max(0, (year - 1600) // 100))
    if new - old == behind or (year % 100 == 0 and new - old == behind - 1):
        return " " * (len(m.group()) - len(m.group("new"))) + m.group("new")  # (`12./25. märtsil`: the dot too)
    # a night's two days, `the night of 12/13 May 1920`: the span of both, read as `12-13 May`; not numbers after an
    # abbreviated label, `f. 12/13 May 1920` (leaves)
    if new - old == 1 and not _LABEL_BEFORE.search(m.string, max(0, m.start() - 3), m.start()):
        return m.group().replace("/", "-")
    return m.group()


# Lithuanian, Latvian and Hungarian notes put the year first and the day last; the Gregorian day, with its month
# when it falls in another, is bracketed after the Julian one: `1864 m. sausio 9 (21) d.`, `1863 m. vasario 28 (kovo
# 12) d.`
_BRACKETED_YEAR_FIRST = compiled(r"[^\W\d_]\s+[0-3]?\d\s*\((?:[^\W\d_]+\s+)?[0-3]?\d\)")
# its bracket, which re finds by the bracket itself: `_BRACKETED_YEAR_FIRST`, opening with a letter, was tried at every
# letter of the texts with a bracket (0.024 -> 0.002 s CPU over the corpus's 2,635 such date texts)
_BRACKETED_NEW_DAY = compiled(r"\((?:[^\W\d_]+\s+)?[0-3]?\d\)")


@lru_cache(maxsize=1)
def _year_first() -> re.Pattern:
    month, _ = month_patterns()
    return compiled(rf"(?P<head>(?<![\d/.])(?:1[5-9]\d\d)\.?\s*(?:[^\W\d_]{{1,4}}\.\s*)?)(?P<m>{month})(?P<sp>\s+)"
                    rf"(?P<old>[0-3]?\d\s*\()(?:(?P<nm>{month})(?P<nsp>\s+))?(?P<nd>[0-3]?\d)\)", re.IGNORECASE)


def _year_first_new(m: re.Match) -> str:
    """The year-first date with its Julian day (and month, when the bracket has its own) blanked, the length kept."""
    if m.group("nm"):
        julian = m.group("m") + m.group("sp") + m.group("old")
        return m.group("head") + " " * len(julian) + m.group("nm") + m.group("nsp") + m.group("nd") + " "
    return m.group("head") + m.group("m") + m.group("sp") + " " * len(m.group("old")) + m.group("nd") + " "


_OLD_YEAR_SLASH = compiled(r"1[2-7]\d\d/")  # what `_DOUBLE_YEAR` must hold
# what `_old_new` must hold: a day after a bracket and a space after it, or a month's name and a day closing it
_BRACKETED_DAY = compiled(r"[(\[](?:[0-3]?\d\.?\s|[^\W\d_]+\.?\s+[0-3]?\d(?:st|nd|rd|th)?[)\]])")


# English dates between 1 January and 24 March before 1752 carry both years, the legal year that began on 25 March
# and the historical one that begins in January: `10 February 1741/2`, `March 1699/1700`; a month's name before them
# (so do Florentine and other Italian dates ab incarnatione, whose historians print `12 marzo 1447/8`); only after a
# month's name: after another word two years are a span, an account's or a winter's (`för 1633/34`, the date rounds'
# rule 40), or a file's number (`busta 1447/8`)
_DOUBLE_YEAR = compiled(r"(?:(?<=[^\W\d_]\s)|(?<=[^\W\d_]\.\s))(?P<old>1[2-7]\d\d)/(?P<new>\d{1,4})(?![\d/])")
_WORD_BEFORE = compiled(r"([^\W\d_]+\.?)\s$")


def _double_year(text: str) -> str:
    """``text`` with each Old Style double year after a month written as its New Style year, the rest blanked (the
    length kept).

    >>> _double_year("vestry minutes, 10 February 1741/2.")
    'vestry minutes, 10 February 1742  .'
    >>> _double_year("atto del 12 marzo 1447/8; busta 1447/8")
    'atto del 12 marzo 1448  ; busta 1447/8'
    >>> _double_year("vestry minutes, 10 February 1741/2; the accounts for 1741/2.")
    'vestry minutes, 10 February 1742  ; the accounts for 1741/2.'
    """
    def new(m: re.Match) -> str:
        old, tail = int(m.group("old")), m.group("new")
        year = int(str(old)[:4 - len(tail)] + tail)
        if not ((word := _WORD_BEFORE.search(text, 0, m.start())) and month_of(word.group(1))):
            return m.group()
        return f"{year}{' ' * (len(m.group()) - 4)}" if year == old + 1 and old < 1753 else m.group()
    return _DOUBLE_YEAR.sub(new, text)
