"""A journal cited by its year and no volume, the year printed bare: `'Title' 2005 Acta Juridica 77 at 85`.

The South African house prints the year of a journal that numbers no volumes before its name with no bracket, where
OSCOLA puts it in square brackets (`[1988] CLJ 402`). `square_year` writes the brackets in after a quoted title, so
the readers of the bracketed form read it: the year, the journal, its first page and the page cited.
"""

from __future__ import annotations

from ..patterns import compiled
from .namequote import comma_before_quote
from .quotes import typographic_quotes
from .words import YEAR

# a closing quotation mark, the bare year, then a journal's name (no digit, comma or bracket) and its first page,
# ending the reference (the page cited after `at` or a comma)
_BARE_YEAR = compiled(rf"(?<=[’”'\"])\s+(?P<year>{YEAR})\s+(?=[A-Z][^\d,;()\[\]]{{1,60}}?\s\d+"
                      r"(?:\s*(?:,|at)\s*\d+(?:\s*[–—-]\s*\d+)?)?\s*\.?\s*$)")


def square_year(text: str) -> str:
    """``text`` with the bare year between a quoted title and its journal in square brackets (and, as the house prints
    no comma after the author either, the comma written in, `namequote`, and the title's quotes made typographic).

    >>> square_year("L Veldman 'Duty' 2005 Acta Juridica 77 at 85.")
    'L Veldman, ‘Duty’ [2005] Acta Juridica 77 at 85.'
    >>> square_year("R Smith, 'Duty' (2005) 12 SALJ 77")
    "R Smith, 'Duty' (2005) 12 SALJ 77"
    """
    found = _BARE_YEAR.search(text)
    if found is None:
        return text
    return typographic_quotes(comma_before_quote(f"{text[:found.start()]} [{found.group('year')}] {text[found.end():]}"))
