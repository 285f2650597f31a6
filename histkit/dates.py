"""Dates and date ranges in historians' prose and notes, as ISO 8601 with a precision.

Every match is a range: ``date_start``/``date_end`` are ISO days
(``1951-03-01``/``1951-03-31`` for ``mart 1951``) and ``precision`` is
``day``, ``month`` or ``year``.
"""

# Why not `dateparser` alone: on the forms of South-Slavic, English and German notes, ``dateparser.parse``
# returns None for Serbian genitive months (``30. jula 1952``, ``oktobra 1951``), Cyrillic genitives
# (``30. јула 1952.``), Roman months (``30. VII 1952``) and every range (``25. 2. – 6. 3. 1954``,
# ``od 20. do 30. 9. 1955``); it reads ``7–14. 4. 1956`` as one day and a bare ``1954`` as today's day in
# 1954, and ``dateparser.search`` finds no date in a citation. So the month names come from dateparser's
# locale data, the genitives it lacks are derived here, one regular expression finds dates and ranges,
# and `parse_date` falls back to ``DateDataParser`` for whole strings in other forms.

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from .datewords import LANGUAGES as LANGUAGES  # re-exported: `histkit.dates.LANGUAGES` predates the split
from .datewords import month_names as month_names  # re-exported: the actors stage reads it here
from .datewords import from_word_pattern, month_of, month_patterns, month_then_digit
from .datewords import trie_alternation as trie_alternation  # re-exported: the citations stage reads it here
from .text import fold_homoglyphs, unwrap
from .undated import find_undated as find_undated  # the no-date marks (`n.d.`, `b. d.`) belong with the dates
from .undated import says_undated as says_undated

#: Zones of a layout whose dates go into the dates table.
DATE_ZONES = ("front", "heading", "body", "note", "back")


@dataclass(frozen=True)
class DateValue:
    """A date or range: ISO ``start`` and ``end`` days and a ``precision`` (day, month, year)."""

    start: str
    end: str
    precision: str


@dataclass(frozen=True)
class DateMatch:
    """A date found in a text: its span ``text[start:end]`` and its value."""

    start: int
    end: int
    surface: str
    date_start: str
    date_end: str
    precision: str



_DASH = r"\s*[–—-]\s*"
# `and` between the dates of a list, in the languages of the month names (Czech/Slovak `a` reads as `to`)
_LIST_WORDS = r"and|und|et|e|y|i|і|и|та|en|och|og|ir|ja|ve|και|in|és|și|dhe|oraz"
# a footnote marker may be glued after the year's full stop (`1956.62`): that dot ends the year
_YEAR = r"(?<![\d/.])(?:1\d{3}|20\d{2})(?![\d/])"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    # compiled once per process, when the first date is sought (some 0.3 s: the month names stand in it 20 times)
    return re.compile(_pattern_source(), re.IGNORECASE)


