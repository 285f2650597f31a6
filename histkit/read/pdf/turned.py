"""A page set across, as its reader sees it: a wide table printed turned a quarter round, read with the page turned.

A table too wide for the page is set on a page of its own turned a quarter round: its text runs up the page (or
down it), its caption, rows and the notes to the table at what is, once the page is turned, the foot. A PDF may
say so (`/Rotate 90`, a viewer shows the page turned) or not (a book's page, turned in the hand); either way its
text objects are drawn turned. Read as they stand, every piece of it would be taken for a running head set in the
margin. Where nearly all of a page's text is turned one way, the page is read in the frame of the turned page:
each piece's box and baseline turned with it, so that the lines, the table's rows and the notes at its foot are
read as on any other page. What stood upright on it (a folio left where the other pages have it) is turned the
other way in that frame, and is read as the margin's text. The page's horizontal rules, drawn across the turned
text, are left out.

A page stored upside down (a sheet scanned the wrong way up, turned back for the eye by `/Rotate 180`) has its
text drawn turned half round: where nearly all of it is, the page is read turned half round, its rules with it
(they still run across the text: the rule over the notes is kept).
"""

from __future__ import annotations

from collections import Counter

from .drawn import Page, Piece

_ACROSS = 0.8  # the share of a page's characters turned one way that makes it a page set across
_LEAST = 100  # characters: a page with less text turned (a stamp up the margin) is no table set across


def upright_view(page: Page) -> Page:
    """``page`` as a reader sees it turned, where nearly all its text is turned one way; else ``page`` itself.

    >>> turned = [Piece("Tabella 1. Fuochi e bocche nel 1427" * 3, 57, 100, 64, 400, 400, 9.4, False, False, 1, 64)]
    >>> page = upright_view(Page(4, 326, 496, turned + [Piece("58", 154, 455, 163, 461, 461, 8)]))
    >>> page.width, page.height, [(p.x0, p.top, p.base, p.upright) for p in page.pieces]
    (496, 326, [(96, 57, 64, True), (35, 154, 163, False)])
    """
    chars = Counter()
    for piece in page.pieces:
        chars[piece.turn] += len(piece.text.strip())
    if chars[2] >= max(_LEAST, _ACROSS * sum(chars.values())):
        return _half_turned(page)
    turn = 1 if chars[1] >= chars[-1] else -1
    if chars[turn] < max(_LEAST, _ACROSS * sum(chars.values())):
        return page
    return Page(page.number, page.height, page.width, [_turned(p, turn, page.width, page.height) for p in page.pieces],
                [], page.mirrored, page.invisible)


def _turned(piece: Piece, turn: int, width: float, height: float) -> Piece:
    """A piece in the frame of its page turned so that text turned by ``turn`` stands upright (origin at the top
    left of the turned page)."""
    if turn == 1:  # the text reads upwards: the page is turned clockwise, its left edge at the top
        x0, top, x1, bottom = height - piece.bottom, piece.x0, height - piece.top, piece.x1
        base = piece.across
    else:  # the text reads downwards: the page is turned anticlockwise, its right edge at the top
        x0, top, x1, bottom = piece.top, width - piece.x1, piece.bottom, width - piece.x0
        base = width - piece.across
    if piece.turn == turn:
        return Piece(piece.text, x0, top, x1, bottom, base, piece.size, piece.bold, True)
    return Piece(piece.text, x0, top, x1, bottom, bottom, piece.size, piece.bold, False)


def _half_turned(page: Page) -> Page:
    """``page`` turned half round: every box and baseline measured from the other corner, the rules with them.

    >>> down = Piece("fino al 1913 il prezzo crebbe di un quarto" * 3, 40, 100, 400, 110, 102, 9.8, turn=2)
    >>> page = _half_turned(Page(3, 468, 680, [down, Piece("119", 60, 20, 75, 28, 26, 8)], [(100, 300, 600.0)]))
    >>> [(p.x0, p.top, p.base, p.upright) for p in page.pieces], page.rules
    ([(68, 570, 578, True), (393, 652, 660, False)], [(168, 368, 80.0)])
    """
    w, h = page.width, page.height
    pieces = [Piece(p.text, w - p.x1, h - p.bottom, w - p.x0, h - p.top, h - p.base if p.turn == 2 else h - p.top,
                    p.size, p.bold, p.turn == 2) for p in page.pieces]
    return Page(page.number, w, h, pieces, [(w - x1, w - x0, h - y) for x0, x1, y in page.rules], page.mirrored,
                page.invisible)
