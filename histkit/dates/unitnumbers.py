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

    >>> text = "НАРБ, ф. 325, воп. 1, спр. 1918; у 1918 г."
    >>> [is_unit_number(text, i) for i in (text.find("1918"), text.rfind("1918"))]
    [True, False]
    """
    return _before().search(text, max(0, start - 40), start) is not None
