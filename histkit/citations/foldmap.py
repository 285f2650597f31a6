"""A text folded a character at a time, with where each folded character stands in the text.

The matcher compares a citation's head with names folded (homoglyphs, no diacritics: `archives.normalise`) and
gives where the name ends in the citation as written. Where folding drops characters, Thai vowel and tone marks
(`หอจดหมายเหตุแห่งชาติ`), accents typed as combining marks, the folded text is shorter and its offsets are not the
text's: folded a character at a time, each folded character keeps the position it came from.
"""

from __future__ import annotations

from collections.abc import Callable


def fold_by_character(text: str, fold: Callable[[str], str]) -> tuple[str, list[int]]:
    """``fold`` of each character of ``text``, joined, and for each offset of the result (and its end) the text's.

    >>> folded, where = fold_by_character("Cafe\\u0301, Paris", lambda ch: "" if ch == "\\u0301" else ch)
    >>> folded, where[4], "Cafe\\u0301, Paris"[where[4]:]
    ('Cafe, Paris', 5, ', Paris')

    An end found in the folded text maps back past the characters folded away before the next one: a name's
    last letter keeps its marks.
    """
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        folded = fold(ch)
        out.append(folded)
        where.extend([i] * len(folded))
    where.append(len(text))
    return "".join(out), where
