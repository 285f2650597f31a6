"""Word spaces drawn as glyphs of their own: a space between two words is a space, however narrow.

Microsoft Word (2019, saving as PDF) draws each word and each space
between words as a text object of its own. PDFium's text page leaves such
a space out (an object with nothing but blank glyphs) and writes a space of
its own only where the gap between the words looks wide enough to it; the
object itself has no ink, so its bounds are the point it is drawn at. In
notes set small and tight, a space of Garamond at 7 pt is 1.1 pt, a sixth of
an em (in a tight line half that), narrower than the quarter of an em
`lines` asks of the gap between two pieces' ink: `R Baldwin and M Cave, (n 1)
20; IG MacNeil` came out as `RBaldwin and M Cave,(n 1) 20;IG MacNeil` (68
such glued tokens of 25 letters or more in one article's notes). pdftotext,
which parts words where the room between glyphs' advances passes a tenth of
an em, reads nearly all of them as spaces (`Journalof` in a line set tighter
still). Here the space drawn is taken at its word: a blank drawn where one
word's ink ends, with the next word drawn on its baseline from a little way
past it (the blank took room), is that word space, written after the word
as PDFium writes the spaces it sees. (A table of contents drawn by Word gets
its space before the leader dots too: `Essay ........ 101`.)
"""

from __future__ import annotations

# (the pieces are `extract.Piece`s; not imported: `extract` calls this module)

_AT_END = 0.25   # ems: the blank stands this close to the ink's end of the word drawn before it (a glyph's advance
#                  ends a little before or after its ink: `....` 0.08, an italic `of` -0.15)
_ROOM = 0.02     # ems: the next word's origin stands at least this far past the blank (a blank of no width parts
#                  nothing: the word goes on where it stands; Word's tightest spaces take 0.07)
_GUTTER = 1.5    # ems: or its ink further than this, where `lines` parts columns (as `extract._GUTTER`)
_SAME_BASE = 0.05  # ems: baselines this close are one


def blank_spaces(pieces: list, blanks: list[list], origin: tuple[float, float]) -> None:
    """Write a space after each piece a blank glyph follows as a word space. ``blanks``: per blank, the index of the
    piece drawn before it, its point (x, y) in the matrix of the form it is drawn in, and the x of the next piece's
    origin on the page where one was drawn next (PDF user space: ``origin`` is the page's top left there).

    >>> from histkit.read.pdf.extract import Piece
    >>> words = [Piece("R", 69.2, 496.2, 73.5, 500.6, 500.6, 7.0), Piece("Baldwin", 74.5, 496.0, 96.4, 500.8, 500.6, 7.0),
    ...          Piece("and", 97.8, 496.0, 107.5, 500.7, 500.6, 7.0)]
    >>> page = (1, 0, 0, 1, 0, 0)
    >>> blank_spaces(words, [[0, 73.3, 199.4, page, 74.4], [1, 96.5, 199.4, page, 97.6], [2, 107.5, 199.4, page, None]],
    ...              (0, 700))
    >>> " ".join(repr(p.text) for p in words)
    "'R ' 'Baldwin ' 'and'"
    """
    left, top = origin
    for k, x, y, form, start in blanks:
        last = pieces[k]
        if start is None or last.text[-1:] == " ":  # (most: PDFium saw the space, or a line ends)
            continue
        after, size = pieces[k + 1], last.size
        if not (last.upright and after.upright) or size <= 0:
            continue
        a, b, c, d, e, f = form
        x, base, start = a * x + c * y + e - left, top - (b * x + d * y + f), start - left
        if abs(last.base - base) <= _SAME_BASE * size and abs(after.base - base) <= _SAME_BASE * size \
                and abs(x - last.x1) <= _AT_END * size and start - x >= _ROOM * size \
                and after.x0 - x < _GUTTER * size:
            last.text += " "
