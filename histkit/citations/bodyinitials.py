"""A body's initials, by which the common-law houses cite it again: `ALRC, above n 1`, `SALC op cit note 6`.

A law commission or council cited once in full (`Australian Law Reform Commission, Title, Report No 41 (1986)`) is
often cited again by its acronym, the first letters of the capitalised words of its name (`of`, `for`, `on`, `the`
left out: `Law Reform Commission of Canada` → `LRCC`). The name must be a body's: three capitalised words at least,
one of them a body's head word (``reference_words.csv``, kind ``corporate``: `Commission`, `Council`, `Office` …).
"""

from __future__ import annotations

import functools

from .archives import normalise
from .words import alternation
from ..patterns import compiled

_CAPITALISED = compiled(r"(?<![\w'’])[A-Z][\w'’-]*")


@functools.cache
def _head_word():
    return compiled(rf"(?:{alternation('reference_words.csv', 'corporate')})")


def body_initials(authors: str) -> frozenset[str]:
    """The folded initials of a body's name (``authors``), as a short reference may call it; none for a person.

    >>> sorted(body_initials("Australian Law Reform Commission")), sorted(body_initials("Law Reform Commission of Canada"))
    (['alrc'], ['lrcc'])
    >>> body_initials("Geoff Eley"), body_initials("Ministry Of")
    (frozenset(), frozenset())
    """
    words = _CAPITALISED.findall(authors)
    if len(words) < 3 or not any(_head_word().fullmatch(word) for word in words):
        return frozenset()
    return frozenset({normalise("".join(word[0] for word in words))})
