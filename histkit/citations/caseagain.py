"""A court decision cited again by its short name and a paragraph: `CJEU, Infopaq, para 39.`, `Fipa Group and Others,
paras 37 and 38.`, `CMS, paras 319–331.`

Law notes give a decision in full once (`CJEU, judgement of 16 July 2009, Infopaq, Case C-5/08, ECLI:…`) and then by
its parties' short name and the paragraph cited, a shape a book's short form shares only with a word for the paragraph
(`para`, `Rn.`, kind ``paragraph`` of ``courts.csv``). It is a case where each word of that name stands in a decision
the document cited before.
"""

from __future__ import annotations

import functools
import re

from .words import alternation
from ..patterns import compiled

_NAME_WORD = compiled(r"[^\W\d_][\w.&'’-]*")


@functools.cache
def _shape() -> re.Pattern:
    # the name (no digits, brackets or semicolons), a comma, the paragraph word and its numbers, nothing after
    return compiled(rf"(?P<name>[^\W\d_][^\d;()\[\]]{{1,80}}?),\s*(?:{alternation('courts.csv', 'paragraph')})\s*\d"
                    rf"[\d\s,–—-]*(?:(?:and|et|und|e|y|i)\s+\d+[\d\s–—-]*)?\.?")


def case_again(text: str, earlier: list[dict]) -> bool:
    """Whether ``text`` is a decision's short name and a paragraph, each word of the name in one of ``earlier`` (the
    document's citation rows so far) of kind ``case``.

    >>> rows = [{"kind": "case", "raw": "CJEU, judgement of 16 July 2009, Infopaq, Case C-5/08, ECLI:EU:C:2009:465"}]
    >>> case_again("CJEU, Infopaq, para 39.", rows), case_again("CJEU, Infopaq II, para 42.", rows)
    (True, False)
    >>> case_again("Smith, para. 3.", rows)
    False
    """
    shape = _shape().fullmatch(text.strip())
    if shape is None:
        return False
    words = [w.strip(".,").casefold() for w in _NAME_WORD.findall(shape.group("name")) if len(w.strip(".,")) > 1]
    if not words:
        return False
    for row in earlier:
        if row.get("kind") == "case":
            said = {w.strip(".,").casefold() for w in _NAME_WORD.findall(str(row.get("raw") or ""))}
            if all(word in said for word in words):
                return True
    return False
