"""Earlier days of one month listed before a date: `des 3, 9 et 21 novembre 1956`, `2 y 15-IX-1880`.

A document written or dated over several days of a month names them once, the month and year after the last:
`3, 9 and 21 November 1956`. The date forms read the last one or two days (`9 et 21 novembre 1956`, `15-IX-1880`);
the days before them, joined by commas or a word for "and", belong to the same span, from the first day.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_rows
from .marks import and_words
from ..patterns import compiled

# the words for "and" between days (`pattern.py`'s, and those of `and_words.csv`)
AND_WORDS = _AND = r"and|und|et|e|y|i|і|и|ja|og|och|en|és"


@lru_cache(maxsize=1)
def _before_list() -> re.Pattern:
    # days each followed by a comma, or by a word for "and" just before the date (a number that opens no token: not
    # the volume after a signature's colon, `D I:13, 3/15 och 10/22 april 1854`); each day with its full stop where
    # the language writes one (`12., 14. und 19. Mai`, `2., 9. i 16. avgusta`)
    return compiled(rf"(?<![\w./:-])(?:\d{{1,2}}\.?\s*,\s*)*\d{{1,2}}\.?(?:\s*,\s*|\s+(?:{_AND}|{and_words()})\s+)$")


def earlier_days(text: str, start: int, bound: int, first: str, last: str) -> tuple[int, str] | None:
    """Where a list of earlier days before the date at ``start`` (from ``first`` to ``last``, ISO days) begins, and
    its first day; None where no such list stands between ``bound`` and ``start``.

    >>> text = "rapports des 3, 9 et 21 novembre 1956"
    >>> earlier_days(text, text.index("9 et"), 0, "1956-11-09", "1956-11-21")
    (13, '1956-11-03')

    The days go up to the date's first; a number after an abbreviation, a number or a unit's word (`p. 3, 9 and 21
    May`, `box 12, 3 and 9 May`, `carpeta 3, 18 y 20 de julio`) is none. (After a word of three letters, `box 3, 9 and
    21 May` is read as a list: such a box is rarer than the days of one month a historian lists.)
    """
    if first[:7] != last[:7] or len(first) != 10:
        return None
    m = _before_list().search(text, bound, start)
    if m is None or m.end() != start or (first == last and m.group().rstrip().endswith(",")):
        return None  # (`Dosya 12, 24 Nisan 1920`: before one day, a comma alone lists nothing; `2 y 15-IX-1880` does)
    days = [int(d) for d in re.findall(r"\d{1,2}", m.group())]
    if not all(1 <= a < b for a, b in zip(days, days[1:] + [int(first[8:])])):
        return None
    # before the list: the start, a mark ending a description (`rapport, 3, 9 et 21 mai`), or a short word, `des`,
    # `of`, `vom`; not a longer word that numbers a unit (`carpeta 3, 18 y 20 de julio`)
    before = text[bound:m.start()].rstrip()
    word = before.rsplit(None, 1)[-1] if before else ""
    if not (not before or before[-1] in ",(:;" or (len(word) <= 3 and word.isalpha() and word.islower())
            or word.casefold() in _day_list_words()):  # (`los días 11, 18 y 20 de julio`: day_list_words.csv)
        return None
    return m.start(), f"{first[:8]}{days[0]:02d}"


@lru_cache(maxsize=1)
def _day_list_words() -> frozenset[str]:
    return frozenset(r["form"].strip().casefold() for r in data_rows("dates", "day_list_words.csv")
                     if (r.get("form") or "").strip())


@lru_cache(maxsize=1)
def _after_list() -> re.Pattern:
    # after a date ending in its day's stop, later days each with its stop, the last after a word for "and" or a dash
    return compiled(rf"(?:\s*,\s*\d{{1,2}}\.)*(?:\s+(?:{_AND}|{and_words()})\s+|\s*[–-]\s*)\d{{1,2}}\.(?!\d)(?!\s*[^\W\d_]{{1,4}}\.)")  # (not `és 5. sz.`)


def later_days(text: str, end: int, first: str, last: str) -> tuple[int, str] | None:
    """Where a list of later days after a year-first date ending at ``end`` ends, and its last day: a day written last
    with its stop (`1849. április 3. és 17.`, `1849. április 3–17.`) names the month's further days after it; None
    where no such list follows.

    >>> text = "jegyzőkönyve, 1849. április 3. és 17. Tiszántúli"
    >>> later_days(text, text.index(" és"), "1849-04-03", "1849-04-03")
    (37, '1849-04-17')
    >>> later_days("1849. április 3. és 1850. május 5.", 16, "1849-04-03", "1849-04-03") is None
    True
    """
    if first != last or len(first) != 10 or not text[:end].rstrip(".")[-1:].isdigit():
        return None
    stop = text[end - 1:end] == "." or text[end:end + 1] == "."  # (the day's stop, in the date or just after it)
    m = _after_list().match(text, end + (text[end:end + 1] == "."))
    if m is None or not (stop or "–" in m.group() or "-" in m.group()):
        return None
    days = [int(first[8:])] + [int(d) for d in re.findall(r"\d{1,2}", m.group())]
    if not all(1 <= a < b <= 31 for a, b in zip(days, days[1:])):
        return None
    return m.end(), f"{first[:8]}{days[-1]:02d}"
