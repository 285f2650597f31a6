"""A printed book whose title is an archive's name or code: `Foreign Relations of the United States, 1955–1957, vol.
XXIV (Washington, DC: GPO, 1989), doc. 45`.

Series of printed documents may bear a name the authority lists as an archive's (FRUS) or a code the article defines
for them (`Documents diplomatiques français (ci-après DDF), …`). Cited by volume and number alone the house reads them
as it reads a holding (`tests/fixtures/citations`: `FRUS, 1955–1957, vol. XXVI, doc. 54`); where the note gives the
book's imprint, its place, publisher and year (in brackets, `(Washington, DC: GPO, 1989)`, or in commas before the
document's number, `…, Paris, Imprimerie nationale, 1964, n° 312`), it says itself that the volume is a printed book,
and the citation is literature (round 29's editions). An imprint after a word leading to another source (`TNA, FO
371/1, quoted in A. Smith, Title (London: Macmillan, 1990), 45`) is that source's, not the citation's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .names import is_name, listed_persons
from .references import PUBLISHER
from .tails import place_year_bracket
from .words import UPPER, YEAR, alternation
from ..patterns import compiled


@lru_cache(maxsize=1)
def _imprint_in_commas() -> re.Pattern:
    # `, Paris, Imprimerie nationale, 1964, n° 312`: a publisher named by a word for one (``publisher_words.csv``), a
    # number after the year (a town, a body and a year alone may be where and by whom a document was written)
    return compiled(rf",\s*[{UPPER}][\w’'.-]+(?:[ -][{UPPER}][\w’'.-]+)?\s*,\s*[^,;()\d]{{0,40}}?(?<!\w)"
                    rf"(?:{alternation('publisher_words.csv')})(?!\w)[^,;()\d]{{0,40}},\s*{YEAR}(?!\d)\s*,\s*\S",
                    re.IGNORECASE)


@lru_cache(maxsize=1)
def _edited_imprint() -> re.Pattern:
    # `Polskie Dokumenty Dyplomatyczne 1957, red. J. Tarnowski, Warszawa, PISM, 2012, dok. 145`: after a word for an
    # editor (``reference_words.csv``, kind ``role``) a town, a publisher of any name (a code too) and a year
    return compiled(rf"(?<!\w)(?:{alternation('reference_words.csv', 'role')})\s.{{0,80}}?,\s*[{UPPER}][\w’'.-]+"
                    rf"(?:[ -][{UPPER}][\w’'.-]+)?\s*,\s*[{UPPER}][^,;()\d]{{0,40}},\s*{YEAR}(?!\d)\s*,\s*\S")


@lru_cache(maxsize=1)
def _another_source() -> re.Pattern:
    return compiled(rf"(?<!\w)(?:{alternation('see_also.csv')})(?!\w)", re.IGNORECASE)


def printed_book(text: str) -> bool:
    """Whether ``text`` gives a book's imprint before any word leading to another source (an archive's code may be
    the publisher's there: `Warszawa, PISM, 2012` after an editor's name names the Polish Institute of International
    Affairs, not the Sikorski Institute's archive).

    >>> printed_book("Foreign Relations of the United States, 1955–1957, vol. XXIV (Washington, DC: GPO, 1989), doc. 45")
    True
    >>> printed_book("Recueil des actes (ci-après RA), t. II, Paris, Imprimerie nationale, 1964, n° 312")
    True
    >>> printed_book("Dokumenty 1957, red. J. Nowak, Warszawa, PISM, 2012, dok. 145")
    True
    >>> printed_book("TNA, FO 371/1, quoted in A. Smith, Title (London: Macmillan, 1990), 45")
    False
    >>> printed_book("FRUS, 1955–1957, vol. XXVI, doc. 54"), printed_book("die Berichte in NLA HA, Hann. 122a Nr. 3471 (Februar 1934)")
    (False, False)

    A British imprint of place and year in brackets is one too: a calendar of records names their archive in its
    title (`Calendar of the Patent Rolls Preserved in the Public Record Office: Henry VI (London, 1901), p. 45`).
    """
    # (the place and the year with a comma between: a document's month and year, `(May 1834)`, `(Februar 1934)`, is none)
    bracket = place_year_bracket(text)
    imprint = PUBLISHER.search(text) or _imprint_in_commas().search(text) or _edited_imprint().search(text) \
        or (bracket if bracket is not None and bracket.group("comma") else None) or _persons_then_imprint(text)
    return imprint is not None and _another_source().search(text, 0, imprint.start()) is None


# (the Italian order at the end of a book by persons: a publisher of any name, a code too, its town and the year)
_PUBLISHER_TOWN_YEAR = compiled(rf",\s*[{UPPER}][^,;()\d]{{0,40}},\s*[{UPPER}][^\W\d_]+(?:[ -][{UPPER}][^\W\d_]+)?,\s*"
                                rf"{YEAR}\s*\.?\s*$")


def _persons_then_imprint(text: str) -> re.Match | None:
    """The imprint ending a book that opens with persons' names (`F. Rossi, S. Costagli, Title, IISG, Roma, 2020`: the
    Italian Institute of Germanic Studies, not the Amsterdam archive of that code), else None."""
    found = _PUBLISHER_TOWN_YEAR.search(text)
    parts = text.split(", ")
    return found if found is not None and (listed_persons(", ".join(parts[:2])) or is_name(parts[0])
                                           and _INITIAL.match(parts[0])) else None


_INITIAL = compiled(rf"(?:[{UPPER}]\.\s?)+[{UPPER}]")
