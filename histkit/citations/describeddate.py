"""The year a unit's bracket gives after the document's words in small letters: `fasc. 3 (visita del 1602)`, `Л. 45–48
(отчёт за 1926–1927 гг.)`.

`notetext.bracketed_date` reads a bracket that holds a date alone, or a document's words and then its day or month;
a year after words it leaves, since a name and a year there (`f. 3 (Tito, 1947)`) are a fond's, not a document's
date. Words in small letters are no name: they describe the document (a visitation, a report), and the year or
years ending them are its date; so do a German noun's capital and the small words after it.
"""

from __future__ import annotations

from ..dates import find_date_groups
from .notetext import bracketed_date
from ..patterns import compiled

# a bracket that ends the unit and opens with a word in small letters (of a script with cases)
_DESCRIBED = compiled(r"\((?P<inside>(?=[^\W\d_])[^()]+)\)\.?$")
# after the date only a year's word and its stop (`гг.`, `r.`) may end the bracket
_YEAR_WORD_END = compiled(r"\s*(?:[^\W\d_]{1,4}\.?)?\s*\.?\s*")


def _described(inside: str) -> bool:
    """Whether a bracket's words describe a document: the first in small letters, or a later one (German capitalises
    its nouns: `Ansiedlung kurländischer Gutsbesitzer, 1919–1921`); words all capitalised are a name (`Tito, 1947`).

    >>> _described("visita del 1602"), _described("Ansiedlung kurländischer Gutsbesitzer, 1919–1921"), _described("Tito, 1947")
    (True, True, False)
    """
    words = inside.split()
    return inside[0].islower() or any(w[0].islower() for w in words[1:] if not w[0].isdigit())


def described_date(unit: str):
    """`bracketed_date`, or the year(s) ending a bracket of words in small letters after the unit, or None.

    >>> described_date("b. 12, fasc. 3 (visita del 1602)").date_end, described_date("f. 3 (Tito, 1947)")
    ('1602-12-31', None)
    >>> described_date("Л. 45–48 (отчёт за 1926–1927 гг.)").date_start
    '1926-01-01'
    """
    date = bracketed_date(unit)
    m = None if date is not None else _DESCRIBED.search(unit)
    if m is None or not _described(m.group("inside")):
        return date
    dated = find_date_groups(m.group("inside"))
    if not dated or any(c.isdigit() for c in m.group("inside")[:dated[-1].start]):
        return None
    return dated[-1] if _YEAR_WORD_END.fullmatch(m.group("inside")[dated[-1].end:]) else None
