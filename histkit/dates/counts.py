"""Round hundreds that count people or things, not years: `over 1000 soldater`, `больш за 1200 прадпрыемстваў`.

A bare 1000, 1100, … 1400 in a paragraph whose other dates all lie five centuries or more later is a count (the date
rounds' rule 10): a history of the twentieth century names 1200 workers, not the year 1200, beside 1945. A medieval
year stands among dates near it, or alone, and stays a year. Any number a word for "more than" stands before or one
for "thousand" after (``count_words.csv``: `ponad 1932 orzeczeń`, `свыше 1923 тыс. дел`) counts.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled
from .values import DateMatch

_GAP = 500  # years between the round hundred and the paragraph's earliest other date


def counts_among(dates: list[DateMatch]) -> set[int]:
    """The starts of the ``dates`` (those of one paragraph) that are round hundreds counting, not dating.

    >>> from histkit.dates import find_dates
    >>> text = "In 1944 over 1200 workers struck; in 1200 the town was founded."
    >>> sorted(d.surface for d in find_dates(text) if d.start in counts_among(find_dates(text)))
    ['1200', '1200']
    >>> counts_among(find_dates("The town was founded in 1200."))
    set()
    """
    hundreds = [d for d in dates if d.surface.isdigit() and len(d.surface) == 4 and d.precision == "year"
                and int(d.date_start[:4]) % 100 == 0 and int(d.date_start[:4]) < 1500]
    others = [int(d.date_start[:4]) for d in dates if d not in hundreds]
    if not hundreds or not others:
        return set()
    return {d.start for d in hundreds if min(others) >= int(d.date_start[:4]) + _GAP}


@lru_cache(maxsize=1)
def _count_words() -> tuple[re.Pattern, re.Pattern]:
    rows = data_rows("dates", "count_words.csv")

    def forms(position: str) -> str:
        words = sorted({r["form"] for r in rows if r["position"] == position}, key=lambda f: (-len(f), f))
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return (compiled(rf"(?<!\w)(?:{forms('before')})\s+$", re.IGNORECASE),
            compiled(rf"\s+(?:{forms('after')})(?!\w)", re.IGNORECASE))


def is_counted(text: str, date: DateMatch) -> bool:
    """Whether the bare number ``date`` of ``text`` is a count by the words around it.

    >>> from histkit.dates import find_dates
    >>> text = "W 1933 r. sąd wydał ponad 1932 orzeczeń; свыше 1923 тыс. дел; borrowed £1643."
    >>> [(d.surface, is_counted(text, d)) for d in find_dates(text)]
    [('1933 r.', False), ('1932', True), ('1923', True), ('1643', True)]
    """
    before, after = _count_words()
    return date.surface[:1].isdigit() and (before.search(text, max(0, date.start - 20), date.start) is not None
                                           or _CURRENCY.search(text, max(0, date.start - 2), date.start) is not None
                                           or after.match(text, date.end) is not None)


# a currency's sign before a number makes it a sum (`borrowed £1643 from the city`)
_CURRENCY = compiled(r"[£$€¥₤]\s?$")
