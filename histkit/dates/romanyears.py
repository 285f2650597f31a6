"""Years written in Roman figures after the word for year, as charters, inscriptions and title pages date: `Anno
MDCXLVIII`, `anno Domini MCCCLX`.

A Roman numeral alone is a ruler's number (`Karl V.`, `Louis XIV`), a volume's or a chapter's; after `anno` it is a
year (the date rounds' rule 83), `year`, the numeral the surface (the word for year stays out, rule 78). The days and
feasts whose year is so written read it themselves (`romancalendar`, `feasts`).
"""

from __future__ import annotations

import re

from ..patterns import compiled
from .anchors import Anchor, holds
from .calendars import roman_number
from .values import DateMatch

_ANCHOR = Anchor(words=("anno",))
# (in capitals, as such years are written: `anno mix` is no year)
_YEAR = compiled(r"(?<![\w])anno(?:\s+Domini)?\s+(?P<year>(?-i:M{1,2}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})))"
                 r"(?![\w])", re.IGNORECASE)


def find_roman_years(text: str) -> list[DateMatch]:
    """The years ``text`` writes in Roman figures after `anno`.

    >>> [(d.surface, d.date_start, d.date_end) for d in find_roman_years("'Anno MDCXLVIII' står på tavlan")]
    [('MDCXLVIII', '1648-01-01', '1648-12-31')]
    """
    if not holds(_ANCHOR, text):
        return []
    out = []
    for m in _YEAR.finditer(text):
        year = roman_number(m.group("year"))
        if 500 <= year <= 2099:
            out.append(DateMatch(m.start("year"), m.end("year"), m.group("year"), f"{year:04d}-01-01", f"{year:04d}-12-31",
                                 "year"))
    return out