def _pattern_source(guarded: bool = True) -> str:
    """The date forms as one regular expression; ``guarded=False`` leaves out the look-aheads that only save time."""
    month, roman = month_patterns(guarded)
    from_word = from_word_pattern(guarded)
    # a day is never followed by a digit in any form: where three digits stand (a year), no day begins
    day = r"(?<![\d/.])(?:[0-3]?\d)" if not guarded else r"(?<![\d/.])(?!\d\d\d)(?:[0-3]?\d)"
    dd = rf"{day}(?:\.|st|nd|rd|th|er|\.?º)?"
    # a day-month: 30. jula / 30 July / 21. 8. / 30. VII.
    dm = rf"{day}(?:\.\s*|\s+|(?:st|nd|rd|th|er)\s+)(?:of\s+|de\s+)?(?:{month}|(?:[01]?\d)\.|{roman}\.?)"
    to = rf"(?:{_DASH}|\s+(?:do|to|till|until|bis|au|al|a|до)\s+)"
    # `11, 12 March`, but not `bod 3, 12. 3. 1953` or `kut. 3, 8. 2. 1951`: a number after a word is an item, not a day
    also = (r"\s*(?:(?<![^\W\d_]\s\d)(?<![^\W\d_]\s\d\d)(?<![^\W\d_]\.\s\d)(?<![^\W\d_]\.\s\d\d),"
            r"|i|and|und|et|e|и)\s*")
    frm = rf"(?:{from_word}\s+)?"
    # a list of days each with its month (`30 June and 2 Aug.`), the year once at the end: several dates
    join = rf"(?:\s*,\s*|\s*,?\s+(?:{_LIST_WORDS})\s+)"
    listed = rf"(?:{dm}(?:{join}{dm})+|{month}\s+{dd}(?:{join}{month}\s+{dd})+)"

    def year(tag: str) -> str:
        # after a day and month the year may follow a bare full stop: `30.7.1952`
        return rf"(?P<y_{tag}>(?<![\d/])(?:1\d{{3}}|20\d{{2}})(?![\d/]))"

    parts = [
        # 28. 12. 1952 – 3. 1. 1953
        rf"(?P<r_full>{frm}(?P<h1>{dm})\s*,?\s*(?P<hy>{_YEAR}){to}(?P<h2>{dm})\s*,?\s*{year('r_full')})",
        # 25. 2. – 6. 3. 1954 / od 26. septembra do 6. oktobra 1954
        rf"(?P<r_dm>{frm}(?P<d1>{dm}){to}(?P<d2>{dm})\s*,?\s*{year('r_dm')})",
        # od 20. do 30. 9. 1955 / 7–14. 4. 1956 / 11. i 12. aprila 1956
        rf"(?P<r_d>{frm}(?P<a1>{dd})(?:{to}|{also})(?P<a2>{dm})\s*,?\s*{year('r_d')})",
        # from July 29 to August 2 1952 / September 26 to October 6, 1954
        rf"(?P<r_md>{frm}(?P<m1>{month})\s+(?P<e1>{dd}){to}(?P<m2>{month})\s+(?P<e2>{dd})\s*,?\s*{year('r_md')})",
        # November 19–20, 1955 / April 10 to 15, 1956 / November 5 and 6, 1955 / September 20th to 30th 1955
        rf"(?P<r_mdd>{frm}(?P<m3>{month})\s+(?P<f1>{dd})(?:{to}|{also})(?P<f2>{dd})\s*,?\s*{year('r_mdd')})",
        rf"(?P<dl>{listed}\s*,?\s*(?:de\s+)?{year('dl')})",
        rf"(?P<dmy>(?P<d3>{dm})\s*,?\s*(?:de\s+)?{year('dmy')})",
        rf"(?P<mdy>(?P<m4>{month})\s+(?P<g1>{dd})(?:\s*,\s*|\s+){year('mdy')})",
        # US numeric month/day/year: `3/12/1956` (day/month when the first number is above 12)
        r"(?P<us>(?<![\w/.-])(?P<u1>[0-3]?\d)/(?P<u2>[0-3]?\d)/(?P<uy>1\d{3}|20\d{2})(?![\d/]))",
        r"(?P<iso>(?<![\d/])(?P<iy>1\d{3}|20\d{2})-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?!\d))",
        # Hungarian and Lithuanian put the year first: `1955. július 19.`, `1956. okt. 23-án`, `1943 m. sausio 12 d.`
        rf"(?P<ymd>(?P<yh>{_YEAR})(?:\.|\s+m\.)\s*(?P<mh>{month})\s*(?P<dh>[0-3]?\d)(?![\d])(?:\.|\s+d\.)?(?:-[^\W\d_]{{1,3}})?)",
        # Hungarian year and month, the month in lower case: `1956. május`
        rf"(?P<ym>(?P<yh2>{_YEAR})\.\s*(?-i:(?=[^\W\d_])(?![A-ZÀ-Þ]))(?P<mh2>{month}))",
        # Oct. 1919 – Feb. 1920: a span of months
        rf"(?P<r_my>(?P<m6>{month})\s*,?\s*(?P<y6>{_YEAR}){_DASH}(?P<m7>{month})\s*,?\s*{year('r_my')})",
        rf"(?P<my>(?P<m5>{month})\s*,?\s*{year('my')})",
        rf"(?P<yr>(?P<y1>{_YEAR})\.?(?:{_DASH}|\s+(?:do|to|bis|until|till|i|and|и|до)\s+)(?P<y2>(?:1\d{{3}}|20\d{{2}}|\d{{2}})(?![\d/])(?!\s*[–—-]\s*\d)))",
        # an academic or budget year: `1950/51`, `1953/1954`
        r"(?P<ay>(?P<ay1>(?<![\d/.])(?:1\d{3}|20\d{2}))/(?P<ay2>\d{2}|\d{4})(?![\d/]))",
        rf"(?P<dec>(?P<y3>{_YEAR})(?:'?s|-ih|-их|-e|-е|-х|-ых|-ies|er)(?!\w))",
        rf"(?P<yy>{_YEAR})",
    ]
    # every form begins where a digit follows no digit or slash, or at a `from` word or a month's name: trying
    # the forms at every character is what makes a search slow, and this cheap look-ahead first passes over the rest
    digit = r"\d(?<![\d/]\d)" if guarded else r"(?<![\d/])\d"  # the digit first: most places fail at once
    starts = rf"(?={digit}|{from_word}\s|{month_then_digit() if guarded else ''}{month})"
    return rf"{starts}(?:{'|'.join(parts)})"


