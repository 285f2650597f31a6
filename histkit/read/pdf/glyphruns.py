"""A page whose text objects are one glyph each (TCPDF draws glyph by glyph): its glyphs joined into runs, as the
pieces of other PDFs are, by `extract` once the page is read."""

from __future__ import annotations

from .drawn import Piece
from .tracking import tracked

_WORD_SPACE, _GUTTER = 0.1, 1.5  # between two glyphs' advances, ems: a word space, and a column's gutter or wider


def glyph_runs(pieces: list[Piece], glyphs: dict[int, float]) -> list[Piece]:
    """A page's glyphs drawn one by one (``glyphs``: the indices of the pieces that are one glyph each, placed at its
    advance, with their ink's right edge) joined into runs where each touches the next on its baseline in its type.
    Where the next glyph starts a word space after the last one's advance (a tenth of an em or more, as pdftotext
    parts words), the run ends with that space written; each run ends where its last glyph's ink does, as the
    pieces of other PDFs end. The page's other pieces are kept as they are.

    A number raised glyph by glyph is one call (`1`, `4`: 14), as a number drawn by one operator is.

    >>> glyph = [Piece("1", 10, 0, 13, 5, 5, 6), Piece("4", 13, 0, 16, 5, 5, 6), Piece("w", 20, 0, 25, 8, 8, 10),
    ...          Piece("e", 25, 0, 29, 8, 8, 10), Piece("m", 31.5, 0, 38, 8, 8, 10)]
    >>> [(p.text, p.x0, p.x1) for p in glyph_runs(glyph, {0: 12, 1: 15.5, 2: 24.8, 3: 28.6, 4: 37.9})]
    [('14', 10, 15.5), ('we ', 20, 28.6), ('m', 31.5, 37.9)]
    """
    out: list[Piece] = []
    ink: list[float | None] = []  # per run, its last glyph's ink edge (None: a piece not drawn glyph by glyph)
    ends: list[float] = []  # per run, its last glyph's advance
    spaced = tracked(pieces, glyphs)
    for k, piece in enumerate(pieces):
        edge = glyphs.get(k)
        last = out[-1] if out else None
        if k in spaced and last is not None:  # a letter-spaced word's next letter (`tracking`), in whatever size
            out[-1] = Piece(last.text.rstrip(" ") + piece.text, last.x0, min(last.top, piece.top), piece.x1,
                            max(last.bottom, piece.bottom), last.base, max(last.size, piece.size), last.bold,
                            last.upright)
            ink[-1], ends[-1] = edge, piece.x1
            continue
        same = edge is not None and last is not None and ink[-1] is not None and last.size == piece.size \
            and last.upright == piece.upright and abs(last.base - piece.base) < 0.05 * piece.size \
            and last.bold == piece.bold and not last.text.endswith(" ")
        gap = piece.x0 - ends[-1] if same else 0.0
        if same and abs(gap) < 0.05 * piece.size:
            out[-1] = Piece(last.text + piece.text, last.x0, min(last.top, piece.top), piece.x1,
                            max(last.bottom, piece.bottom), last.base, last.size, last.bold, last.upright)
            ink[-1], ends[-1] = edge, piece.x1
            continue
        if same and _WORD_SPACE * piece.size <= gap < _GUTTER * piece.size:
            out[-1] = Piece(last.text + " ", last.x0, last.top, last.x1, last.bottom, last.base, last.size, last.bold,
                            last.upright)
        out.append(piece)
        ink.append(edge)
        ends.append(piece.x1)
    return [p if edge is None else Piece(p.text, p.x0, p.top, edge, p.bottom, p.base, p.size, p.bold, p.upright)
            for p, edge in zip(out, ink)]
