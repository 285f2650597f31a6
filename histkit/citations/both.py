"""A date stated once for two documents of one note: ``…, Д. 7701; РГАДА, …, Д. 912. Оба документа – сентябрь 1775 г.``

Writers who cite two documents of the same time give the date once after both, with the word for "both"
(``both_words.csv``: both, beide, ambos, оба, обидва), often in a sentence of its own after the last one's leaves
(`Обидва документи – 1921 р.`), where the last document's reading does not reach it. The date after the word is
then the date of the note's last two archival rows, of each whose own text gave it no date and no mark of having
none (a document said undated keeps no date).
"""

from __future__ import annotations

import functools
import re

from ..dates import find_date_groups
from ..patterns import compiled
from .notetext import set_date
from .words import alternation


@functools.cache
def _both_word() -> re.Pattern:
    # (built once: the word list's alternation is dear, and every note with two archival rows asks)
    return compiled(rf"(?<!\w)(?:{alternation('both_words.csv')})(?!\w)", re.IGNORECASE)


def _both_date(text: str) -> tuple[list, int]:
    """The date ``text`` gives its documents together, after the word for "both", within a few words, and where that
    word stands; ([], -1) if none."""
    found = [(find_date_groups(text[m.end():m.end() + 40]), m.start()) for m in _both_word().finditer(text)]
    return next(((dates, at) for dates, at in reversed(found) if dates), ([], -1))


@functools.cache
def _both_bracket() -> re.Pattern:
    """A bracket ending a unit that holds the word for "both" (and the date it gives both)."""
    return compiled(rf"\s*\((?:{alternation('both_words.csv')})(?!\w)[^()]*\)\.?$", re.IGNORECASE)


def share_both_date(rows: list[dict], undated: list[bool], text: str) -> None:
    """Date a note's last two archival rows by the date it says both have, where their own text gave them none.

    >>> rows = [{"kind": "archival", "date_start": ""}, {"kind": "archival", "date_start": "1775-09-01",
    ...         "date_end": "1775-09-30", "date_precision": "month", "date_source": "text"}]
    >>> share_both_date(rows, [False, False], "A, Д. 1; B, Д. 2. Оба документа – сентябрь 1775 г.")
    >>> rows[0]["date_end"]
    '1775-09-30'
    >>> rows = [{"kind": "archival", "date_start": "", "char_start": 0}, {"kind": "archival", "date_start": "",
    ...         "char_start": 8}, {"kind": "archival", "date_start": "", "char_start": 36}]
    >>> share_both_date(rows, [False] * 3, "A, 1 et 2 (tous deux de 1912) ; voir aussi B, 3")
    >>> [row["date_start"] for row in rows]
    ['1912-01-01', '1912-01-01', '']
    """
    dates, at = _both_date(text)
    # the two documents cited before the word, not one a `voir aussi` cites after it (`…, 16 H 45 et 16 H 46 (tous
    # deux de 1912) ; voir aussi AN, F/19/6012`: the third is undated)
    archival = [i for i, row in enumerate(rows) if row["kind"] == "archival" and int(row.get("char_start") or 0) < at]
    dates = dates if len(archival) >= 2 else []
    for i in archival if dates else ():  # `Д. 7, 8 (оба – 1927 г.)`: the bracket dates both files, no part of either
        if rows[i].get("unit"):
            rows[i]["unit"] = _both_bracket().sub("", rows[i]["unit"])
    for i in archival[-2:] if dates else ():
        if not rows[i]["date_start"] and not undated[i]:
            set_date(rows[i], dates)
