"""Which note the notes at the head of the next page go on with.

Unlabelled lines opening a page's notes continue the note left open at the
foot of the page before. A short last line closing a sentence usually ends
its note there; but a note of several paragraphs (a law review's, a legal
historian's) may end a paragraph at a page's foot and begin the next one
overleaf: that page's notes then open with a line set in as the note's
paragraphs are, and no label on it.
"""

from __future__ import annotations

from collections import Counter
from typing import Callable, Protocol, TypeVar

from .lines import Line, numbered


class _Note(Protocol):  # (a `notes.PdfNote`: that module reads this one)
    label: str
    page: int
    order: int
    last_page: int


N = TypeVar("N", bound=_Note)


def carried(current: N | None, notes: list[N], p: int) -> N | None:
    """The note page p + 1 may continue: an unnumbered note set under page p's numbered ones runs over no page,
    the last numbered note before it does (`* Funded by …` under a note 5 that goes on overleaf)."""
    if current is None or numbered(current.label) or current.page != p:
        return current
    before = next((n for n in reversed(notes[:current.order]) if numbered(n.label)), None)
    return before if before is not None and before.last_page == p else current


def opens_with_paragraph(columns: list[list[Line]], labelled: Callable[[Line, float], bool]) -> bool:
    """Whether a page's notes open with a new paragraph and no label: their first line set in from the margin the
    column's lines share, by less than three ems, as a paragraph is (``labelled(line, margin)`` says whether a line
    opens a note).

    >>> def line(x0, top): return Line([], x0, top, 300, top + 8, top + 8, 8, False, [("t", "Where a file")])
    >>> opens_with_paragraph([[line(57, 500), line(48, 511), line(48, 522)]], lambda ln, margin: False)
    True
    >>> opens_with_paragraph([[line(48, 500), line(48, 511), line(48, 522)]], lambda ln, margin: False)
    False
    """
    heads = [c for c in columns if c]
    if not heads:
        return False
    column = min(heads, key=lambda c: c[0].top)
    first = column[0]
    others = Counter(round(ln.x0) for ln in column[1:])
    if not others:
        return False
    margin = float(others.most_common(1)[0][0])
    return margin + 0.5 * first.size < first.x0 < margin + 3 * first.size and not labelled(first, margin)
