"""An archive named with no word for archive, told by the call number after it: `Royal College of Physicians, MS 123`.

Libraries, societies, colleges and ministries keep papers under names that hold no word for archive (`Royal
College of Physicians`, `National Records Office`, `Hoover Institution`). What tells such a name from an author's or
a publisher's is what follows it: a call number, letters and a number (`MS 123`, `NTRS 226/P1`) or a word and a
slashed number (`Civsec 1/2/3`), after at most a town or a collection's name, or a word for a box, bundle or file and
its number after at most a town, a fond and a collection (`Montserrat National Trust, Plymouth, Estate Papers, Waterwork
estate, bundle 4`), and a document's day or month, or a
slashed signature. `named_by_holding` reads that shape; `locate.unknown_archive` asks it when no archive word is there.
"""

from __future__ import annotations

import re

from ..dates import find_dates
from .archives import Archive
from .quotes import QUOTE_START
from .references import cites_publication
from .words import alternation
from ..patterns import compiled

# a name: capitalised words, short lower-case words between them (`of`, `de`, `für`), two to eight words
_NAME = r"(?P<name>[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|[a-zäöüéèà]{1,4})){1,7})"
# a call number: capitals and a number (`MS 123`, `Add MS 4567`, `GN 2/1/A`), or a word and a slashed number
_CALL = (r"(?P<call>(?:[A-Z][A-Za-z]?\s)?[A-Z]{2,6}\.?\s?\d+[A-Za-z]?(?:/[\dA-Za-z]+)*(?:[–-]\d+)?"
         r"|[A-Z][a-z]{2,9}\s?\d+(?:/[\dA-Za-z]+)+)")
# (or a word for a box, bundle or file and its number, `unit_words.csv`: `Estate Papers, Waterwork estate, bundle 4`,
# after a town, a fond and a collection)
_UNIT_CALL = rf"(?P<unit>(?:{alternation('unit_words.csv')})\s?\d+[A-Za-z]?(?![\w/.-]))"
_SHAPE = compiled(rf"{_NAME}(?:,\s+[^\W\d][^,;:()\d]{{0,40}}){{0,2}},\s+{_CALL}(?=\s*(?:[,;.)]|$))")
_UNIT_SHAPE = compiled(rf"{_NAME}(?:,\s+[^\W\d][^,;:()\d]{{0,40}}){{0,3}},\s+{_UNIT_CALL}(?=\s*[,;.]|$)")
_YEAR_ONLY = compiled(r"(?:1[5-9]|20)\d\d")


def named_by_holding(piece: str) -> tuple[Archive, int, int] | None:
    """The archive a piece opens with when a call number and a dated document follow its name, or None.

    >>> named_by_holding("Royal College of Physicians, MS 123, letter of 3 May 1920.")
    (Archive(code='Royal College of Physicians', name='Royal College of Physicians', city='', cues=''), 0, 27)
    >>> named_by_holding("Past and Present, vol. 45, 3 May 1970") is None
    True

    Returns the archive, where its name starts and where it ends, as `locate.unknown_archive` does.
    """
    m = _SHAPE.match(piece) or _UNIT_SHAPE.match(piece)
    if m is None or m.group("name").split()[-1][:1].islower() or QUOTE_START.search(piece[:80]):
        return None
    call = m.group("call") if m.re is _SHAPE else m.group("unit")
    if _YEAR_ONLY.fullmatch(re.sub(r"^\D+", "", call)) or cites_publication(piece):
        return None  # (`FRUS 1950`: a year, no call number)
    dated = any(d.precision != "year" for d in find_dates(piece[m.end():]))
    if not (dated or "/" in call):
        return None
    name = m.group("name").rstrip(".")
    return Archive(name, name), 0, len(name)
