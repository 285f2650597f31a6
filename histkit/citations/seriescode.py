"""A holding cited by its series code alone, no archive named: `Minute by Smith, 3 May 1950, FO 371/86754`.

British and Commonwealth archives give each department's records a series code, letters and a number, and cite a
piece after a slash: `FO 371/86754`, `HO 107/793/1` (The National Archives), `CON33/1/67` (Tasmania's convict
records). An article may name the archive once in its text, or nowhere, and cite hundreds of pieces so; each
citation then has a person's or a document's name, a date, and the code — the look of an author's work with its
year, which it is not. The code's shape says it: two to five capitals, a number that is no year, a slash and the
piece's number. Not where the citation is a publication's (a year in brackets, a quoted title), a law's (its
number after a slash is the year's: `RL 2002/14/EG`) or a court's: a docket number has the same shape (`KZR 8/10`,
`HCJ 5100/94`, `III CZP 79/10`), told by a court's or a decision's word of ``courts.csv`` or a chamber's Roman
numeral before it. Nor where a word for archive names one (`… Council Archive, PE1/3/12`: the other readers' to cut
and read), nor where no year dates the document or its description: `Samme sted, SNSK 1/2/46, udatert` repeats the
holding before with a word for "the same place" no list holds, which the document's own readers learn. A code
that opens the citation is `fondagain`'s: the series an archive named before cited, or left unread.
"""

from __future__ import annotations

import functools
import re

from .archives import Archive
from .ibid import IBID
from .legal import legal_kind
from .words import YEAR, alternation, archive_word
from ..patterns import compiled

# the series code (two to five capitals, a space or none, a number that is no year), a slash, the piece (and its
# parts: `793/1`, a clerk's `14//38`)
_SERIES = compiled(rf"(?<![\w/.-])(?<![IVX]\s)(?P<code>[A-Z]{{2,5}}\s?(?!{YEAR}\b)\d{{1,4}})/\d{{1,6}}(?:/\d{{0,6}})*(?![\w/-])")
_YEAR = compiled(rf"(?<!\d){YEAR}(?!\d)")
# what a publication prints and a holding does not: a year in brackets (`(London, 1990)`, `45 (1990)`), a quotation mark;
# and a case's parties (`… v. The State of Israel`)
_PUBLISHED = compiled(rf"\([^()]*{YEAR}\s*\)|[«»\"“”„‘’]|\s(?:v|vs)\.?\s+[A-Z]")


def unnamed_series(piece: str) -> tuple[Archive, int, int] | None:
    """The holding a citation cites by its series code, no archive named: an archive without a name, standing where
    the code starts (its start twice, as `locate.parse_archive_inside` reads an archive named inside a citation).

    >>> unnamed_series("Minute by Smith, 3 May 1950, FO 371/86754.")
    (Archive(code='', name='', city='', cues=''), 29, 29)
    >>> unnamed_series("Robert Harrod, 15914, per Theresa, 1845, CON33/1/67, CON14/1/29.")[1:]
    (41, 41)
    >>> [unnamed_series(t) for t in ("Smith, The Pact (London, 1990), 371/2", "RL 2002/14/EG", "Vol. 12/3, p. 4")]
    [None, None, None]
    >>> [unnamed_series(t) for t in ("Bundesgerichtshof, judgment of 29 January 2013, KZR 8/10", "Glosse, III CZP 79/10")]
    [None, None]
    """
    found = _SERIES.search(piece)
    if found is None or not piece[:found.start()].strip() or _PUBLISHED.search(piece) or archive_word().search(piece) or IBID.match(piece) \
            or not _YEAR.search(piece[:found.start()] + piece[found.end():]) or _court().search(piece) or legal_kind(piece):
        return None
    return Archive("", ""), found.start(), found.start()


@functools.cache
def _court() -> re.Pattern:
    """A court's or a decision's word of ``courts.csv`` (`Urteil`, `judgment`, `BGH`, `High Court`), a word of its own."""
    return compiled(rf"(?<![\w-])(?:{alternation('courts.csv', 'court')}|{alternation('courts.csv', 'decision')})(?![\w-])")
