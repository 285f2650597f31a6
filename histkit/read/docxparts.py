"""What a Word file holds beside its body and its notes: the page's headers and footers, and review comments.

Headers and footers are the page's furniture (a running head, the journal's
name, a folio): no words of the article, but words of the file, so they are
kept as running-head paragraphs, the headers' before the body and the
footers' after it, each distinct text once (a section's first-page, odd and
even headers repeat one another, and every section may repeat them all).
Comments are remarks on the text by its author or a reviewer, not words of
the article: they are named in a problem, so that none is lost unsaid.
"""

from __future__ import annotations

from typing import Callable

from ..errors import Problem
from .xmltext import Paragraph, local, squeeze


def furniture(parts, pieces_of: Callable, problems: list[Problem]) -> tuple[list[Paragraph], list[Paragraph]]:
    """The running-head paragraphs of the file's headers and of its footers, each distinct text once, in the order
    the document relates the parts; a comment part's remarks are added to ``problems``.

    ``parts`` is the package (`all_related`, `xml_or_none`), ``pieces_of`` a paragraph's pieces (`docx._pieces`).
    """
    heads, feet = (_texts(parts, kind, pieces_of, problems) for kind in ("header", "footer"))
    remarks = _texts(parts, "comments", pieces_of, problems)
    if remarks:
        shown = "; ".join(f"«{text[:60]}»" for text in remarks[:3]) + (", …" if len(remarks) > 3 else "")
        problems.append(Problem("", "read", f"{len(remarks)} paragraph(s) of comments left out (remarks on the text, "
                                            f"not the article's words): {shown}"))
    return [Paragraph("running_head", [text]) for text in heads], [Paragraph("running_head", [text]) for text in feet]


def _texts(parts, kind: str, pieces_of: Callable, problems: list[Problem]) -> list[str]:
    """The distinct texts of the paragraphs of every part of ``kind``, in order."""
    seen: dict[str, None] = {}
    for name in parts.all_related(kind):
        root = parts.xml_or_none(name, problems)
        for paragraph in (e for e in (root.iter() if root is not None else ()) if local(e.tag) == "p"):
            text = squeeze("".join(p for p in pieces_of(paragraph) if isinstance(p, str)))
            if text:
                seen.setdefault(text, None)
    return list(seen)
