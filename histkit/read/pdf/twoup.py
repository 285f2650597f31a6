"""Two pages on one sheet, read as the two pages they are: a book scanner's opening, a copier's two pages to a sheet.

A scanner or a copier delivers an opening of a book or journal as one wide PDF page: the left page and the right
page side by side, each with its running head, its text, its notes at its foot and its folio. Read as one page,
its two texts are two columns and its two feet one note area, so the left page's notes come after the right page's
text, and the note numbers of the two pages are mixed. Where a wide page's text leaves a band down its middle
empty from top to bottom (the fold, wider than any column's gutter), and each side holds a page's worth of lines,
the sheet is read as two pages, left then right; the pages are counted as read (a sheet of two pages counts two).
A line running across the fold (a sheet's own head or foot, as a course reader prints it) keeps the sheet whole.
"""

from __future__ import annotations

from dataclasses import replace

from .drawn import Page, Piece

_WIDE = 1.15  # a sheet this many times wider than high may hold two pages side by side
_MIDDLE = (0.38, 0.62)  # where the fold may lie, as shares of the sheet's width
_FOLD = 5.0  # the empty band down the fold, in the sheet's text size: wider than a column's gutter
_LINES = 8  # baselines each side needs to be a page (a side of a table, a caption, is not)


def single_pages(pages: list[Page]) -> list[Page]:
    """The pages as read: a sheet of two pages side by side cut at its fold into its left and right page.

    >>> def side(x):
    ...     return [Piece("Zwischen 1817 und 1829 richtete die Gilde", x, 60 + 14 * k, x + 200, 70 + 14 * k,
    ...                   70 + 14 * k, 10) for k in range(20)]
    >>> sheet = Page(1, 840, 600, side(40) + side(460), [(40, 100, 500.0), (460, 520, 520.0)])
    >>> [(p.number, p.width, len(p.pieces), p.pieces[0].x0, p.rules) for p in single_pages([sheet])]
    [(1, 350.0, 20, 40, [(40, 100, 500.0)]), (2, 490.0, 20, 110.0, [(110.0, 170.0, 520.0)])]
    """
    cuts = [_fold(page) if page.width > _WIDE * page.height and not page.mirrored else None for page in pages]
    if all(cut is None for cut in cuts):
        return pages
    out: list[Page] = []
    for page, cut in zip(pages, cuts):
        if cut is None:
            out.append(replace(page, number=len(out) + 1))
            continue
        left = [p for p in page.pieces if p.x1 <= cut]
        right = [_moved(p, cut) for p in page.pieces if p.x1 > cut]
        rules = [(r, (r[0] + r[1]) / 2 < cut) for r in page.rules]
        out.append(Page(len(out) + 1, cut, page.height, left, [r for r, on in rules if on], False, page.invisible))
        out.append(Page(len(out) + 1, page.width - cut, page.height, right,
                        [(max(0.0, x0 - cut), x1 - cut, y) for (x0, x1, y), on in rules if not on], False,
                        page.invisible))
    return out


def _fold(page: Page) -> float | None:
    """The middle of the empty band down the middle of a wide sheet, where each side holds a page's lines."""
    pieces = [p for p in page.pieces if p.text.strip()]
    sizes = sorted(p.size for p in pieces if p.upright)
    if not sizes:
        return None
    size = sizes[len(sizes) // 2]
    lo, hi = _MIDDLE[0] * page.width, _MIDDLE[1] * page.width
    best, at = None, None
    for x0, x1 in sorted((p.x0, p.x1) for p in pieces):
        if at is not None and x0 - at >= _FOLD * size and lo <= (at + x0) / 2 <= hi \
                and (best is None or x0 - at > best[1] - best[0]):
            best = (at, x0)
        at = x1 if at is None else max(at, x1)
    if best is None:
        return None
    cut = (best[0] + best[1]) / 2
    sides = ({round(p.base) for p in pieces if p.upright and p.x1 <= cut},
             {round(p.base) for p in pieces if p.upright and p.x0 >= cut})
    return cut if all(len(s) >= _LINES for s in sides) else None


def _moved(piece: Piece, dx: float) -> Piece:
    return Piece(piece.text, piece.x0 - dx, piece.top, piece.x1 - dx, piece.bottom, piece.base, piece.size,
                 piece.bold, piece.upright, piece.turn, piece.across - dx)
