"""Days of other calendars written as their Gregorian day before the date forms read a text: `15 Recep 1329`.

Ottoman, Arab, Iranian, Ethiopian and French revolutionary documents are dated in the Hijri (`15 Recep 1329`,
`12 Rajab 1329`), Rumi (`3 Teşrinievvel 1327`), Solar Hijri (`12 Mordad 1329`), Ethiopian (`12 Meskerem 1943 E.C.`,
`Meskerem 9, 1937`) and Republican (`25 brumaire an VIII`) calendars. Their month names are data
(``calendar_months.csv``: a historian adds a spelling); what a day of each calendar is in the Gregorian one is
arithmetic here. As in `erayears`, such a date is written over, before the
forms are tried, as its ISO day padded with spaces (`1911-07-12   `): the text keeps its length, the offsets of
every match hold, and the form that reads ISO days reads it. Only whole days are rewritten; a calendar's month
and year alone are left as they are.
"""

from __future__ import annotations

import math
import re
from datetime import date, timedelta
from functools import lru_cache

from ..data import data_rows
from .erayears import era_days
from .marks import numeral_marks
from ..patterns import compiled
from .anchors import Anchor, holds
from .words import grouped_trie, trie_alternation

# the first day of each year of the Republic (an I–XIV), as the decree of 1793 fixed them at the autumn equinox
_REPUBLICAN_NEW_YEAR = {1: (1792, 9, 22), 2: (1793, 9, 22), 3: (1794, 9, 22), 4: (1795, 9, 23), 5: (1796, 9, 22),
                        6: (1797, 9, 22), 7: (1798, 9, 22), 8: (1799, 9, 23), 9: (1800, 9, 23), 10: (1801, 9, 23),
                        11: (1802, 9, 23), 12: (1803, 9, 24), 13: (1804, 9, 23), 14: (1805, 9, 23)}
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
# the years a document of each calendar may carry: outside them the number is no such year (a Gregorian `Mart 1950`)
# the calendars whose days are written year first (`२०४६ चैत २६ गते`)
_YEAR_FIRST = ("bikram_sambat",)
_YEARS = {"hijri": (1000, 1450), "rumi": (1200, 1340), "solar_hijri": (1200, 1450), "ethiopian": (1700, 2100),
          "republican": (1, 14), "bikram_sambat": (1900, 2200)}


@lru_cache(maxsize=1)
def _months() -> dict[str, list[tuple[str, int]]]:
    # (a name of two calendars, the Persian and the Ethiopian `Tir`, is told by its year: `_YEARS`)
    months: dict[str, list[tuple[str, int]]] = {}
    for row in data_rows("dates", "calendar_months.csv"):
        if (row.get("name") or "").strip():
            months.setdefault(_folded(row["name"].strip()), []).append((row["calendar"].strip(), int(row["month"])))
    return months


def _folded(name: str) -> str:
    """A month's name as the patterns, which ignore case, match it: Turkish dotless `ı` and dotted `İ` as `i`
    (`KANUN-I EVVEL`, `Kanun-i evvel` for `Kanun-ı evvel`), each cased form of a name one key."""
    return name.casefold().replace("i̇", "i").replace("ı", "i")


@lru_cache(maxsize=1)
def _year_first_letters() -> re.Pattern:
    """The first letters of the names of the months written year first (`_YEAR_FIRST`): a text without one has no such
    day, and is searched without that branch, which would be tried at every number."""
    names = [n for n, kinds in _months().items() if any(c in _YEAR_FIRST for c, _ in kinds)]
    # (a class of them, which re skips to in C: their look-ahead before any character was tried at every character)
    return compiled("[" + "".join(sorted({re.escape(n[0]) for n in names})) + "]" if names else r"(?!)", re.IGNORECASE)


