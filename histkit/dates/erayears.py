"""Years of an era written in four digits before a day and month's reading: `18 มีนาคม พ.ศ. 2460` is 18 March 1917.

Thai notes count years in the Buddhist Era, its mark before the year (`พ.ศ. 2475`, ``eras.csv``) or, after a
month's name, often left out (`กันยายน 2475`). The date forms read Gregorian years of four digits; so before they
are tried, such a year is written as its Gregorian one and the era's mark as spaces: the text keeps its length, the
offsets of every match hold, and the forms read `18 มีนาคม      1917` as they read `18 March 1917`. An era year
followed by a year's mark (`단기 4283년`) is left to the form that reads the marks.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .marks import era_offsets, eras, numeral_marks
from .words import month_of, month_patterns
from ..patterns import compiled

# a year of the Buddhist Era after a Thai month's name, its mark left out (`กันยายน 2475`): no Gregorian year of a
# document is that far ahead, and Thai dates count in that era (its offset: the `พ.ศ.` row of eras.csv); after
# another word (`กล่อง 2480`, box 2480) the number is no year; an abbreviated month keeps its full stops (`ต.ค. 2519`)
_THAI_LETTERS = "\u0e01-\u0e4e"
_BUDDHIST_MARK = "พ.ศ."
#: A year of the Buddhist Era as Thai documents and imprints print it (2400–2599: 1857–2056 of the common era).
BUDDHIST_YEAR = r"2[45]\d\d"


@lru_cache(maxsize=1)
def _marked() -> re.Pattern:
    # the era, its year, and a second year after a dash (`พ.ศ. 2479–2480`: both years of the era)
    return compiled(rf"(?P<era>{eras()})(?P<gap>\s*)(?P<y1>\d{{4}})(?!\d)(?:(?P<dash>\s*[–—-]\s*)(?P<y2>\d{{4}})(?!\d))?"
                      rf"(?!\s*(?:{numeral_marks('year', 'after')}))")


_UNMARKED = compiled(rf"(?P<word>[{_THAI_LETTERS}][{_THAI_LETTERS}.]*)(?P<gap>\s+)(?P<y1>{BUDDHIST_YEAR})(?!\d)"
                       rf"(?:(?P<dash>\s*[–—-]\s*)(?P<y2>{BUDDHIST_YEAR})(?!\d))?")

_THAI_LETTER = compiled(f"[{_THAI_LETTERS}]")
_DIGIT = compiled(r"\d")


def gregorian_years(text: str) -> str:
    """``text`` with each four-digit year of an era written as its Gregorian year, the era's mark blanked.

    >>> gregorian_years("18 มีนาคม พ.ศ. 2460")
    '18 มีนาคม      1917'
    >>> gregorian_years("กันยายน 2475"), gregorian_years("พ.ศ. 2479–2480")
    ('กันยายน 1932', '     1936–1937')
    >>> gregorian_years("12 March R.S. 118 (1900)"), gregorian_years("12 febbraio 1612 m.v. [1613]")
    ('12 March            1900 ', '12 febbraio            1613 ')

    Only where the Gregorian year has four digits too; anything else is left as it is.
    """
    if not _DIGIT.search(text):  # (both forms have a year in digits; a search in C, not a step per character)
        return text
    # (each form is tried only where its tail stands, a search without the months: the months' alternation, tried at
    # every character of a text with a bracket, cost more than all the other date forms together)
    if "(" in text or "[" in text:
        if _ERA_TAIL.search(text):
            text = _era_then_gregorian().sub(_blank_era, text)
        if _STYLE_TAIL.search(text):
            text = _style_then_gregorian().sub(_blank_style, text)
    offsets = era_offsets()
    text = _marked().sub(lambda m: _rewritten(m, offsets.get(m.group("era")), " " * len(m.group("era"))), text)
    buddhist = offsets.get(_BUDDHIST_MARK)
    if buddhist is None or not _THAI_LETTER.search(text):  # (`_UNMARKED` opens with a Thai letter: most texts have none)
        return text
    return _UNMARKED.sub(lambda m: _rewritten(m, buddhist if month_of(m.group("word")) else None, m.group("word")), text)


# what follows the month in `_era_then_gregorian` and `_style_then_gregorian`: the era's mark and year and the
# bracketed Gregorian year (`R.S. 118 (1900)`), the old style's year and mark and the bracketed year (`1612 m.v. [1613]`)
_ERA_TAIL = compiled(r"\s(?:(?:[A-Z]\.\s?){1,3}|[A-Z]{2,3})\s*\d{1,4}\s*\((?:1\d{3}|20\d{2})\)")
_STYLE_TAIL = compiled(r"\s1\d{3}\s+[a-z]{1,3}\.\s?[a-z]{1,3}\.\s*[\[(]1\d{3}[\])]")


@lru_cache(maxsize=1)
def _era_then_gregorian() -> re.Pattern:
    # a Gregorian month, then a year of an era that opens in another month (Siam's Rattanakosin and Buddhist years
    # began on 1 April until 1941) and its Gregorian year in brackets: `12 March R.S. 118 (1900)`, `2–4 February
    # B.E. 2460 (1918)`. The era's year and the month cannot give the Gregorian one by an offset; the brackets can.
    # (the mark is capitals, with or without full stops, in their case: `R.S.`, `B.E.`, `BE`)
    month, _ = month_patterns()
    return compiled(rf"(?P<month>{month})(?P<era>\s+(?-i:(?:[A-Z]\.\s?){{1,3}}|[A-Z]{{2,3}})\s*\d{{1,4}}\s*\()"
                    rf"(?P<year>1\d{{3}}|20\d{{2}})\)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _style_then_gregorian() -> re.Pattern:
    # a month, its year in an old style that opened the year later (Venice's `more veneto` on 1 March) and its mark in
    # small letters, then the year as now counted in brackets: `12 febbraio 1612 m.v. [1613]`
    month, _ = month_patterns()
    return compiled(rf"(?P<month>{month})(?P<era>\s+(?P<old>1\d{{3}})\s+(?-i:[a-z]{{1,3}}\.\s?[a-z]{{1,3}}\.)\s*[\[(])"
                    rf"(?P<year>1\d{{3}})[\])]", re.IGNORECASE)


def _blank_style(m: re.Match) -> str:
    """As `_blank_era`, where the bracketed year is the old style's or the next (`1612 m.v. [1613]`); else as written."""
    return _blank_era(m) if 0 <= int(m.group("year")) - int(m.group("old")) <= 1 else m.group()


