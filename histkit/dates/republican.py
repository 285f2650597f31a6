"""Years and months of the French republican calendar named without a day: `l'an VIII`, `pluviôse an VIII`, `de l'an
II à l'an X`.

The date forms read a republican day (`18 brumaire an VIII`, `calendars`); a year or a month of the Republic alone
has no number of four digits for them to find. A year (an I–XIV) is the days from its 1 vendémiaire to the day before
the next (the date rounds' rule 51), `year`; a month its thirty days (the jours complémentaires the days left), `month`;
two years joined by `et`, `à`, `au` one span. `an` and its numeral are the surface; an article before it is not.
"""

from __future__ import annotations

import re
from datetime import timedelta
from functools import lru_cache

from ..patterns import compiled
from .anchors import Anchor, holds
from .calendars import calendar_month_names, republican_year, roman_number
from .values import DateMatch


# every year of the Republic is `an` and its numeral (the month's name before it is not in every match)
_ANCHOR = Anchor(patterns=(r"an\s+[ivx]",))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    names = "|".join(re.escape(n) for n in sorted(calendar_month_names("republican"), key=lambda n: (-len(n), n)))
    # (not English `an X-ray`: the numeral ends the word)
    year = r"an\s+(?P<{}>[IVX]{{1,4}})(?![\w-])"
    # (the month's name or the year's article first; a second year after `et`, `à`, `au` and its article)
    return compiled(rf"(?<![\w])(?:(?P<month>{names or '(?!)'})\s+)?{year.format('an')}"
                    rf"(?:\s+(?:et|à|au)\s+(?:l['’])?{year.format('an2')})?", re.IGNORECASE)


def find_republican_units(text: str) -> list[DateMatch]:
    """The years and months of the Republic ``text`` names without a day.

    >>> [(d.surface, d.date_start, d.date_end, d.precision) for d in find_republican_units("plébiscite de pluviôse an VIII")]
    [('pluviôse an VIII', '1800-01-21', '1800-02-19', 'month')]
    >>> [(d.surface, d.date_start, d.date_end) for d in find_republican_units("entre l'an II et l'an X")]
    [("an II et l'an X", '1793-09-22', '1802-09-22')]
    """
    found = []
    if not holds(_ANCHOR, text):  # (most paragraphs name no year of the Republic: one scan of the folded text)
        return found
    for m in _pattern().finditer(text):
        first, last = roman_number(m.group("an")), roman_number(m.group("an2") or m.group("an"))
        years, end_year = republican_year(first), republican_year(last)
        if years is None or end_year is None or last < first or (m.group("month") and m.group("an2")):
            continue
        if m.group("month"):
            month = calendar_month_names("republican")[m.group("month").casefold()]
            start = years[0] + timedelta(days=30 * (month - 1))
            end = min(start + timedelta(days=29), years[1])
            found.append(DateMatch(m.start(), m.end(), m.group(), start.isoformat(), end.isoformat(), "month"))
        else:
            found.append(DateMatch(m.start(), m.end(), m.group(), years[0].isoformat(), end_year[1].isoformat(), "year"))
    return found
