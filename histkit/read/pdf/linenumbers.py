"""Line numbers printed in the margin beside the body (a source edition, a preprint): no words of the text.

A source edition numbers the lines of its text every fifth line (`5`,
`10`), a manuscript-style preprint every line; the number stands in the
margin, left of where any other line begins, apart from the line's words.
Read as words it would open the line (`5 Zenthmihal habitam`). A page's
body lines whose first piece is such a bare number are numbered lines when
there are two or more of them and each number, from one to the next, grows
by just as many lines as the page sets between them: the lines are
counted, which a numbered list or numbered paragraphs do not do.
"""

from __future__ import annotations

from .lines import Line, line_of

_APART = 0.5  # the number stands this many ems (at least) left of the line's words and of the text's edge


def _number(line: Line) -> int | None:
    """The number a line's first piece is, standing apart from its next piece, or None."""
    if len(line.pieces) < 2:
        return None
    first, second = line.pieces[0], line.pieces[1]
    text = first.text.strip()
    if not (text.isdecimal() and len(text) <= 4) or second.x0 - first.x1 < _APART * line.size:
        return None
    return int(text)


def numbered_lines(body: list[Line]) -> dict[int, int]:
    """Per position in ``body`` (a page's body lines in reading order) a line that carries a margin line number.

    >>> from histkit.read.pdf.extract import Piece
    >>> def line(*parts): return line_of([Piece(t, x0, 0, x0 + 6 * len(t), 10, 10, 10) for x0, t in parts])
    >>> text = [line((72, "terris arabilibus, pratis")) for _ in range(6)]
    >>> body = [line((50, "5 "), (72, "Zenthmihal habitam")), *text[:4], line((48, "10 "), (72, "festum beati"))]
    >>> numbered_lines(body)
    {0: 5, 5: 10}
    >>> numbered_lines([line((72, "1 "), (90, "The court sat.")), line((72, "2 "), (90, "It rose."))] + text)
    {}
    >>> numbered_lines([body[0], text[0], body[5]])
    {}
    >>> numbered_lines([line((50, "① "), (72, "Zenthmihal")), line((50, "② "), (72, "festum"))])  # (no numbers)
    {}
    """
    found = {k: n for k, line in enumerate(body) if (n := _number(line)) is not None}
    if len(found) < 2:
        return {}
    edge = min((line.x0 for k, line in enumerate(body) if k not in found), default=float("inf"))
    if any(body[k].pieces[0].x1 > edge - _APART * body[k].size for k in found):
        return {}  # other lines begin where the numbers stand: they open numbered paragraphs or list items
    places = sorted(found)
    if any(found[b] - found[a] != b - a for a, b in zip(places, places[1:])):
        return {}
    return found


def without_line_numbers(body: list[Line]) -> list[Line]:
    """A page's body lines with the margin line numbers left out (the lines themselves kept, in their order)."""
    found = numbered_lines(body)
    return [line_of(line.pieces[1:]) if k in found else line for k, line in enumerate(body)]
