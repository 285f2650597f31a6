"""Numbers of archival units that read as years: `спр. 1918`, `кутија 1945`, `busta 1936`, `box 1944`.

A file's, box's or folder's number after its word (the citations' ``unit_words.csv``, which the note readers use for
the same words) is no date the text speaks of, even where it falls in 1000-2099 (the date rounds' rules 10 and 37). The
one- and two-letter abbreviations of that list (`b.`, `s.`, `t.`) are left out here: in prose `b. 1890` is as often
"born".
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled


@lru_cache(maxsize=1)
def _before() -> re.Pattern:
    forms = sorted({f for f in (r["form"].strip() for r in data_rows("citations", "unit_words.csv")) if len(f.rstrip(".")) > 2},
                   key=lambda f: (-len(f), f))
    return compiled(rf"(?<!\w)(?:{'|'.join(map(re.escape, forms))})\s*$", re.IGNORECASE)


def is_unit_number(text: str, start: int) -> bool:
    """Whether the number at ``start`` of ``text`` follows an archival unit's word.

    >>> text = "НАРБ, ф. 325, воп. 1, спр. 1918; у 1918 г.; Lata 1929, 1932 i 1935"
    >>> [is_unit_number(text, i) for i in (text.find("1918"), text.rfind("1918"), text.find("1929"))]
    [True, False, False]
    """
    # (a word that is a unit's in one language and "years" in another opens a list of years: Polish `Lata 1929, 1932 i
    # 1935`, where Portuguese `lata 12` is a tin box; a unit's number is one number, not the first of a list of years)
    return _before().search(text, max(0, start - 40), start) is not None and _LIST_OF_YEARS.match(text, start) is None


_LIST_OF_YEARS = compiled(r"\d{4}(?:\s*,\s*\d{4})*(?:\s*,\s*|\s+(?:i|a|and|und|et|e|y|og|och|en|и)\s+)\d{4}(?!\d)")
