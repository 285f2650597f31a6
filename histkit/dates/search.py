"""Dates found in a text: every date, month, year or range, or the one a whole string names."""

# Why not `dateparser` alone: on the forms of South-Slavic, English and German notes, ``dateparser.parse``
# returns None for Serbian genitive months (``30. jula 1952``, ``oktobra 1951``), Cyrillic genitives
# (``30. јула 1952.``), Roman months (``30. VII 1952``) and every range (``25. 2. – 6. 3. 1954``,
# ``od 20. do 30. 9. 1955``); it reads ``7–14. 4. 1956`` as one day and a bare ``1954`` as today's day in
# 1954, and ``dateparser.search`` finds no date in a citation. So the month names come from dateparser's
# locale data, the genitives it lacks are derived here, one regular expression finds dates and ranges,
# and `parse_date` falls back to ``DateDataParser`` for whole strings in other forms.

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from functools import lru_cache

from ..text import fold_homoglyphs
from .anchors import Anchor, has_digit, holds
from .dayorder import day_first
from .documentdays import with_document_days
from .daywords import with_day_words
from .daylists import earlier_days, later_days
from .calendars import calendar_days, calendar_years
from .erayears import gregorian_years
from .marks import and_words, eras, year_words
from .nights import night_start
from .oldstyle import new_style_spans
from .pattern import day_month_pattern, pattern
from .values import DateMatch, DateValue, iso_day, list_items, month_end, read_value
from .words import READ_AS, month_of
from ..patterns import compiled

ANY_YEAR = compiled(r"(?:1\d|20)\d\d")
# an archive's day with a Roman month and the year in two digits, `5-VI-45`, `10.XI.38`, `8. V. 45` (`pattern`'s `rsl`)
_ROMAN_SHORT_YEAR = compiled(r"(?<![\w/.-])[0-3]?\d(?P<s>[/.-])\s?(?:XII|XI|X|IX|VIII|VII|VI|IV|V|III|II|I)(?P=s)\s?(?P<y>\d\d)(?!\d)",
                             re.IGNORECASE)
