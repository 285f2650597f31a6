"""A document is dated by its own day, not by the day it was received, proved or copied.

`…, 1/11 March 1651/2, received at Salem 3 June 1652`, `Bericht vom 3. Jänner 1852, präs. 14. Jänner 1852`, `will
…, dated 4 July 1605, proved 3 December 1605`, `odpis z 1902 r. pisma … z 13 marca 1853 r.`, `Копия 1902 г. с приказа
от 3 мая 1851 г.`: the date after a word for received, presented, proved or copied (``later_date_words.csv``) is the
registry's, the court's or the copyist's. `without_later_dates` blanks it (spaces, so that offsets hold) where the
citation keeps the document's own date: a day or month elsewhere in it, or any date before the word (`[1851?],
typescript copy made 1902`). A copy dated only by its copying keeps that date (`copie datée de 1298 h. (1880-1881)`,
`a copy … made in the 1880s`): nothing else dates it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..dates import find_date_groups
from ..patterns import compiled
from .words import alternation, opening_guard

#: how far after its word a later date may stand: `received at Salem 3 June 1652`, `reçue à la préfecture le 14 mars`
_REACH = 30


@lru_cache(maxsize=1)
def _later() -> re.Pattern:
    # (the words' first letters looked at first, `opening_guard`: the same matches)
    return compiled(rf"{opening_guard('later_date_words.csv')}(?<!\w)(?:{alternation('later_date_words.csv')})(?!\w)",
                    re.IGNORECASE)


def without_later_dates(text: str) -> str:
    """``text`` with each date of a receipt, a probate or a copy blanked, where the document's own date stays.

    >>> without_later_dates("Report, 3 January 1852, received 14 January 1852, TNA, FO 78/1")
    'Report, 3 January 1852, received                , TNA, FO 78/1'
    >>> without_later_dates("Copy made 1902 of the order of 3 May 1851, RGVIA, f. 846")
    'Copy made      of the order of 3 May 1851, RGVIA, f. 846'
    >>> without_later_dates("TNA, FO 78/1, received 14 January 1852")
    'TNA, FO 78/1, received 14 January 1852'
    """
    words = list(_later().finditer(text))
    if not words:
        return text
    dates = find_date_groups(text)
    blanked = set()
    for word in words:
        after = next((d for d in dates if d.start >= word.end()), None)
        if after is None or after.start - word.end() > _REACH or after.start in blanked:
            continue
        others = [d for d in dates if d is not after and d.start not in blanked]
        if any(d.start < word.start() or d.precision in ("day", "month") for d in others):
            blanked.add(after.start)
            text = text[:after.start] + " " * (after.end - after.start) + text[after.end:]
    return text
