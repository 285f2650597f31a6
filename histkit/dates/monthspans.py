"""A span of two months of one year whose first month the text names without the year: `between March and October
1904`, `zwischen März und Oktober 1923`, `entre junio y septiembre de 1930`, `da gennaio a giugno 1927`.

The date forms read `March to October 1904` and `Jan.–Dec. 1932` as one span, but a month joined by "and" is a
list's item unless a word for "between" stands before it (``between_words.csv``, the date rounds' rule 5; not one
that only opens a night: Polish `z lipca i sierpnia` is "from July and August"), and the Romance `a`, `à` ("to")
make a span only after a word for "from" (``month_span_words.csv``): alone they are too common (Czech `a` is "and"). The form looks only before a month the forms read, so a text without one costs nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled
from .daylists import AND_WORDS
from .marks import and_words
from .values import DateMatch, month_end
from .words import month_of

# how far before a month its first month and the word between them may begin (`September and ` is 14 characters)
_REACH = 40


@lru_cache(maxsize=1)
def _words(kind: str) -> str:
    forms = {r["form"].strip() for r in data_rows("dates", "month_span_words.csv")
             if (r.get("kind") or "").strip() == kind and (r.get("form") or "").strip()}
    return "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f))) or r"(?!)"


@lru_cache(maxsize=1)
def _between() -> re.Pattern:
    # (as `listrows`'s, but not a word that only opens a night, Czech `z 20. na 21.`: `z lipca i sierpnia` is "from")
    forms = sorted({r["form"].strip() for r in data_rows("dates", "between_words.csv")
                    if (r.get("form") or "").strip() and (r.get("joins") or "").strip() != "nights"},
                   key=lambda f: (-len(f), f))
    return compiled(rf"(?<!\w)(?:{'|'.join(map(re.escape, forms))})\s+(?:[^\W\d_]{{1,3}}[\s'’-]+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _before() -> re.Pattern:
    # the first month's name (perhaps with its abbreviation's stop), then "and" or one of the Romance words for "to",
    # just before the second month; a word for "from" before a Romance "to", not the joining word of a day (`5 de julio`)
    return compiled(rf"(?:(?<!\w)(?<!\d\s)(?P<from>{_words('from')})\s+)?(?<!\w)(?P<month>[^\W\d_]{{3,}}\.?)\s+"
                    rf"(?:(?P<and>{AND_WORDS}|{and_words()})|(?P<to>{_words('to')}))\s+$", re.IGNORECASE)


def with_first_months(text: str, dates: list[DateMatch], listed: bool = False) -> list[DateMatch]:
    """``dates`` (of ``text``) with each month of a year that a month named before it joins as a span's first end
    widened to that month; with ``listed`` (running text, which lists what it speaks of), a month "and" joins
    without a word for "between" is a row of its own, in the year of the month after it (rule 36: `en febrero y
    marzo de 1919`).

    >>> from histkit.dates import find_dates
    >>> text = "Budgets collected between March and October 1904; tra gennaio e giugno 1927; gennaio e giugno 1927."
    >>> [(d.surface, d.date_start, d.date_end) for d in with_first_months(text, find_dates(text))]
    [('March and October 1904', '1904-03-01', '1904-10-31'), ('gennaio e giugno 1927', '1927-01-01', '1927-06-30'), \
('giugno 1927', '1927-06-01', '1927-06-30')]
    >>> [d.surface for d in with_first_months("en febrero y marzo de 1919", find_dates("en febrero y marzo de 1919"), True)]
    ['febrero', 'marzo de 1919']
    """
    out = []
    for d in dates:
        m = None
        if d.precision == "month" and d.date_start[:7] == d.date_end[:7]:
            m = _before().search(text, max(0, d.start - _REACH), d.start)
        first = _first_month(text, m, int(d.date_start[5:7])) if m else None
        if first is None:
            out += _listed_month(text, m, d) if listed and m and m.group("and") else []
            out.append(d)
            continue
        start = m.start("month")
        out.append(DateMatch(start, d.end, text[start:d.end], f"{d.date_start[:4]}-{first:02d}-01", d.date_end, "month"))
    return out


def _first_month(text: str, m: re.Match, last: int) -> int | None:
    """The number of the first month ``m`` found, if it names one before ``last`` and its words make a span."""
    first = month_of(m.group("month"))
    if first is None or m.group("month").isupper() or not first < last:
        return None  # (`I`, `IV`: a Roman numeral, not a name; a month after the last: not this year's span)
    if m.group("and"):
        return first if _between().search(text, max(0, m.start("month") - 30), m.start("month")) else None
    return first if m.group("from") else None


def _listed_month(text: str, m: re.Match, d: DateMatch) -> list[DateMatch]:
    """The month named before ``d`` and joined to it by "and", a list's item, as a row in ``d``'s year."""
    name = m.group("month")
    first = month_of(name)
    # (written as the month after it is, a whole name or an abbreviation with its stop: `broke out in November 1569`
    # holds the Portuguese `out`, October, and the Slovene `in`, "and")
    if first is None or name.isupper() or name[0].isupper() != d.surface[0].isupper() \
            or len(name) < 4 and not name.endswith(".") or not first < int(d.date_start[5:7]) \
            or _between().search(text, max(0, m.start("month") - 30), m.start("month")):
        return []
    year, end = d.date_start[:4], m.start("month") + len(m.group("month").rstrip("."))
    return [DateMatch(m.start("month"), end, text[m.start("month"):end], f"{year}-{first:02d}-01",
                      f"{year}-{first:02d}-{month_end(int(year), first):02d}", "month")]
