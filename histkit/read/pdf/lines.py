"""Lines of a PDF page from its text pieces: pieces on one baseline, split where a column gap falls, superscripts joined.

A line keeps its pieces in reading order as *tokens*: text, or a note
marker (a raised, usually smaller, number or symbol, as printed in body
lines and as the label of a footnote).
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Callable

from .extract import Piece, tex_quotes
from .glyphmarks import GLYPH_MARK as _GLYPH_MARK, glyph_marks as _glyph_marks
from .gutters import closer, filled, lines_around, neighbours, raised_after, repeated_gap, river, spanned
from .marks import DOUBLED as _DOUBLED, LETTER as _LETTER, MARKER
from .offbaseline import word_space
from ...patterns import compiled

_SPACES = compiled(r"  +")
# raised letters with a call raised after them in one run: an ordinal's or an abbreviation's letters, then the figures
_LETTERS_CALL = compiled(r"[^\W\d_]{1,4}(\d{1,3})")
# calls of several notes raised as one run, `1,2` or `3, 4`, or the second of two symbol calls with its comma (`‡,§`:
# LaTeX's footmisc `multiple` sets the comma raised with the call after it)
_CALL_LIST = compiled(r"(?:\d{1,4}|[*†‡§¶‖]{1,3})?(?:, ?(?:\d{1,4}|[*†‡§¶‖]{1,3}))+")

_GAP = 1.5       # a gap wider than this many times the type size parts two columns on one baseline
_SPACE = 0.25    # a gap wider than this many times the type size is a space between words
_TIGHT = 0.6     # a gap wider than this may be a gutter set tight, where the lines around leave it at the same place
_RAISED = 0.12   # a smaller piece raised by this much of the line's size is a superscript
_HIGH = 0.22     # a piece of the line's size raised by this much is a superscript too
# a font's superior figures (OpenType `sups`, as Typst and InDesign set calls and labels) are drawn at the text's
# size on its baseline: only the glyphs' own box, its foot this much of the size above the baseline, says they
# are raised (a digit of the text stands on the baseline; an old-style 3, 5, 7, 9 goes below it)
_FLOATING = 0.2
_X0, _TOP, _X1, _BOTTOM = attrgetter("x0"), attrgetter("top"), attrgetter("x1"), attrgetter("bottom")
_SIZE, _BASE = attrgetter("size"), attrgetter("base")


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
        tokens = self.tokens
        return tokens[0][1] if len(tokens) == 1 else "".join([t for _, t in tokens])

    @property
    def box(self) -> tuple[float, float, float, float]:
        return (self.x0, self.top, self.x1, self.bottom)

    def lead(self) -> str | None:
        """The superscript marker the line starts with (a footnote's label), if any."""
        return self.tokens[0][1] if self.tokens and self.tokens[0][0] == "m" else None


def numbered(label: str) -> bool:
    """Whether a label is a note's number (`4`, `4a`, `2.3`) rather than a symbol (`*`)."""
    return label[:1].isdigit()


def page_lines(pieces: list[Piece]) -> tuple[list[Line], list[Piece]]:
    """The upright pieces as lines (top to bottom, left to right), and the rotated pieces apart."""
    upright = sorted((p for p in pieces if p.upright), key=attrgetter("base", "x0"))
    rotated = [p for p in pieces if not p.upright]
    clusters: list[list[Piece]] = []
    cluster: list[Piece] = []
    head: Piece | None = None  # the first piece of the last cluster
    for piece in upright:
        # min and max spelled out (as the builtins choose: the first of equals), once per piece of the page
        if head is not None:
            small = head.size if head.size < piece.size else piece.size
            reach = 0.2 * small if 0.2 * small > 0.8 else 0.8
            if piece.base - head.base <= reach:
                cluster.append(piece)
                continue
        cluster, head = [piece], piece
        clusters.append(cluster)
    segments: list[list[Piece]] = []
    starts: Counter | None = None  # how many pieces of each type size start at each x (counted at the first need)

    def edge(x0: float, size: float) -> bool:  # three or more pieces of the page start there: a column's left edge
        nonlocal starts
        if starts is None:
            starts = Counter((round(p.x0), round(p.size)) for p in upright)
        return sum(starts[(round(x0) + d, round(size))] for d in (-1, 0, 1)) >= 3

    column_starts: list[float] = []  # where the columns after the page's gutters found so far start (top down)
    for k, cluster in enumerate(clusters):
        # the neighbours are found by the cluster's first piece as drawn, before `_split` sorts it
        segments.extend(_split(cluster, lambda k=k, first=cluster[0]: neighbours(clusters, k, first), edge,
                               lambda k=k, first=cluster[0]: lines_around(clusters, k, first),
                               lambda piece, k=k: raised_after(piece, clusters, k), column_starts,
                               lambda x0, x1, k=k, first=cluster[0]: spanned(clusters, k, first, x0, x1))
                        if len(cluster) > 1 else [cluster])
    lines = _attach_superscripts([_line(s) for s in segments])
    lines.sort(key=lambda ln: (round(ln.base, 1), ln.x0))
    return lines, rotated


def _split(cluster: list[Piece], near: Callable[[], list[Piece]],
           edge: Callable[[float, float], bool] = lambda x0, size: True,
           around: Callable[[], list[list[Piece]]] = lambda: [],
           called: Callable[[Piece], bool] = lambda piece: False,
           columns: list[float] | None = None,
           spans: Callable[[float, float], bool] = lambda x0, x1: False) -> list[list[Piece]]:
    """Pieces on one baseline cut where a column gutter falls; overprinted copies dropped.

    A gutter is a wide gap that the lines just above and below leave empty
    too; a wide gap they fill is a justified line's stretched space (before
    a long URL). ``near`` gives the pieces of those lines (asked only at a
    wide gap). A loose line of a narrow justified column may leave a wide
    space where the line under it does too: a gap about as wide as every
    space between the segment's words (a justified line spaces its words
    evenly) is that line's spacing, not a gutter, unless the text after it
    starts where other text of the page starts too (``edge``: a column's left edge).
    So is the one wide space of a line holding a note's label and two words
    (and no more words after them at an ordinary space).
    Either is a gutter after all where a river runs down the lines around through
    it (``around``: no text across it, text on both sides in two or more lines).
    A narrower gap (LaTeX's two columns leave 10 pt) is a gutter where the lines
    around leave the same gap at the same place (`repeated_gap`), or where it
    ends at the next column's edge as a gutter found higher on the page does
    (``columns``: where the columns after the page's gutters so far start, which
    it extends), a column's width of text on either side: the notes
    under two columns keep the body's gutter, their labels breaking the
    lines' alignment (a table's cells are too narrow to be remembered or to
    follow a remembered gutter); not where a raised call spans it (``spans``).
    """
    cluster.sort(key=attrgetter("x0"))
    out: list[list[Piece]] = [[cluster[0]]]
    reach = cluster[0].x1  # the right edge of the segment so far
    spaces: list[float] = []  # the gaps between the segment's words (after its label)
    for i, piece in enumerate(cluster[1:], 2):
        last = out[-1][-1]
        if piece.text == last.text and abs(piece.x0 - last.x0) < 1 and abs(piece.base - last.base) < 1:
            continue  # the same text drawn twice (fake bold, a shadow)
        larger = last.size if last.size > piece.size else piece.size  # max(piece.size, last.size)
        gap = piece.x0 - reach
        # whether the segment so far is a note's label is asked only where the answer counts: a gap within
        # even the narrower bound is no gutter either way (unless sizes below zero turn the bounds round)
        # (a label on the line may stand a tab off its text; a call raised after the last word of a line of the
        # column before, set on this line's baseline or nearly, is no such label)
        wide = (gap > _GAP * larger or larger < 0) and gap > (
            3 * _GAP if len(out[-1]) == 1 and MARKER.fullmatch(bare_label(last.text)) and not called(last)
            else _GAP) * larger
        even = wide and bool(spaces) and 0.85 * gap <= min(spaces) and max(spaces) <= 1.15 * gap
        # a note's label and two words: the line's whole stretch falls in its one space, which has none to match;
        # it parts columns where more words follow at an ordinary space (they would share the stretch)
        # (two words, each a piece of its own: a piece of several words is a line as drawn, set in its column)
        lone = wide and not spaces and len(out[-1]) == 2 and MARKER.fullmatch(bare_label(out[-1][0].text)) \
            is not None and " " not in out[-1][1].text.strip() and " " not in piece.text.strip() \
            and (i == len(cluster) or cluster[i].x0 - piece.x1 > _GAP * larger)
        # a gutter set tighter (LaTeX's two columns: 10 pt) shows by the same gap at the same place in the lines
        # around, after a column's width of text (a label and the text it is set apart from are no columns)
        narrow = not wide and gap > _TIGHT * larger > 0 and reach - out[-1][0].x0 > 5 * larger and (
            columns is not None and any(abs(piece.x0 - x) <= 1 for x in columns)
            and max(p.x1 for p in cluster[i - 1:]) - piece.x0 > 5 * larger
            or repeated_gap(reach, piece.x0, larger, around())) and not spans(reach, piece.x0)
        if (narrow or wide and (not (even or lone) or edge(piece.x0, piece.size)
                               or river(reach, piece.x0, _GAP * larger, around()))) \
                and not filled(reach, piece.x0, near(), 0.8 * gap if narrow else None):
            out.append([piece])  # a column gutter; a note's label keeps the text it is set apart from
            if columns is not None and reach - out[-2][0].x0 > 5 * larger and (narrow or edge(piece.x0, piece.size)):
                columns.append(piece.x0)  # (only after a column's width of text, where a column starts)
            reach, spaces = piece.x1, []
        else:
            if len(out[-1]) > 1 or not MARKER.fullmatch(bare_label(last.text)):
                spaces.append(gap)  # (the room after a label is no word space)
            out[-1].append(piece)
            reach = piece.x1 if piece.x1 > reach else reach
    return _stretched(out)


def bare_label(text: str) -> str:
    """A label as printed without what sets it off: `12.`, `12)`, `(12)` and `[12]` are 12.

    >>> bare_label(" (12) "), bare_label("12."), bare_label("(12"), bare_label("[7bis]")
    ('12', '12', '(12', '7bis')
    """
    text = text.strip()
    return text[1:-1] if (text[:1], text[-1:]) in (("(", ")"), ("[", "]")) else text.rstrip(".)")


def _stretched(segments: list[list[Piece]]) -> list[list[Piece]]:
    """The segments as one line where they are a justified line's words spaced out, not columns.

    A line set justified before a long word it cannot hold is stretched: its
    few words stand apart by wide spaces, all of about one width (`10 Flodström,
    Fiske och   flyttning,   s.   102–104;   Finnström,`). Columns hold more
    than a word each; gutters cut round single words, at an even spacing
    (twice or more), are that stretched line (words, not raised numbers:
    the calls of a line stand on a baseline of their own). A first or last
    segment whose words stand closer together than the gaps round the single
    words is not spaced as they are: it is the line of the next column (a
    loose line of a narrow note column beside an ordinary one of the next).
    """
    if len(segments) < 3:
        return segments
    gaps = [b[0].x0 - max(p.x1 for p in a) for a, b in zip(segments, segments[1:])]
    if closer(segments[-1], min(gaps)):
        return _stretched(segments[:-1]) + [segments[-1]]
    if closer(segments[0], min(gaps)):
        return [segments[0]] + _stretched(segments[1:])
    inner = segments[1:-1]
    if any(len(seg) > 1 or " " in seg[0].text.strip() for seg in inner):
        return segments
    if any(MARKER.fullmatch("".join(p.text for p in seg).strip()) for seg in segments) or all(
            _LETTER.fullmatch("".join(p.text for p in seg).strip()) for seg in segments):
        return segments  # raised calls on their own baseline (`Alabama,⁸⁶ Arkansas,⁸⁷`; `I`, `II`, `III`): each joins its word
    if max(gaps) > 1.3 * min(gaps):
        return segments
    return [[p for seg in segments for p in seg]]


def line_of(pieces: list[Piece]) -> Line:
    """A line made of some of another line's pieces (a note set run in after another on its line)."""
    return _line(sorted(pieces, key=_X0))


def _line(pieces: list[Piece]) -> Line:
    if len(pieces) == 1:  # most lines of a page are one piece: no scans over them
        p = pieces[0]
        text = p.text.strip()
        line = Line(pieces, p.x0, p.top, p.x1, p.bottom, p.base, p.size, p.bold or not text)
        if is_superscript(p, p.base, p.size) or not text.isascii() and _GLYPH_MARK.search(text):
            _tokens(line)  # (a size below zero; markers printed as superscript digits)
        else:  # one piece of plain text: what `_tokens` makes of it, without the scans
            line.tokens = [("t", text)] if text else []
        return line
    # the main piece (the most text, then the largest type; the first of equals, as max chooses) and
    # whether every piece with text is bold, in one pass; (length, size) compared as the tuples would be
    main, bold = pieces[0], True
    most, largest = len(main.text.strip()), main.size
    for p in pieces:
        n = len(p.text.strip())
        if n and not p.bold:
            bold = False
        if n > most or n == most and p.size > largest:
            main, most, largest = p, n, p.size
    line = Line(pieces, min(map(_X0, pieces)), min(map(_TOP, pieces)), max(map(_X1, pieces)),
                max(map(_BOTTOM, pieces)), main.base, main.size, bold)
    _tokens(line)
    return line


def is_superscript(piece: Piece, base: float, size: float) -> bool:
    """Whether ``piece`` is raised over a line of ``size`` on ``base``: smaller and raised, raised high, or superior."""
    raised = base - piece.base
    return (piece.size < 0.85 * size and raised > _RAISED * size) or raised > _HIGH * size or _superior(piece)


def _superior(piece: Piece) -> bool:
    """Whether ``piece`` is a number in a font's superior figures: its glyphs' foot well above its baseline.

    >>> _superior(Piece("1 ", 264.0, 218.8, 266.1, 222.3, 226.1, 10.5)), _superior(Piece("1", 57, 480, 62, 488, 488, 10))
    (True, False)
    """
    return piece.bottom < piece.base - _FLOATING * piece.size and piece.text.strip().isdecimal()


def _tokens(line: Line) -> None:
    """Text and markers of the line's pieces, a space where the gap between two pieces is one."""
    tokens: list[tuple[str, str]] = []
    prev: Piece | None = None
    marked = opened = False  # (opened: the piece before was a raised `(`, drawn apart from the number it opens)
    base, size = line.base, line.size
    for piece in sorted(line.pieces, key=_X0):
        text = piece.text
        raised = base - piece.base  # `is_superscript`, spelled out: it runs for every piece of a joined line
        sup = (piece.size < 0.85 * size and raised > _RAISED * size) or raised > _HIGH * size or (
            piece.bottom < piece.base - _FLOATING * piece.size and text.strip().isdecimal())  # (`_superior`)
        if not sup and prev is not None and tokens and not text[:1].isspace() and not tokens[-1][1][-1:].isspace():
            if word_space(prev, piece, base, size):  # (in the line's type after a small `ᵉ` or `₂`: `offbaseline`)
                tokens.append(("t", " "))
        marker = text.strip()
        if sup and marker and not marker.strip("∗"):
            marker = "*" * len(marker)  # LaTeX's \fnsymbol draws its asterisk as math's `∗` (U+2217): the same mark
        elif sup and marker and not marker.strip("|") and len(marker) % 2 == 0:
            marker = "‖" * (len(marker) // 2)  # and its double bar, in some fonts (Times by mathptmx), as two bars
        # a raised marker in parentheses drawn as one piece, `⁽¹⁾`: the number is the marker, the parentheses
        # stay text around it in a line (a call); a line's first token is a label, its parentheses never written
        wrapped = sup and marker[:1] == "(" and marker[-1:] == ")" and MARKER.fullmatch(marker[1:-1]) is not None
        # so is one closed by a parenthesis only, `¹⁾` (older Russian and German print), in one piece or two
        closed = sup and not wrapped and marker[-1:] == ")" and MARKER.fullmatch(marker[:-1]) is not None
        if sup and marker == ")" and tokens and tokens[-1][0] == "m":
            if len(tokens) > 1:  # a label's parenthesis is never written
                tokens.append(("t", ")"))
            if text != text.rstrip():
                tokens.append(("t", " "))
            prev = piece
            continue
        # a raised lowercase letter or roman number is a call or label of a lettered or roman note series
        # (`grāmataᵃ`, `komite.ⁱⁱ`); one that is no call (`XIXᵉ`) is written as text, since no note's label answers it
        listed = sup and _CALL_LIST.fullmatch(marker) is not None
        if sup and (wrapped or closed or listed or MARKER.fullmatch(marker) or _LETTER.fullmatch(marker)):
            if tokens and tokens[-1][0] == "t" and tokens[-1][1].endswith(" ") and prev is not None \
                    and piece.x0 - prev.x1 < _SPACE * line.size:
                tokens[-1] = ("t", tokens[-1][1].rstrip(" "))  # a marker glued to its word, as printed
            if wrapped:
                tokens.extend([("t", "("), ("m", marker[1:-1]), ("t", ")")] if tokens else [("m", marker[1:-1])])
            elif closed:
                tokens.extend([("m", marker[:-1]), ("t", ")")] if tokens else [("m", marker[:-1])])
            elif listed:
                for k, number in enumerate(marker.split(",")):
                    tokens.extend([("t", ",")] * bool(k) + [("m", number.strip())] * bool(number.strip()))
            elif tokens and tokens[-1][0] == "m" and _figure_after(prev, piece):
                tokens[-1] = ("m", tokens[-1][1] + marker)  # one number whose figures were drawn apart (`1`, `1`: 11)
            else:
                if tokens == [("t", "(")] and opened:  # a label's opening parenthesis raised apart: never written
                    tokens.clear()
                tokens.append(("m", marker))
            marked = True
            if text != text.rstrip():
                tokens.append(("t", " "))
        elif sup and _LETTERS_CALL.fullmatch(marker):  # `XVIIIᵉ⁶`, `15ᵛ⁶`, `21ˢᵗ¹⁰`: letters the word's, figures a call
            tokens.extend([("t", marker.rstrip("0123456789")), ("m", _LETTERS_CALL.fullmatch(marker).group(1))]
                          + [("t", " ")] * (text != text.rstrip()))
            marked = True
        elif not text.isascii() and _GLYPH_MARK.search(text):
            tokens.extend(_glyph_marks(text, tokens[-1][1] if tokens and tokens[-1][0] == "t" else ""))
            marked = True
        else:
            tokens.append(("t", text))
        opened = sup and marker == "("
        prev = piece
    # trailing and doubled spaces carry no meaning in a line
    while tokens and tokens[-1] == ("t", " "):
        tokens.pop()
    line.tokens = _merge(tokens) if marked else _text_only(tokens)
    if any(kind == "t" and ("`" in text or "''" in text) for kind, text in line.tokens):  # TeX's ``quotes'', drawn apart
        line.tokens = [(k, tex_quotes(t) if k == "t" else t) for k, t in line.tokens]


def _figure_after(prev: Piece | None, piece: Piece) -> bool:
    """Whether raised figures go on with the raised figures just before them: side by side on one baseline in one type,
    apart by no more than their ink leaves beside a narrow figure (a browser draws a link's `11` glyph by glyph).
    Figures drawn over the same place are one marker drawn twice, not a number (`_merge`).

    >>> _figure_after(Piece("1", 198.6, 0, 201.7, 8, 68, 8.4), Piece("1 ", 203.9, 0, 207.1, 8, 68, 8.4))
    True
    >>> _figure_after(Piece("1", 198.6, 0, 201.7, 8, 68, 8.4), Piece("1", 198.7, 0, 201.8, 8, 68, 8.4))
    False
    """
    return prev is not None and prev.text.isdecimal() and piece.text.strip().isdecimal() and prev.size == piece.size \
        and abs(prev.base - piece.base) < 0.05 * piece.size and prev.x1 - 0.1 * piece.size <= piece.x0 \
        < prev.x1 + 0.4 * piece.size


def _text_only(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`_merge` of tokens that are all text (most joined lines): one run, stripped."""
    if not tokens:
        return []
    joined = tokens[0][1] if len(tokens) == 1 else "".join([t for _, t in tokens])
    if len(tokens) > 1 and "  " in joined:
        joined = _SPACES.sub(" ", joined)
    joined = joined.strip()
    return [("t", joined)] if joined else []


def _merge(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Runs of text joined (doubled spaces made one), a marker drawn twice kept once, the ends stripped."""
    out: list[tuple[str, str]] = []
    run: list[str] = []  # the texts of the run of text tokens not yet written

    def flush() -> None:
        joined = "".join(run)
        # one text as it came; texts joined have their doubled spaces made one (where two meet, and within each)
        out.append(("t", _SPACES.sub(" ", joined) if len(run) > 1 and "  " in joined else joined))
        run.clear()

    for kind, text in tokens:
        if kind == "t":
            run.append(text)
            continue
        if run:
            flush()
        if out and out[-1] == ("m", text):
            continue  # a marker drawn twice is one marker
        out.append((kind, text))
    if run:
        flush()
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
    if not lone:
        return alive
    near, gone = _by_base(lines), set()
    for sup in sorted(lone, key=attrgetter("size")):
        host = _host(sup, [ln for ln in near(sup) if id(ln) not in gone] if near else alive)
        if host is None:
            continue
        alive.remove(sup)
        gone.add(id(sup))
        host.pieces.extend(sup.pieces)
        host.x0, host.x1 = min(host.x0, sup.x0), max(host.x1, sup.x1)
        host.top = min(host.top, sup.top)
        _tokens(host)
    return alive


def _by_base(lines: list[Line]) -> Callable[[Line], list[Line]] | None:
    """The lines a raised segment may belong to, by their baselines: those up to its hosts' greatest rise above it.

    `_host` asks a rise below 0.75 of the host's size; the window is that of
    the largest size, a point wider each way, and keeps the lines' order.
    None (look at every line) where a size or baseline is not a number.
    """
    # a sum is finite only if every term is (or, past 1e308, it is not, and every line is looked at: the same hosts)
    if not math.isfinite(sum(map(_SIZE, lines)) + sum(map(_BASE, lines))):
        return None
    base_of = [ln.base for ln in lines]
    order = sorted(range(len(lines)), key=base_of.__getitem__)
    bases = [base_of[i] for i in order]
    rise = 0.75 * max(0.0, max(map(_SIZE, lines))) + 1.0

    def near(sup: Line) -> list[Line]:
        window = order[bisect_left(bases, sup.base - 1.0):bisect_right(bases, sup.base + rise)]
        return [lines[i] for i in sorted(window)]

    return near


def _short(line: Line) -> bool:
    if len(line.pieces) > 3:
        return False
    # (or raised pieces apart on one baseline, each short: a label and the `th` of `7th` after it, `20 7ᵗʰ EAP`)
    return _short_text(line.text.replace(" ", "")) or len(line.pieces) > 1 and all(
        _short_text(p.text.replace(" ", "")) for p in line.pieces)


def _short_text(text: str) -> bool:
    if text[:1] == "[" and text[-1:] == "]":
        text = text[1:-1]  # a raised call in brackets, `[10]` (a web page's): its number is the marker
    return 0 < len(text) <= 6 and (MARKER.fullmatch(text) is not None or len(text) <= 3 or _LETTER.fullmatch(text)
                                   or _CALL_LIST.fullmatch(text) is not None or _LETTERS_CALL.fullmatch(text) is not None
                                   or _DOUBLED.fullmatch(text) is not None or MARKER.fullmatch(bare_label(text)) is not None)


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
