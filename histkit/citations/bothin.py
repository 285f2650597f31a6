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
