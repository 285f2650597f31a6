"""German and Austrian legal short citations, and the lead-ins a reference may still carry.

`Hofmann, ZGE 2016, 482, 498` names the author, the journal's abbreviation,
the year, the first page and the page cited: no title. A journal's
abbreviation is told by its capitals inside the word (`DRdA`, `EuZA`, `NJW`,
`GRUR-Prax.`), so a place and year (`Karlsruhe 1910`) is not one. Lead-ins
(`Vgl`, `Dazu ausführlich`, `See, e.g.,`, `zu der Entscheidung kritisch:`) are
cut off the front of a reference before it is read; their words are data
(``reference_words.csv``, kind ``lead``).
"""

from __future__ import annotations

import functools
import re

from .words import UPPER, YEAR, alternation

_NAME = rf"[{UPPER}][^\W\d_]+(?:-[{UPPER}][^\W\d_]+)?"
# a journal's abbreviation: a capital inside the word, or a word of capitals (`EuZA`, `DÖV`, `RdA-Beilage`, `ZfA`)
_ABBREVIATION = rf"(?=[^\s,]*[^\W\d_][{UPPER}])[{UPPER}][^\s,\d]{{0,14}}(?:\s+[{UPPER}][^\s,\d]{{0,14}})?"
_LEGAL_SHORT = re.compile(rf"^(?P<authors>{_NAME}(?:\s*/\s*{_NAME}){{0,3}}),\s+(?P<container>{_ABBREVIATION})\s+"
                          rf"(?P<year>{YEAR}),\s*(?P<pages>\d+(?:\s*[–—-]\s*\d+)?(?:\s*(?:,|f+\.?)\s*\d*(?:\s*[–—-]\s*\d+)?)*)"
                          rf"\s*(?:f+\.?)?\s*\.?\s*$")


@functools.cache
def _lead_in() -> re.Pattern:
    words = alternation("reference_words.csv", "lead")
    # a lead word or a few, then a capital; or a few words in small letters and a colon (`zu der Entscheidung kritisch:`)
    return re.compile(rf"^(?:(?:(?i:{words})(?:,\s*|\s+|(?<=\.)))+(?=[{UPPER}]|ders\.|dies\.)"
                      rf"|[^\W\d_{UPPER}][^\W\d_]*(?:\s+[^\W\d_]+){{0,5}}:\s+(?=[{UPPER}]))")


def without_lead_in(text: str) -> str:
    """``text`` with a lead-in cut off its front.

    >>> without_lead_in("Dazu ausführlich Bauer, Repertorium, 20"), without_lead_in("Vgl Jacobs, Labour, 99")
    ('Bauer, Repertorium, 20', 'Jacobs, Labour, 99')
    >>> without_lead_in("zu der Entscheidung kritisch: Steinhauer, GRUR-Prax. 2016, 561")
    'Steinhauer, GRUR-Prax. 2016, 561'
    >>> without_lead_in("Soziale Systeme, 1984")
    'Soziale Systeme, 1984'
    """
    return _lead_in().sub("", text, count=1)


def is_legal_short(piece: str) -> bool:
    """Whether ``piece`` is a legal short citation (author, journal abbreviation, year, pages).

    >>> is_legal_short("Hofmann, ZGE 2016, 482, 498"), is_legal_short("Müller, Karlsruhe 1910, 45")
    (True, False)
    """
    return _LEGAL_SHORT.match(piece.strip()) is not None


def read_legal_short(text: str, ref: dict) -> bool:
    """Fill ``ref`` from a legal short citation (authors, container, year, pages); False, and nothing filled, if not one.

    >>> ref = {}
    >>> read_legal_short("Marhold, DRdA 2015, 413", ref), ref
    (True, {'authors': 'Marhold', 'container': 'DRdA', 'year': '2015', 'pages': '413'})
    """
    found = _LEGAL_SHORT.match(text.strip())
    if found is None:
        return False
    ref.update({key: found.group(key).strip() for key in ("authors", "container", "year", "pages")})
    return True
