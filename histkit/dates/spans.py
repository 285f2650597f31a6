"""Two dates of a text that only a word for "to" or a dash parts, each read on its own, as the one span the text
names: `Pebrero 4, 1899 hanggang Hulyo 4, 1902`, `1975 ജൂൺ 25 – 1977 മാർച്ച് 21`, `6 ستمبر سے 23 ستمبر`.

The date forms read a span whose ends share what follows the last (`25. 2. – 6. 3. 1954`); where each end is whole
(its own year, or a year-first day) or the first is a day the text gives without its year, the forms read two dates,
and the dates table, which lists what the text speaks of, wants the span (the date rounds' rule 5). A day read without
its year before "to" takes the year of the end it runs to (`24 de febreiro ao 3 de marzo de 1977`), as a span's
shared year is; a list's "and" joins nothing here (its days are rows of their own, rule 6).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled
from .daylists import AND_WORDS
from .gluedendings import glued_letters
from .listrows import after_between
from .marks import and_words, glued_to_words, to_words, unspaced_to_words
from .values import DateMatch, iso_day

# what parts the two ends: a dash, or a word for "to" (those every reader knows and ``to_words.csv``'s), or one glued
# to the second end by its hyphen (`11 ta' Ġunju 1940 sal-1943`)
# (or one of a script written without spaces, which may touch both ends: `1942年至1945年`)
_TO = compiled(rf"\s*[–—]\s*|\s+-\s+|\s+(?:to|till|until|bis|au|do|до|{to_words()})\s+|\s+(?:{glued_to_words()})"
               rf"|\s*(?:{unspaced_to_words()})\s*")



@lru_cache(maxsize=1)
def _to_a_part() -> re.Pattern:
    # (a word for "to" and a part of the second end's unit, `to the early`, `— начале`: the span's, rule 39)
    forms = sorted({r["form"].strip() for r in data_rows("dates", "part_words.csv") if (r.get("form") or "").strip()},
                   key=lambda f: (-len(f), f))
    parts = "|".join(r"\s+".join(map(re.escape, f.split())) for f in forms)
    return compiled(rf"(?:{_TO.pattern})(?:{parts})(?:\s+|(?<=-))", re.IGNORECASE)


# (or a word for "and" after a word for "between" before the first end: `Between May 1935 and April 1937`, rule 5)
_AND = compiled(rf"\s+(?:{AND_WORDS}|{and_words()})\s+")

_FINER = {"day": 0, "month": 1, "year": 2}


def spans_of(text: str, dates: list[DateMatch], yearless: frozenset[int] = frozenset()) -> list[DateMatch]:
    """``dates`` (of ``text``, in order) with each two that only a word for "to" or a dash parts as one span, from
    the first's start to the second's end, of the finer precision; ``yearless`` are the starts of the days read
    without their year, which take the second end's.

    >>> from histkit.dates import find_dates
    >>> text = "mula Pebrero 4, 1899 hanggang Hulyo 4, 1902"
    >>> [(d.surface, d.date_start, d.date_end) for d in spans_of(text, find_dates(text))]
    [('Pebrero 4, 1899 hanggang Hulyo 4, 1902', '1899-02-04', '1902-07-04')]
    """
    out: list[DateMatch] = []
    for date in dates:
        last = out[-1] if out else None
        if last is None or last.end > date.start or not _parted(text, last, date) \
                or date.precision not in _FINER or last.precision not in _FINER:
            out.append(date)
            continue
        first = _in_year_of(last, date) if last.start in yearless else last
        if first is None or not (first.date_start <= date.date_start and first.date_end <= date.date_end):
            out.append(date)
            continue
        precision = min(first.precision, date.precision, key=_FINER.get)
        out[-1] = DateMatch(first.start, date.end, text[first.start:date.end], first.date_start, date.date_end,
                            precision)
    return out


def _parted(text: str, first: DateMatch, second: DateMatch) -> bool:
    """Whether only a word for "to", or one for "and" after a word for "between", stands between two dates, or
    their case endings make them a span's ends (`_by_case`)."""
    return _TO.fullmatch(text, first.end, second.start) is not None \
        or _to_a_part().fullmatch(text, first.end, second.start) is not None or (
        _AND.fullmatch(text, first.end, second.start) is not None
        and after_between(text, first.start, first.precision == "day")) \
        or _by_case(text, first, second) or _after_its_comma(text, first, second)


def _after_its_comma(text: str, first: DateMatch, second: DateMatch) -> bool:
    """Whether a word for "to" parts two days after the comma that American style sets after a day's year (`July 1,
    1949, to June 30, 1950`): the comma closes the first day, it does not end a clause."""
    return first.precision == "day" and text.startswith(",", first.end) \
        and _TO.fullmatch(text, first.end + 1, second.start) is not None


@lru_cache(maxsize=1)
def _case_endings() -> dict[str, tuple[str, ...]]:
    return {end: tuple(sorted({r["form"].strip() for r in data_rows("dates", "span_endings.csv")
                               if (r.get("end") or "").strip() == end and (r.get("form") or "").strip()},
                              key=lambda f: (-len(f), f))) for end in ("first", "second")}


def _by_case(text: str, first: DateMatch, second: DateMatch) -> bool:
    """Whether the endings of two dates with only spaces between make them "from" and "to" ends, as languages that
    mark a span by case write it (`span_endings.csv`): Uzbek `1924-yil oktabrdan 1925-yil fevralgacha`, Basque
    `1939tik 1975era`, Gujarati `૧૯૫૬થી ૧૯૬૦ સુધી`.

    >>> text = "1939tik 1975era; 1939 1975"
    >>> _by_case(text, DateMatch(0, 4, "1939", "", "", "year"), DateMatch(8, 12, "1975", "", "", "year"))
    True
    >>> _by_case(text, DateMatch(17, 21, "1939", "", "", "year"), DateMatch(22, 26, "1975", "", "", "year"))
    False
    """
    endings = _case_endings()
    gap = text[first.end:second.start]
    glued = glued_letters(gap, 0)  # (the letters glued after the first end's number)
    if not gap[len(glued):] or not gap[len(glued):].isspace():
        return False
    if not (glued in endings["first"] if glued else first.surface.endswith(endings["first"])):
        return False
    # (the second end's ending: at its end (a month's case form), glued after it, or a word after it)
    after = glued_letters(text, second.end)
    word = glued_letters(text, second.end + 1) if text[second.end:second.end + 1].isspace() else ""
    return after in endings["second"] or not after and second.surface.endswith(endings["second"]) \
        or word in endings["second"]


def _in_year_of(day: DateMatch, end: DateMatch) -> DateMatch | None:
    """``day``, read without its year, in the year of the span's ``end`` (the year before if its month and day come
    later in the year: `28 December to 3 January 1919`)."""
    if day.precision != "day":
        return day
    year = int(end.date_start[:4])
    month, dom = int(day.date_start[5:7]), int(day.date_start[8:10])
    if (month, dom) > (int(end.date_start[5:7]), int(end.date_start[8:10])):
        year -= 1
    iso = iso_day(year, month, dom)
    return DateMatch(day.start, day.end, day.surface, iso, iso, "day") if iso else None
