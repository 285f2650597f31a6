"""A Word file's headers and footers (running heads) and its comments, found through the document's relationships.

What is done with them is `furniture`'s: the headers' and footers' texts are
kept as running heads, the comments named in a problem.
"""

from __future__ import annotations

from typing import Callable

from ..errors import Problem
from .furniture import comments_left_out, running_heads
from .xmltext import Paragraph, local, words_of


def furniture(parts, pieces_of: Callable, problems: list[Problem]) -> tuple[list[Paragraph], list[Paragraph]]:
    """The running-head paragraphs of the file's headers and of its footers, in the order the document relates the
    parts; a comments part's remarks are named in ``problems``.

    ``parts`` is the package (`all_related`, `xml_or_none`), ``pieces_of`` a paragraph's pieces (`docx._pieces`).
    """
    heads, feet = (_texts(parts, kind, pieces_of, problems) for kind in ("header", "footer"))
    problems += filter(None, [comments_left_out(_texts(parts, "comments", pieces_of, problems))])
    return running_heads(heads, feet)


def _texts(parts, kind: str, pieces_of: Callable, problems: list[Problem]) -> list[str]:
    """The texts of the paragraphs of every part of ``kind``, in order."""
    texts = []
    for name in parts.all_related(kind):
        root = parts.xml_or_none(name, problems)
        for paragraph in (e for e in (root.iter() if root is not None else ()) if local(e.tag) == "p"):
            texts.append(words_of(pieces_of(paragraph)))
    return texts
