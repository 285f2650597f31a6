"""The day a document's own dating names where the date forms read only its year: a feast (`am Montag nach Michaelis
1520`, `in festo sancti Martini 1312`) or a day and month in a regnal year (`12 May 14 Edw. III`).

Medieval and early-modern records are dated so, and a citation that copies the document's dating clause gives the
historian's reader the day (the citation rounds' rule since round 42: `feasts` and `regnal` reckon it, the dates
table has long read both). The year in square brackets a historian adds after a regnal day (`28 Oct. 13 Edw. III
[1339]`) is that day's year of grace, no second date; one supplied after `c.` for an undated document (`s.d. [c.
1330]`) is that year (`circa`).
"""

from __future__ import annotations

from ..patterns import compiled
from .circa import find_bracketed_circa_years
from .feasts import with_feast_days
from .regnal import find_regnal_days
from .values import DateMatch
from .yearstarts import with_year_starts

_BRACKETED_YEAR = compiled(r"\s*\[(?:1\d|20)\d\d\]")


def with_document_days(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """``found``, dates of ``text``, with the days named by feasts and regnal years in place of what was read there.

    >>> from histkit.dates.search import find_dates
    >>> text = "letters patent of 28 Oct. 13 Edw. III [1339]; Montag nach Michaelis 1520; s.d. [c. 1330]"
    >>> [(d.surface, d.date_start) for d in with_document_days(text, find_dates(text))]
    [('28 Oct. 13 Edw. III [1339]', '1339-10-28'), ('Montag nach Michaelis 1520', '1520-10-01'), ('1330', '1330-01-01')]
    """
    found = with_year_starts(text, with_feast_days(text, found))  # (`15 febbraio 1433 m.v.`: 1434, `yearstarts`)
    found = sorted(found + [c for c in find_bracketed_circa_years(text)
                            if all(d.end <= c.start or c.end <= d.start for d in found)], key=lambda d: d.start)
    regnal = find_regnal_days(text)
    if not regnal:
        return found
    days = []
    for day in regnal:
        year = _BRACKETED_YEAR.match(text, day.end)
        if year and text[year.end() - 5:year.end() - 1] == day.date_start[:4]:
            day = DateMatch(day.start, year.end(), text[day.start:year.end()], day.date_start, day.date_end, day.precision)
        days.append(day)
    kept = [d for d in found if all(d.end <= r.start or r.end <= d.start for r in days)]
    return sorted(kept + days, key=lambda d: d.start)
