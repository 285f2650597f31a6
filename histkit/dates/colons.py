"""A colon before a year that leads into it: a sentence's or a heading's, not a volume's before its page.

A number after a colon is mostly a page after its volume (`Past and Present 45: 1921`, `vol. IV: 1921`) or a series'
number after its code (`NAA: 1838`), and the date forms refuse it (`values`). A sentence that introduces its dates with
a colon after a word in small letters (`The calendar ran: 1903 — foundation; 1905 — …`) and a heading after its label
and number (`Chapitre IV : 1848 et après`, `Chapter 3: 1914–1918`, from `data/dates/heading_words.csv`) name a year.
"""

from __future__ import annotations

from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled

_COLON = compiled(r"(?<![^\W\d_])(?P<word>[^\W\d_]+)(?P<stop>\.)?(?:\s+(?P<number>[IVXLC]+|\d+(?:\.\d+)*\.?))?\s*:\s*$")


@lru_cache(maxsize=1)
def _heading_words() -> frozenset[str]:
    return frozenset(r["form"].lower() for r in data_rows("dates", "heading_words.csv"))


@lru_cache(maxsize=1)
def _locator_words() -> frozenset[str]:
    # (a page's, volume's or archival unit's word before a colon still numbers: `fol: 1921`, `sygn: 1932`)
    forms = [r["form"] for r in data_rows("dates", "locator_words.csv") + data_rows("citations", "unit_words.csv")]
    return frozenset(f.rstrip(".").lower() for f in forms)


def leads_into_a_year(text: str, start: int) -> bool:
    """Whether the colon before ``start`` of ``text`` leads into a year: after a word in small letters of three or
    more, no locator's, or after a heading's label and its number.

    >>> text = "The calendar ran: 1903; Chapitre IV : 1848; Past and Present 45: 1921; vol. IV: 1922; NAA: 1838"
    >>> [leads_into_a_year(text, text.find(y)) for y in ("1903", "1848", "1921", "1922", "1838")]
    [True, True, False, False, False]
    """
    colon = _COLON.search(text, max(0, start - 40), start)
    if colon is None:
        return False
    word = colon["word"]
    if colon["number"]:
        return word.lower() in _heading_words()
    return not colon["stop"] and len(word) >= 3 and word.islower() and word not in _locator_words()
