"""A running foot with its folio on a page the page sequence cannot confirm: `Lětopis 63 (2016) 2, 117`.

A journal may print its title, volume, year and folio in one line at the
page's foot, centred or flush right, under the notes and a wide space, and
an offprint of one page gives no second folio to confirm it by (`folios`).
Such a line is told by its place alone: in the bottom band, no label before
it, ending in a number a folio may be, well apart from the line above it
(two of its sizes or more: notes and their continuations run at a line's
step), set away from the text's left edge (centred on the text block, or
flush right: a note's line starts at that edge or at its label's hang), and
with nothing under it but running heads, an imprint (`DOI …`) or smaller type.
"""

from __future__ import annotations

from .folios import folio_numbers
from .imprint import opens_imprint
from .lines import Line
from ...patterns import compiled

_APART = 2.0  # the space over the foot, in its type sizes
_LABEL_FIRST = compiled(r"\s*(?:\[?\d{1,4}[\].):]?|[*†‡§])(?:\s|$)")  # a note's label on the line: `8)`, `[8]`, `8.`


def folio_feet(pages: list[list[Line]], heights: list[float], heads: set[tuple[int, int]],
               band: float) -> set[tuple[int, int]]:
    """(page index, line index) of the running feet with a folio that stand under a page's notes, as above.

    >>> def line(text, x0, x1, top, size=8.0): return Line([], x0, top, x1, top + size, top + size, size, False, [("t", text)])
    >>> page = [line("Body text", 45, 375, 100, 10), line("8) Ibid.", 50, 80, 521),
    ...         line("Lětopis 63 (2016) 2, 117", 165, 255, 560), line("DOI 10.9999/x.117", 159, 262, 571, 7)]
    >>> sorted(folio_feet([page], [595.0], set(), 0.15))
    [(0, 2)]
    >>> page[2] = line("causa de las aigas, p. 117", 45, 160, 560)  # a note's continued line at the text's edge
    >>> folio_feet([page], [595.0], set(), 0.15)
    set()
    """
    found = set()
    for p, (lines, height) in enumerate(zip(pages, heights)):
        rest = [i for i in range(len(lines)) if (p, i) not in heads]
        if len(rest) < 2:
            continue
        left, right = min(lines[i].x0 for i in rest), max(lines[i].x1 for i in rest)
        for i in rest:
            line = lines[i]
            if (line.top < (1 - band) * height or line.lead() is not None or not folio_numbers(line.text)
                    or _LABEL_FIRST.match(line.text) or not _away_from_edge(line, left, right)):
                continue
            above = [lines[k] for k in rest if lines[k].bottom <= line.top + 0.5]
            below = [lines[k] for k in rest if lines[k].top >= line.bottom - 0.5 and k != i]
            if not above or line.top - max(ln.bottom for ln in above) < _APART * line.size:
                continue
            if all(ln.size < 0.95 * line.size or opens_imprint(ln.text) for ln in below):
                found.add((p, i))
    return found


def _away_from_edge(line: Line, left: float, right: float) -> bool:
    """Whether the line is centred on the text block (and narrower than it) or set flush right, away from its left."""
    width, size = right - left, line.size
    centred = abs((line.x0 + line.x1) / 2 - (left + right) / 2) < size and line.x1 - line.x0 < 0.7 * width
    flush_right = abs(line.x1 - right) < size and line.x0 - left > 0.3 * width
    return centred or flush_right