@lru_cache(maxsize=2)
def _pattern(year_first: bool = True) -> re.Pattern:
    names = sorted(_months())
    # as a trie (longest first, as the names sorted by length were): re tried the 144 names one by one at every word
    month = trie_alternation(names) if names else r"(?!)"
    # a date opens a word with its day's digit or its month's first letter: asked once, before either form is tried
    # (each form opened with the look-behind and was tried in any case at every character: 0.33 -> 0.06 s CPU of
    # `calendar_days` on the corpus's texts, with the trie)
    opens = "".join(re.escape(c) for c in sorted({n[0] for n in names}))
    # the day before the month (`15 Recep 1329`) or after it (`Meskerem 9, 1937 E.C.`)
    # (a year's calendar mark may be glued to it, `1337هـ`)
    marks = "|".join(re.escape(f) for f in sorted(_year_marks(), key=lambda f: (-len(f), f))) or r"(?!)"
    # (a word for "day" may stand between the day and the year: Amharic `የካቲት 23 ቀን 1888`; numeral_marks.csv)
    day_word = numeral_marks("day", "after")
    # or the year first, as Nepali writes the Bikram Sambat: `वि.सं. २००७ फागुन ७ गते`, `२०१७ साल पुस १ गते` (the era's
    # mark before it and the words for year and day: calendar_year_marks.csv, numeral_marks.csv)
    before = "|".join(re.escape(f) for f, c in sorted(_year_marks().items(), key=lambda i: (-len(i[0]), i[0]))
                      if c == "bikram_sambat") or r"(?!)"
    # (only the names of the calendars so written, behind their first letters: after every year and a space)
    first_names = sorted(n for n, kinds in _months().items() if any(c in _YEAR_FIRST for c, _ in kinds))
    first_month = grouped_trie(first_names) if first_names else r"(?!)"
    first = (rf"(?:(?:{before})\s*)?(?P<y3>\d{{4}})\s+(?:(?:{numeral_marks('year', 'after')})\s+)?(?P<m3>{first_month})"
                  rf"\s+(?P<d3>[0-3]?\d)(?:\s+(?:{day_word}))?")
    opens += "".join(re.escape(f[0]) for f in (before.split("|") if before != r"(?!)" else ()))
    first = rf"{first}(?![\w])|" if year_first else ""
    return compiled(rf"(?<![\w/.])(?=[\d{opens}])(?:{first}(?:(?P<d>[0-3]?\d)(?:er|e)?\.?\s+(?:de\s+)?(?P<m>{month})"
                      rf"|(?P<m2>{month})\s+(?P<d2>[0-3]?\d))(?![\w])\.?,?\s+(?:(?:{day_word})\s+)?"
                      rf"(?:(?:de\s+)?l?['’]?an\s+(?P<an>[IVX]{{1,5}}|\d{{1,2}})|(?P<y>\d{{3,4}})(?:{marks})?)(?![\w/]))", re.IGNORECASE)


def roman_number(numeral: str) -> int:
    """The number a Roman numeral writes.

    >>> roman_number("XIV")
    14
    """
    return _roman(numeral)


def _roman(numeral: str) -> int:
    values = [_ROMAN[c] for c in numeral.upper()]
    return sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values))


def hijri_day(year: int, month: int, day: int) -> date:
    """The Gregorian day of a day of the (tabular) Hijri calendar, a day either side of the sighted moon.

    >>> hijri_day(1329, 7, 15)
    datetime.date(1911, 7, 12)
    """
    days = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30
    return date(622, 7, 19) + timedelta(days=days - 1)


def rumi_day(year: int, month: int, day: int) -> date:
    """The Gregorian day of a Rumi day (the year from 1 Mart; Julian days until Mart 1333, 1917).

    >>> rumi_day(1329, 1, 1), rumi_day(1329, 11, 5)
    (datetime.date(1913, 3, 14), datetime.date(1914, 1, 18))
    """
    gregorian_month, gregorian_year = (month + 1) % 12 + 1, year + (584 if month <= 10 else 585)
    day_then = date(gregorian_year, gregorian_month, day)
    if year >= 1333:
        return day_then
    return day_then + timedelta(days=12 if day_then < date(1900, 3, 1) else 13)


