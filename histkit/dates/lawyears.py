"""Days of laws and decrees whose year stands in the law's number: `Real Decreto 1921/1998, de 3 de julio`.

Spanish and Portuguese statute books cite a law by its number over the year and then its day and month alone (`Ley
14/1986, de 25 de abril`, `Lei n.º 7/2009, de 12 de fevereiro`): the number is no date, but the year in it is the
day's (the date rounds' rule 61). Read by the year of the date before (`sameyear`), the day had the year of another
law, or none where no date stood before it.
"""

from __future__ import annotations

from ..patterns import compiled
from .anchors import Anchor, holds
from .pattern import day_month_pattern
from .search import find_dates
from .values import DateMatch

# a law's number over a four-digit year, a comma and the preposition of its date (`1921/1998, de `)
_NUMBER = compiled(r"(?<![\d/])\d{1,5}/(?P<y>1[5-9]\d\d|20\d\d),\s+de\s+")
# (its slash, year and preposition, where a scan in C finds them: `_NUMBER` opens with a look-behind, tried at every
# character)
_ANCHOR = Anchor(patterns=(r"/(?:1[5-9]\d\d|20\d\d),\s+de\s",))


def days_in_the_laws_year(text: str, dates: list[DateMatch]) -> list[DateMatch]:
    """The days and months of ``text`` without a year that follow a law's number with its year, in that year.

    >>> [(d.surface, d.date_start) for d in days_in_the_laws_year("Ley 14/1986, de 25 de abril, General", [])]
    [('25 de abril', '1986-04-25')]
    """
    out = []
    if not holds(_ANCHOR, text):
        return out
    for number in _NUMBER.finditer(text):
        day = day_month_pattern().match(text, number.end())
        if day is None or any(d.start < day.end() and number.end() < d.end for d in dates):
            continue
        piece = text[number.end():day.end()]
        read = [d for d in find_dates(f"{piece} {number.group('y')}") if d.start == 0 and d.end == len(piece) + 5]
        if read:
            out.append(DateMatch(number.end(), day.end(), piece, read[0].date_start, read[0].date_end,
                                 read[0].precision))
    return out
