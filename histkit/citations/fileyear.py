"""A number and a year joined by a slash: a journal's issue (`12/1990`) or a file's registry number (`dosar 88/1924`).

Journals number an issue within its year, `Dějiny a současnost 12/1990`, and so do registries their files: the
Romanian archives cite `dosar 45/1921`, a file opened in 1921. After a word for a file or box (``unit_words.csv``)
the pair is the file's number, so it says nothing of a printed issue.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..patterns import compiled
from .words import form_pattern, forms

_ISSUE = compiled(r"\b\d{1,2}/(?:1[5-9]|20)\d{2}\b")


@lru_cache(maxsize=1)
def _after_unit_word() -> re.Pattern:
    # (a word of two letters or more: `č.` numbers a law in its gazette too, `Zákon č. 69/1949 Zb.`)
    words = "|".join(form_pattern(form) for form in forms("unit_words.csv") if len(form.rstrip(".")) >= 2)
    return compiled(rf"(?<![^\W\d_])(?:{words})\s*$", re.IGNORECASE)


def issue_number(piece: str) -> bool:
    """Whether ``piece`` numbers an issue within its year, as a journal's citation does (a file's number is no issue).

    >>> issue_number("J. Novák, Spolky, Dějiny a současnost 12/1990, s. 4"), issue_number("ANIC, fond X, dosar 88/1924")
    (True, False)
    """
    return "/" in piece and len(piece) < 400 and any(
        not _after_unit_word().search(piece, 0, m.start()) for m in _ISSUE.finditer(piece))