def solar_hijri_day(year: int, month: int, day: int) -> date:
    """The Gregorian day of a Solar Hijri day (the year from the March equinox, taken as 21 March).

    >>> solar_hijri_day(1320, 1, 1), solar_hijri_day(1329, 5, 12)
    (datetime.date(1941, 3, 21), datetime.date(1950, 8, 3))
    """
    return date(year + 621, 3, 21) + timedelta(days=(month - 1) * 31 - max(0, month - 7) + day - 1)


def republican_day(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a day of the French Republican calendar (an I–XIV), or None outside it.

    >>> republican_day(8, 2, 18)
    datetime.date(1799, 11, 9)
    """
    if year not in _REPUBLICAN_NEW_YEAR:
        return None
    return date(*_REPUBLICAN_NEW_YEAR[year]) + timedelta(days=(month - 1) * 30 + day - 1)


def ethiopian_day(year: int, month: int, day: int) -> date:
    """The Gregorian day of an Ethiopian day (E.C.): the year opens on the Julian 29 August (30th before a leap year).

    >>> ethiopian_day(1943, 1, 12), ethiopian_day(1937, 1, 9)
    (datetime.date(1950, 9, 22), datetime.date(1944, 9, 19))
    """
    julian_new_year = date(year + 7, 8, 30 if (year + 8) % 4 == 0 else 29)
    gap = 13 if julian_new_year >= date(1900, 2, 28) else 12
    return julian_new_year + timedelta(days=gap + (month - 1) * 30 + day - 1)


# the Gregorian day given after another calendar's, in brackets or after a slash, past an era's mark (`E.C.`, `Sh.`, `AH`)
_GIVEN_AFTER = compiled(r"(?:\s*[^\W\d_]{1,3}\.?){0,3}\s*[(\[/]\s*(?P<day>[0-3]?\d)(?!\d)")

_DIGIT = compiled(r"\d")
# every day `_pattern` reads has a year of three or four digits or the Republic's `an` and its numeral: a scan in C for
# each, where `_pattern` opens with a look-behind tried at every character
_ANCHOR = Anchor(patterns=(r"\d\d\d", r"an\s+[ivx\d]"))

@lru_cache(maxsize=1)
def _bikram_sambat_years() -> dict[int, tuple[date, tuple[int, ...]]]:
    # (its months have 29 to 32 days as the almanac of each year fixes them: no rule gives them, so they are a table)
    years = {}
    for row in data_rows("dates", "bikram_sambat_years.csv"):
        if (row.get("year") or "").strip().isdigit() and (row.get("first_day") or "").strip():
            lengths = tuple(int(row[k]) for k in list(row)[2:14])
            years[int(row["year"])] = (date.fromisoformat(row["first_day"].strip()), lengths)
    return years


def bikram_sambat_day(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Bikram Sambat day, or None for a year the table (``bikram_sambat_years.csv``) lacks.

    >>> bikram_sambat_day(2007, 11, 7), bikram_sambat_day(2046, 12, 26)
    (datetime.date(1951, 2, 18), datetime.date(1990, 4, 8))
    """
    known = _bikram_sambat_years().get(year)
    if known is None or not 1 <= month <= 12 or not 1 <= day <= known[1][month - 1]:
        return None
    return known[0] + timedelta(days=sum(known[1][:month - 1]) + day - 1)


_CONVERT = {"hijri": hijri_day, "rumi": rumi_day, "solar_hijri": solar_hijri_day, "republican": republican_day,
            "ethiopian": ethiopian_day, "bikram_sambat": bikram_sambat_day}


def gregorian_days(text: str) -> str:
    """``text`` with each whole day of another calendar written as its ISO day, padded to the same length.

    >>> gregorian_days("irade, 15 Recep 1329.")
    'irade, 1911-07-12   .'
    >>> gregorian_days("arrêté du 25 brumaire an VIII")
    'arrêté du 1799-11-16        '
    """
    return calendar_days(text)[0]


def calendar_days(text: str) -> tuple[str, tuple[tuple[int, int], ...], dict[int, int]]:
    """`gregorian_days`, the spans it wrote over, and where each Gregorian day given after another calendar's begins
    with where that one begins: for a reader to give the date its whole surface.

    >>> calendar_days("du 1er frimaire an II.")
    ('du 1793-11-21        .', ((3, 21),), {})
    """
    if not _DIGIT.search(text):  # (every form has a day or a year in digits)
        return text, (), {}
    text, era_spans = era_days(text)  # (`Meiji 9.7.12`: an era's day, `erayears`)
    if not holds(_ANCHOR, text):  # (half the paragraphs with a number have no number a calendar's year could be)
        return text, tuple(era_spans), {}
    spans, out, last, given_at = list(era_spans), [], 0, {}
    for m in _pattern(_year_first_letters().search(text) is not None).finditer(text):
        given = _GIVEN_AFTER.match(text, m.end())
        if given:
            # (`2 رجب 1360 (26 جويلية 1941)`: the writer's Gregorian day is read, its surface alone; so this one and the
            # bracket are blanked, lest a reader take `2 رجب 1360` or `1 Mart 1335` for a Gregorian year or day)
            day = given.end() - len(given.group("day"))
            out.append(text[last:m.start()] + " " * (day - m.start()))
            last = day
            given_at[day] = m.start()
            continue
        iso = _iso(m)
        if iso != m.group():
            out.append(text[last:m.start()] + iso)
            spans.append(m.span())
            last = m.end()
    return "".join(out) + text[last:], tuple(spans), given_at


@lru_cache(maxsize=1)
def _marked_year() -> re.Pattern:
    marks = "|".join(re.escape(f) for f in sorted(_year_marks(), key=lambda f: (-len(f), f)))
    # a year of four digits (and the last of a span after a dash), a space or none, the calendar's mark after it
    # (the year's `1` first and its look-behind after it, `(?<![\w/.-])1`: re skips to each `1` in C, where the
    # look-behind first was tried at every character of every text; the same matches)
    return compiled(rf"(?P<y>1(?<=(?<![\w/.-])1)[0-4]\d\d)(?:\s*[–—-]\s*(?P<y2>1[0-4]\d\d|\d\d))?\s?(?P<mark>{marks})(?![\w])"
                    if marks else r"(?!)")


def year_marks() -> dict[str, str]:
    """Each mark of another calendar's year (``calendar_year_marks.csv``) and its calendar.

    >>> year_marks()["AH"], year_marks()["R."]
    ('hijri', 'rumi')
    """
    return dict(_year_marks())


def first_day_of_year(calendar: str, year: int) -> date | None:
    """The Gregorian first day of a year of the Hijri, Solar Hijri, Rumi or Ethiopian calendar, or None for another.

    >>> first_day_of_year("hijri", 1309), first_day_of_year("rumi", 1332), first_day_of_year("rumi", 1334)
    (datetime.date(1891, 8, 7), datetime.date(1916, 3, 14), datetime.date(1918, 1, 1))
    """
    if calendar == "rumi" and year > 1333:
        return date(year + 584, 1, 1)  # (from 1334 the Rumi year opens in January: the Gregorian year less 584)
    convert = {"hijri": hijri_day, "solar_hijri": solar_hijri_day, "rumi": rumi_day, "ethiopian": ethiopian_day}.get(calendar)
    return convert(year, 1, 1) if convert else None


def republican_year(year: int) -> tuple[date, date] | None:
    """The Gregorian first and last day of a year of the French Republic (an I–XIV; an XIV ended with the calendar on
    31 December 1805), or None.

    >>> republican_year(8)
    (datetime.date(1799, 9, 23), datetime.date(1800, 9, 22))
    """
    if year not in _REPUBLICAN_NEW_YEAR:
        return None
    after = date(*_REPUBLICAN_NEW_YEAR[year + 1]) if year + 1 in _REPUBLICAN_NEW_YEAR else date(1806, 1, 1)
    return date(*_REPUBLICAN_NEW_YEAR[year]), after - timedelta(days=1)


def calendar_month_names(calendar: str) -> dict[str, int]:
    """The names of the months of ``calendar`` (``calendar_months.csv``, folded) and their numbers.

    >>> calendar_month_names("republican")["pluviôse"]
    5
    """
    return {name: month for name, kinds in _months().items() for c, month in kinds if c == calendar}


def month_of_calendar(name: str, year: int) -> tuple[date, date] | None:
    """The Gregorian first and last day of the month ``name`` (``calendar_months.csv``) of ``year`` in the calendar
    whose years that number may be, or None.

    >>> month_of_calendar("Rebiülevvel", 1327)
    (datetime.date(1909, 3, 23), datetime.date(1909, 4, 21))
    """
    for calendar, month in _months().get(_folded(name), ()):
        low, high = _YEARS[calendar]
        if calendar not in ("hijri", "solar_hijri", "rumi") or not low <= year <= high:
            continue
        following = (year, month + 1) if month < 12 else (year + 1, 1)
        try:
            first, after = _CONVERT[calendar](year, month, 1), _CONVERT[calendar](*following, 1)
        except ValueError:
            return None
        return first, after - timedelta(days=1)
    return None


@lru_cache(maxsize=1)
def _year_marks() -> dict[str, str]:
    return {row["form"].strip(): row["calendar"].strip() for row in data_rows("dates", "calendar_year_marks.csv")
            if (row.get("form") or "").strip()}


def calendar_years(text: str) -> str:
    """``text`` with each year that a mark says is of the Hijri or Solar Hijri calendar (``calendar_year_marks.csv``)
    written as the Gregorian year it opens in, the same length; where the writer gives the Gregorian year after it
    (`1309–1310 Sh. (1930–32)`, `1325 Sh./1946–47`), left as it is for the forms that read such pairs.

    >>> calendar_years("گزارش سال 1320 ش."), calendar_years("1342–43 AH")
    ('گزارش سال 1941 ش.', '1923–24 AH')
    """
    if not _DIGIT.search(text):  # (every form has a day or a year in digits)
        return text
    out, last = [], 0
    for m in _marked_year().finditer(text):
        if _GREGORIAN_AFTER.match(text, m.end()):
            continue  # (the forms read the pair, `1325 Sh./1946–47`, `1345هـ/1926–1927م`: `_islamic_and_gregorian`)
        out.append(text[last:m.start()])
        last = m.end()
        convert = _CONVERT[_year_marks()[m.group("mark")]]
        written = list(text[m.start():m.end()])
        for group in ("y", "y2") if m.group("y2") else ("y",):
            year = m.group(group) if len(m.group(group)) == 4 else m.group("y")[:2] + m.group(group)
            gregorian = str(convert(int(year), 1, 1).year)[-len(m.group(group)):]
            written[m.start(group) - m.start():m.end(group) - m.start()] = gregorian
        out.append("".join(written))
    return "".join(out) + text[last:]


# the writer's Gregorian year after the other calendar's, in brackets or after a slash: `1299 Sh. (1920–21)`
_GREGORIAN_AFTER = compiled(r"\s*[(\[/][^)\]]{0,30}?(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")


def _iso(m: re.Match) -> str:
    g = m.groupdict()  # (the year-first branch stands only in the pattern of texts that may hold such a day)
    an, year, d = g["an"], g["y"] or g.get("y3"), int(g["d"] or g["d2"] or g.get("d3"))
    number = (int(an) if an.isdigit() else _roman(an)) if an else int(year)
    for calendar, month in _months().get(_folded(g["m"] or g["m2"] or g.get("m3")), ()):
        low, high = _YEARS[calendar]
        if (calendar == "republican") != bool(an) or not low <= number <= high or not 1 <= d <= 31:
            continue
        try:
            day = _CONVERT[calendar](number, month, d)
        except ValueError:  # (a day its month lacks)
            return m.group()
        return m.group() if day is None else day.isoformat().ljust(len(m.group()))
    return m.group()
