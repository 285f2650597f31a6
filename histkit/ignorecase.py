"""Text folded as `re.IGNORECASE` compares it, for a cheap `in` test before a case-insensitive search.

A case-insensitive pattern of words (`siècle`, `Jahrhundert`) is tried at every character of a text, and most
texts hold none of its words. A word it matches stands in the text's `ignorecase_fold` as the word's own fold, so
``fold(word) in fold(text)`` rules such a text out with a few scans in C, and it never rules out a text the pattern
matches in. `re` compares a character by its simple lower case (`str.lower` agrees but for `İ`, which it writes
as two characters) and counts a few lower-case letters as one (`s` and `ſ`, `σ` and `ς`: `re._casefix`); the fold
does the same, one character for one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .patterns import compiled


def ignorecase_fold(text: str) -> str:
    """``text`` with every character written as the one `re.IGNORECASE` takes it for: ``a`` matches ``b`` under
    that flag only where ``ignorecase_fold(a) == ignorecase_fold(b)``, character by character (the length is kept).

    >>> ignorecase_fold("XIXe SIÈCLE, ſtoljeća, İstanbul")
    'xixe siècle, stoljeća, istanbul'
    """
    if "\u0130" in text:  # (`İ`: `re` takes it for `i`, `str.lower` writes `i` and a combining dot)
        text = text.replace("\u0130", "i")
    text = text.lower()
    kept = _one_of_each()
    return text.translate(kept[0]) if kept is not None and kept[1].search(text) else text


def may_match(words: tuple[str, ...], text: str) -> bool:
    """Whether ``text`` may hold one of ``words`` (each folded by `ignorecase_fold`) as `re.IGNORECASE` reads it.

    >>> may_match((ignorecase_fold("Siècle"),), "au XIXe SIÈCLE"), may_match(("siècle",), "no century")
    (True, False)
    """
    if _one_of_each() is None:  # (a Python that does not say which letters `re` counts as one: no test)
        return True
    folded = ignorecase_fold(text)
    return any(word in folded for word in words)


def one_for_one() -> bool:
    """Whether this Python says which letters `re` counts as one, so that `ignorecase_fold` folds as `re` compares.

    >>> one_for_one()
    True
    """
    return _one_of_each() is not None


@lru_cache(maxsize=1)
def _one_of_each():
    """The lower-case letters `re` counts as one, each written as the first of its kind, and a search for the
    others; None where this Python does not say which they are."""
    try:
        from re._casefix import _EXTRA_CASES  # (Python 3.11 on: the letters `re` folds beyond their lower case)
    except ImportError:  # pragma: no cover - another Python
        return None
    kinds: dict[int, set[int]] = {}
    for letter, alike in _EXTRA_CASES.items():
        kind = {letter, *alike}
        for other in list(kind):
            kind |= kinds.get(other, set())
        for other in kind:
            kinds[other] = kind
    fold = {letter: min(kind) for letter, kind in kinds.items() if letter != min(kind)}
    return fold, compiled("[" + "".join(re.escape(chr(c)) for c in sorted(fold)) + "]" if fold else "(?!)")
