"""Lines of a PDF page from its text pieces: pieces on one baseline, split where a column gap falls, superscripts joined.

A line keeps its pieces in reading order as *tokens*: text, or a note
marker (a raised, usually smaller, number or symbol, as printed in body
lines and as the label of a footnote).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .extract import Piece

#: What a note marker or label may be: a number, or a run of reference symbols.
MARKER = re.compile(r"(?:\d{1,4}|[*†‡§¶‖#]{1,3})")
_DOUBLED = re.compile(r"(\d{1,4}|[*†‡§¶‖#]{1,3})\1")  # a marker drawn twice (Word's custom marks; a doubled label)
_SPACES = re.compile(r"  +")

_GAP = 1.5       # a gap wider than this many times the type size parts two columns on one baseline
_SPACE = 0.25    # a gap wider than this many times the type size is a space between words
_RAISED = 0.12   # a smaller piece raised by this much of the line's size is a superscript
_HIGH = 0.22     # a piece of the line's size raised by this much is a superscript too


@dataclass(slots=True, eq=False)
class Line:
    """Text on one baseline within one column; ``tokens`` are ("t", text) or ("m", marker) in reading order."""

    pieces: list[Piece]
    x0: float
    top: float
    x1: float
    bottom: float
    base: float
    size: float
    bold: bool
    tokens: list[tuple[str, str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(t for _, t in self.tokens)

    @property
    def box(self) -> tuple[float, float, float, float]:
        return (self.x0, self.top, self.x1, self.bottom)

    def lead(self) -> str | None:
        """The superscript marker the line starts with (a footnote's label), if any."""
        return self.tokens[0][1] if self.tokens and self.tokens[0][0] == "m" else None


def page_lines(pieces: list[Piece]) -> tuple[list[Line], list[Piece]]:
    """The upright pieces as lines (top to bottom, left to right), and the rotated pieces apart."""
    upright = sorted((p for p in pieces if p.upright), key=lambda p: (p.base, p.x0))
    rotated = [p for p in pieces if not p.upright]
    clusters: list[list[Piece]] = []
    for piece in upright:
        if clusters and piece.base - clusters[-1][0].base <= max(0.8, 0.2 * min(piece.size, clusters[-1][0].size)):
            clusters[-1].append(piece)
        else:
            clusters.append([piece])
    segments: list[list[Piece]] = []
    for k, cluster in enumerate(clusters):
        size = cluster[0].size  # text of the neighbouring lines in this type (raised markers have none)
        near = [p for c in clusters[max(0, k - 2):k + 3] if c is not cluster
                and abs(c[0].base - cluster[0].base) < 2.5 * size for p in c if abs(p.size - size) < 0.15 * size]
        segments.extend(_split(cluster, near))
    lines = _attach_superscripts([_line(s) for s in segments])
    lines.sort(key=lambda ln: (round(ln.base, 1), ln.x0))
    return lines, rotated


def _split(cluster: list[Piece], near: list[Piece]) -> list[list[Piece]]:
    """Pieces on one baseline cut where a column gutter falls; overprinted copies dropped.

    A gutter is a wide gap that the lines just above and below leave empty
    too; a wide gap they fill is a justified line's stretched space (before
    a long URL).
    """
    cluster.sort(key=lambda p: p.x0)
    out: list[list[Piece]] = [[cluster[0]]]
    reach = cluster[0].x1  # the right edge of the segment so far
    for piece in cluster[1:]:
        last = out[-1][-1]
        if piece.text == last.text and abs(piece.x0 - last.x0) < 1 and abs(piece.base - last.base) < 1:
            continue  # the same text drawn twice (fake bold, a shadow)
        label = len(out[-1]) == 1 and MARKER.fullmatch(last.text.strip().rstrip(".)")) is not None
        if piece.x0 - reach > (3 * _GAP if label else _GAP) * max(piece.size, last.size) and \
                not _filled(reach, piece.x0, near):
            out.append([piece])  # a column gutter; a note's label keeps the text it is set apart from
            reach = piece.x1
        else:
            out[-1].append(piece)
            reach = max(reach, piece.x1)
    return out


def _filled(x0: float, x1: float, near: list[Piece]) -> bool:
    """Whether text of the neighbouring lines fills the gap from x0 to x1, leaving no strip an em wide (no gutter)."""
    free, at = 0.0, x0
    for p in sorted((p for p in near if p.x1 > x0 and p.x0 < x1), key=lambda p: p.x0):
        free = max(free, p.x0 - at)
        at = max(at, p.x1)
    free = max(free, x1 - at)
    size = max((p.size for p in near), default=10.0)
    return free < 0.8 * size


def _main(pieces: list[Piece]) -> Piece:
    return max(pieces, key=lambda p: (len(p.text.strip()), p.size))


def _line(pieces: list[Piece]) -> Line:
    if len(pieces) == 1:  # most lines of a page are one piece: no scans over them
        p = pieces[0]
        line = Line(pieces, p.x0, p.top, p.x1, p.bottom, p.base, p.size, p.bold or not p.text.strip())
        _tokens(line)
        return line
    main = _main(pieces)
    bold = all(p.bold for p in pieces if p.text.strip())
    line = Line(pieces, min(p.x0 for p in pieces), min(p.top for p in pieces), max(p.x1 for p in pieces),
                max(p.bottom for p in pieces), main.base, main.size, bold)
    _tokens(line)
    return line


def _is_superscript(piece: Piece, base: float, size: float) -> bool:
    raised = base - piece.base
    return (piece.size < 0.85 * size and raised > _RAISED * size) or raised > _HIGH * size


def _tokens(line: Line) -> None:
    """Text and markers of the line's pieces, a space where the gap between two pieces is one."""
    tokens: list[tuple[str, str]] = []
    prev: Piece | None = None
    for piece in sorted(line.pieces, key=lambda p: p.x0):
        text = piece.text
        sup = _is_superscript(piece, line.base, line.size)
        if prev is not None and tokens:
            gap = piece.x0 - prev.x1
            ends = tokens[-1][1][-1:].isspace()
            if gap > _SPACE * min(piece.size, prev.size) and not ends and not text[:1].isspace() and not sup:
                tokens.append(("t", " "))
        if sup and MARKER.fullmatch(text.strip()):
            if tokens and tokens[-1][0] == "t" and tokens[-1][1].endswith(" ") and prev is not None \
                    and piece.x0 - prev.x1 < _SPACE * line.size:
                tokens[-1] = ("t", tokens[-1][1].rstrip(" "))  # a marker glued to its word, as printed
            tokens.append(("m", text.strip()))
            if text != text.rstrip():
                tokens.append(("t", " "))
        else:
            tokens.append(("t", text))
        prev = piece
    # trailing and doubled spaces carry no meaning in a line
    while tokens and tokens[-1] == ("t", " "):
        tokens.pop()
    line.tokens = _merge(tokens)


def _merge(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for kind, text in tokens:
        if kind == "m" and out and out[-1] == ("m", text):
            continue  # a marker drawn twice is one marker
        if kind == "t" and out and out[-1][0] == "t":
            joined = out[-1][1] + text
            out[-1] = ("t", _SPACES.sub(" ", joined) if "  " in joined else joined)
        else:
            out.append((kind, text))
    if out and out[0][0] == "t":
        out[0] = ("t", out[0][1].lstrip())
        if not out[0][1]:
            out.pop(0)
    if out and out[-1][0] == "t":
        out[-1] = ("t", out[-1][1].rstrip())
        if not out[-1][1]:
            out.pop()
    return out


def _attach_superscripts(lines: list[Line]) -> list[Line]:
    """A short raised segment of smaller type (a marker, a label, the "th" of "12th") joins the line it is raised above.

    Its host may be short itself: the "Id." that a raised "5" labels.
    """
    alive = list(lines)
    lone = [ln for ln in lines if _short(ln)]
    for sup in sorted(lone, key=lambda ln: ln.size):
        host = _host(sup, alive)
        if host is None:
            continue
        alive.remove(sup)
        host.pieces.extend(sup.pieces)
        host.x0, host.x1 = min(host.x0, sup.x0), max(host.x1, sup.x1)
        host.top = min(host.top, sup.top)
        _tokens(host)
    return alive


def _short(line: Line) -> bool:
    text = line.text.replace(" ", "")
    return 0 < len(text) <= 6 and len(line.pieces) <= 3 and (
        MARKER.fullmatch(text) is not None or len(text) <= 3 or _DOUBLED.fullmatch(text) is not None)


def _host(sup: Line, lines: list[Line]) -> Line | None:
    """The line a raised segment belongs to: raised above its baseline, nearest beside it (a label may stand a tab off)."""
    best, best_key = None, None
    for line in lines:
        if line is sup:
            continue
        rise = line.base - sup.base
        if not (_RAISED * line.size < rise < 0.75 * line.size) or sup.size > 0.9 * line.size and rise < _HIGH * line.size:
            continue
        distance = max(0.0, line.x0 - sup.x1, sup.x0 - line.x1)
        if distance > (3 if sup.x1 <= line.x0 + 1 else 0.8) * line.size:
            continue
        key = (round(distance, 1), rise)
        if best_key is None or key < best_key:
            best, best_key = line, key
    return best
