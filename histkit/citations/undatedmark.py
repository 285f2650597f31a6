"""A citation that says its document has no date: `…, Zapisnik, b. d.`, `…, undated (September 1950)` aside.

A no-date mark (`find_undated`: `n.d.`, `o. D.`, `s. d.`, `b. d.`, `undated`) says the document has no date, whatever
year its file, its Ibid. or a copy carries; but a date the historian supplies right after it, in brackets (`undated
(September 1950)`), as the Dutch `d.d. 3 maart 1940` ('de dato') or after a word of conjecture
(``conjecture_words.csv``: `undated, probably 1851`, `ongedateerd, vermoedelijk 1851`), dates it after all.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..dates import find_date_groups, find_dates, find_undated
from ..patterns import compiled
from .words import alternation


@lru_cache(maxsize=1)
def _conjecture() -> re.Pattern:
    # after the mark: its comma and a word of conjecture, `undated, probably 1851`
    return compiled(rf"\s*,?\s*(?:{alternation('conjecture_words.csv')})\s+", re.IGNORECASE)


def says_undated_at_end(text: str) -> bool:
    """A no-date mark (`find_undated`) not followed by the historian's dating in brackets (`undated (September 1950)`).

    >>> says_undated_at_end("Ebd., Bd. 3, Anklageschrift, o. D."), says_undated_at_end("n.d. (September 1950)")
    (True, False)
    >>> says_undated_at_end("petition, s.d. [c. 1330]"), says_undated_at_end("Ivi, c. 12, s.d.")
    (False, True)
    >>> says_undated_at_end("letter, undated, probably 1851"), says_undated_at_end("letter, undated, probably lost")
    (False, True)
    """
    marks = find_undated(text)
    if not marks:
        return False
    rest = text[marks[-1][1]:]
    guess = _conjecture().match(rest)
    if guess and find_dates(rest[guess.end():guess.end() + 12]):
        return False  # `undated, probably 1851`: the historian's dating
    if find_dates(rest[:40]) and find_dates(rest[:40])[0].start <= len(rest) - len(rest.lstrip(" :")):
        return False  # a date right after the mark dates the document (the Dutch `d.d. 3 maart 1940`: 'de dato')
    supplied = re.match(r"\s*[(\[](?P<inner>[^()\[\]]*)[)\]]", text[marks[-1][1]:])
    # (`find_date_groups` on the brackets too: a year after `c.` in square brackets is the historian's, `s.d. [c. 1330]`)
    return not (supplied and (find_dates(supplied.group("inner")) or find_date_groups(supplied.group().strip())))