def _blank_era(m: re.Match) -> str:
    """The month and the bracketed year, the era's year and the brackets as spaces: `March            1900 `."""
    return m.group("month") + " " * len(m.group("era")) + m.group("year") + " "


@lru_cache(maxsize=1)
def _era_day() -> re.Pattern:
    # an era's name, its year, the month and the day parted by full stops, as romanised notes write them: `Meiji 9.7.12`
    return compiled(rf"(?<![\w.])(?P<era>{eras()})\s+(?P<y>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<d>\d{{1,2}})(?![\d.]\d)")


@lru_cache(maxsize=1)
def _era_name() -> re.Pattern:
    return compiled(eras())  # (a match of `_era_day` holds one)


#: The first year an era's months and days are the Gregorian ones (Japan from Meiji 6): a day before it is lunar.
_GREGORIAN_FROM = 1873


def era_days(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """``text`` with each day of an era written with full stops (`Meiji 9.7.12`) as its ISO day padded to the same
    length, and the spans written over (as `calendars.calendar_days` gives them).

    >>> era_days("report, Meiji 9.7.12; Minguo 24.3.15")
    ('report, 1876-07-12  ; 1935-03-15    ', ((8, 20), (22, 36)))
    """
    # (an era's name first: a search that skips in C to the names' first letters, where `_era_day`, opening with a
    # look-behind, is tried at every character)
    if "." not in text or not _DIGIT.search(text) or not _era_name().search(text) or not _era_day().search(text):
        return text, ()
    offsets, spans = era_offsets(), []

    def iso(m: re.Match) -> str:
        written = _era_iso(m, offsets.get(m.group("era")))
        if written != m.group():
            spans.append(m.span())
        return written
    return _era_day().sub(iso, text), tuple(spans)


def _era_iso(m: re.Match, offset: int | None) -> str:
    """An era's day written as its ISO day, padded to its length (`Meiji 9.7.12` is `1876-07-12  `)."""
    if offset is None or len(m.group()) < 10 or int(m.group("y")) + offset < _GREGORIAN_FROM:
        return m.group()
    try:
        day = date(int(m.group("y")) + offset, int(m.group("m")), int(m.group("d")))
    except ValueError:
        return m.group()
    return day.isoformat().ljust(len(m.group()))


def _rewritten(m: re.Match, offset: int | None, before: str) -> str:
    """The match with its years Gregorian and ``before`` for what precedes them (the mark blanked, or the month)."""
    years = [int(m.group("y1"))] + ([int(m.group("y2"))] if m.group("y2") else [])
    if offset is None or not all(1000 <= y + offset <= 2100 for y in years):
        return m.group()
    out = before + m.group("gap") + str(years[0] + offset)
    return out + (m.group("dash") + str(years[1] + offset) if m.group("y2") else "")
