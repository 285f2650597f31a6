"""The old Thai new year: until 1941 a Buddhist Era year began on 1 April, so `15 มีนาคม 2480` is 15 March 1938.

`erayears` reads a Buddhist Era year as the Gregorian year it mostly is (the year less 543). Until BE 2483 the Thai
year opened on 1 April (BE 2483 itself was cut short at 31 December 1940, and BE 2484 opened on 1 January 1941): a
day or month of January to March of such a year falls in the Gregorian year after, the year less 542 (the date
rounds' rule 55).
"""

from __future__ import annotations

from .search import ascii_digits
from ..patterns import compiled
from .values import DateMatch

_FIRST_JANUARY_YEAR = 2484  # (the first Buddhist Era year to open on 1 January)
_BUDDHIST = compiled(r"(?<!\d)2[34]\d\d(?!\d)")


def with_old_thai_new_year(found: list[DateMatch]) -> list[DateMatch]:
    """``found`` with each day or month of January to March of a Buddhist Era year before 2484 a year later.

    >>> with_old_thai_new_year([DateMatch(0, 14, "15 มีนาคม 2480", "1937-03-15", "1937-03-15", "day")])[0].date_start
    '1938-03-15'
    """
    out = []
    for d in found:
        years = [int(y) for y in _BUDDHIST.findall(ascii_digits(d.surface))]
        if d.precision in ("day", "month") and len(years) == 1 and years[0] < _FIRST_JANUARY_YEAR \
                and d.date_start[:4] == d.date_end[:4] == str(years[0] - 543) and d.date_start[5:7] <= "03" \
                and d.date_end[5:7] <= "03":
            later = str(years[0] - 542)
            d = DateMatch(d.start, d.end, d.surface, later + d.date_start[4:], later + d.date_end[4:], d.precision)
        out.append(d)
    return out
