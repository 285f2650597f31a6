"""The word space after a character set small off a line's baseline, raised or lowered (`XIXᵉ siècle`, `S.ʳ:`).

Whether a word space follows a small raised or lowered character
(`Lüneburg ²1933`, `H₂SO₄.`, `Exc.ᵐᵒ S.ʳ:`) is a question of the line's own
type: the small glyph's side bearing and the kern after it are often wider
than a space of its own small size, never than a space of the line's.
"""

from __future__ import annotations

from .extract import Piece

SPACE = 0.25    # a gap wider than this many times the type size is a space between words (as `lines`)
_SMALL = 0.85   # a piece smaller than this share of its line's size is small type
_OFF = 0.1      # ... and set off the baseline by more than this share of the line's size (`H₂` in notes: 0.11)


def off_baseline(piece: Piece, base: float, size: float) -> bool:
    """Whether ``piece`` is set small and off a line of ``size`` on ``base``, raised or lowered.

    >>> off_baseline(Piece("2", 197.0, 327.7, 200.4, 333.0, 333.0, 8.0), 331.3, 10.9)
    True
    >>> off_baseline(Piece("SO", 202.0, 323.6, 215.3, 331.6, 331.3, 10.9), 331.3, 10.9)
    False
    """
    return piece.size < _SMALL * size and abs(base - piece.base) > _OFF * size


def word_space(prev: Piece, piece: Piece, base: float, size: float) -> bool:
    """Whether the gap between two pieces of a line of ``size`` on ``base`` is a word space.

    The gap is measured in the smaller piece's type, but after a piece set small off the baseline in the line's:

    >>> r = Piece("r", 106.6, 444.8, 108.8, 447.4, 447.4, 6.0)
    >>> word_space(r, Piece(": así", 110.4, 444.9, 140.0, 453.0, 451.2, 9.0), 451.2, 9.0)
    False
    >>> word_space(r, Piece("secretario", 111.8, 444.9, 150.0, 453.0, 451.2, 9.0), 451.2, 9.0)
    True
    """
    if off_baseline(prev, base, size):
        unit = size
    else:
        unit = prev.size if prev.size < piece.size else piece.size
    return piece.x0 - prev.x1 > SPACE * unit
