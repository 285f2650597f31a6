"""An alternation whose branches `re` tries only where a text's character may begin one of them.

`re` tries a pattern that opens with a look-behind or a group at every character of the text, and an alternation's
branches one after another there: a reader of some thirty lead words (`baredays`) paid each of them at every
character of every paragraph. Where each branch declares the characters its matches may begin with, the
alternation is written behind one look-ahead for all of them, and the branches that begin with the same characters
behind one for theirs: elsewhere one class is tested, and at a character only the branches that may begin there are
tried.

>>> first_character_alternation([("on the 5th", "oO"), ("5th", "0123456789"), ("of May", "oO")])
'(?=[0123456789Oo])(?:(?=[Oo])(?:on the 5th|of May)|(?=[0123456789])(?:5th))'
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def first_character_alternation(branches: Iterable[tuple[str, Iterable[str]]]) -> str:
    """``(?:B1|B2|…)`` of the ``branches`` (each a regular expression and the characters every match of it begins
    with, as the pattern's flags compare them), matching what it matches, where it matches it.

    The branches that begin with the same characters are grouped, each group in the branches' order: where the sets
    of characters are one another's or share none, the branches that may match at a character are all of one group,
    in their order, and the others cannot match there, so the first branch (and way through it) that matches is the
    one the alternation as written takes. Where two sets overlap otherwise, or a branch declares no character (it
    may match nothing), the branches keep their order (behind the one look-ahead, where every branch declares its
    characters).
    """
    branches = [(source, frozenset(chars)) for source, chars in branches]
    plain = "(?:" + "|".join(source for source, _ in branches) + ")"
    if not branches or any(not chars for _, chars in branches):
        return plain
    groups: dict[frozenset[str], list[str]] = {}
    for source, chars in branches:
        groups.setdefault(chars, []).append(source)
    every = _character_class(frozenset().union(*groups))
    if any(a != b and a & b for a in groups for b in groups):
        return f"(?={every}){plain}"
    return f"(?={every})(?:" + "|".join(f"(?={_character_class(chars)})(?:{'|'.join(sources)})"
                                        for chars, sources in groups.items()) + ")"


def _character_class(chars: frozenset[str]) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"
