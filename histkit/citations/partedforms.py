"""A long list of word forms as one alternation parted by their first letters, for a case-insensitive pattern.

`re` passes over an alternative whose first letter is not the text's without trying it only when that letter is
matched as written; under `re.IGNORECASE` it tries each of a list's forms in turn (the lead words, some 450 of them,
were tried one by one at each place a pattern looked for one). Parted by the letter each form opens with, behind a
look-ahead of that letter, only the forms of the text's letter are tried, in the list's order.
"""

from __future__ import annotations

import re

from ..ignorecase import ignorecase_fold
from .words import form_pattern, forms as list_forms, word_rows


def parted(forms: list[tuple[str, str]]) -> str:
    """``forms`` (each a word and the regular expression written for it, in the order they are to be tried) as one
    alternation, parted by the first letter of the words: it matches what the plain alternation of the expressions
    matched, where it matched it, with the same alternative (under `re.IGNORECASE` or not).

    >>> parted([("vgl.", r"vgl\\."), ("see", "see"), ("Vide", "Vide")])
    '(?:(?=[Vv])(?:vgl\\\\.|Vide)|(?=[s])(?:see))'

    A letter matches under that flag only the letters of its own fold (`ignorecase_fold`), which stand in one
    part: at any place one part at most may match, and in it the forms keep their order.
    """
    if not all(_opens_with_first_letter(word, expression) for word, expression in forms):
        return "(?:" + "|".join(expression for _, expression in forms) + ")"  # (as it was: see `_opens_with_first_letter`)
    parts: dict[str, list[tuple[str, str]]] = {}
    for word, expression in forms:
        parts.setdefault(ignorecase_fold(word[:1]), []).append((word, expression))
    return "(?:" + "|".join(
        "(?=[" + "".join(sorted({re.escape(word[:1]) for word, _ in part})) + "])(?:"
        + "|".join(expression for _, expression in part) + ")" for part in parts.values()) + ")"


def list_forms_parted(*sources: tuple) -> str:
    """`words.alternation` of each word list of ``sources`` (a file's name, and a kind), one after another, `parted`.

    >>> import re
    >>> bool(re.fullmatch(list_forms_parted(("see_also.csv",)), "Vgl.", re.IGNORECASE))
    True
    """
    pairs = []
    for source in sources:
        exact = {row["form"] for row in word_rows(source[0]) if (row.get("case") or "").strip() == "exact"}
        # (as `alternation` writes each form: a form the list says is ``exact`` keeps its capitals)
        pairs += [(form, f"(?-i:{form_pattern(form)})" if form in exact else form_pattern(form)) for form in list_forms(*source)]
    return parted(pairs) if pairs else "(?!)"


def _opens_with_first_letter(word: str, expression: str) -> bool:
    # whether the expression's first character is the word's first letter, once (a class of its look-alikes, `Βλ.` as
    # any of its accented spellings, or a letter made optional, would match letters of other parts: not parted)
    letter = re.escape(word[:1])
    rest = expression[5:] if expression.startswith("(?-i:") else expression
    return bool(word) and rest.startswith(letter) and rest[len(letter):len(letter) + 1] not in ("?", "*", "+", "{")