# (its day, separator, Roman month and separator again, where a scan in C finds them: the pattern opens with a look-behind)
_ROMAN_SHORT_ANCHOR = Anchor(patterns=(r"\d[/.-]\s?[ivx]+[/.-]",))
_CYRILLIC = compiled("[\u0400-\u04ff]")
# between two whole dates of one document: a word for "and" (`pattern.py`'s and those of `and_words.csv`), or for "to"
# or a dash (`Outubro de 1835 a Março de 1836`), after a word for year if the first date has one (`12.03.1930 ж. және`)
_AND_BETWEEN = compiled(rf"(?:\s+(?:{year_words('after')}))?(?:\s+(?:and|und|et|e|i|и|{and_words()}|to|till|until|bis|au"
                        r"|al|a|à|do|до)\s+|\s*[–—]\s*)")
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
    year is not read (``11/6/55`` is as often a file number) unless a Roman
    month stands before it (``5-VI-45``, an archive's clerk's day). A day and
    month without a year (``12. ožujka``) is no date here;
    `find_days_without_year` reads it when the year is known from elsewhere
    (a citation's file year). Never raises on text.
    """
    return list(_dates_in(text, day_first(), READ_AS.get()))


def find_date_groups(text: str) -> list[DateMatch]:
    """Like `find_dates`, but a list of dates is one match, from its earliest day to its latest.

    >>> [(d.surface, d.date_start, d.date_end) for d in find_date_groups("letters of 30 June and 2 Aug. 1939")]
    [('30 June and 2 Aug. 1939', '1939-06-30', '1939-08-02')]

    For a caller that gives one document one date (a citation row's
    ``date_start``/``date_end``); so the day a document's own dating clause
    names by a feast or a regnal year is read too (`documentdays`:
    ``am Montag nach Michaelis 1520``, ``12 May 14 Edw. III``). Never raises
    on text.
    """
    groups = [whole for whole, _ in _readings(text, day_first(), READ_AS.get())]
    return with_document_days(text, _joined(text, groups) if len(groups) > 1 else groups)


def _joined(text: str, groups: list[DateMatch]) -> list[DateMatch]:
    """Two whole dates of one precision that only a word for "and" parts, the later after the earlier, as one span:
    `1.03.1943 ja 5.04.1943`, `8–10 August 1942 and 14 August 1942` (a document written or dated over both days)."""
    out = [groups[0]]
    for date in groups[1:]:
        last = out[-1]
        if date.precision == last.precision and date.precision in ("day", "month") and last.date_start <= date.date_start \
                and _AND_BETWEEN.fullmatch(text, last.end, date.start):
            out[-1] = DateMatch(last.start, date.end, text[last.start:date.end], last.date_start,
                                max(last.date_end, date.date_end), date.precision)
        else:
            out.append(date)
    return out


@lru_cache(maxsize=2048)
def _dates_in(text: str, day_first: bool = False, months: tuple[str, ...] = ()) -> tuple[DateMatch, ...]:
    # a list's dates one by one; its last date runs to the year at the end
    # (`day_first`, how ambiguous slashed dates are read, and `months`, the languages a clashing month name is read
    # in, are part of the key of what is kept: `dayorder`, `clashes`)
    out = []
    for whole, items in _readings(text, day_first, months):
        if not items:
            out.append(whole)
            continue
        for k, (start, end, iso) in enumerate(items):
            end = whole.end if k == len(items) - 1 else end
            out.append(DateMatch(start, end, text[start:end], iso, iso, "day"))
    return tuple(out)


@lru_cache(maxsize=1)
def _era() -> re.Pattern:
    return compiled(eras())


@lru_cache(maxsize=2048)
def _readings(text: str, day_first: bool = False, months: tuple[str, ...] = ()) -> tuple[tuple[DateMatch, tuple], ...]:
    """Each date form read in ``text``: the match (a list as one span) and, for a list, its dates one by one."""
    # kept: the citation readers ask again about the same piece (`find_dates`, then `find_dates_covering`)
    # every form ends in a year: look only near the years (the full pattern is slow to try everywhere)
    # (a year of an era in four digits read as its Gregorian year, `พ.ศ. 2460` as 1917: `erayears`; same length)
    # (and an Old Style day and month before the New Style one in brackets blanked: `oldstyle`; same length)
    # (and a day of another calendar written as its ISO day, `15 Recep 1329` as `1911-07-12   `: `calendars`)
    # (and the digits of other scripts as ASCII ones, `७ फ़रवरी १९२१` as `7 फ़रवरी 1921`; one character each)
    # (and a year a mark says is Hijri or Solar Hijri, `1320 ش.`, as the Gregorian year it opens in: `calendars`)
    folded, calendar_spans, _ = _calendar_view(text)
    # (and a word for a month's first day as its number, `primero de noviembre` as `1       de noviembre`: `daywords`)
    folded, both_styles = new_style_spans(gregorian_years(with_day_words(folded)))
    years = [y.start() for y in ANY_YEAR.finditer(folded)]
    if holds(_ROMAN_SHORT_ANCHOR, folded) and _ROMAN_SHORT_YEAR.search(folded):  # (or a document's day with a Roman month and a two-digit year: `5-VI-45`)
        years = sorted(years + [y.start("y") for y in _ROMAN_SHORT_YEAR.finditer(folded)])
    if _era().search(folded):  # (or a year of an era, of fewer digits: `昭和13年`)
        years = sorted(years + [e.end() for e in _era().finditer(folded)])
    if not years:
        return ()
    found: list[DateMatch] = []
    pos, k, search = 0, 0, pattern().search
    while True:
        k = bisect_left(years, pos, k)  # the first year at or after pos (pos only grows)
        if k == len(years):
            break
        m = search(folded, max(pos, years[k] - _REACH))
        if m is None:
            break
        value = read_value(m, folded)
        if value is not None and m.lastgroup in _LOCAL_COUNT and _OTHER_DIGIT.match(text, m.start(_LOCAL_COUNT[m.lastgroup](m))) \
                and _ISLAMIC_ONLY[0] <= int(value.start[:4]) <= _ISLAMIC_ONLY[1]:
            value = None  # (`۱۳۳۲`, `دهه ۱۳۵۰` with no calendar's mark: of the Hijri or Solar Hijri count, not Gregorian 1332)
        if value is None:
            # a failed long reading (e.g. an impossible day) may hide a shorter one inside it
            pos = m.start() + 1
            continue
        start, end = m.start(), m.end()
        end = max([end] + [e for s, e in calendar_spans if s <= start < e])  # (the calendar's date as written)
        marked = _year_mark().match(folded, end)
        end = marked.end() if marked else end  # (`1917–1921 рр.`, `22 січня 1919 р.`: the year's abbreviation is of it)
        start = min([start] + [s for s, e in both_styles if s <= start < e])  # (`25 October (7 November) 1917`)
        listed = earlier_days(folded, start, pos, value.start, value.end) if value.precision == "day" else None
        # (or a night's first day by its number alone: `in der Nacht vom 27. auf den 28. Februar 1933`: `nights`)
        listed = listed or (night_start(folded, start, pos, value.start)
                            if value.precision == "day" and value.start == value.end else None)
        if listed:  # (`des 3, 9 et 21 novembre 1956`: the days listed before the date are of its span: `daylists`)
            start, value = listed[0], DateValue(listed[1], value.end, "day")
        later = None if listed or value.precision != "day" else later_days(folded, end, value.start, value.end)
        if later:  # (`1849. április 3. és 17.`: the days listed after a year-first date)
            end, value = later[0], DateValue(value.start, later[1], "day")
        found.append((DateMatch(start, end, text[start:end], value.start, value.end, value.precision),
                      list_items(m) if m.lastgroup == "dl" else ()))
        pos = end
    return tuple(found)


@lru_cache(maxsize=2048)
def _calendar_view(text: str) -> tuple[str, tuple[tuple[int, int], ...], dict[int, int]]:
    """``text`` as the date forms read it, its digits ASCII and other calendars' days and years Gregorian
    (`calendars.calendar_days`); kept, for the dates table asks again (`with_both_calendars`)."""
    plain = _OTHER_DIGIT.sub(_ascii_digit, text) if _has_other_digit(text) else text
    return calendar_days(calendar_years(fold_homoglyphs(plain) if _CYRILLIC.search(plain) else plain))


# the end of a bracketed Gregorian day, past its calendar's mark (`(14 يونيو 1919م)`, `(28 آوریل 1951)`)
_BRACKET_CLOSE = compiled(r"\s*(?:[^\W\d_]{1,3}\.?)?\s*[)\]]")
_BRACKET = compiled(r"[(\[]")


def with_both_calendars(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """``found``, the dates of ``text``, with each Gregorian day the writer gives in brackets after another calendar's
    day given the whole surface: the two calendars name one day (`۷ اردیبهشت ۱۳۳۰ (۲۸ آوریل ۱۹۵۱)`).

    >>> text = "irade, 15 Recep 1329 (12 July 1911)."
    >>> [d.surface for d in with_both_calendars(text, find_dates(text))]
    ['15 Recep 1329 (12 July 1911)']

    For the dates table; the readers give the Gregorian day its own surface, which the citations read.
    """
    if not found or not _BRACKET.search(text):
        return found
    folded, _, given_at = _calendar_view(text)  # (as the readers saw it: kept)
    out = []
    for d in found:
        closing = _BRACKET_CLOSE.match(folded, d.end) if d.start in given_at else None
        if closing:
            start = given_at[d.start]
            d = DateMatch(start, closing.end(), text[start:closing.end()], d.date_start, d.date_end, d.precision)
        out.append(d)
    return out


@lru_cache(maxsize=1)
def _year_mark() -> re.Pattern:
    # an abbreviation for year after it (``after`` rows of year_words.csv), a word of its own, or a mark glued to it
    # (``glued`` rows: Urdu `1947ء`)
    return compiled(rf"(?:\s+(?:{year_words('after')})|(?:{year_words('glued')}))(?!\w)")


# a year of 1200-1499 written in another script's digits without a calendar's mark is a year of the local count (Hijri,
# Solar Hijri, Bengali San: `۱۳۳۲` is 1953), not the Gregorian one; the Gregorian years of such texts are later
_ISLAMIC_ONLY = (1200, 1499)

# the forms that may be a bare year of that count, and the group of their year (a decade's after its word)
_LOCAL_COUNT = {"yy": lambda m: 0, "dec": lambda m: "y3b" if m.group("y3b") else "y3"}

# a digit of another script: one class, which re skips to (a look-ahead before `\d` was tried at every character)
_OTHER_DIGIT = compiled(r"[^\D0-9]")


def _has_other_digit(text: str) -> bool:
    # (a text of ASCII alone, as most notes are, holds no other script's digit: told in C without a scan of `re`)
    return not text.isascii() and _OTHER_DIGIT.search(text) is not None


def _ascii_digit(m: re.Match) -> str:
    return str(unicodedata.decimal(m.group()))


def ascii_digits(text: str) -> str:
    """``text`` with the digits of other scripts as ASCII ones, one character each, so offsets hold.

    >>> ascii_digits("২৬ মার্চ ১৯৭১")
    '26 মার্চ 1971'
    """
    return _OTHER_DIGIT.sub(_ascii_digit, text) if _has_other_digit(text) else text


def names_a_year(text: str) -> bool:
    """Whether ``text`` holds a number that could be a year, in any script's digits (`१९३०`, `١٩١٩`): a text
    without one names no date, since every date form ends in a year.

    >>> names_a_year("६ अप्रैल १९३०"), names_a_year("10 ธันวาคม 2475"), names_a_year("民國二十六年"), names_a_year("78 pages")
    (True, True, True, False)
    >>> names_a_year("le 9 thermidor an II"), names_a_year("5-VI-45")
    (True, True)
    """
    if not has_digit(text):  # (every form but an era's year in numerals holds a digit: most paragraphs have none)
        return _era().search(text) is not None  # (an era's year may be in numerals without a digit: `民國二十六年七月七日`)
    if ANY_YEAR.search(text) or holds(_ROMAN_SHORT_ANCHOR, text) and _ROMAN_SHORT_YEAR.search(text):
        return True
    if _era().search(text):  # (an era's year may be in numerals without a digit: `民國二十六年七月七日`)
        return True
    plain = _OTHER_DIGIT.sub(_ascii_digit, text) if _has_other_digit(text) else text
    # (a Thai paragraph may count every year in the Buddhist Era, `10 ธันวาคม 2475`: its years read as Gregorian)
    # (or a day of another calendar whose year has fewer digits: `9 thermidor an II`, `calendars`)
    return bool(ANY_YEAR.search(plain)) or bool(ANY_YEAR.search(gregorian_years(plain))) \
        or bool(calendar_days(plain)[1])


_YEAR_AFTER = compiled(r"\s*,?\s*(?:1\d|20)\d\d")


def find_days_without_year(text: str, year: int) -> list[DateMatch]:
    """Days and months named without a year (``Zapisnik od 12. ožujka``), dated to ``year``.

    >>> [(d.surface, d.date_start) for d in find_days_without_year("Zapisnik od 12. ožujka.", 1952)]
    [('12. ožujka', '1952-03-12')]

    For a citation whose year is known from elsewhere (the file's year); a
    day and month followed by a year are left to `find_dates`. Never raises.
    """
    folded = fold_homoglyphs(text) if _CYRILLIC.search(text) else text
    found = []
    for m in day_month_pattern().finditer(folded):
        if _YEAR_AFTER.match(folded, m.end()):  # from the match's end, not a copy of the rest: linear
            continue
        day = int(m.group("d") or m.group("d2"))
        month = month_of(m.group("m") or m.group("m2"))
        iso = iso_day(year, month, day) if month else None
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
    for d, _ in _readings(stripped, day_first(), READ_AS.get()):
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
                         f"{when.year:04d}-{when.month:02d}-{month_end(when.year, when.month):02d}", "month")
    day = when.strftime("%Y-%m-%d")
    return DateValue(day, day, "day")

