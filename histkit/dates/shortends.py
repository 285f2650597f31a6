"""A span's second year cut to two digits stands after a dash or a slash, never after a word for "to": `1913–38`,
`1923/24`, but `from 1914 to 1918`, as the style guides have it (Chicago: a shortened second number only with the en
dash). Two digits after such a word are another number: `daalde van 142 in 1929 tot 77 in het derde kwartaal` (an
index's value), so the date is the first year alone (the date rounds' rule 105).
"""

from __future__ import annotations

from ..patterns import compiled
from .values import DateMatch

# a year, a word (perhaps abbreviated), two digits: what the date forms read as `1929 tot 77`, `1914 to 18`
_AFTER_A_WORD = compiled(r"(?P<year>\d{4})\s+[^\W\d_]+\.?\s+\d{2}")


def with_whole_second_ends(dates: list[DateMatch]) -> list[DateMatch]:
    """``dates`` with each span of years whose second end is two digits after a word read as its first year alone.

    >>> from histkit.dates import find_dates
    >>> text = "van 142 in 1929 tot 77 in het jaar; 1913–38"
    >>> [(d.surface, d.date_start, d.date_end) for d in with_whole_second_ends(find_dates(text))]
    [('1929', '1929-01-01', '1929-12-31'), ('1913–38', '1913-01-01', '1938-12-31')]
    """
    out = []
    for d in dates:
        m = _AFTER_A_WORD.fullmatch(d.surface) if d.precision == "year" else None
        if m is None or d.date_start[:4] == d.date_end[:4] or m.group("year") != d.date_start[:4]:
            out.append(d)
            continue
        year = m.group("year")
        out.append(DateMatch(d.start, d.start + 4, year, f"{year}-01-01", f"{year}-12-31", "year"))
    return out
