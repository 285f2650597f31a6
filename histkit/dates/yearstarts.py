"""Days dated in a style whose year begins on another day than 1 January, read in the common count.

Venice counted the year from 1 March (`more veneto`, `m.v.`), Florence from 25 March (`stile fiorentino`): a day
before the style's first day carries the year before the common one, and a historian who marks it so (`15 febbraio
1433 m.v.`) means 15 February 1434 (the citation rounds' rule since round 32: a double year reads the modern year).
The marks and their first days are ``year_start_marks.csv``'s. A New Style year the historian adds in brackets after
a day (`12 février 1420 [n. st. 1421]`) is that day's year likewise.
"""

from __future__ import annotations

from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled, trie_alternation
from .values import DateMatch


@lru_cache(maxsize=1)
def _marks() -> dict[str, tuple[int, int]]:
    # (a mark's last full stop may be the note's, cut with it by a reader: `m.v` as `m.v.`)
    return {row["form"].strip().rstrip("."): (int(row["month"]), int(row["day"]))
            for row in data_rows("dates", "year_start_marks.csv")
            if (row.get("form") or "").strip() and (row.get("month") or "").strip()}


@lru_cache(maxsize=1)
def _mark_after() -> object:
    return compiled(rf"\s*,?\s*(?P<mark>{trie_alternation(sorted(_marks(), key=len, reverse=True))})\.?(?![^\W\d_])")


# (`[n. st. 1421]`, `(n. st. 1421)`, `[n.st. 1421]`: the year in the New Style the historian supplies)
_NEW_STYLE_YEAR = compiled(r"\s*[\[(]\s*n\.\s?st\.\s*(?P<year>(?:1\d|20)\d\d)\s*[\])]")


def _moved(day: DateMatch, year: int, end: int, text: str) -> DateMatch:
    start, last = f"{year:04d}{day.date_start[4:]}", f"{year:04d}{day.date_end[4:]}"
    return DateMatch(day.start, end, text[day.start:end], start, last, day.precision)


def with_year_starts(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """``found``, dates of ``text``, with the days a year-start style marks moved into the common year.

    >>> from histkit.dates.search import find_dates
    >>> text = "15 febbraio 1433 m.v.; 3 marzo 1433 m.v.; 12 février 1420 [n. st. 1421]"
    >>> [(d.surface, d.date_start) for d in with_year_starts(text, find_dates(text))]
    [('15 febbraio 1433 m.v.', '1434-02-15'), ('3 marzo 1433 m.v.', '1433-03-03'), ('12 février 1420 [n. st. 1421]', '1421-02-12')]
    """
    if not any(d.precision == "day" for d in found):
        return found
    out = []
    for d in found:
        mark = _mark_after().match(text, d.end) if d.precision == "day" and d.date_start == d.date_end else None
        bracket = _NEW_STYLE_YEAR.match(text, d.end) if d.precision == "day" else None
        if mark:
            first = _marks()[mark.group("mark")]
            year = int(d.date_start[:4])
            before = (int(d.date_start[5:7]), int(d.date_start[8:10])) < first
            d = _moved(d, year + 1 if before else year, mark.end(), text)
        elif bracket and int(bracket.group("year")) == int(d.date_start[:4]) + 1:
            d = _moved(d, int(bracket.group("year")), bracket.end(), text)
        if not out or d.start >= out[-1].end:  # (the bracket's year is of the day it dates, no date of its own)
            out.append(d)
    return out
