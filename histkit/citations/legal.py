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

_NAME = rf"(?:(?:[Vv][ao]n|[Dd][eiau]|[Dd]er|[Ll][ae]|[Tt]er)\s+){{0,2}}[{UPPER}][^\W\d_]+(?:-[{UPPER}][^\W\d_]+)?"
# a journal's abbreviation: a capital inside the word, or a word of capitals (`EuZA`, `DÖV`, `RdA-Beilage`, `ZfA`)
_ABBREVIATION = rf"(?=[^\s,]*[^\W\d_][^\s,\d]?[{UPPER}])[{UPPER}][^\s,\d]{{0,14}}(?:\s+[{UPPER}][^\s,\d]{{0,14}})?"
_LEGAL_SHORT = re.compile(rf"^(?P<authors>{_NAME}(?:\s*/\s*{_NAME}){{0,3}}),\s+(?P<container>{_ABBREVIATION})\s+"
                          rf"(?P<year>{YEAR}),\s*(?P<pages>\d+(?:\s*[–—-]\s*\d+)?(?:\s*(?:,|f+\.?)\s*\d*(?:\s*[–—-]\s*\d+)?)*)"
                          rf"\s*(?:f+\.?)?\s*\.?\s*$")


# `Gantert, Bibliothekarisches Grundwissen, 9. Aufl. 2016, S. 3`, `Steinhauer, Datenschutz in …, in: Specht/Mantz, …`
# (after the year: the end, the pages, or where it is found online: `…, 2019, abrufbar unter: https://…`)
@functools.cache
def _book_by_author() -> re.Pattern:
    online = alternation("reference_words.csv", "online")
    return re.compile(rf"^{_NAME}(?:\s*/\s*{_NAME}){{0,4}},\s+(?:(?:[^,]{{3,200}}?,\s+){{1,3}}in:\s|[^,]{{3,200}}?,\s+"
                      rf"(?:\d+\.\s*Aufl\.\s*)?{YEAR}(?:,\s*(?:S\.\s*)?\d+(?:\s*[–—-]\s*\d+)?(?:\s*f+\.?)?)?"
                      rf"(?:\s*\.?\s*$|,\s*(?i:{online})))")


def book_by_author(piece: str) -> bool:
    """Whether ``piece`` is an author's book or chapter in the German manner (`Name, Title, 2. Aufl. 1993, S. 113 f.`,
    `Name, Title, in: Editors, Book`), after a lead-in: a publication, whatever archive or library its title names.

    >>> book_by_author("Kirchner, Grundriß des Bibliotheks- und Dokumentationsrechts, 2. Aufl. 1993, S. 113 f.")
    True
    >>> book_by_author("Fürstlich Wiedisches Archiv (Neuwied), 60–8-6 bis 60–8-9.")
    False
    """
    return _book_by_author().match(without_lead_in(piece.strip())) is not None


@functools.cache
def _lead_in() -> re.Pattern:
    words = alternation("reference_words.csv", "lead")
    # a lead word or a few, then a capital, after a few words in small letters or none (`Več o tem gl. Ana Šumi, …`);
    # or a few words in small letters and a colon (`zu der Entscheidung kritisch:`)
    return re.compile(rf"^(?:(?:[^\W\d_]+(?:\s+[^\W\d_{UPPER}][^\W\d_]*){{1,3}}\s+(?=(?i:{words})))?"
                      rf"(?:(?i:{words})(?:,\s*|\s+|(?<=\.)))+(?=[{UPPER}]|ders\.|dies\.)"
                      rf"|[^\W\d_{UPPER}][^\W\d_]*(?:\s+[^\W\d_]+){{0,5}}:\s+(?=[{UPPER}])"
                      # `die Überlegungen bei Andreas Gestrich, …`: a few words, the first and the last in small letters
                      # (not a name's particle: `von Schwarzkopf`, `de Gaulle`)
                      rf"|(?=[^\W\d_{UPPER}])(?:[^\W\d_]+\s+){{0,4}}(?!{_PARTICLES}\s)[^\W\d_{UPPER}][^\W\d_]*\s+(?=[{UPPER}]))")


_PARTICLES = r"(?:von|vom|van|de|der|den|des|da|di|du|del|della|dos|das|la|le|ten|ter|al|el|bin|ibn)"


def without_lead_in(text: str) -> str:
    """``text`` with a lead-in cut off its front.

    >>> without_lead_in("Dazu ausführlich Bauer, Repertorium, 20"), without_lead_in("Vgl Jacobs, Labour, 99")
    ('Bauer, Repertorium, 20', 'Jacobs, Labour, 99')
    >>> without_lead_in("zu der Entscheidung kritisch: Steinhauer, GRUR-Prax. 2016, 561")
    'Steinhauer, GRUR-Prax. 2016, 561'
    >>> without_lead_in("Več o tem gl. Ana Šumi, Spomin, 2012")
    'Ana Šumi, Spomin, 2012'
    >>> without_lead_in("die Überlegungen bei Andreas Gestrich, Absolutismus"), without_lead_in("von Weizsäcker, Titel")
    ('Andreas Gestrich, Absolutismus', 'von Weizsäcker, Titel')
    >>> without_lead_in("Soziale Systeme, 1984")
    'Soziale Systeme, 1984'
    """
    return _lead_in().sub("", text, count=1)


def is_legal_short(piece: str) -> bool:
    """Whether ``piece`` is a legal short citation (author, journal abbreviation, year, pages).

    >>> is_legal_short("Hofmann, ZGE 2016, 482, 498"), is_legal_short("Müller, Karlsruhe 1910, 45")
    (True, False)
    >>> is_legal_short("De la Durantaye, ZUM 2011, 538, 538 ff."), is_legal_short("Steinhauer, K&R 2009, 161")
    (True, True)
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
