"""What a match of the date pattern means: the ISO days of each form, read by one short function per form."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache

from .colons import leads_into_a_year
from .dayorder import day_first
from .marks import era_offsets, hundreds_words, joining_words, numeral_marks, ordinal_marks
from .pattern import list_item_pattern
from .words import month_of
from ..patterns import compiled


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


@lru_cache(maxsize=1)
def _dm_split() -> re.Pattern:
    # (built when first asked, after `measure_generality --hold-out` may have dropped the marks of a language)
    # (a hyphen before a named month: Uzbek `31-avgust`, `pattern`'s day and month)
    return compiled(rf"(\d{{1,2}})(?:\.?[º°]\s+|\.\s*|\s+|(?:st|nd|rd|th|er|{ordinal_marks()})\s+|-(?=[^\W\d_])(?![IVXivx]+\b))"
                    rf"(?:{joining_words('day_month')})?(.+)$", re.S)


def _day_month(token: str) -> tuple[int, int | None]:
    m = _dm_split().match(token.strip())
    if month_of(m.group(2)) is None:
        # (the longest joining word may have taken the first word of a month's name: Breton `8 a viz Du`, "of the month
        # of November", is `a` and the name `viz du`, as `pattern`'s form matched it)
        words = token.strip()[m.end(1):].split()
        for k in range(1, len(words)):
            if month_of(" ".join(words[k:])) is not None:
                return int(m.group(1)), month_of(" ".join(words[k:]))
    month = m.group(2)
    # a small Roman month between full stops, as British notes write it (`14.iii.1927`); not after a space, where it is
    # the Slavic `i` ("and") or a volume (`5 i 1927`)
    if month.islower() and month.endswith(".") and m.start(2) == len(m.group(1)) + 1:
        return int(m.group(1)), month_of(month.upper())
    return int(m.group(1)), month_of(month)


_DIGITS = compiled(r"\d+")


def _day(token: str) -> int:
    return int(_DIGITS.match(token.strip()).group(0))


def iso_day(y: int, m: int, d: int) -> str | None:
    """The ISO day, or None for a day the month does not have.

    >>> iso_day(1952, 7, 30), iso_day(1953, 2, 29)
    ('1952-07-30', None)
    """
    if not (1 <= m <= 12) or not (1 <= d <= calendar.monthrange(y, m)[1]):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def month_end(y: int, m: int) -> int:
    """The month's last day.

    >>> month_end(1952, 2)
    29
    """
    return calendar.monthrange(y, m)[1]


def _plausible_year(y: int) -> bool:
    return 1000 <= y <= 2100


def read_value(m: re.Match, text: str) -> DateValue | None:
    """The dates a match of the date pattern names, or None where they cannot be (31 June, a page range).

    >>> from histkit.dates.pattern import pattern
    >>> read_value(pattern().search("od 20. do 30. 9. 1955"), "od 20. do 30. 9. 1955")
    DateValue(start='1955-09-20', end='1955-09-30', precision='day')

    The form is the outer group that closed last; its year, where it has one, is checked first.
    """
    form = m.lastgroup
    year = m.re.groupindex.get("y_" + form)
    y = int(m.group(year)) if year else None
    if y is not None and not _plausible_year(y):
        return None
    return _FORMS[form](m, y, text)


def _full_range(g: re.Match, y: int, text: str) -> DateValue | None:
    # 28. 12. 1952 – 3. 1. 1953
    (d1, m1), (d2, m2) = _day_month(g["h1"]), _day_month(g["h2"])
    if not m1 or not m2:
        return None
    return _range(iso_day(int(g["hy"]), m1, d1), iso_day(y, m2, d2), "day")


def _day_month_range(g: re.Match, y: int, text: str) -> DateValue | None:
    # 25. 2. – 6. 3. 1954: a range back over the new year starts the year before
    (d1, m1), (d2, m2) = _day_month(g["d1"]), _day_month(g["d2"])
    if not m1 or not m2:
        return None
    return _range(iso_day(y - 1 if m1 > m2 else y, m1, d1), iso_day(y, m2, d2), "day")


def _day_range(g: re.Match, y: int, text: str) -> DateValue | None:
    # od 20. do 30. 9. 1955
    d2, mon = _day_month(g["a2"])
    return _range(iso_day(y, mon, _day(g["a1"])) if mon else None, iso_day(y, mon, d2) if mon else None, "day")


def _month_day_range(g: re.Match, y: int, text: str) -> DateValue | None:
    # from July 29 to August 2 1952
    m1, m2 = month_of(g["m1"]), month_of(g["m2"])
    return _range(iso_day(y - 1 if m1 > m2 else y, m1, _day(g["e1"])), iso_day(y, m2, _day(g["e2"])), "day")


def _month_days_range(g: re.Match, y: int, text: str) -> DateValue | None:
    # November 19–20, 1955
    mon = month_of(g["m3"])
    return _range(iso_day(y, mon, _day(g["f1"])), iso_day(y, mon, _day(g["f2"])), "day")


def _listed(g: re.Match, y: int, text: str) -> DateValue | None:
    days = [item[2] for item in list_items(g)]
    return _range(min(days), max(days), "day") if days and all(days) else None


def _one_day(day: str | None) -> DateValue | None:
    return DateValue(day, day, "day") if day else None


def _day_month_year(g: re.Match, y: int, text: str) -> DateValue | None:
    d, mon = _day_month(g["d3"])
    return _one_day(iso_day(y, mon, d) if mon else None)


def _month_day_year(g: re.Match, y: int, text: str) -> DateValue | None:
    return _one_day(iso_day(y, month_of(g["m4"]), _day(g["g1"])))


def _us(g: re.Match, y: int | None, text: str) -> DateValue | None:
    # month/day/year, unless the first number cannot be a month, or a word for "day" stands before it (Vietnamese
    # `ngày 12/6/1955`: the day first; data/dates/numeral_marks.csv)
    # (or the document writes its slashed dates day first, `dayorder`; a second number above 12 is still the day)
    a, b = int(g["u1"]), int(g["u2"])
    month, day = (b, a) if a > 12 or (b <= 12 and day_first()) or _day_word_before(text, g.start()) else (a, b)
    return _one_day(iso_day(int(g["uy"]), month, day))


def _day_word_before(text: str, start: int) -> bool:
    return re.search(rf"(?:^|\s)(?:{numeral_marks('day', 'before')})\s+$", text[max(0, start - 12):start]) is not None


def _roman_slashed(g: re.Match, y: int | None, text: str) -> DateValue | None:
    # (a year of two digits is the twentieth century's: the clerks who wrote `5-VI-45` wrote in it)
    written = g["rs_y"] or g["rs_y2"]
    year = int(written) + (1900 if len(written) == 2 else 0)
    return _one_day(iso_day(year, month_of(g["rs_m"].upper()) or 0, int(g["rs_d"])))


def _year_roman_day(g: re.Match, y: int | None, text: str) -> DateValue | None:
    return _one_day(iso_day(int(g["yrd_y"]), month_of(g["yrd_m"] or g["yrd_m2"]) or 0, int(g["yrd_d"] or g["yrd_d2"])))


def _roman_month_year(g: re.Match, y: int | None, text: str) -> DateValue | None:
    y1, mon = int(g["rmy_y"]), month_of(g["rmy_m"])
    if not mon or not _plausible_year(y1):
        return None
    return DateValue(f"{y1:04d}-{mon:02d}-01", f"{y1:04d}-{mon:02d}-{month_end(y1, mon):02d}", "month")


def _day_month_hyphens(g: re.Match, y: int | None, text: str) -> DateValue | None:
    return _one_day(iso_day(int(g["dhy_y"]), int(g["dhy_m"]), int(g["dhy_d"])))


def _iso_form(g: re.Match, y: int | None, text: str) -> DateValue | None:
    return _one_day(iso_day(int(g["iy"]), int(g["im"]), int(g["id"])))


def _year_dotted(g: re.Match, y: int | None, text: str) -> DateValue | None:
    return _one_day(iso_day(int(g["yt"]), int(g["mt"]), int(g["dt"])))


def _year_month_day(g: re.Match, y: int | None, text: str) -> DateValue | None:
    y1 = int(g["yh"])
    return _one_day(iso_day(y1, month_of(g["mh"]) or 0, int(g["dh"])) if _plausible_year(y1) else None)


def _year_day_month(g: re.Match, y: int | None, text: str) -> DateValue | None:
    # the Latvian `1940. gada 17. jūnijā` and the Basque `1937ko ekainaren 2a`: the year first, the day its own number
    # (the Azerbaijani days of a range: `1919-cu il 1–3 iyun`)
    y1, month, day = (int(g["yl"]), g["ml"], g["dl2"]) if g["yl"] else (int(g["yb"]), g["mb"], g["db"])
    if not _plausible_year(y1):
        return None
    if day is None:  # (the Basque year and month alone: `1970eko abenduan`)
        mon = month_of(month)
        return DateValue(f"{y1:04d}-{mon:02d}-01", f"{y1:04d}-{mon:02d}-{month_end(y1, mon):02d}", "month") if mon else None
    first = iso_day(y1, month_of(month) or 0, int(day))
    last = iso_day(y1, month_of(month) or 0, int(g["dl3"])) if g["yl"] and g["dl3"] else first
    return DateValue(first, last, "day") if first and last and last >= first else None


def _dual(g: re.Match, y: int, text: str) -> DateValue | None:
    """The Gregorian day after another calendar's year and a slash: `1338/25 November 1919`."""
    mon = month_of(g["m_du"])
    return _one_day(iso_day(y, mon, int(g["d_du"])) if mon else None)


