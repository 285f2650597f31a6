"""Letter-spaced words drawn glyph by glyph: one word, not a row of one-letter words.

Letter spacing (tracking) puts the same extra room after every letter of a
word: German *Sperrsatz* for emphasis (`S c h a u`), small capitals tracked
for an author's name in French and German notes (`B A R D E T`). A page drawn
glyph by glyph gives each glyph its own position, and that room, a tenth of
an em or more, reads as a word space. What tells it from word spaces is its
evenness: between one glyph's advance and the next glyph, the same room,
again and again, over three letters or more, where the words of a line meet
each other at an ordinary space after a run of letters set close.
"""

from __future__ import annotations

# (the pieces are `extract.Piece`s; not imported: `extract` calls this module)

_LEAST = 0.05  # ems: less room than this after a glyph is no tracking, the glyphs simply touch
_MOST = 0.5    # ems: more than this is a gap no word is tracked by
_EVEN = 0.05   # ems (at least 0.1 pt): rooms this close are one tracking (PDFium's boxes of glyphs vary by 0.03)
_LETTERS = 3   # a tracked word has at least this many letters


def tracked(pieces: list, glyphs: dict[int, float]) -> set[int]:
    """The indices of the glyphs (``glyphs``: pieces drawn one glyph each, at their advance) that go on a letter-spaced
    word from the glyph before them, in drawing order; a stop or comma tracked after the word's last letter too.

    >>> from histkit.read.pdf.extract import Piece
    >>> row = [Piece("Zur ", 0, 0, 14, 8, 8, 8), Piece("S ", 17, 0, 22, 8, 8, 8), Piece("c", 24.2, 0, 28, 8, 8, 8),
    ...        Piece("h", 30.2, 0, 34.5, 8, 8, 8), Piece("a", 36.7, 0, 40.7, 8, 8, 8), Piece("u", 42.9, 0, 47, 8, 8, 8),
    ...        Piece("als", 50, 0, 61, 8, 8, 8)]
    >>> sorted(tracked(row, {1: 22, 2: 28, 3: 34.5, 4: 40.7, 5: 47}))
    [2, 3, 4, 5]
    >>> sorted(tracked(row[:3], {1: 22, 2: 28}))  # two letters apart are two words
    []
    """
    joins: set[int] = set()
    k, n = 1, len(pieces)
    while k < n:
        room = _room(pieces, glyphs, k)
        # a run's first letter stands apart from the glyph before it: one set close to it ends a word (`Begriff`)
        if room is None or not (_letter(pieces[k - 1]) and _letter(pieces[k])) or _touching(pieces, glyphs, k - 1):
            k += 1
            continue
        chain, j = [k], k + 1
        while j < n and _letter(pieces[j]) and _even(_room(pieces, glyphs, j), room, pieces[j].size):
            chain.append(j)
            j += 1
        if j < n and _touching(pieces, glyphs, j):  # its last letter then begins the next word (`als`)
            chain.pop()
            j -= 1
        if len(chain) + 1 < _LETTERS:
            k += 1
            continue
        joins.update(chain)
        if j < n and pieces[j].text.strip() in (".", ",", ";", ":") and _even(_room(pieces, glyphs, j), room, pieces[j].size):
            joins.add(j)
        k = j
    return joins


def _touching(pieces: list, glyphs: dict[int, float], k: int) -> bool:
    """Whether glyph ``k`` is set close after the glyph before it, on its baseline, as a word's letters are."""
    if k < 1 or k not in glyphs or k - 1 not in glyphs:
        return False
    last, piece = pieces[k - 1], pieces[k]
    size = max(last.size, piece.size)
    return abs(last.base - piece.base) <= 0.05 * size and piece.x0 - last.x1 <= _LEAST * size \
        and not last.text.endswith(" ")


def _letter(piece) -> bool:
    return piece.text.rstrip().isalpha()  # (PDFium writes the space it sees after a glyph into the glyph's text)


def _even(gap: float | None, room: float, size: float) -> bool:
    return gap is not None and abs(gap - room) <= max(0.1, _EVEN * size)


def _room(pieces: list, glyphs: dict[int, float], k: int) -> float | None:
    """The room between glyph ``k - 1``'s advance and glyph ``k``, where both are single glyphs on one baseline and it
    is room a word may be tracked by; else None."""
    if k not in glyphs or k - 1 not in glyphs:
        return None
    last, piece = pieces[k - 1], pieces[k]
    size = max(last.size, piece.size)
    if len(last.text.rstrip()) != 1 or len(piece.text.rstrip()) != 1 or abs(last.base - piece.base) > 0.05 * size \
            or not (last.upright and piece.upright):
        return None
    gap = piece.x0 - last.x1
    return gap if _LEAST * size < gap < _MOST * size else None
