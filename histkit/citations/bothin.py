"""Where an archive's name starts after the words saying two documents are both in it: `…, and B to A, 14 May 1929,
both in Weizmann Archives (WA), …`, `…, ambas en Fideicomiso Archivos … (FAPECyFT), …`.

Two letters cited together, each with its day, are followed by "both in" (``both_words.csv`` then
``held_in_words.csv``) and the archive holding them; a code defined in brackets after that name
(`ABBR_DEFINITION`) is the archive's, as one opening the citation is.
"""

from __future__ import annotations

import functools
import re

from .words import CAPITAL, alternation
from ..patterns import compiled


@functools.cache
def _both_in() -> re.Pattern:
    return compiled(rf"(?:^|[\s,])(?:{alternation('both_words.csv')})\s+(?:{alternation('held_in_words.csv')})\s+"
                    rf"(?:the\s+)?(?=[{CAPITAL}])", re.IGNORECASE)


def after_both_in(head: str) -> int:
    """Where the name after the last "both in" of ``head`` starts; 0 if none.

    >>> text = "A to B, 2 May 1929, and B to A, 14 May 1929, both in Weizmann Archives"
    >>> text[after_both_in(text):], after_both_in("Weizmann Archives")
    ('Weizmann Archives', 0)
    """
    found = list(_both_in().finditer(head))
    return found[-1].end() if found else 0


def past_both_in(start: int, token: str) -> tuple[int, str]:
    """A token of a citation at ``start`` without the words "both in" opening it: where the name after them starts,
    and the name (`both in Northamptonshire Archives` → `Northamptonshire Archives`, an archive no list holds).

    >>> past_both_in(40, "both in Northamptonshire Archives"), past_both_in(3, "Weizmann Archives")
    ((48, 'Northamptonshire Archives'), (3, 'Weizmann Archives'))
    """
    at = after_both_in(token)
    return start + at, token[at:]


@functools.cache
def _both_remark() -> re.Pattern:
    return compiled(rf"\s*\((?:{alternation('both_words.csv')})(?![^\W\d_])[^()]*\)\s*\.?$", re.IGNORECASE)


def without_both_remark(text: str) -> str:
    """``text`` without the bracket closing it that dates "both" of the units before it (`Cod. 2346 und Cod. 2347
    (beide um 1500)` → `Cod. 2346 und Cod. 2347`), so that what is left is read as the units.

    >>> without_both_remark("Cod. 2346 und Cod. 2347 (beide um 1500)"), without_both_remark("box 3 (1923)")
    ('Cod. 2346 und Cod. 2347', 'box 3 (1923)')
    """
    return _both_remark().sub("", text)
