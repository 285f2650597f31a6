"""Days a letter dates by its own month or year: `your favour of the 11th inst.`, `vom 28. v. M.`, `le 3 prochain`,
`il 20 dicembre u.s.`, `od 1. lipnja tekuće godine` (the words: ``relative_words.csv``).

Letters, telegrams, circulars and minutes name the month or the year of a day by its place relative to their own
date: this, last or next month, this or last year, the last or next such day. The day is the one those words name
counted from the date of the paper they stand in, which the paragraph gives: the nearest day read with its year
before them, or failing one, after them (the date rounds' rule 86). The words are in the surface, as the month's or
the year's name would be; a bare day without them (`on the 14th`) stays no date.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled
from .anchors import Anchor, holds
from .search import find_dates
from .values import DateMatch, iso_day, month_end

# an ordinal's mark after the day: `11th`, `23rd`, `20sten`, `9.`, `1°`
_DAY = r"(?<![\d/.,:])(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th|sten|ste|ten|er|e|°|º)?\.?"
_LEAD = 30  # the longest day and month before a word for the year: `15. prosinca`, `1.º de agosto`


@lru_cache(maxsize=1)
def _words() -> tuple[dict[str, int], dict[str, str]]:
    """The words after a bare day (→ months from the paper's) and after a day and month (→ which year)."""
    after_day, after_month = {}, {}
    for row in data_rows("dates", "relative_words.csv"):
        word = (row.get("word") or "").strip()
        if not word:
            continue
        if (row.get("after_day") or "").strip() in ("-1", "0", "1"):
            after_day[word] = int(row["after_day"])
        if (row.get("after_month") or "").strip() in ("this year", "last year", "last", "next"):
            after_month[word] = row["after_month"].strip()
    return after_day, after_month


def _alternation(words) -> str:
    # (the writers space an abbreviation's parts or not: `d. M.`, `d.M.`; longest first, `del corriente año` first)
    return "|".join(r"\s*".join(map(re.escape, w.split())) for w in sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    after_day, after_month = _words()
    # (matched with their case: `u.s.` is last month, `U.S.` a reporter's; a word ends where no letter follows)
    day = compiled(rf"{_DAY}\s*(?P<w>{_alternation(after_day)})(?![^\W\d_])")
    month = compiled(rf"\s+(?P<w>{_alternation(after_month)})(?![^\W\d_])")
    return day, month


@lru_cache(maxsize=1)
def _anchor() -> Anchor:
    # (every match holds one of the words; a spaced abbreviation its longest part: `mj.` of `o. mj.`)
    after_day, after_month = _words()
    return Anchor(words=tuple(max(w.split(), key=len) for w in list(after_day) + list(after_month)))


def _key(word: str, table: dict) -> str:
    return next(w for w in table if re.fullmatch(_alternation([w]), word))


def _paper(dates: list[DateMatch], start: int, end: int) -> DateMatch | None:
    """The date of the paper a relative day at ``start``..``end`` stands in: the nearest day before it, else after."""
    before = [d for d in dates if d.end <= start]
    if before:
        return max(before, key=lambda d: d.end)
    after = [d for d in dates if d.start >= end]
    return min(after, key=lambda d: d.start) if after else None


def with_relative_days(text: str, dates: list[DateMatch], yearless: list[DateMatch]) -> tuple[list, list]:
    """``dates`` (read with their year) and ``yearless`` (days read in the year before them) with the days that
    words of ``relative_words.csv`` date by the paper's own date: new days among ``yearless``, and a day or month
    those words follow re-dated and widened to them.

    >>> text = "On 14 May 1938 they wrote: 'yours of the 11th inst. and of the 28th ult. received'."
    >>> dates, days = with_relative_days(text, find_dates(text), [])
    >>> [(d.surface, d.date_start) for d in days]
    [('11th inst.', '1938-05-11'), ('28th ult.', '1938-04-28')]
    """
    if not holds(_anchor(), text):  # (most paragraphs hold none of the words: one scan of the folded text)
        return dates, yearless
    papers = [d for d in dates if d.precision == "day" and d.date_start == d.date_end]
    if not papers:
        return dates, yearless
    after_day, after_month = _words()
    day_form, month_form = _patterns()
    found: list[DateMatch] = []
    for m in day_form.finditer(text):
        paper = _paper(papers, m.start(), m.end())
        if paper is None:
            continue
        year, month = int(paper.date_start[:4]), int(paper.date_start[5:7]) + after_day[_key(m.group("w"), after_day)]
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        iso = iso_day(year, month, int(m.group("d")))
        if iso:
            found.append(DateMatch(m.start(), m.end(), m.group(), iso, iso, "day"))
    for m in month_form.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        paper = _paper(papers, m.start(), m.end())
        read = _day_or_month_before(text, m.start(), yearless + found)
        if paper is None or read is None:
            continue
        year = _year(paper.date_start, read, after_month[_key(m.group("w"), after_month)])
        start_day = f"{year:04d}{read[0][4:]}"
        end_month = int(read[1][5:7])
        end_day = f"{year:04d}-{end_month:02d}-{month_end(year, end_month) if read[2] == 'month' else int(read[1][8:]):02d}"
        if iso_day(year, int(start_day[5:7]), int(start_day[8:])):
            found.append(DateMatch(read[3], m.end(), text[read[3]:m.end()], start_day, end_day, read[2]))
    if not found:
        return dates, yearless

    def free(d: DateMatch) -> bool:
        return all(f.end <= d.start or d.end <= f.start for f in found)

    return [d for d in dates if free(d)], sorted([d for d in yearless if free(d)] + found, key=lambda d: d.start)


def _day_or_month_before(text: str, end: int, yearless: list[DateMatch]):
    """The day or month without its year that ends at ``end`` (white space apart): (start ISO, end ISO, precision,
    offset), read by the table's days without their year or, where none is, read here as if a year followed."""
    for d in yearless:
        if d.end <= end and not text[d.end:end].strip() and d.date_start[:7] == d.date_end[:7]:
            return d.date_start, d.date_end, d.precision, d.start
    lead = max(0, end - _LEAD)
    piece = text[lead:end].rstrip()
    read = [d for d in find_dates(f"{piece} 2000") if d.end == len(piece) + 5 and d.precision in ("day", "month")]
    if not read or read[-1].surface[:1].isdigit() and not any(c.isalpha() for c in read[-1].surface[:-4]):
        return None  # (a month's name must stand in it: `28 2000` read as something is no day)
    r = read[-1]
    return r.date_start, r.date_end, r.precision, lead + r.start


def _year(paper: str, read: tuple, which: str) -> int:
    """The year the words name: the paper's, the one before it, or that of the last or next such day."""
    year = int(paper[:4])
    if which == "this year":
        return year
    if which == "last year":
        return year - 1
    same = f"{year:04d}{read[0][4:]}"
    if which == "last":
        return year - 1 if same > paper else year
    return year + 1 if same < paper else year
