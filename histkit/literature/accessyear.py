"""A web work's year is not the year its citer saw it: `Claire Dutheil, « Les mineurs », *Les Voix de l'histoire*,
12 mars 2018 [en ligne], URL : https://…, consulté le 4 avril 2019`. A reading whose year is printed only after the
words that say when the page was seen (``reference_words.csv``, kind ``accessed``: accessed, consulté le, Acesso em,
zuletzt abgerufen am, fecha de consulta) takes the last year printed before them, outside a web address (a newspaper
prints the day in its links: `…/2019/07/14/…`); where none is printed there, the reading has no year.
"""

from __future__ import annotations

import functools
import re

from ..patterns import compiled
from .read import YEAR
from .wordforms import forms_alternation

_LINK = compiled(r"(?:https?://|www\.)\S+|doi:\s*\S+", re.IGNORECASE)


@functools.cache
def _seen() -> re.Pattern:
    words = forms_alternation("reference_words.csv", {"accessed"})
    return compiled(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])", re.IGNORECASE)


def year_not_seen(year: str, raw: str) -> str:
    """The reading's year, or where it is printed only after the day the work was seen, the year before that day.

    >>> year_not_seen("2019", "Dutheil, « Les mineurs », Les Voix, 12 mars 2018, URL : https://a.fr/2017/x, consulté le 4 avril 2019")
    '2018'
    >>> year_not_seen("2020", "Memorial X. Fotografias. Santos, [s.d.]. Disponível em: <https://a.org>. Acesso em: 11 nov. 2020.")
    ''
    >>> year_not_seen("2015", "Ellery, 'Manorial Waste' (PhD thesis, Leeds 2015) 88 <https://e.ac.uk> accessed 2 June 2020")
    '2015'
    """
    seen = _seen().search(raw) if year else None
    if seen is None:
        return year
    before = YEAR.findall(_LINK.sub(" ", raw[:seen.start()]))
    if year in before or year not in YEAR.findall(raw[seen.start():]):
        return year
    return before[-1] if before else ""
