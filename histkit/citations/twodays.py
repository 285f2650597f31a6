"""Two documents told apart by their days, `Smith to Jones, 2 May 1958, and Jones to Smith, 19 May 1958, TNA, …`.

A citation that names two days, each a whole date with its own year, joined by a word for "and"
(``and_words.csv``; between them perhaps a comma and the words describing the second document), cites two
documents of one holding: two letters, a letter and its reply. Each is given once, with its own day. The days
stand before the holding (days that end the citation after its unit may date one document).
Two days sharing their month or year (`minutes of 3 and 17 April 1957`) stay one document spanning them, and
so do two days after a word for "between" (``between_words.csv``: `between 2 May and 19 May 1958` is a span).
`one_per_day` gives the citation once per day, the other day (and the words joining them) blanked with
spaces so that offsets hold.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .words import alternation
from ..dates import find_dates
from ..patterns import compiled

_YEAR = compiled(r"(?<!\d)\d{4}(?!\d)")
_WORD = compiled(r"[^\W\d_]{2}")


@lru_cache(maxsize=1)
def _joined() -> re.Pattern:
    # between the days: `and`, `, and`, `, and Brenner to Vollrath,` (no digit, no semicolon, a few words)
    return compiled(rf"^\s*,?\s*(?:{alternation('and_words.csv')})\s(?:[^\d;()]{{0,60}},\s*)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _between() -> re.Pattern:
    return compiled(rf"(?:^|\W)(?:{alternation('between_words.csv')})\s+(?:\w+\s+)?$", re.IGNORECASE)


def days_apart(text: str) -> list[str]:
    """``text`` once per day where it names two documents by their whole days, else ``[text]``.

    >>> days_apart("A to B, 2 May 1958 and 19 May 1958, TNA, FO 371/1")
    ['A to B, 2 May 1958                , TNA, FO 371/1', 'A to B,                19 May 1958, TNA, FO 371/1']
    >>> days_apart("Minutes, 3 and 17 April 1957, TNA, FO 371/1")
    ['Minutes, 3 and 17 April 1957, TNA, FO 371/1']
    >>> len(days_apart("A to B, between 2 May 1958 and 19 May 1958, TNA")), len(days_apart("1 May 1958 to 3 May 1958"))
    (1, 1)
    """
    if len(_YEAR.findall(text)) < 2:
        return [text]
    days = [d for d in find_dates(text) if d.precision == "day" and d.date_start == d.date_end]
    for first, second in zip(days, days[1:]):
        if not (_YEAR.search(first.surface) and _YEAR.search(second.surface)) or first.date_start == second.date_start:
            continue
        # (the days describe the documents before their holding: days that end the citation, `Ídem, tomo 46,
        # 3-IV-1812 y 9-IV-1812`, may be one document's)
        if _joined().match(text[first.end:second.start]) and not _between().search(text[:first.start]) \
                and _WORD.search(text, second.end):
            return [text[:first.end] + " " * (second.end - first.end) + text[second.end:],
                    text[:first.start] + " " * (second.start - first.start) + text[second.start:]]
    return [text]


def one_per_day(pieces: list) -> list:
    """The pieces (`extract.Piece`) with each that names two documents by their days given once per day."""
    return [piece._replace(text=text) for piece in pieces for text in days_apart(piece.text)]
