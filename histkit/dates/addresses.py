"""House numbers that read as years: `1712 G Street`, `1600 Pennsylvania Avenue`, `Kalverstraat 1672` (the date rounds'
rule 124).

A house's number stands before the street's name and its word for street (``street_words.csv``, ``after``), or after
a name that ends in such a word (``suffix``); neither is a date.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled
from .values import DateMatch


def _forms(position: str) -> str:
    forms = sorted({r["form"].strip() for r in data_rows("dates", "street_words.csv")
                    if (r.get("position") or "").strip() == position and (r.get("form") or "").strip()},
                   key=lambda f: (-len(f), f))
    return "|".join(map(re.escape, forms)) or "(?!)"


@lru_cache(maxsize=1)
def _after() -> re.Pattern:
    # (the street's name: one to three words with their capitals, a letter, a number's ordinal: `G`, `Pennsylvania`,
    # `West 42nd`)
    return compiled(rf"\s+(?:(?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th))\s+){{1,3}}(?:{_forms('after')})(?!\w)")


@lru_cache(maxsize=1)
def _before() -> re.Pattern:
    return compiled(rf"(?<!\w)[A-ZÄÖÜ][\w-]*(?:{_forms('suffix')}),?\s+$")


def is_house_number(text: str, date: DateMatch) -> bool:
    """Whether ``date``, a bare year found in ``text``, is a house's number.

    >>> from histkit.dates import find_dates
    >>> text = "The Board stood at 1712 G Street from 1936; the Kalverstraat 1672 is a shop; in 1848 Street fights."
    >>> [(d.surface, is_house_number(text, d)) for d in find_dates(text)]
    [('1712', True), ('1936', False), ('1672', True), ('1848', False)]
    """
    if not date.surface.isdigit():
        return False
    return bool(_after().match(text, date.end)) or bool(_before().search(text, max(0, date.start - 40), date.start))
