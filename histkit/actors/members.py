"""A member noun made from an organisation's abbreviation is no mention of it: Dutch `NSB'er`, `VVD'ers`, German
`SPD-ler`.

A party's member is named by the abbreviation and a suffix after an
apostrophe or a hyphen; the word names a person, not the party, as a member
noun the file does not list is no mention (`liaudininkų`, round 1 rule 6).
The suffixes are rows of `member_suffixes.csv` (language, suffix with the
mark before it); a historian adds a language's by adding rows.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled


@lru_cache(maxsize=1)
def _member_suffix() -> re.Pattern:
    """The suffixes of `member_suffixes.csv` after a name's end, not followed by a letter."""
    # (longest first, then by their letters: a set's order changes with each process's hash seed, and a pattern
    # written anew each time is one the pattern bank never holds, so that every process rewrote the whole bank at exit)
    suffixes = sorted({r["suffix"].strip() for r in data_rows("actors", "member_suffixes.csv")},
                      key=lambda suffix: (-len(suffix), suffix))
    return compiled("(?:%s)(?!\\w)" % "|".join(map(re.escape, suffixes)))


def member_noun(text: str, end: int, organisations: bool) -> bool:
    """Whether the organisation's name ending at ``text[end]`` is the stem of a member noun (``organisations``: every
    reading of the name is an organisation's).

    >>> member_noun("geen NSB'ers meer", 8, True), member_noun("de NSB's leider", 6, True)
    (True, False)
    """
    return organisations and bool(_member_suffix().match(text, end))
