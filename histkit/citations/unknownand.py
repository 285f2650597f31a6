"""Two persons joined by a word for "and" that no list holds (`Xabier Aranburu eta Itziar Lasa (arg.)`).

A language the lists do not know still joins its editors or authors with one short word in small letters; between
two full names (a given name and a family name each, both sides names) such a word can be nothing else. A name's
own particles (`de`, `van der`) stand inside one side and leave it a name, so they are not taken for the join:
both sides must be names of two words or more that open with a capital.
"""

from __future__ import annotations

from typing import Callable

from .words import LOWER
from ..patterns import compiled

# (one word of one to four small letters: `eta`, `a`, `és`, `og`; not a particle pair, which is two words)
_SHORT_JOIN = compiled(rf"\s+{LOWER}{{1,4}}\s+")


def joined_by_unknown_and(names: str, is_name: Callable[[str], bool]) -> bool:
    """Whether ``names`` is two full names joined by one short word in small letters (``is_name`` tells a name).

    >>> def capitals(words): return all(w[:1].isupper() for w in words.split())
    >>> joined_by_unknown_and("Xabier Aranburu eta Itziar Lasa", capitals)
    True
    >>> joined_by_unknown_and("Aranburu eta Lasa", capitals), joined_by_unknown_and("Xabier Aranburu", capitals)
    (False, False)
    """
    for join in _SHORT_JOIN.finditer(names):
        left, right = names[:join.start()].strip(), names[join.end():].strip()
        if len(left.split()) >= 2 and len(right.split()) >= 2 and left[:1].isupper() and right[:1].isupper() \
                and is_name(left) and is_name(right):
            return True
    return False
