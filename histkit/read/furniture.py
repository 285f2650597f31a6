"""What a word processor's file holds beside its body and its notes: the page's headers and footers, and comments.

Headers and footers are the page's furniture (a running head, the journal's
name, a folio): no words of the article, but words of the file, so they are
kept as running-head paragraphs, the headers' before the body and the
footers' after it, each distinct text once (a section's first-page, odd and
even headers repeat one another, and every section may repeat them all).
Comments are remarks on the text by its author or a reviewer, not words of
the article: they are named in a problem, so that none is lost unsaid. The
Word and OpenDocument readers find them each in their own parts.
"""

from __future__ import annotations

from ..errors import Problem
from .xmltext import Paragraph, first_words


def running_heads(heads: list[str], feet: list[str]) -> tuple[list[Paragraph], list[Paragraph]]:
    """The headers' and the footers' texts as running-head paragraphs, each distinct non-empty text once.

    >>> [p.pieces for p in running_heads(["Zgodovina", "Zgodovina", ""], ["LIX – 1/2019"])[0]]
    [['Zgodovina']]
    """
    return tuple([Paragraph("running_head", [text]) for text in dict.fromkeys(t for t in texts if t)]
                 for texts in (heads, feet))


def comments_left_out(remarks: list[str]) -> Problem | None:
    """The problem naming the comments' paragraphs left out of the text, or None where there are none.

    >>> print(comments_left_out(["Check the date", ""]).message)
    1 paragraph(s) of comments left out (remarks on the text, not the article's words): «Check the date»
    """
    remarks = [text for text in remarks if text]
    if not remarks:
        return None
    return Problem("", "read", f"{len(remarks)} paragraph(s) of comments left out (remarks on the text, not the "
                               f"article's words): {first_words(remarks)}")