_HAN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}


def han_number(text: str) -> int:
    """A number in Arabic digits or in Chinese numerals up to the nineties, `十` the tens.

    >>> han_number("13"), han_number("十一"), han_number("二十五"), han_number("三十"), han_number("十")
    (13, 11, 25, 30, 10)

    An era's first year is `元年` (`民国元年` = 1912): `元` is 1.
    """
    if text == "元":
        return 1
    if text.isascii():
        return int(text)
    tens, _, units = text.rpartition("十")
    if "十" not in text:
        return int("".join(str(_HAN_DIGITS[c]) for c in text))
    return _HAN_DIGITS.get(tens, 1) * 10 + (_HAN_DIGITS[units] if units else 0)


def _numbered(g: re.Match, y: int | None, text: str) -> DateValue | None:
    """A date whose numbers carry their marks: `1948年5月14日` (a day), `1936年7月` (a month), `昭和12年` (a year of an
    era), `3 tháng 5 năm 1937`."""
    if g["vi"]:
        y1, mon, day = int(g["yv"]), int(g["mv"]), g["dv"]
        first, last = (iso_day(y1, mon, int(d)) if d and 1 <= mon <= 12 else None for d in (g["dv0"], day))
        if first and last and first < last and _plausible_year(y1):  # `ngày 5 và 19 tháng 6 năm 1957`: both days
            return DateValue(first, last, "day")
    else:
        y1 = int(g["yc"]) if g["yc"] else era_offsets()[g["era"]] + han_number(g["ey"])
        mon, day = han_number(g["mc"] or "0"), g["dcb"] or (g["dc"] and str(han_number(g["dc"])))
    if not _plausible_year(y1) or not 0 <= mon <= 12:
        return None
    if not mon:
        return DateValue(f"{y1:04d}-01-01", f"{y1:04d}-12-31", "year")
    if day:
        return _one_day(iso_day(y1, mon, int(day)))
    return DateValue(f"{y1:04d}-{mon:02d}-01", f"{y1:04d}-{mon:02d}-{month_end(y1, mon):02d}", "month")


