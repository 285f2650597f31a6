"""The first day of a night written by its number alone before the date of its second: `in der Nacht vom 27. auf den
28. Februar 1933`, `в ночь с 8 на 9 января 1905 г.`, `in de nacht van 9 op 10 mei 1940`.

The date forms read the second day with its month and year; the first, a bare number, joins it by a word that in
another place means "on" or "onto" (`auf den`, `на`, `op`), so the forms cannot tell it from a count. A word for night
before it (``night_words.csv``) and two days that follow each other make it a night: the span of the two days (the date
rounds' rules 28 and 160).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled, trie_alternation

# (a night's words stand within this many characters before its second day: `nella notte tra il 24 e il `)
_REACH = 48


@lru_cache(maxsize=1)
def _night() -> re.Pattern:
    words = sorted({r["form"].strip() for r in data_rows("dates", "night_words.csv") if (r.get("form") or "").strip()})
    # the night's word, up to two short words (`vom`, `tra il`, `с`), the first day with its stop, and one or two short
    # words that join it to the second (`auf den`, `e il`, `op`, `на`), up to the second day's start
    return compiled(rf"(?<!\w)(?:{trie_alternation(words)})\s+(?:[^\W\d_]{{1,4}}\s+){{0,2}}(?P<d>[0-3]?\d)\.?"
                    r"\s+(?:[^\W\d_]{1,4}\s+){1,2}$", re.IGNORECASE)


def night_start(text: str, start: int, bound: int, day: str) -> tuple[int, str] | None:
    """Where the night whose second day ``day`` (ISO) begins at ``start`` opens, and its first day; None where no
    night's first day stands between ``bound`` and ``start``.

    >>> text = "in der Nacht vom 27. auf den 28. Februar 1933 brannte"
    >>> night_start(text, text.index("28."), 0, "1933-02-28")
    (17, '1933-02-27')
    >>> night_start("Sitzung vom 3. auf den 28. Februar 1933", 23, 0, "1933-02-28") is None
    True
    """
    m = _night().search(text, max(bound, start - _REACH), start)
    if m is None or int(m.group("d")) + 1 != int(day[8:]):  # (a night's days follow each other)
        return None
    return m.start("d"), f"{day[:8]}{int(m.group('d')):02d}"
