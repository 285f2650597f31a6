"""A long list of word forms as one alternation parted by their first letters, for a case-insensitive pattern.

`re` passes over an alternative whose first letter is not the text's without trying it only when that letter is
matched as written; under `re.IGNORECASE` it tries each of a list's forms in turn (the lead words, some 450 of them,
were tried one by one at each place a pattern looked for one). Parted by the letter each form opens with, behind a
look-ahead of that letter, only the forms of the text's letter are tried, in the list's order.
"""

from __future__ import annotations

import re

from ..ignorecase import ignorecase_fold


def parted(forms: list[tuple[str, str]]) -> str:
    """``forms`` (each a word and the regular expression written for it, in the order they are to be tried) as one
    alternation, parted by the first letter of the words: under `re.IGNORECASE` it matches what the plain
    alternation of the expressions matched, where it matched it, with the same alternative.

    >>> parted([("vgl.", r"vgl\\."), ("see", "see"), ("Vide", "Vide")])
    '(?:(?=[Vv])(?:vgl\\\\.|Vide)|(?=[s])(?:see))'

    A letter matches under that flag only the letters of its own fold (`ignorecase_fold`), which stand in one
    part: at any place one part at most may match, and in it the forms keep their order.
    """
    if not all(word for word, _ in forms):  # (a form of no letters has no first letter to part by)
        return "(?:" + "|".join(expression for _, expression in forms) + ")"
    parts: dict[str, list[tuple[str, str]]] = {}
    for word, expression in forms:
        parts.setdefault(ignorecase_fold(word[:1]), []).append((word, expression))
    return "(?:" + "|".join(
        "(?=[" + "".join(sorted({re.escape(word[:1]) for word, _ in part})) + "])(?:"
        + "|".join(expression for _, expression in part) + ")" for part in parts.values()) + ")"
