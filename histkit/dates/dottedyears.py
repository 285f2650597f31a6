"""Years written with a thousands point, as older Spanish print wrote them: `en el año 1.913`, `de 1.920 a 1.930`.

A number from 1.500 to 2.099 is mostly a count (`1.913 toneladas`), so the date forms do not read it; after a word
that only a year follows there (``dotted_year_words.csv``: `año`, `en`, `desde`), or as both ends of a span after a
word for "from", it is the year the writer typed (the date rounds' rule 106). The word is not in the surface.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled
from .anchors import Anchor, holds
from .values import DateMatch

# a year with its thousands point, not inside a longer number (`30.486.000`)
_YEAR = r"(?<![\d.,])(?:1\.[5-9]\d\d|2\.0\d\d)(?![.,]?\d)"

_ANCHOR = Anchor(patterns=(r"[12]\.[0-9]{3}",))


@lru_cache(maxsize=1)
def _words(kind: str) -> str:
    forms = {r["form"].strip() for r in data_rows("dates", "dotted_year_words.csv")
             if (r.get("kind") or "").strip() == kind and (r.get("form") or "").strip()}
    return "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f))) or r"(?!)"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    # a span of two such years after a word for "from" (`de 1.920 a 1.930`), or one after its word (`año 1.913`)
    return compiled(rf"(?<!\w)(?:(?:{_words('from')})\s+(?P<first>{_YEAR})(?:\s*[–-]\s*|\s+(?:{_words('to')})\s+)"
                    rf"(?P<last>{_YEAR})|(?:{_words('before')})\s+(?P<year>{_YEAR}))", re.IGNORECASE)


def find_dotted_years(text: str) -> list[DateMatch]:
    """The years of ``text`` written with a thousands point after a word that only a year follows there.

    >>> [(d.surface, d.date_start, d.date_end) for d in find_dotted_years(
    ...     "en el año 1.913 la cosecha, y de 1.920 a 1.930 no bajó; 1.913 toneladas; 30.486.000 quintales")]
    [('1.913', '1913-01-01', '1913-12-31'), ('1.920 a 1.930', '1920-01-01', '1930-12-31')]
    """
    if not holds(_ANCHOR, text):  # (most paragraphs write no number so: one scan of the folded text)
        return []
    out = []
    for m in _pattern().finditer(text):
        first, last = ("first", "last") if m.group("first") else ("year", "year")
        start, end = int(m.group(first).replace(".", "")), int(m.group(last).replace(".", ""))
        if start <= end:
            out.append(DateMatch(m.start(first), m.end(last), text[m.start(first):m.end(last)],
                                 f"{start:04d}-01-01", f"{end:04d}-12-31", "year"))
    return out
