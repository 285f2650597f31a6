"""Type sizes true to the glyphs where a font's own matrix scales them (a PDF rewritten by Ghostscript).

A text object's size as PDFium gives it is the size the content sets (``Tf``)
times its matrix; a font whose FontMatrix is not the usual thousandth of an em
draws its glyphs larger or smaller than that. Ghostscript's pdfwrite, which
many PDFs pass through (print to PDF, compression, PDF/A conversion), re-embeds
TrueType fonts with a 2048-unit em: their text then reads at half its size
while a font it left alone reads right, and body, notes and raised calls no
longer compare. The glyphs' boxes still have their printed height: a font
whose runs of text are, in the middle, twice as tall (or half as tall) as
their size says is scaled back to what its boxes show.
"""

from __future__ import annotations

from dataclasses import replace
from statistics import median

_USUAL = 0.95  # a run of text's box is about this many times its size tall (0.7 to 1.1 in real PDFs)
_OFF = 1.45  # a font whose runs are this many times taller (or shorter) than usual is scaled
_RUNS = 5  # runs of some length a font needs before its height is trusted


def true_sizes(pages: list, fonts: list[list | None]) -> None:
    """Scale, in place, the sizes of the pieces of every font whose glyphs' boxes say another size than its own.

    ``fonts`` are the font of each piece of each page (None where a page's pieces were read anew, as a right to left
    page's are).

    >>> from histkit.read.pdf.extract import Page, Piece
    >>> page = Page(1, 300, 300, [Piece("Body text here", 10, 10, 90, 28, 26, 9.0)] * 5
    ...                          + [Piece("Note text here", 10, 50, 90, 57, 56, 7.0)] * 5)
    >>> true_sizes([page], [["gs"] * 5 + ["plain"] * 5])
    >>> sorted({round(p.size, 1) for p in page.pieces})  # (the notes' font: 1 pt of size, 1 pt of height)
    [7.0, 18.0]
    """
    heights: dict = {}
    for page, kinds in zip(pages, fonts):
        for piece, font in zip(page.pieces, kinds or ()):
            if piece.upright and piece.size > 0 and len(piece.text.strip()) >= 6:
                heights.setdefault(font, []).append((piece.bottom - piece.top) / piece.size)
    middles = {font: median(ratios) for font, ratios in heights.items() if len(ratios) >= _RUNS}
    off = {font for font, middle in middles.items() if middle > _OFF * _USUAL or middle < _USUAL / _OFF}
    if not off:
        return
    # scaled to the height the document's other fonts give a run of their size (their design, its printer)
    usual = [ratio for font, ratios in heights.items() if font not in off for ratio in ratios]
    usual_middle = median(usual) if len(usual) >= _RUNS else _USUAL
    factor = {font: middles[font] / usual_middle for font in off}
    for page, kinds in zip(pages, fonts):
        if kinds:
            page.pieces = [replace(piece, size=piece.size * factor[font]) if font in factor else piece
                           for piece, font in zip(page.pieces, kinds)]
