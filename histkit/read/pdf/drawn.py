"""What a PDF page draws as text, as `extract` reads it: pieces of text with their box, baseline and size, and the
page that holds them with its rules. Every step of the PDF reader after `extract` takes these."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True, eq=False)
class Piece:
    """A run of text drawn by one operator; coordinates in points, origin at the top left of the page."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    base: float  # the baseline's height (top-down)
    size: float  # the size the glyphs are drawn at (font size times the matrix's scale)
    bold: bool = False
    upright: bool = True
    turn: int = 0  # a quarter turn of the text: 1 anticlockwise (it reads upwards), -1 clockwise; 2 half round; 0 none
    across: float = 0.0  # a text turned a quarter: its baseline's x (from the page's left edge)


@dataclass
class Page:
    """One page's text pieces and horizontal rules (x0, x1, y), in drawing order."""

    number: int  # 1-based
    width: float
    height: float
    pieces: list[Piece] = field(default_factory=list)
    rules: list[tuple[float, float, float]] = field(default_factory=list)
    mirrored: bool = False  # a page written right to left, its x measured from the right edge (`rtl`)
    invisible: bool = False  # its text is drawn invisible (an OCR layer over the page's image: `ocrlayer`)
