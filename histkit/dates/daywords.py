"""The first day of a month written as a word: `a primero de noviembre`, `adì primo Marzo 1631`, `le premier mai`.

Spanish, Italian and French documents and the historians who quote them write the first of a month as an ordinal
word where every other day is a number. Before a month's name (a joining word such as `de` between them) the word is
that day: the date forms read it as its number, written in the word's place with spaces after it so that the text keeps
its length and every match its offsets; the surface is the word as written. The words are data (``day_words.csv``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled
from .anchors import Anchor, holds
from .marks import joining_words
from .words import month_of


@lru_cache(maxsize=1)
def _words() -> dict[str, int]:
    return {row["word"].strip().casefold(): int(row["day"]) for row in data_rows("dates", "day_words.csv")
            if (row.get("word") or "").strip() and (row.get("day") or "").strip().isdigit()}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    words = "|".join(re.escape(w) for w in sorted(_words(), key=lambda w: (-len(w), w))) or r"(?!)"
    # (the word, then a joining word, `de`, `of`, and the next word, a month's name or not: `month_of` says)
    return compiled(rf"(?<![\w])(?P<word>{words})\s+(?:(?:{joining_words('day_month')})\s*)?(?P<next>[^\W\d_]+\.?)",
                    re.IGNORECASE)


@lru_cache(maxsize=1)
def _anchor() -> Anchor:
    return Anchor(words=tuple(_words()))


def with_day_words(text: str) -> str:
    """``text`` with each word for a month's first day before a month's name written as its number, the length kept.

    >>> with_day_words("a primero de noviembre; adì primo Marzo 1631; il primo giorno")
    'a 1       de noviembre; adì 1     Marzo 1631; il primo giorno'
    """
    if not holds(_anchor(), text):
        return text
    out, last = [], 0
    for m in _pattern().finditer(text):
        if month_of(m.group("next")) is None:
            continue
        day = str(_words()[m.group("word").casefold()])
        out.append(text[last:m.start("word")] + day.ljust(len(m.group("word"))))
        last = m.end("word")
    return "".join(out) + text[last:] if out else text
