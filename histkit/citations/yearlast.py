"""A book cited by its author's full name or a body's, its year in brackets closing the citation:
`Friedrich Kittler, Aufschreibesysteme 1800/1900 (1985)`, `Equality and Human Rights Commission, Stop and think [2010]`.
"""

from __future__ import annotations

from .corporate import corporate_head
from .legal import without_lead_in
from .names import is_name
from .words import UPPER, YEAR, archive_word
from ..patterns import compiled

# `Friedrich Kittler, Aufschreibesysteme 1800/1900 (1985)`: a person's full name, a title (digits allowed), the year
# in brackets (or square ones, OSCOLA's report: `Equality and Human Rights Commission, Stop and think [2010]`) ending it;
# the title opens with no initial and has a word of three letters (not APA's `Ward, L. (2015)`)
_YEAR_LAST = compiled(rf"^(?P<authors>[^,()]{{3,60}}),\s+(?![{UPPER}]\.)(?=[^()]*[^\W\d_]{{3}})[^()\[\]]{{3,200}}?\s*"
                      rf"(?:\(\s*{YEAR}\s*\)|\[{YEAR}\])\s*\.?\s*$")


def year_last_book(piece: str) -> bool:
    """Whether ``piece`` is a book by a person's full name or a body's (`corporate_head`), its year in brackets at the end.

    >>> year_last_book("Friedrich Kittler, Aufschreibesysteme 1800/1900 (1985)"), year_last_book("Ward, L. (2015)")
    (True, False)
    """
    found = _YEAR_LAST.match(piece := without_lead_in(piece.strip()))
    return found is not None and len(found["authors"].split()) >= 2 and (is_name(found["authors"]) or corporate_head(piece)) \
        and not archive_word().search(found["authors"])  # (`Arquivo Histórico-Parlamentar, Diário …, n.º 88 (1959)`)
