"""What kind of work an op. cit. word repeats (`cited_kind`): an article, a book, or any work of the author.

The words are data: kinds ``op_cit_article`` and ``op_cit_book`` of ``data/citations/reference_words.csv``.
"""

from __future__ import annotations

import functools
import re

from .words import alternation
from ..patterns import compiled


@functools.cache
def _cited_kinds() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((compiled(rf"(?<!\w)(?:{alternation('reference_words.csv', f'op_cit_{kind}')})".replace(r"\s+", r"\s*"),
                             re.IGNORECASE), kind) for kind in ("article", "book"))


def cited_kind(raw: str) -> str:
    """What kind of work an op. cit. word of ``raw`` repeats: "article" (one in a journal or book: `art. cit.`,
    `nav. čl.`, `cit. čl.`, `нав. чл.`, kind ``op_cit_article`` of ``reference_words.csv``), "book" (`op. cit.`, kind
    ``op_cit_book``), or "" (any work of the author: `a. a. O.`, `nav. delo`). A repeat links to the author's latest
    reference of that kind, else to the latest.

    >>> cited_kind("Rivoire, art. cit., p. 4"), cited_kind("Novak, nav.čl., 12"), cited_kind("Dupont, op. cit., 9")
    ('article', 'article', 'book')
    >>> cited_kind("Luhmann, a. a. O., 14")
    ''
    """
    return next((kind for pattern, kind in _cited_kinds() if pattern.search(raw)), "")
