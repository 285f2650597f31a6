"""The Bluebook's paired signal `Compare … with …`, and the work a parenthetical quotes: where a second work begins.

A US law review sets two groups of authorities against each other in one sentence, `Compare Beddoes, supra note 1, at
1040 (dating …), with Nathaniel P. Ashgrove, Title, 14 LAW & HIST. REV. 233 (1996)`: the comma before `with` ends the
first work as a semicolon would, and `with` leads the second in as `see` does. The words are ``reference_words.csv``'s
kinds ``compare_signal`` and ``compare_with``. An explanatory parenthetical that quotes or cites a work gives that
work's full citation (`Marsh-Whitley, supra note 1, at 860 (quoting ELIHU B. CRANSTON, A TREATISE … 198 (1858))`): its
bracket ends the first work too (kind ``quoting``).
"""

from __future__ import annotations

import functools
import re

from .notetext import paren_depth
from .words import alternation
from ..patterns import compiled


@functools.cache
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    opening = compiled(rf"(?:^|[;.]\s*)(?:{alternation('reference_words.csv', 'compare_signal')})\b", re.IGNORECASE)
    second = compiled(rf"\s+(?:{alternation('reference_words.csv', 'compare_with')})\s+(?=\S)", re.IGNORECASE)
    return opening, second


def compare_with_commas(text: str) -> list[int]:
    """Where a top-level comma ends the first side of a `Compare … , with …` (the comma before `with`).

    >>> compare_with_commas("Compare Ames, supra note 1, at 10, with Bork, Title, 9 YALE L.J. 1 (1990).")
    [33]
    >>> compare_with_commas("Ames, Title (comparing cases), with a preface, 12 (1990)")
    []
    """
    opening, second = _patterns()
    start = opening.search(text)
    if start is None:
        return []
    return [m.start() for m in re.finditer(",", text)
            if m.start() > start.end() and second.match(text, m.start() + 1) and not paren_depth(text, m.start())]


@functools.cache
def _quoting() -> re.Pattern:
    return compiled(rf"\((?=(?:{alternation('reference_words.csv', 'quoting')})\s+[A-Z])")


def quoting_brackets(text: str) -> list[int]:
    """Where a top-level bracket opens a parenthetical that quotes or cites a work by its author (a capital after the
    word), after a citation.

    >>> quoting_brackets("Ames, supra note 1, at 10 (quoting JOHN ROE, LAW 4 (1850)).")
    [26]
    >>> quoting_brackets("Ames, supra note 1, at 10 (quoting the statute).")
    []
    """
    return [m.start() for m in _quoting().finditer(text) if m.start() > 0 and not paren_depth(text, m.start())]
