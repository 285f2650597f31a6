"""Days named without their year that recur: a holiday or an anniversary (`elk jaar op 25 februari herdacht`, `le 14
Juillet est fête nationale`, `17. listopad je … státním svátkem`) names no day of the text's time (the date rounds'
rules 112 and 121).

The words that say so stand just before the day or later in its clause (``recurring_words.csv``); a day with its
year is a date whatever follows it. A word for "every year" later in the clause (`su santo, el 23 de enero, se
celebraba cada año`) is said of a day written with its number: a feast's name is read as a day only beside a dated
day (`el 7 de octubre de 1571, día de Santa Justina, se celebró después cada año`), which dates it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled, spaced_alternation
from .values import DateMatch

# how far after a day a word for a holiday may stand in its clause (`je od roku 2000 státním svátkem`)
_CLAUSE = 45


def _forms(position: str) -> str:
    forms = sorted({" ".join(r["form"].split()) for r in data_rows("dates", "recurring_words.csv")
                    if (r.get("position") or "").strip() == position and (r.get("form") or "").strip()},
                   key=lambda f: (-len(f), f))
    return spaced_alternation(forms)


@lru_cache(maxsize=1)
def _before() -> re.Pattern:
    return compiled(rf"(?<!\w)(?:{_forms('before')})\s+$", re.IGNORECASE)


@lru_cache(maxsize=2)
def _after(position: str = "after") -> re.Pattern:
    return compiled(rf"[^.;:!?]*?(?<!\w)(?:{_forms(position)})(?!\w)", re.IGNORECASE)


_YEAR = compiled(r"\d{4}")


def recurs(text: str, date: DateMatch) -> bool:
    """Whether ``date``, a day of ``text`` named without its year, is a holiday or an anniversary.

    >>> from histkit.dates.values import DateMatch
    >>> text = "Depuis 1880, le 14 Juillet est fête nationale; on 3 May 1921 they met."
    >>> recurs(text, DateMatch(16, 26, "14 Juillet", "1880-07-14", "1880-07-14", "day"))
    True
    >>> recurs(text, DateMatch(50, 60, "3 May 1921", "1921-05-03", "1921-05-03", "day"))
    False
    >>> recurs("su santo, el 23 de enero, se celebraba cada año", DateMatch(13, 24, "23 de enero", "", "", "day"))
    True
    """
    if date.precision != "day" or _YEAR.search(date.surface):
        return False
    clause = text[date.end:date.end + _CLAUSE]
    return bool(_before().search(text, max(0, date.start - 30), date.start)) or bool(_after().match(clause)) \
        or any(c.isdigit() for c in date.surface) and bool(_after("yearly").match(clause))
