"""The days of a list as the dates table's rows, one per day: `3., 5. og 9. februar 1943`, `2, 7 і 28 сакавіка 1942 г.`.

The date forms read days of one month joined by commas or "and" as one span (`find_dates`: a citation's document is
dated over them); the dates table lists what a text speaks of, and a list names each day (the date rounds' rule 6).
Days joined by "and" after a word for "between" (``between_words.csv``: `entre el 18 y el 20 de julio`) are a span.
So are two years (`1845 and 1846`, `1941 и 1942 гг.`): the date forms read them as a span, which they are only after a
word for "between" or before one written after them (``between_after_words.csv``: Hungarian `1957 és 1961 között`);
otherwise a list or an alternative of two years (`The harvests of 1845 and 1846`) is a row per year (rules 36, 117).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled
from .daylists import AND_WORDS
from .marks import and_words
from .values import DateMatch, iso_day


@lru_cache(maxsize=2)
def _between(nights: bool = True) -> re.Pattern:
    forms = sorted({r["form"].strip() for r in data_rows("dates", "between_words.csv") if (r.get("form") or "").strip()
                    and (nights or (r.get("joins") or "").strip() != "nights")}, key=lambda f: (-len(f), f))
    # (the word, and perhaps an article or a case's prefix before the first day: `entre el`, `bejn it-`)
    return compiled(rf"(?<!\w)(?:{'|'.join(map(re.escape, forms))})\s+(?:[^\W\d_]{{1,3}}[\s'’-]+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _items() -> re.Pattern:
    # the days before the last, each with its stop if the language writes one, then a comma or a word for "and"
    # (perhaps an article after it: `18 y el 20`)
    return compiled(rf"(?:\d{{1,2}}\.?(?:\s*,\s*|\s+(?:{AND_WORDS}|{and_words()})\s+(?:[^\W\d_]{{1,3}}\s+)?))+(?=\d)")


def after_between(text: str, start: int, nights: bool = True) -> bool:
    """Whether a word for "between" stands just before ``start`` of ``text`` (`entre el 18`, `Between May`); with
    ``nights`` False not one that only opens a night (`z 20. na 21.`: `z lipca i sierpnia` is "of July and August").

    >>> after_between("entre el 18 y el 20 de julio", 9), after_between("the 18th and 20th", 4)
    (True, False)
    """
    return _between(nights).search(text, max(0, start - 30), start) is not None


@lru_cache(maxsize=1)
def _between_after() -> re.Pattern:
    forms = sorted({r["form"].strip() for r in data_rows("dates", "between_after_words.csv")
                    if (r.get("form") or "").strip()}, key=lambda f: (-len(f), f))
    return compiled(rf"\s*(?:{'|'.join(map(re.escape, forms))})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _two_years() -> re.Pattern:
    # (the first year with its ordinal stop, `1929. i 1931.`; Czech and Slovak `a` is "and", but the Romance `a` is
    # "to": it joins a list only after a comma's item, `1918, 1938, 1948 a 1968`)
    return compiled(rf"(?P<a>\d{{4}}\.?)\s+(?:(?:{AND_WORDS}|{and_words()})|(?P<a_word>a))\s+(?=\d{{4}}(?!\d))")


_COMMA_ITEM = compiled(r"\d{4}\.?\s*,\s*$")


def listed_years(text: str, date: DateMatch) -> list[DateMatch]:
    """``date`` (of ``text``) as its two years where it is two years a word for "and" joins without a word for
    "between", else ``[date]``.

    >>> text = "The harvests of 1845 and 1846 failed; between 1845 and 1850 many left."
    >>> [(d.surface, d.date_start, d.date_end) for d in listed_years(text, DateMatch(16, 29, "1845 and 1846", \
"1845-01-01", "1846-12-31", "year"))]
    [('1845', '1845-01-01', '1845-12-31'), ('1846', '1846-01-01', '1846-12-31')]
    >>> len(listed_years(text, DateMatch(46, 59, "1845 and 1850", "1845-01-01", "1850-12-31", "year")))
    1
    """
    if date.precision != "year" or date.date_start[:4] == date.date_end[:4]:
        return [date]
    m = _two_years().match(date.surface)
    if m is None or after_between(text, date.start) or _between_after().match(text, date.end) \
            or m.group("a_word") and not _COMMA_ITEM.search(text, max(0, date.start - 8), date.start):
        return [date]
    first, second = int(m.group("a")[:4]), int(date.surface[m.end():m.end() + 4])
    if (first, second) != (int(date.date_start[:4]), int(date.date_end[:4])):
        return [date]  # (not the span's two years: a reading this does not know)
    return [DateMatch(date.start, date.start + len(m.group("a")), m.group("a"), f"{first:04d}-01-01",
                      f"{first:04d}-12-31", "year"),
            DateMatch(date.start + m.end(), date.end, date.surface[m.end():], f"{second:04d}-01-01",
                      f"{second:04d}-12-31", "year")]


def listed_days(text: str, date: DateMatch) -> list[DateMatch]:
    """``date`` (of ``text``) as its days where it is a list of days of one month, else ``[date]``.

    >>> text = "2, 7 і 28 сакавіка 1942 г."
    >>> [(d.surface, d.date_start) for d in listed_days(text, DateMatch(0, 26, text, "1942-03-02", "1942-03-28", "day"))]
    [('2', '1942-03-02'), ('7', '1942-03-07'), ('28 сакавіка 1942 г.', '1942-03-28')]
    """
    if date.precision != "day" or date.date_start[:7] != date.date_end[:7] or date.date_start == date.date_end:
        return [date]
    m = _items().match(date.surface)
    if m is None or after_between(text, date.start):
        return [date]
    numbers = [(n.start(), n.group()) for n in re.finditer(r"\d{1,2}\.?", m.group())]
    days = [int(n.rstrip(".")) for _, n in numbers]
    last = int(date.date_end[8:])
    if days[0] != int(date.date_start[8:]) or not all(a < b for a, b in zip(days, days[1:] + [last])):
        return [date]  # (not the span's days in order: a reading this does not know)
    year, month = int(date.date_start[:4]), int(date.date_start[5:7])
    out = []
    for (at, number), day in zip(numbers, days):
        iso = iso_day(year, month, day)
        out.append(DateMatch(date.start + at, date.start + at + len(number), number, iso, iso, "day"))
    iso = iso_day(year, month, last)
    out.append(DateMatch(date.start + m.end(), date.end, date.surface[m.end():], iso, iso, "day"))
    return out
