"""The half-volume of a Swiss law review, printed between its year and its pages: `ZSR 118 (1999) II 1-120, 45`,
`RDS 121 (2002) I 233-259, 240`.

The Zeitschrift für schweizerisches Recht / Revue de droit suisse binds each year's volume in two halves (I: articles,
II: the Juristenverein's reports), and its citation prints the half after the year. The reference gold records the
volume and not its half, as it leaves out a journal's series; the readers, which know `Journal 118 (1999) 1-120`,
read the half as a stray numeral. `without_half_volume` takes it out.
"""

from __future__ import annotations

from .words import YEAR
from ..patterns import compiled

# a journal's volume, its year in brackets, a Roman numeral of one to three letters, then the first page
_HALF = compiled(rf"(?<=\d\s\({YEAR}\))\s+[IV]{{1,3}}\s+(?=\d)")


def without_half_volume(text: str) -> str:
    """``text`` without the half-volume after a review's year in brackets.

    >>> without_half_volume("A. Roth, Le contrat, RDS 121 (2002) I 233-259, 240")
    'A. Roth, Le contrat, RDS 121 (2002) 233-259, 240'
    >>> without_half_volume("A. Roth, Titel, ZRG 12 (1990) 233")
    'A. Roth, Titel, ZRG 12 (1990) 233'
    """
    return _HALF.sub(" ", text)
