"""A short title that leaves words out of the full one: `Loughnane, 'Ratepayers and guardians'` for `The ratepayers and
the guardians in Connacht, 1847–52`.

British and Irish houses shorten a title by keeping its telling words and dropping articles and the rest, not only
by cutting its end (`shortrefs._shortens` reads that). Where the author is known, a short title whose every word
stands in the full title, in order, and whose first word opens it (an article or one short word may come before),
names that work.
"""

from __future__ import annotations

from ..patterns import compiled

_WORD = compiled(r"[^\W_]+")


def abridges(short: str, full: str) -> bool:
    """Whether the normalised ``short`` title keeps, in order, words of the normalised ``full`` title, its first word
    among the full title's first two and at least two words of three letters or more.

    >>> abridges("ratepayers and guardians", "the ratepayers and the guardians in connacht, 1847-52")
    True
    >>> abridges("guardians and ratepayers", "the ratepayers and the guardians in connacht")
    False
    >>> abridges("connacht", "the ratepayers and the guardians in connacht")
    False
    """
    words, whole = _WORD.findall(short), _WORD.findall(full)
    if sum(1 for w in words if len(w) >= 3) < 2 or not whole or words[0] not in whole[:2]:
        return False
    at = 0
    for word in words:
        try:
            at = whole.index(word, at) + 1
        except ValueError:
            return False
    return True
