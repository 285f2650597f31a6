"""The mark a journal sets over a note run over to the next page: `(continued)`, `(järg)`, `(Forts.)`.

Where a footnote runs over, some journals open its continuation with a word
saying so, in the language of the article, often in italics and in
brackets. It is no word of the note. The words are data
(``histkit/data/read/continued_marks.csv``, a word and its language, a list a
user can extend); a mark is one of them standing alone on the line or in
brackets at its start, and only the head of a continuation is searched.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...data import word_column
from ...patterns import compiled

_BRACKETS = {"(": ")", "[": "]", "—": "—", "–": "–"}


@lru_cache(maxsize=1)
def continued_marks() -> frozenset[str]:
    """The words that mark a continued note, casefolded.

    >>> {"continued", "järg", "forts."} <= continued_marks()
    True
    """
    return frozenset(w.casefold() for w in word_column("read", "continued_marks.csv", "mark"))


@lru_cache(maxsize=1)
def _mark_pattern() -> re.Pattern:
    words = "|".join(re.escape(w) for w in sorted(continued_marks(), key=len, reverse=True))
    return compiled(rf"\s*(?:([(\[—–])\s*)?({words})(?(1)\s*([)\]—–])|[:.]?(?=\s*$))[:.]?\s*", re.IGNORECASE)


def after_mark(text: str) -> str | None:
    """The line's text after a continuation mark it opens with (empty when the mark is the whole line), or None.

    >>> after_mark("(järg)"), after_mark("[Fortsetzung] des Amtes, fol. 3."), after_mark("Continued.")
    ('', 'des Amtes, fol. 3.', '')
    >>> after_mark("continued the argument, p. 4.") is None, after_mark("(suite du texte)") is None
    (True, True)
    """
    match = _mark_pattern().match(text)
    if match is None or match.group(1) and _BRACKETS[match.group(1)] != match.group(3):
        return None
    return text[match.end():]