_DM_SPLIT = re.compile(r"(\d{1,2})(?:\.\s*|\s+|(?:st|nd|rd|th|er)\s+)(?:of\s+|de\s+)?(.+)$", re.S)


def _day_month(token: str) -> tuple[int, int | None]:
    m = _DM_SPLIT.match(token.strip())
    return int(m.group(1)), month_of(m.group(2))


_DIGITS = re.compile(r"\d+")


def _day(token: str) -> int:
    return int(_DIGITS.match(token.strip()).group(0))


def _iso(y: int, m: int, d: int) -> str | None:
    if not (1 <= m <= 12) or not (1 <= d <= calendar.monthrange(y, m)[1]):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def _month_end(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _plausible_year(y: int) -> bool:
    return 1000 <= y <= 2100


def _value(m: re.Match, text: str) -> DateValue | None:
    # the form is the outer group that closed last; a Match reads its groups by name like the dict did
    g, form = m, m.lastgroup
    year = m.re.groupindex.get("y_" + form)
    y = int(m.group(year)) if year else None
    if y is not None and not _plausible_year(y):
        return None
    if form == "r_full":
        (d1, m1), (d2, m2) = _day_month(g["h1"]), _day_month(g["h2"])
        if not m1 or not m2:
            return None
        return _range(_iso(int(g["hy"]), m1, d1), _iso(y, m2, d2), "day")
    if form == "r_dm":
        (d1, m1), (d2, m2) = _day_month(g["d1"]), _day_month(g["d2"])
        if not m1 or not m2:
            return None
        y1 = y - 1 if m1 > m2 else y
        return _range(_iso(y1, m1, d1), _iso(y, m2, d2), "day")
    if form == "r_d":
        d2, mon = _day_month(g["a2"])
        return _range(_iso(y, mon, _day(g["a1"])) if mon else None, _iso(y, mon, d2) if mon else None, "day")
    if form == "r_md":
        m1, m2 = month_of(g["m1"]), month_of(g["m2"])
        y1 = y - 1 if m1 > m2 else y
        return _range(_iso(y1, m1, _day(g["e1"])), _iso(y, m2, _day(g["e2"])), "day")
    if form == "r_mdd":
        mon = month_of(g["m3"])
        return _range(_iso(y, mon, _day(g["f1"])), _iso(y, mon, _day(g["f2"])), "day")
    if form == "dl":
        items = _list_items(m)
        days = [i[2] for i in items]
        return _range(min(days), max(days), "day") if days and all(days) else None
    if form == "dmy":
        d, mon = _day_month(g["d3"])
        day = _iso(y, mon, d) if mon else None
        return DateValue(day, day, "day") if day else None
    if form == "mdy":
        day = _iso(y, month_of(g["m4"]), _day(g["g1"]))
        return DateValue(day, day, "day") if day else None
    if form == "us":
        a, b = int(g["u1"]), int(g["u2"])
        month, day = (b, a) if a > 12 else (a, b)
        iso = _iso(int(g["uy"]), month, day)
        return DateValue(iso, iso, "day") if iso else None
    if form == "iso":
        day = _iso(int(g["iy"]), int(g["im"]), int(g["id"]))
        return DateValue(day, day, "day") if day else None
    if form == "ymd":
        y1 = int(g["yh"])
        day = _iso(y1, month_of(g["mh"]) or 0, int(g["dh"])) if _plausible_year(y1) else None
        return DateValue(day, day, "day") if day else None
    if form in ("ym", "r_my"):
        return _months(g, y)
    if form == "my":
        mon = month_of(g["m5"])
        return DateValue(f"{y:04d}-{mon:02d}-01", f"{y:04d}-{mon:02d}-{_month_end(y, mon):02d}", "month")
    if form == "yr":
        y1, tail = int(g["y1"]), g["y2"]
        y2 = int(tail) if len(tail) == 4 else (y1 // 100) * 100 + int(tail)
        if not (_plausible_year(y1) and _plausible_year(y2)) or not (y1 < y2 <= y1 + 200) \
                or _PAGE_BEFORE.search(text[max(0, m.start() - 6):m.start()]):
            return None
        return DateValue(f"{y1:04d}-01-01", f"{y2:04d}-12-31", "year")
    if form == "ay":
        y1, tail = int(g["ay1"]), g["ay2"]
        y2 = int(tail) if len(tail) == 4 else (y1 // 100) * 100 + int(tail)
        if y2 != y1 + 1 or not _plausible_year(y1):
            return None
        return DateValue(f"{y1:04d}-01-01", f"{y2:04d}-12-31", "year")
    if form == "dec":
        y1 = int(g["y3"])
        if y1 % 10:
            return DateValue(f"{y1:04d}-01-01", f"{y1:04d}-12-31", "year")
        return DateValue(f"{y1:04d}-01-01", f"{y1 + 9:04d}-12-31", "year")
    if form == "yy":
        y1 = int(g["yy"])
        if not _plausible_year(y1) or _looks_like_pages_or_issue(text, m.start(), m.end()):
            return None
        return DateValue(f"{y1:04d}-01-01", f"{y1:04d}-12-31", "year")
    return None


def _months(g: re.Match, y: int | None) -> DateValue | None:
    """A Hungarian year and month (`1956. május`) or a span of months (`Oct. 1919 – Feb. 1920`)."""
    if g.lastgroup == "ym":
        y1, mon = int(g["yh2"]), month_of(g["mh2"])
        if not mon or not _plausible_year(y1):
            return None
        return DateValue(f"{y1:04d}-{mon:02d}-01", f"{y1:04d}-{mon:02d}-{_month_end(y1, mon):02d}", "month")
    y1, m1, m2 = int(g["y6"]), month_of(g["m6"]), month_of(g["m7"])
    if not (m1 and m2 and _plausible_year(y1)) or (y1, m1) >= (y, m2):
        return None
    return DateValue(f"{y1:04d}-{m1:02d}-01", f"{y:04d}-{m2:02d}-{_month_end(y, m2):02d}", "month")


@lru_cache(maxsize=1)
def _list_item_pattern() -> re.Pattern:
    month, roman = month_patterns()
    day = r"(?<![\d/.])(?:[0-3]?\d)"
    return re.compile(rf"(?P<d>{day})(?:\.\s*|\s+|(?:st|nd|rd|th|er)\s+)(?:of\s+|de\s+)?(?P<m>{month}|(?:[01]?\d)\.|{roman}\.?)"
                      rf"|(?P<m2>{month})\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th|er|\.?º)?", re.IGNORECASE)


def _list_items(m: re.Match) -> list[tuple[int, int, str | None]]:
    """The dates of a list reading (`30 June and 2 Aug. 1939`): span and ISO day of each, the year from the end."""
    year = int(m.group("y_dl"))
    items = []
    for item in _list_item_pattern().finditer(m.string, m.start(), m.start("y_dl")):
        if item.group("d"):
            day, month = int(item.group("d")), month_of(item.group("m"))
        else:
            day, month = int(item.group("d2")), month_of(item.group("m2"))
        items.append([item.start(), item.end(), day, month])
    out: list[tuple[int, int, str | None]] = []
    later = None
    for start, end, day, month in reversed(items):
        if later is not None and month and later and month > later:
            year -= 1  # `30 December and 2 January 1940`: the first date is in the year before
        later = month
        out.append((start, end, _iso(year, month, day) if month else None))
    return out[::-1]


def _range(start: str | None, end: str | None, precision: str) -> DateValue | None:
    if not start or not end or end < start:
        return None
    return DateValue(start, end, precision)


_PAGE_BEFORE = re.compile(r"(?:\b(?:pp?|str|S|s|str|стр|c|fol|ff?|no|br|бр|nr|Nr|vol|t|knj|sv)\.?\s*|[:;]\s*)$", re.IGNORECASE)


_DASH_BEFORE = re.compile(r"\d\s*[–—-]\s*$")
_DASH_AFTER = re.compile(r"\s*[–—-]\s*\d")


def _looks_like_pages_or_issue(text: str, start: int, end: int) -> bool:
    # a shelfmark's code glued to its number (`NAA: A1838`, `RG1954`): a series, not a year
    if start and "A" <= text[start - 1] <= "Z" or start and "А" <= text[start - 1] <= "Я":
        return True
    # `1205–1210` after a page word, `pp. 1954`, `br. 1954`: numbers, not years
    if _PAGE_BEFORE.search(text[max(0, start - 6):start]) or _DASH_BEFORE.search(text[max(0, start - 4):start]):
        return True
    # `(Beograd: Prosveta, 1984)`: a publication year, not a date the text speaks of
    opening = text.rfind("(", max(0, start - 120), start)
    if opening >= 0 and text[end:end + 1] == ")" and ":" in text[opening:start] and ")" not in text[opening:start]:
        return True
    return bool(_DASH_AFTER.match(text[end:end + 4]))


_ANY_YEAR = re.compile(r"(?:1\d|20)\d\d")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_REACH = 90  # the longest form, `from 26 September to 6 October 1954`, fits well within this


def find_dates(text: str) -> list[DateMatch]:
    """Every date, month, year or range named in ``text``, in order of position.

    >>> [(d.surface, d.date_start, d.date_end, d.precision) for d in find_dates("od 20. do 30. 9. 1955; in 1954")]
    [('od 20. do 30. 9. 1955', '1955-09-20', '1955-09-30', 'day'), ('1954', '1954-01-01', '1954-12-31', 'year')]
    >>> [(d.surface, d.date_start) for d in find_dates("des 30 juin et 2 août 1906")]
    [('30 juin', '1906-06-30'), ('2 août 1906', '1906-08-02')]

    A list of days each with its month, the year once at the end, gives
    one date per day (`find_date_groups` keeps it one span); days of one
    month (``11. i 12. aprila 1956``) stay one span, as ranges do.

    Look-alike Cyrillic/Latin letters are folded before matching (offsets do
    not move). Page ranges (``137–164``), issue numbers (``4/1987``) and
    numbers outside the years 1000–2100 are not dates. Numeric dates with
    slashes (``3/12/1956``) are read the American way, month/day/year,
    unless the first number cannot be a month (``17/4/1958``); a two-digit
    year is not read (``11/6/55`` is as often a file number). A day and
    month without a year (``12. ožujka``) is no date here;
    `find_days_without_year` reads it when the year is known from elsewhere
    (a citation's file year). Never raises on text.
    """
    return list(_dates_in(text))


def find_date_groups(text: str) -> list[DateMatch]:
    """Like `find_dates`, but a list of dates is one match, from its earliest day to its latest.

    >>> [(d.surface, d.date_start, d.date_end) for d in find_date_groups("letters of 30 June and 2 Aug. 1939")]
    [('30 June and 2 Aug. 1939', '1939-06-30', '1939-08-02')]

    For a caller that gives one document one date (a citation row's
    ``date_start``/``date_end``). Never raises on text.
    """
    return [whole for whole, _ in _readings(text)]


@lru_cache(maxsize=2048)
def _dates_in(text: str) -> tuple[DateMatch, ...]:
    # a list's dates one by one; its last date runs to the year at the end
    out = []
    for whole, items in _readings(text):
        if not items:
            out.append(whole)
            continue
        for k, (start, end, iso) in enumerate(items):
            end = whole.end if k == len(items) - 1 else end
            out.append(DateMatch(start, end, text[start:end], iso, iso, "day"))
    return tuple(out)


@lru_cache(maxsize=2048)
def _readings(text: str) -> tuple[tuple[DateMatch, tuple], ...]:
    """Each date form read in ``text``: the match (a list as one span) and, for a list, its dates one by one."""
    # kept: the citation readers ask again about the same piece (`find_dates`, then `find_dates_covering`)
    # every form ends in a year: look only near the years (the full pattern is slow to try everywhere)
    years = [y.start() for y in _ANY_YEAR.finditer(text)]
    if not years:
        return ()
    folded = fold_homoglyphs(text) if _CYRILLIC.search(text) else text
    found: list[DateMatch] = []
    pos, k, search = 0, 0, _pattern().search
    while True:
        k = bisect_left(years, pos, k)  # the first year at or after pos (pos only grows)
        if k == len(years):
            break
        m = search(folded, max(pos, years[k] - _REACH))
        if m is None:
            break
        value = _value(m, folded)
        if value is None:
            # a failed long reading (e.g. an impossible day) may hide a shorter one inside it
            pos = m.start() + 1
            continue
        start, end = m.start(), m.end()
        found.append((DateMatch(start, end, text[start:end], value.start, value.end, value.precision),
                      _list_items(m) if m.group("dl") else ()))
        pos = end
    return tuple(found)


@lru_cache(maxsize=1)
def _day_month_pattern() -> re.Pattern:
    month, roman = month_patterns()
    # a day and a named or Roman month; a purely numeric `12. 3.` without a year is too often something else
    return re.compile(rf"(?<![\d/.])(?P<d>[0-3]?\d)(?:\.\s*|\s+|(?:st|nd|rd|th|er)\s+)(?:of\s+)?(?P<m>{month}|{roman}\.?)"
                      rf"|(?P<m2>{month})\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?![\d.,]*\s*\d)", re.IGNORECASE)


_YEAR_AFTER = re.compile(r"\s*,?\s*(?:1\d|20)\d\d")


def find_days_without_year(text: str, year: int) -> list[DateMatch]:
    """Days and months named without a year (``Zapisnik od 12. ožujka``), dated to ``year``.

    >>> [(d.surface, d.date_start) for d in find_days_without_year("Zapisnik od 12. ožujka.", 1952)]
    [('12. ožujka', '1952-03-12')]

    For a citation whose year is known from elsewhere (the file's year); a
    day and month followed by a year are left to `find_dates`. Never raises.
    """
    folded = fold_homoglyphs(text) if _CYRILLIC.search(text) else text
    found = []
    for m in _day_month_pattern().finditer(folded):
        if _YEAR_AFTER.match(folded, m.end()):  # from the match's end, not a copy of the rest: linear
            continue
        day = int(m.group("d") or m.group("d2"))
        month = month_of(m.group("m") or m.group("m2"))
        iso = _iso(year, month, day) if month else None
        if iso:
            found.append(DateMatch(m.start(), m.end(), text[m.start():m.end()], iso, iso, "day"))
    return found


_TRAILING = " .,;:)("


@lru_cache(maxsize=1)
def _fallback_parser():
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en", "de", "fr", "it", "hr", "sr-Latn", "sr", "sl", "ru"],
                          settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year"]})


def parse_date(text: str) -> DateValue | None:
    """The date or range that ``text`` as a whole names, or None.

    >>> parse_date("30. јула 1952.")
    DateValue(start='1952-07-30', end='1952-07-30', precision='day')

    Forms this module does not match itself go to dateparser's
    ``DateDataParser`` (its period gives the precision). Never raises.
    """
    stripped = text.strip(_TRAILING)
    if not stripped:
        return None
    for d, _ in _readings(stripped):
        if d.start == 0 and d.end >= len(stripped.rstrip(_TRAILING)):
            return DateValue(d.date_start, d.date_end, d.precision)
    try:
        data = _fallback_parser().get_date_data(stripped)
    except Exception:  # dateparser raises on odd input; a non-date is simply None
        return None
    if data is None or data.date_obj is None:
        return None
    when, period = data.date_obj, data.period or "day"
    if period == "year":
        return DateValue(f"{when.year:04d}-01-01", f"{when.year:04d}-12-31", "year")
    if period == "month":
        return DateValue(f"{when.year:04d}-{when.month:02d}-01",
                         f"{when.year:04d}-{when.month:02d}-{_month_end(when.year, when.month):02d}", "month")
    day = when.strftime("%Y-%m-%d")
    return DateValue(day, day, "day")


DATES_COLUMNS = ["doc_id", "block_id", "surface", "start", "end", "date_start", "date_end", "precision"]


def dates_table(layout) -> pd.DataFrame:
    """One row per date in the front, heading, body, note and back blocks of a `Layout`.

    >>> from histkit.layout import analyse_layout
    >>> from histkit.read import Document
    >>> doc = Document.from_text("Tito came to Brussels in March 1954.1\\n\\n1 AJ, 507, 12. 3. 1954.\\n", doc_id="d")
    >>> dates_table(analyse_layout(doc))[["surface", "date_start", "date_end", "precision", "zone"]].values.tolist()
    [['March 1954', '1954-03-01', '1954-03-31', 'month', 'body'], ['12. 3. 1954', '1954-03-12', '1954-03-12', 'day', 'note']]

    Columns: doc_id, block_id, surface, start, end (offsets into the original
    ``doc.text``), date_start, date_end, precision, zone. Never raises on text.
    """
    columns: dict[str, list] = {c: [] for c in DATES_COLUMNS + ["zone"]}
    for block in layout.blocks:
        # every date has a year, and joining the lines makes no new one (digits keep their hyphen or get a space)
        if block.zone not in DATE_ZONES or not _ANY_YEAR.search(block.raw):
            continue
        unwrapped = unwrap(block.raw, base=block.start)
        for d in find_dates(unwrapped.text):
            start, end = unwrapped.span(d.start, d.end)
            for column, value in zip(columns.values(), (layout.doc.doc_id, block.block_id, d.surface, start, end,
                                                        d.date_start, d.date_end, d.precision, block.zone)):
                column.append(value)
    if not columns["doc_id"]:
        return pd.DataFrame(columns=DATES_COLUMNS + ["zone"])
    return pd.DataFrame(columns)
