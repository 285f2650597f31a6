"""A document cited as an enclosure is dated by its own day, not by the covering letter's.

`Bramwell to Halloran, 4 March 1920, enclosed in India Office to Foreign Office, 19 March 1920, TNA, FO 371/3862`
cites the enclosed letter; the covering letter after a word for "enclosed in" (``enclosure_words.csv``: `enclosed
in`, `Anlage zu`, `adjunto al`, `приложенная к`) only says where it lies. Where a day or month stands before that
word, `without_covering_date` blanks the first date after it (spaces, so that offsets hold), and the citation is
read with the enclosure's date alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..dates import find_date_groups
from ..patterns import compiled
from .words import alternation, opening_guard


@lru_cache(maxsize=1)
def _enclosed() -> re.Pattern:
    # (the words' first letters looked at first, `opening_guard`: the same matches)
    return compiled(rf"{opening_guard('enclosure_words.csv')}(?<!\w)(?:{alternation('enclosure_words.csv')})(?!\w)",
                    re.IGNORECASE)


def without_covering_date(text: str) -> str:
    """``text`` with the covering letter's date after a word for "enclosed in" blanked, where the enclosure has one.

    >>> without_covering_date("A to B, 4 March 1920, enclosed in C to D, 19 March 1920, TNA, FO 371/1")
    'A to B, 4 March 1920, enclosed in C to D,              , TNA, FO 371/1'
    >>> without_covering_date("Report enclosed in C to D, 19 March 1920, TNA, FO 371/1")
    'Report enclosed in C to D, 19 March 1920, TNA, FO 371/1'
    """
    word = _enclosed().search(text)
    if word is None:
        return text
    dates = find_date_groups(text)
    before = [d for d in dates if d.end <= word.start() and d.precision in ("day", "month")]
    after = [d for d in dates if d.start >= word.end()]
    if not before or not after:
        return text
    return text[:after[0].start] + " " * (after[0].end - after[0].start) + text[after[0].end:]


def joins_enclosure(text: str, at: int) -> bool:
    """Whether the semicolon at ``text[at]`` only leads to where the document lies: a word for "enclosed in" follows.

    The covering letter after it is no citation of its own (`Докладная записка …, 3 января 1938 г.; приложение к письму
    … от 5 января 1938 г. // ГА РФ, …`): cut there, the enclosure would lose its holding and its day.

    >>> text = "Report, 3 May 1956; enclosed in A to B, 5 May 1956, TNA, FO 371/1"
    >>> joins_enclosure(text, text.index(";"))
    True
    >>> text = "TNA, FO 371/1; enclosures not kept"
    >>> joins_enclosure(text, text.index(";"))
    False
    """
    return _enclosed().match(text, at + 1 + len(text[at + 1:]) - len(text[at + 1:].lstrip())) is not None
