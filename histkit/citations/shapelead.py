"""A lead-in on no list, read from its shape: a few short words, then a known archive and its comma.

`Zie ook NIOD, 216, 140.`, `Ver também AHD, Embaixada …`, `Sk. arī LVVA, 1313. f., …`, `Вж. също НА-БАН, ф. 15к, …`:
a new sentence opens with one to four short words (the first a capital, the others in small letters, each of seven
letters or fewer, a full stop after it or not) and then an archive the matcher knows, followed by a comma or a full
stop. Whatever language the words are in, they say "see (also)": an archive's code is never opened by such words in
a citation of its own. The splitter uses it where its lists of lead words (``see_also.csv``) know none of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# a word of letters, seven at most, with its full stop or not, then white space
_WORD = re.compile(r"([^\W\d_]{1,7})\.?\s+")
_MOST_WORDS = 4


def shape_lead(piece: str, match: Callable[[str], tuple | None]) -> int | None:
    """Where the short lead-in words opening ``piece`` end, when a known archive and a comma follow them, or None.

    ``match`` is the archive matcher's `match` (the archive ``text`` opens with and the length of its name).

    >>> codes = {"NIOD": 4, "RA": 2}
    >>> known = lambda text: next(((code, n) for code, n in codes.items() if text.startswith(code)), None)
    >>> shape_lead("Zie ook NIOD, 216, 140.", known), shape_lead("Se även RA, Socialstyrelsen", known)
    (8, 8)
    >>> shape_lead("Zie ook Smith, Title", known), shape_lead("Correspondence NIOD, 216", known), shape_lead("NIOD, 216", known)
    (None, None, None)
    """
    at = 0
    for count in range(_MOST_WORDS):
        word = _WORD.match(piece, at)
        if word is None:
            return None
        letters = word.group(1)
        if not (letters[0].isupper() if count == 0 else letters.islower()):
            return None
        at = word.end()
        hit = match(piece[at:])
        if hit is not None and piece[at + hit[1]:at + hit[1] + 1] in (",", "."):
            return at
    return None
