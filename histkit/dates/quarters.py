"""A quarter of a year named before its year, as its three months: `første kvartal 1944`, `primeiro trimestre de
1977`, `1. čtvrtletí 1949` (the words: ``quarter_words.csv``).

The date forms read the year alone; in the dates table the quarter's words widen it to the months they name (the
date rounds' rule 18). A quarter named without its year (`surtout au IIe trimestre`) is in the year of the date before
it, as a day without its year is (rule 7, `sameyear`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled
from .anchors import Anchor, holds
from .values import DateMatch, month_end
from .words import first_letters


@lru_cache(maxsize=1)
def _quarters() -> dict[str, int]:
    return {r["form"].strip().casefold(): int(r["quarter"]) for r in data_rows("dates", "quarter_words.csv")
            if (r.get("form") or "").strip() and (r.get("quarter") or "").strip() in ("1", "2", "3", "4")}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    forms = sorted(_quarters(), key=lambda f: (-len(f), f))
    # (behind a look-ahead of the words' first letters, as `decadenames`: the same matches)
    return compiled(rf"{first_letters(forms)}(?<!\w)(?P<q>{'|'.join(map(re.escape, forms))})\s+(?=(?:1\d|20)\d\d(?!\d))",
                    re.IGNORECASE)


@lru_cache(maxsize=1)
def _anchor() -> Anchor:
    # every match is one of the quarter's words (`første kvartal`, `primeiro trimestre de`): their `kvartal`, `trimestre`
    return Anchor.of_forms(_quarters())


def with_quarters(text: str, dates: list[DateMatch]) -> list[DateMatch]:
    """``dates`` (of ``text``) with each year a quarter's words stand before widened to the quarter's months.

    >>> from histkit.dates import find_dates
    >>> text = "i første kvartal 1944"
    >>> [(d.surface, d.date_start, d.date_end, d.precision) for d in with_quarters(text, find_dates(text))]
    [('første kvartal 1944', '1944-01-01', '1944-03-31', 'month')]
    """
    if not dates or not holds(_anchor(), text):  # (most paragraphs name no quarter: one scan of the folded text)
        return dates
    before = {m.end(): m for m in _pattern().finditer(text)}
    if not before:
        return dates
    out = []
    for d in dates:
        m = before.get(d.start)
        if m is None or d.precision != "year" or d.date_start[:4] != d.date_end[:4]:
            out.append(d)
            continue
        year, first = int(d.date_start[:4]), 3 * _quarters()[m.group("q").casefold()] - 2
        out.append(DateMatch(m.start(), d.end, text[m.start():d.end], f"{year:04d}-{first:02d}-01",
                             f"{year:04d}-{first + 2:02d}-{month_end(year, first + 2):02d}", "month"))
    return out


@lru_cache(maxsize=1)
def _alone() -> re.Pattern:
    # (a form that ends in a joining word, `third quarter of`, `primeiro trimestre de`, `derde kwartaal van`, always has
    # its year after it)
    forms = sorted((f for f in _quarters() if f.split()[-1] not in ("of", "de", "van")), key=lambda f: (-len(f), f))
    return compiled(rf"{first_letters(forms)}(?<!\w)(?P<q>{'|'.join(map(re.escape, forms))})(?!\w)(?!\s*(?:1\d|20)\d\d)",
                    re.IGNORECASE)


def quarters_in_the_year_before(text: str, dates: list[DateMatch]) -> list[DateMatch]:
    """The quarters of ``text`` named without their year, each in the year of the date of ``dates`` before it (a date
    within one year).

    >>> from histkit.dates import find_dates
    >>> text = "L'exercice 1937 fut meilleur, surtout au IIe trimestre."
    >>> [(d.surface, d.date_start, d.date_end) for d in quarters_in_the_year_before(text, find_dates(text))]
    [('IIe trimestre', '1937-04-01', '1937-06-30')]
    """
    if not dates or not holds(_anchor(), text):
        return []
    out = []
    for m in _alone().finditer(text):
        before = [d for d in dates if d.end <= m.start()]
        if not before or any(d.start < m.end() and m.start() < d.end for d in dates):
            continue
        last = max(before, key=lambda d: d.end)
        if last.date_start[:4] != last.date_end[:4]:
            continue
        year, first = int(last.date_start[:4]), 3 * _quarters()[m.group("q").casefold()] - 2
        out.append(DateMatch(m.start(), m.end(), m.group(), f"{year:04d}-{first:02d}-01",
                             f"{year:04d}-{first + 2:02d}-{month_end(year, first + 2):02d}", "month"))
    return out
