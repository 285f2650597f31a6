"""Which number of a slashed date is the day: `10/3/1931` is 10 March in London and Delhi, 3 October in Washington.

A slashed date whose first number exceeds 12 (`23/4/1905`) can only be day-first, one whose second does
(`4/23/1905`) only month-first; the rest are ambiguous and a document writes them all one way. So a document's
order is settled by its own unambiguous slashed dates, and failing those by how it writes a day before a named
month (`12 March 1917`, `3 mai 1920`: day-first writers) or after it (`March 12, 1917`). `day_first_in` decides;
`reading_day_first` makes the date readers read ambiguous slashed dates that way while a document is read
(a context variable: the readers' caches are keyed on it, and threads do not share it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from .marks import joining_words
from .words import month_patterns
from ..patterns import compiled

_DAY_FIRST: ContextVar[bool] = ContextVar("histkit_day_first", default=False)

_DIGIT = compiled(r"\d")
_SLASHED = compiled(r"(?<![\w/.-])([0-3]?\d)/([0-3]?\d)/(?:1\d{3}|20\d{2})(?![\d/])")


# what follows a month's name in `_named`'s ``after`` from the last space before the day: a text without it has no such
# date, and most notes have none (10 of the corpus's 2,495), while ``after`` tries the month names at every word
_DAY_YEAR = r"[0-3]?\d(?:st|nd|rd|th)?(?![\d/.])\.?,?\s*(?:1\d{3}|20\d{2})(?!\d)"


#: `(?<![\d/.])[0-3]?\d`, a day's one or two digits not after a digit, slash or full stop, opening with the digit
_DAY = r"\d(?<=(?<![\d/.])\d)(?:(?<=[0-3])\d)?"


@lru_cache(maxsize=1)
def _named() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    month, _ = month_patterns()
    # (a word may join the month to its year: `14 de abril de 1931`, `20 ottobre del 1934`)
    year = rf"\.?,?\s*(?:{joining_words('month_year')})?(?:1\d{{3}}|20\d{{2}})(?!\d)"
    # (the day's first digit first, its look-behind after it: `(?<![\d/.])[0-3]?\d` as a pattern that re skips to the
    # digits in C, where a look-behind first is tried at every character; the same matches, tried in the same order)
    before = compiled(rf"{_DAY}(?:st|nd|rd|th|er)?\.?\s+(?:{joining_words('day_month')})?(?:{month}){year}", re.I)
    after = compiled(rf"(?<![^\W\d_])(?:{month})\.?\s+{_DAY_YEAR}", re.I)
    return before, after, compiled(rf"\s{_DAY_YEAR}", re.I)


def day_first_in(texts: Iterable[str]) -> bool:
    """Whether a document whose notes are ``texts`` writes slashed dates day first.

    >>> day_first_in(["minute, 10/3/1931", "Governor to Secretary of State, 23/4/1905"])
    True
    >>> day_first_in(["memo, 10/3/1931", "letter of 4/23/1905"]), day_first_in(["memo, 10/3/1931, and 12 May 1931"])
    (False, True)

    The slashed dates that only one order can read decide; failing them, the named-month dates; failing those,
    month-first, as the date readers always read.
    """
    texts = [t for t in texts if t]
    # (a slashed date holds a slash: `in` tells most texts have none faster than the pattern, tried at every character)
    votes = [int(a) > 12 for a, b in (m.groups() for t in texts if "/" in t for m in _SLASHED.finditer(t))
             if (int(a) > 12) != (int(b) > 12)]
    if votes:
        return sum(votes) * 2 > len(votes)
    before, after, day_year = _named()
    # (`after` on the corpus's notes 0.117 -> 0.005 s CPU with the look for its day and year first)
    months_first = sum(len(after.findall(t)) for t in texts if day_year.search(t))
    # the day-first dates, the costly count, only until they outnumber the month-first ones: the answer is then
    # known, and a day-first writer's texts are mostly left unread
    # (a text without a digit is skipped by a search in C, not a step per character; `before` opens with `\d`)
    days_first = 0
    for t in texts:
        if _DIGIT.search(t):
            days_first += len(before.findall(t))
            if days_first > months_first:
                return True
    return False


def day_first() -> bool:
    """Whether ambiguous slashed dates are read day first where they are read now (`reading_day_first`)."""
    return _DAY_FIRST.get()


@contextmanager
def reading_day_first(flag: bool) -> Iterator[None]:
    """Ambiguous slashed dates read day first (``flag``) or month first within the block.

    >>> from histkit.dates import find_dates
    >>> with reading_day_first(True):
    ...     find_dates("minute, 10/3/1931")[0].date_start
    '1931-03-10'
    """
    token = _DAY_FIRST.set(flag)
    try:
        yield
    finally:
        _DAY_FIRST.reset(token)
