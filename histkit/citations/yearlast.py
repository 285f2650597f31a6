"""A book cited by its author's full name or a body's, its year in brackets closing the citation:
`Friedrich Kittler, Aufschreibesysteme 1800/1900 (1985)`, `Equality and Human Rights Commission, Stop and think [2010]`.
"""

from __future__ import annotations

from .corporate import corporate_head
from .legal import without_lead_in
from .names import AND_WORD, is_name, listed_persons
from .words import UPPER, YEAR, archive_word
from ..patterns import compiled

# `Friedrich Kittler, Aufschreibesysteme 1800/1900 (1985)`: a person's full name, a title (digits allowed), the year
# in brackets (or square ones, OSCOLA's report: `Equality and Human Rights Commission, Stop and think [2010]`) ending it;
# the title opens with no initial and has a word of three letters (not APA's `Ward, L. (2015)`)
_TITLE_AND_YEAR = rf"(?![{UPPER}]\.)(?=[^()]*[^\W\d_]{{3}})[^()\[\]]{{3,200}}?\s*(?:\(\s*{YEAR}\s*\)|\[{YEAR}\])\s*\.?\s*$"
_YEAR_LAST = compiled(rf"^(?P<authors>[^,()]{{3,60}}),\s+{_TITLE_AND_YEAR}")


def year_last_book(piece: str) -> bool:
    """Whether ``piece`` is a book by a person's full name or a body's (`corporate_head`), its year in brackets at the end.

    >>> year_last_book("Friedrich Kittler, Aufschreibesysteme 1800/1900 (1985)"), year_last_book("Ward, L. (2015)")
    (True, False)
    """
    found = _YEAR_LAST.match(piece := without_lead_in(piece.strip()))
    return found is not None and len(found["authors"].split()) >= 2 and (is_name(found["authors"]) or corporate_head(piece)) \
        and not archive_word().search(found["authors"]) or _listed_first(piece)  # (not `Arquivo …, Diário (1959)`)


# (the title after persons listed with commas: the same title as `_YEAR_LAST`'s)
_TITLE_YEAR = compiled(rf"^{_TITLE_AND_YEAR}")


def _listed_first(piece: str) -> bool:
    """Whether ``piece`` is three persons or more listed with commas, then a title and its year in brackets
    (`T. Hitchcock, R. Shoemaker, and J. McLaughlin, The Old Bailey Proceedings Online, 1674–1913 (2012)`): the
    title may hold commas of its own, so it opens after the longest run of persons."""
    parts = _SERIAL_COMMA.sub("", piece).split(", ")  # (`…, and J. McLaughlin`: the list's last comma no part's end)
    listed = [end for end in range(2, min(len(parts), 9)) if listed_persons(", ".join(parts[:end]), least=3)]
    return bool(listed) and _TITLE_YEAR.match(", ".join(parts[max(listed):])) is not None


_SERIAL_COMMA = compiled(rf",(?={AND_WORD.pattern})")
