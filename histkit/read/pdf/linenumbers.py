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
    >>> def at(line, base): return Line(line.pieces, line.x0, base - 10, line.x1, base, base, 10, False, line.tokens)
    >>> proof = [at(line((50, "1 "), (72, "A Title")), 20), at(line((150, "An Author")), 40), at(line((50, "2")), 40),
    ...          at(line((50, "3 "), (72, "The text.")), 60), at(line((50, "4 "), (72, "It runs on.")), 72)]
    >>> numbered_lines(proof)  # (a centred line's number alone on its baseline, the lines counted once)
    {0: 1, 2: 2, 3: 3, 4: 4}
    >>> [ln.text for ln in without_line_numbers(proof)]
    ['A Title', 'An Author', 'The text.', 'It runs on.']
    """
    found = {k: n for k, line in enumerate(body) if (n := _number(line) or _bare(line, body)) is not None}
    if len(found) < 2:
        return {}
    edge = min((line.x0 for k, line in enumerate(body) if k not in found), default=float("inf"))
    if any(body[k].pieces[0].x1 > edge - _APART * body[k].size for k in found):
        return {}  # other lines begin where the numbers stand: they open numbered paragraphs or list items
    rank = _positions(body, {k for k in found if len(body[k].pieces) == 1})
    places = sorted(found)
    if any(found[b] - found[a] != rank[b] - rank[a] for a, b in zip(places, places[1:])):
        return {}
    return found


def _bare(line: Line, body: list[Line]) -> int | None:
    """The number a line is alone, set left of another body line on its baseline (a centred author's line
    numbered in the margin, its words too far off to join the number's line), or None."""
    text = line.text.strip()
    if len(line.pieces) != 1 or not (text.isdecimal() and len(text) <= 4):
        return None
    beside = any(other is not line and abs(other.base - line.base) < 1.0 and other.x0 - line.x1 >= _APART * line.size
                 for other in body)
    return int(text) if beside else None


def _positions(body: list[Line], bare: set[int]) -> list[int]:
    """Per body line, its place among the lines counted: a bare number takes the place of the line beside it."""
    places, count = [], -1
    for k in range(len(body)):
        count += k not in bare
        places.append(count)
    for k in bare:
        words = [j for j in range(len(body)) if j not in bare]
        if words:
            places[k] = places[min(words, key=lambda j: (abs(body[j].base - body[k].base), abs(j - k)))]
    return places


def without_line_numbers(body: list[Line]) -> list[Line]:
    """A page's body lines with the margin line numbers left out (the lines themselves kept, in their order)."""
    found = numbered_lines(body)
    return [line_of(line.pieces[1:]) if k in found else line for k, line in enumerate(body)
            if not (k in found and len(line.pieces) == 1)]