def _month_year(g: re.Match, y: int, text: str) -> DateValue | None:
    mon = month_of(g["m5"])
    return DateValue(f"{y:04d}-{mon:02d}-01", f"{y:04d}-{mon:02d}-{month_end(y, mon):02d}", "month")


def second_year(y1: int, tail: str) -> int:
    """The second year of a span whose second end may be short.

    >>> second_year(1950, "55"), second_year(1847, "9"), second_year(1918, "1920")
    (1955, 1849, 1920)
    """
    # `1950–55`: two digits are the first year's century's; `1847–9`: one is its decade's
    return int(tail) if len(tail) == 4 else (y1 // 10 ** len(tail)) * 10 ** len(tail) + int(tail)


def _years(y1: int, y2: int) -> DateValue:
    return DateValue(f"{y1:04d}-01-01", f"{y2:04d}-12-31", "year")


def _year_range(g: re.Match, y: int | None, text: str) -> DateValue | None:
    y1 = int(g["y1"])
    y2 = second_year(y1, g["y2"])
    if not (_plausible_year(y1) and _plausible_year(y2)) or not (y1 < y2 <= y1 + 200) \
            or _PAGE_BEFORE.search(text[max(0, g.start() - 6):g.start()]) and not leads_into_a_year(text, g.start()):
        return None
    return _years(y1, y2)


def _academic_year(g: re.Match, y: int | None, text: str) -> DateValue | None:
    # 1950/51
    y1 = int(g["ay1"])
    y2 = second_year(y1, g["ay2"])
    return _years(y1, y2) if y2 == y1 + 1 and _plausible_year(y1) else None


def _islamic_and_gregorian(g: re.Match, y: int | None, text: str) -> DateValue | None:
    # `1276/1859–60`: the Gregorian year(s) count; a lunar Hijri year of the 19th–20th century is 575–585 years
    # behind, a solar one 621: anything else is a number and a shelfmark, not a pair of calendars
    y0, y1 = int(g["hg0"]), int(g["hg1"])
    y2 = second_year(y1, g["hg2"]) if g["hg2"] else y1
    return _years(y1, y2) if 575 <= y1 - y0 <= 625 and y1 <= y2 <= y1 + 1 else None


def _decade(g: re.Match, y: int | None, text: str) -> DateValue | None:
    # the 1950s; `1955-ih` is a year; `1800-talet` a century (the ``hundreds`` rows of decade_words.csv), but not
    # `2000-luvun alussa`, as often the first decade of this century as the century
    y1 = int(g["y3"] or g["y3b"])
    if not y1 % 100 and y1 < 2000 and g["y3"] and _hundreds().search(g["dec"]):
        return _years(y1, y1 + 99)
    return _years(y1, y1) if y1 % 10 else _years(y1, y1 + 9)


@lru_cache(maxsize=1)
def _hundreds() -> re.Pattern:
    return compiled(rf"(?:{hundreds_words()})$")


def _year(g: re.Match, y: int | None, text: str) -> DateValue | None:
    y1 = int(g["yy"])
    if not _plausible_year(y1) or _looks_like_pages_or_issue(text, g.start(), g.end()):
        return None
    return _years(y1, y1)


def _months(g: re.Match, y: int | None, text: str) -> DateValue | None:
    """A Hungarian year and month (`1956. május`) or a span of months (`Oct. 1919 – Feb. 1920`)."""
    if g.lastgroup == "ym":
        y1, mon = int(g["yh2"]), month_of(g["mh2"])
        if not mon or not _plausible_year(y1):
            return None
        return DateValue(f"{y1:04d}-{mon:02d}-01", f"{y1:04d}-{mon:02d}-{month_end(y1, mon):02d}", "month")
    # (`Mei–Jun 1953`, `April–May 1946`: the first month without a year is the second's year's)
    y1, m1, m2 = int(g["y6"] or y), month_of(g["m6"]), month_of(g["m7"])
    if not (m1 and m2 and _plausible_year(y1)) or (y1, m1) >= (y, m2):
        return None
    return DateValue(f"{y1:04d}-{m1:02d}-01", f"{y:04d}-{m2:02d}-{month_end(y, m2):02d}", "month")


def list_items(m: re.Match) -> list[tuple[int, int, str | None]]:
    """The dates of a list reading (`30 June and 2 Aug. 1939`): span and ISO day of each, the year from the end.

    >>> from histkit.dates.pattern import pattern
    >>> list_items(pattern().search("30 June and 2 Aug. 1939"))
    [(0, 7, '1939-06-30'), (12, 18, '1939-08-02')]
    """
    year = int(m.group("y_dl"))
    items = []
    for item in list_item_pattern().finditer(m.string, m.start(), m.start("y_dl")):
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
        out.append((start, end, iso_day(year, month, day) if month else None))
    return out[::-1]


def _range(start: str | None, end: str | None, precision: str) -> DateValue | None:
    if not start or not end or end < start:
        return None
    return DateValue(start, end, precision)


# (a semicolon parts pages, `pp. 12; 1954`, only after a number: in prose a year opens a clause after it, `…; 1957`)
_PAGE_BEFORE = compiled(r"(?:\b(?:pp?|str|S|s|str|стр|c|fol|ff?|no|br|бр|nr|Nr|vol|t|knj|sv)\.?\s*|:\s*|(?<=\d);\s*)$",
                        re.IGNORECASE)


_DASH_BEFORE = compiled(r"\d\s*[–—-]\s*$")
_DASH_AFTER = compiled(r"\s*[–—-]\s*\d")
_COLON_NUMBER = compiled(r":\d")


def _looks_like_pages_or_issue(text: str, start: int, end: int) -> bool:
    # a shelfmark's code glued to its number (`NAA: A1838`, `RG1954`): a series, not a year
    if start and "A" <= text[start - 1] <= "Z" or start and "А" <= text[start - 1] <= "Я":
        return True
    # `1205–1210` after a page word, `pp. 1954`, `br. 1954`: numbers, not years
    # (but not after a colon that leads into the year: `The calendar ran: 1903 — …`, `Chapitre IV : 1848`: `colons`)
    if _PAGE_BEFORE.search(text[max(0, start - 6):start]) and not leads_into_a_year(text, start) \
            or _DASH_BEFORE.search(text[max(0, start - 4):start]):
        return True
    # `(Beograd: Prosveta, 1984)`: a publication year, not a date the text speaks of
    opening = text.rfind("(", max(0, start - 120), start)
    if opening >= 0 and text[end:end + 1] == ")" and ":" in text[opening:start] and ")" not in text[opening:start]:
        return True
    # `SFS 1939:615`, `HP 1942:17`: a year and a number after a colon are a statute's or a file's number
    return bool(_DASH_AFTER.match(text[end:end + 4])) or bool(_COLON_NUMBER.match(text, end))


_FORMS = {"r_full": _full_range, "r_dm": _day_month_range, "r_d": _day_range, "r_md": _month_day_range,
          "r_mdd": _month_days_range, "dl": _listed, "dmy": _day_month_year, "mdy": _month_day_year, "us": _us,
          "iso": _iso_form, "ydot": _year_dotted, "rsl": _roman_slashed, "yrd": _year_roman_day, "rmy": _roman_month_year, "dhy": _day_month_hyphens, "ymd": _year_month_day, "ydm": _year_day_month, "yko": _year_day_month, "cjk": _numbered, "vi": _numbered, "dual": _dual,
          "ym": _months, "r_my": _months, "my": _month_year,
          "yr": _year_range, "hg": _islamic_and_gregorian, "ay": _academic_year, "dec": _decade, "yy": _year}
