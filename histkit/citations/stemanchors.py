"""Anchors of a word list: what every match of its pattern holds, asked before the pattern (`anchors_of`, `may_hold`).

A word list's pattern that ignores case (`words.archive_word`: a stem of ``archive_words.csv`` anywhere, also inside a
compound; `gost.op_cit`: a form of op. cit. anywhere) gets no prefix check from `re`, and nearly every letter opens
some form, so it is entered at nearly every character of a piece; most pieces hold no form. Each form has an anchor: its
longest run of characters that the pattern matches one for one, folded as `re.IGNORECASE` compares
(`ignorecase.ignorecase_fold`). A text whose fold holds no anchor holds no form, and is answered without the list's
pattern: one case-sensitive search over the folded text, whose opening letters `re` skips to in C.

Why an anchor stands in every match of its form: the lists write a form character by character (`re.escape`, or a
trie's path: `trie_alternation`), a space as white space, an apostrophe as any of its look-alikes, a Greek letter as a
class of it under every accent, a Russian letter of the old spelling as a class, and after a Russian consonant perhaps
a hard sign `ъ?` (`words.form_pattern`, `any_spelling`). A run holds none of those: no space, no character that
`form_pattern` writes otherwise than itself, and a Russian consonant only as its last character. Its characters stand
side by side in every match, each matched as `re.IGNORECASE` reads it, which is where the folds are equal.
"""

from __future__ import annotations

import functools
import re

from ..ignorecase import ignorecase_fold, one_for_one
from ..patterns import compiled, trie_alternation
from .notetext import kept
from .words import archive_word, form_pattern, forms


def form_runs(form: str) -> list[str]:
    """The runs of ``form`` that every match of it holds as written (but for case).

    >>> form_runs("record office"), form_runs("dang'an guan"), form_runs("αρχεί")
    (['record', 'office'], ['dang', 'an', 'guan'], ['χ'])
    >>> form_runs("архив")  # (`и` may be printed `і`; a hard sign may follow `р`, `х`, `в`)
    ['ар', 'х', 'в']
    """
    runs, run = [], ""
    for ch in form:
        written = form_pattern(ch)
        if ch.isspace() or written not in (re.escape(ch), re.escape(ch) + "ъ?"):
            runs, run = runs + [run] if run else runs, ""
            continue
        run += ch
        if written.endswith("ъ?"):
            runs, run = runs + [run], ""
    return runs + [run] if run else runs


def anchors_of(forms_: list[str]) -> re.Pattern | None:
    """The forms' anchors as one case-sensitive pattern over folded text (`may_hold`); None where some form has none,
    or this Python does not say how `re` folds case: every text may then hold a form.

    >>> anchors_of(["archiv", "archive", "record office"]).pattern
    '(?:archiv|record)'
    """
    runs = [form_runs(form) for form in forms_]
    if not one_for_one() or not all(runs):
        return None
    anchors = {ignorecase_fold(max(found, key=len)) for found in runs}
    # (an anchor that holds another is found only where that one is: the shorter is enough)
    return compiled(trie_alternation(sorted(a for a in anchors if not any(b != a and b in a for b in anchors))))


def may_hold(anchors: re.Pattern | None, text: str) -> bool:
    """False only where ``text`` holds no form whose anchors are ``anchors`` (`anchors_of`).

    >>> may_hold(anchors_of(["archiv"]), "Bundesarchiv"), may_hold(anchors_of(["archiv"]), "Tom Segev")
    (True, False)
    """
    return anchors is None or anchors.search(ignorecase_fold(text)) is not None


@functools.cache
def _archive_anchors() -> re.Pattern | None:
    return anchors_of(forms("archive_words.csv"))


@kept  # (asked of a piece by the splitter, then by `daylists` and the classifier)
def holds_archive_word(text: str) -> bool:
    """Whether ``text`` holds a stem of ``archive_words.csv``: ``archive_word().search(text) is not None``, which
    it answers alike for every text, only cheaper where no stem's anchor is in it.

    >>> holds_archive_word("Schweizerisches BUNDESARCHIV, E 2001"), holds_archive_word("Tom Segev, 1949, 12")
    (True, False)
    """
    return may_hold(_archive_anchors(), text) and archive_word().search(text) is not None
