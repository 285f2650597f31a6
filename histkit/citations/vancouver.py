"""The numbered (Vancouver) house of medicine, public health and social policy (`read_vancouver`).

``Keane M, O'Dowd P, Lyster R. Title. Soc Hist Med. 2012;25(3):612-31.``: the surnames with their initials written
without stops and parted by commas, a full stop after the last; the title; the journal's abbreviation; the year, then
volume, issue and pages joined by `;`, `(…)` and `:`. A book ends in ``Place: Publisher; 2009.`` (``In: Lyons J,
Corrigan E, editors. Book. …`` for a chapter), a body may stand for the persons (``World Health Organization. Title.
Geneva: WHO; 1955.``), and an article ahead of print or a newspaper's dates its day (``Med Hist. 2024 Mar 3.``,
``Irish Press. 1938 Apr 12:6.``). The semicolon before the year is no cut between two citations (`joins_vancouver`).
"""

from __future__ import annotations

import functools
import re

from .words import YEAR, alternation
from ..patterns import compiled

_UPPER = "A-ZÀ-ÞĀ-Ž"
_SURNAME = rf"(?:(?:{alternation('name_particles.csv')})\s)*[{_UPPER}][\w’'-]*[a-zà-ÿā-ž][\w’'-]*(?:[\s-][{_UPPER}][\w’'-]+)?"
# (`Keane M`, `O'Dowd PJ`: one to three initials, no stop, then a comma or the full stop ending the names)
_PERSON = rf"{_SURNAME}\s+[{_UPPER}]{{1,3}}(?=[,.])"
# a month's three letters and a day after the year: the day an article appeared ahead of print, a newspaper's issue
_DAY = r"(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?"
_JOURNAL = compiled(rf"^(?P<title>[^.]{{3,300}}?)\.\s+(?P<container>[^.;:]{{2,80}}?)\.\s+(?P<year>{YEAR}){_DAY}"
                    r"(?:;\s*(?P<volume>\d+)(?:\s*\((?P<issue>[^()]{1,15})\))?)?(?::\s*(?P<pages>\d+(?:\s*[–-]\s*\d+)?))?"
                    r"(?=[.;\s]|$)")
# `Title. Place: Publisher; 2009`, a chapter's `Title. In: Names, editors. Book. Place: Publisher; 2004`, the pages after
_BOOK = compiled(rf"^(?P<title>[^.]{{3,300}}?)\.\s+(?:In:\s+(?P<editors>[^.]{{2,200}}?),\s+(?:editors?|eds?)\.\s+"
                 rf"(?P<container>[^.]{{2,300}}?)\.\s+)?(?P<place>[{_UPPER}][^.:;]{{1,40}}):\s*(?P<publisher>[^.;:]{{2,80}}?);"
                 rf"\s*(?P<year>{YEAR})(?:\s*\[[^\[\]]{{1,40}}\])?(?:\.\s*pp?\.\s*(?P<pages>\d+(?:\s*[–-]\s*\d+)?))?")
_BRACKETED = compiled(r"\s*\[[^\[\]]{1,40}\]")  # `[Internet]`, `[dissertation]`: what the work is, no part of its title


@functools.cache
def _head() -> re.Pattern:
    """The persons, or a body of a few words that no digit or stop breaks, and the full stop after them."""
    persons = rf"{_PERSON}(?:,\s*{_PERSON}){{0,9}}(?:,?\s+et\s+al)?"
    return compiled(rf"^(?:(?P<persons>{persons})|(?P<body>[{_UPPER}][^\d.;:,()]{{1,80}}?))\.\s+(?=[^\W\d_])")


def read_vancouver(text: str, ref: dict) -> bool:
    """Fill ``ref`` from a Vancouver reference; False (``ref`` untouched) if ``text`` is none.

    >>> ref = {}
    >>> read_vancouver("Keane M, O'Dowd P. Housing and death. Soc Hist Med. 2012;25(3):612-31.", ref)
    True
    >>> ref["authors"], ref["title"], ref["container"], ref["year"], ref["volume"], ref["issue"], ref["pages"]
    ("Keane M, O'Dowd P", 'Housing and death', 'Soc Hist Med', '2012', '25', '3', '612-31')
    >>> read_vancouver("Paris 1968. Le mois de mai. Paris: Seuil; 1978.", {}), read_vancouver("See Keane M. Title.", {})
    (False, False)

    A body is the author only of a book or report, whose imprint ends in `; Year`.
    """
    head = _head().match(text.strip())
    if head is None:
        return False
    rest = _BRACKETED.sub("", text.strip()[head.end():])
    found = _BOOK.match(rest) or (_JOURNAL.match(rest) if head.group("persons") else None)
    if found is None or (head.group("body") and found.re is not _BOOK):
        return False
    ref.update({k: (v or "").strip() for k, v in found.groupdict().items()})
    ref["authors"] = head.group("persons") or head.group("body")
    return True


def is_vancouver(text: str) -> bool:
    """Whether ``text`` is a reference of the Vancouver house (`read_vancouver`).

    >>> is_vancouver("Breathnach C. The sanatorium movement. Dublin: Four Courts Press; 2009. p. 45-52.")
    True
    """
    return read_vancouver(text, {})


# the year after a semicolon, as Vancouver's book dates its imprint (`Dublin: Four Courts Press; 2009.`): the
# publisher before it after a place's colon, in the same sentence
_PUBLISHER_BEFORE = compiled(rf"[{_UPPER}][^.:;]{{1,40}}:\s*[^.;:]{{2,80}}$")
_YEAR_AFTER = compiled(rf"\s*{YEAR}(?:[.;]|\s*\[|\s*$)")
# a journal's year joined to its volume, no space (`2012;25(3):612-31`, `1999;4:22-39`)
_VOLUME_AFTER = compiled(r"(?<=\d{4});\d+(?:\([^()]{1,15}\))?:\d")


def joins_vancouver(text: str, at: int) -> bool:
    """Whether the semicolon at ``text[at]`` is the one a Vancouver imprint or journal puts before a year or a volume.

    >>> text = "Breathnach C. Title. Dublin: Four Courts Press; 2009. p. 45-52; Dwyer F. Title. Med Hist. 2004;12(3):4-9."
    >>> [joins_vancouver(text, i) for i, c in enumerate(text) if c == ";"]
    [True, False, True]
    """
    if _VOLUME_AFTER.match(text, at):
        return True
    return bool(_YEAR_AFTER.match(text, at + 1) and _PUBLISHER_BEFORE.search(text, max(0, at - 130), at))
