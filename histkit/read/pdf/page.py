"""The role of each line of a PDF page: running head, body text (by column), footnote, or side note.

Read from the page's geometry, never from what the words say: the body's
type size (the commonest size in the document), its column(s) (the left
edges its lines share), and where smaller type stands — at the foot, under
the body, as a block of its own (footnotes), or in a margin beside the body's
column (side notes). Running heads and folios are the lines in the top or
bottom band that recur on other pages at the same height, lone numbers
there, and rotated text in the margin.
"""

from __future__ import annotations

import math
from bisect import bisect_right, insort
from collections import Counter
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Callable

from .folios import beside_folios, folio_lines
from .gapfoot import SMALL, gap_foot
from .imprint import imprint_apart
from .labelshapes import closing_marks
from .lines import Line
from .marks import SYMBOLS
from .notecolumns import note_columns
from .notegaps import opening_number, spaced_note
from .overrule import column_rule
from ...patterns import compiled

BAND = 0.15        # the top and bottom bands of the page (share of its height) hold running heads and folios
_FOLIO = compiled(r"[\s\-–—\[\](){}]*(?:\d{1,4}|[ivxlcdm]{1,7}|[IVXLCDM]{1,7})[\s\-–—\[\](){}]*")


@dataclass
class Column:
    """A column of body text: its left and right edges."""

    x0: float
    x1: float
    lines: int = 0

    def overlap(self, x0: float, x1: float) -> float:
        # max(0.0, min(self.x1, x1) - max(self.x0, x0)), spelled out: it runs for every line and column
        width = (x1 if x1 < self.x1 else self.x1) - (x0 if x0 > self.x0 else self.x0)
        return width if width > 0.0 else 0.0


@dataclass
class PageRoles:
    """A page's lines sorted by role; ``body`` in reading order, ``notes`` by note column, left to right."""

    heads: list[Line] = field(default_factory=list)
    body: list[Line] = field(default_factory=list)
    notes: list[list[Line]] = field(default_factory=list)
    columns: list[Column] = field(default_factory=list)
    fenced: bool = False  # the notes stand under body text or a rule, so a first unlabelled line continues a note


def body_size(pages: list[list[Line]]) -> float:
    """The body's type size: the largest of the sizes that set a fifth or more of the document's characters.

    The notes of a heavily annotated article may hold more characters than
    its body; the body is then still the larger of the two common sizes. A
    law review's notes may hold nine characters in ten: its body is then a
    size that sets a tenth and runs through the article, three lines or more
    on each of more than half of its pages (a title's or a heading's type
    stands on a few, a line or two on each).

    >>> from histkit.read.pdf.lines import Line
    >>> def line(size, n): return Line([], 0, 0, 10, 10, 10, size, False, [("t", "x" * n)])
    >>> body_size([[line(12, 400), line(10, 600), line(16, 40)]])
    12.0
    """
    chars: Counter = Counter()
    on: Counter = Counter()  # size → the pages it stands on
    runs: Counter = Counter()  # size → its lines
    for lines in pages:
        sizes = [round(line.size * 4) / 4 for line in lines]
        on.update(set(sizes))
        runs.update(sizes)
        for size, line in zip(sizes, lines):
            chars[size] += len(line.text)
    total = sum(chars.values())
    if not total:
        return 0.0
    common = [size for size, n in chars.items() if n >= 0.2 * total
              or n >= 0.1 * total and on[size] > 0.5 * len(pages) and runs[size] >= 3 * on[size]]
    return max(common) if common else chars.most_common(1)[0][0]


_DIGITS, _SPACE_RUNS = compiled(r"\d+"), compiled(r"\s+")


def _head_key(line: Line) -> str:
    return _DIGITS.sub("#", _SPACE_RUNS.sub("", line.text.lower()))


_DISPLAY = 1.3  # type this many times the body's size and larger is a title's or a heading's


def running_heads(pages: list[list[Line]], heights: list[float], size: float = 0.0) -> set[tuple[int, int]]:
    """(page index, line index) of every running head and folio: banded lines that recur, and lone numbers.

    A line in the top or bottom band is a running head when a line of the
    same text (digits aside) stands at about the same height on other pages;
    a lone number there (the first or last two lines of the page) is a folio
    unless it is set in display type (a title's last line),
    and so is a line there that carries the folio the page sequence gives it
    (`folios`), with what stands beside that folio on its baseline.
    Either stands apart from the text next to it; a line that starts with a
    raised label is a note, however alike its neighbours. So does the last
    line of a page in body type or larger standing apart in the bottom band
    under smaller type (a first page's "DOI: ..." under its footnotes).
    """
    seen: dict[str, list[tuple[int, float]]] = {}
    candidates: list[tuple[int, int, str, float]] = []
    for p, (lines, height) in enumerate(zip(pages, heights)):
        order = sorted(range(len(lines)), key=lambda i: lines[i].top)
        edge = set(order[:2] + order[-2:])
        for i, line in enumerate(lines):
            middle = (line.top + line.bottom) / 2
            if BAND * height < middle < (1 - BAND) * height or line.lead() is not None:
                continue
            # (a lone number set in display type is a title's line, `… the Strike of` / `1891`, no folio)
            if i in edge and _FOLIO.fullmatch(line.text) and not (size and line.size > _DISPLAY * size):
                candidates.append((p, i, "", middle))
                continue
            key = _head_key(line)
            candidates.append((p, i, key, middle))
            seen.setdefault(key, []).append((p, middle))
    need = max(2, round(0.2 * len(pages)))
    heads = set()
    keys: dict[tuple[int, int], str] = {}
    for p, i, key, middle in candidates:
        if key and len({q for q, m in seen[key] if abs(m - middle) <= 8}) < need:
            continue
        heads.add((p, i))
        keys[(p, i)] = key
    heads |= folio_lines(pages, heights, BAND, lambda p, i: _apart(pages[p], i, set()))
    # a head stands apart from all but the other heads of its page; not from a line of its own words, digits aside:
    # no journal sets its running head twice, one under the other, but notes `10 Ibid., 19.` / `11 Ibid., 17.` stand so
    heads = {(p, i) for p, i in heads
             if _apart(pages[p], i, {k for q, k in heads if q == p and not (keys.get((q, k)) and keys.get((q, k)) == keys.get((p, i)))})}
    heads |= beside_folios(pages, heads, BAND, heights)
    for p, (lines, height) in enumerate(zip(pages, heights)):
        rest = sorted((i for i in range(len(lines)) if (p, i) not in heads), key=lambda i: lines[i].top)
        if len(rest) < 2:
            continue
        last, above = lines[rest[-1]], lines[rest[-2]]
        if (last.top > (1 - BAND) * height and last.size >= SMALL * size and above.size < SMALL * size
                and last.lead() is None and _apart(lines, rest[-1], {k for q, k in heads if q == p})):
            heads.add((p, rest[-1]))
    return heads


def _apart(lines: list[Line], i: int, heads: set[int]) -> bool:
    """Whether line i stands at least half its size away from every other line but the heads (above or below)."""
    line = lines[i]
    for k, other in enumerate(lines):
        if k == i or k in heads or not _hover(other, line):
            continue
        gap = max(other.top - line.bottom, line.top - other.bottom)
        if gap < 0.5 * line.size:
            return False
    return True


def find_columns(lines: list[Line], size: float) -> list[Column]:
    """The body's columns on a page: body-size lines grouped by their left edges, groups that overlap merged.

    >>> from histkit.read.pdf.lines import Line
    >>> def line(x0, x1): return Line([], x0, 0, x1, 10, 10, 10, False, [("t", "x")])
    >>> find_columns([line(50, 280), line(62, 280), line(50, 281), line(300, 530), line(300, 529), line(300, 400)], 10)
    [Column(x0=50, x1=280, lines=3), Column(x0=300, x1=529, lines=3)]
    """
    body = sorted((ln for ln in lines if abs(ln.size - size) <= (1 - SMALL) * size and ln.x1 - ln.x0 > 3 * size),
                  key=attrgetter("x0"))
    groups: list[list[Line]] = []
    for line in body:
        if groups and line.x0 - groups[-1][-1].x0 <= 2.5 * size:
            groups[-1].append(line)
        else:
            groups.append([line])
    spans = [[min(ln.x0 for ln in g), _median([ln.x1 for ln in g]), len(g)] for g in groups]
    merged: list[list[float]] = []
    for span in sorted(spans):
        if merged and _overlaps(merged[-1], span):
            last = merged[-1]
            last[1] = last[1] if last[2] >= span[2] else span[1]
            last[2] += span[2]
        else:
            merged.append(span)
    if not merged:
        return []
    total = sum(s[2] for s in merged)
    return [Column(x0, x1, n) for x0, x1, n in merged if n >= 3 or n >= 0.2 * total]


def _overlaps(a: list[float], b: list[float]) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0.5 * min(a[1] - a[0], b[1] - b[0])


def _median(values: list[float]) -> float:
    values = sorted(values)
    return values[len(values) // 2]


def assign_roles(lines: list[Line], heads: set[int], size: float,
                 rules: list[tuple[float, float, float]] = (), height: float = 0.0) -> PageRoles:
    """Sort a page's lines into running heads, body (reading order), and note columns (side and foot, left to right).

    A page of notes only, set at its foot under empty space (the end of a
    long note run over from the page before), is fenced as a foot under body
    text is: its first unlabelled lines go on with the note left open.
    """
    roles = PageRoles()
    rest = []
    # an asterism or a row of dashes set apart between the body and the notes (`* * *`) is a rule, as a drawn one is:
    # furniture, and the rule over the notes
    ornament = [_ORNAMENT.fullmatch(ln.text) is not None for ln in lines]
    if any(ornament):
        rules = [*rules, *((ln.x0, ln.x1, ln.base) for ln, o in zip(lines, ornament) if o)]
    for i, line in enumerate(lines):
        (roles.heads if i in heads or ornament[i] else rest).append(line)
    lines = [ln for ln, o in zip(lines, ornament) if not o]  # (the rule it makes has no line on it: `_separator`)
    rest, imprint = imprint_apart(rest, rules)
    roles.heads += imprint  # (DOI and licence lines under the notes: furniture, as a running head is)
    roles.columns = columns = find_columns(rest, size)
    small = [ln.size < SMALL * size for ln in rest]
    # side notes stand beside a column of running text, not beside a few centred lines of a title page
    text_block = sum(c.lines for c in columns if c.x1 - c.x0 > 12 * size) >= 3
    under = _larger_under([ln for ln, s in zip(rest, small) if not s])
    ruled = {id(ln) for ln in _under_note_rule(rules, rest, columns, size) or gap_foot(rest, size)}
    side, foot_candidates, body = [], [], []
    for line, is_small in zip(rest, small):
        if id(line) in ruled:
            continue  # under the footnote rule: notes, whatever their type
        if not is_small:
            body.append(line)
            continue
        width = line.x1 - line.x0
        if text_block and all(c.overlap(line.x0, line.x1) < 0.1 * width for c in columns):
            side.append(line)
        elif not under(line):
            foot_candidates.append(line)  # nothing in larger type stands under it
        else:
            body.append(line)
    foot, above = _run_over_block(*_foot_block(foot_candidates), rules, lines)
    if ruled:
        foot = sorted([ln for ln in rest if id(ln) in ruled] + foot, key=attrgetter("base", "x0"))
    body.extend(above)
    roles.fenced = bool(side) or any(abs(ln.size - size) <= (1 - SMALL) * size for ln in body) or bool(
        foot and _separator(rules, foot[0], lines)) or bool(
        foot and not body and height and min(ln.top for ln in foot) > 0.5 * height)
    roles.body = reading_order(body, columns, size)
    roles.notes = note_columns(side + foot)
    return roles


def _larger_under(larger: list[Line]) -> Callable[[Line], bool]:
    """Whether a line in ``larger`` type stands under a given line: starts below its top and shares some width.

    Only the lines starting below are looked at (found by bisection), not every line of the page.
    """
    if not all(math.isfinite(ln.top) for ln in larger):
        return lambda line: any(ln.top > line.top and ln.x0 < line.x1 and line.x0 < ln.x1 for ln in larger)
    larger = sorted(larger, key=attrgetter("top"))
    tops = [ln.top for ln in larger]
    return lambda line: any(ln.x0 < line.x1 and line.x0 < ln.x1 for ln in larger[bisect_right(tops, line.top):])


def _hover(a: Line, b: Line) -> bool:
    """Whether lines a and b share some width (so one stands above the other)."""
    return (b.x1 if b.x1 < a.x1 else a.x1) - (b.x0 if b.x0 > a.x0 else a.x0) > 0


def _foot_block(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The small lines at the page foot that make one block from the bottom up; the rest stay body.

    The block ends (going up) where the step from one baseline to the next
    is wider than its own line steps allow: the space between body and
    notes, or above an abstract. (Baselines, not glyph boxes: "gen 2001."
    has no ascender.) Not above an unnumbered note (`* Funded by …`) set off
    under numbered ones, nor above a note set a space apart (`notegaps`).
    """
    if not lines:
        return [], lines
    ordered = sorted(lines, key=attrgetter("base", "x0"))
    keep = [ordered[-1]]
    steps: list[float] = []  # sorted (where bases are numbers): their median is read off, not sorted again per line
    size = _median([ln.size for ln in ordered])
    # read bottom up, the kept baselines only fall: the nearest below a line is the last kept one under it (with a
    # baseline that is not a number there is no order, and every kept line is looked at)
    falling = math.isfinite(sum(ln.base for ln in ordered))
    for i in range(len(ordered) - 2, -1, -1):
        line = ordered[i]
        # the nearest kept baseline below, in any column: parallel note columns may end at different heights
        if falling:
            below = next((k.base for k in reversed(keep) if k.base > line.base + 0.5), None)
        else:
            below = min((k.base for k in keep if k.base > line.base + 0.5), default=None)
        if below is not None:
            step = below - line.base
            usual = (steps[len(steps) // 2] if falling else _median(steps)) if steps else 1.2 * size
            if step > max(1.6 * size, 1.5 * usual):
                if not (falling and _set_off_symbol_note(keep[-1], ordered, i, size)
                        or spaced_note(line, keep, size)):
                    break
                keep.append(line)
                continue  # (the gap is no line step of the notes)
            if falling:
                insort(steps, step)
            else:
                steps.append(step)
        keep.append(line)
    cut = {id(k) for k in keep}
    return [ln for ln in ordered if id(ln) in cut], [ln for ln in ordered if id(ln) not in cut]


def _run_over_block(foot: list[Line], above: list[Line], rules: list[tuple[float, float, float]],
                    lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The foot block with the note run over from the page before set over it under a rule of its own.

    Some presses set a note run over from the page before at the head of the
    foot under a rule across the column, then the page's own notes under the
    usual short rule: the space taken by that second rule parts the two
    blocks. The block above belongs to the notes where a rule stands over
    each block and the upper one opens without a label (a quotation in small
    type ending the body has no rule over it).
    """
    if not foot or not above:
        return foot, above
    upper, _ = _foot_block([ln for ln in above if ln.base < foot[0].base])
    if not upper or upper[0].lead() is not None or _NUMBER_START.match(upper[0].text) or _SYMBOL_START.match(
            upper[0].text) or not (column_rule(rules, upper, foot, lines) and _separator(rules, foot[0], lines)):
        return foot, above
    kept = {id(ln) for ln in upper}
    return upper + foot, [ln for ln in above if id(ln) not in kept]


_SYMBOL_START = compiled(rf"\s*[{SYMBOLS}]{{1,3}}\s*[^\W\d]")
_NUMBER_START = compiled(rf"\s*(?:\(\d{{1,3}}\)|\d{{1,3}}(?:{closing_marks()})?)\s")  # `1`, `1.`, `(1)` …, a space


_ORNAMENT = compiled(r"\s*[*⁂※•·✱❧~_=–—-](?:\s*[*⁂※•·✱❧~_=–—-])*\s*")


def _set_off_symbol_note(first: Line, lines: list[Line], i: int, size: float) -> bool:
    """Whether ``first`` starts an unnumbered note (`*`, `†`) and the block ending at ``lines[i]`` starts a numbered note.

    ``lines`` are by baseline; the lines up to ``i`` closer than 1.6 sizes make that block.

    >>> from histkit.read.pdf.lines import Line
    >>> def line(text, base): return Line([], 0, base - 8, 10, base, base, 8, False, [("t", text)])
    >>> star = line("* Funded by the Academy.", 700)
    >>> _set_off_symbol_note(star, [line("1 AJ, 507.", 660), line("Zagreb 1950.", 670), star], 1, 8)
    True
    >>> _set_off_symbol_note(star, [line("Abstract. The author", 660), line("1 AJ, 507.", 670), star], 1, 8)
    False
    """
    lead = first.lead()
    if not (lead[0] in SYMBOLS if lead is not None else _SYMBOL_START.match(first.text)):
        return False
    k = i
    while k > 0 and lines[k].base - lines[k - 1].base <= 1.6 * size:
        k -= 1
    lead = lines[k].lead()
    return lead[0].isdigit() if lead is not None else bool(_NUMBER_START.match(lines[k].text))


def _under_note_rule(rules: list[tuple[float, float, float]], lines: list[Line], columns: list[Column],
                     size: float) -> list[Line]:
    """The lines under a footnote rule over notes set in the body's own size (only the font tells them apart).

    A footnote rule is short (half the column or less) and starts at the
    column's left edge, with nothing on its line; the lines under it start
    with a note's label and are no larger than the body. Notes in smaller
    type are found by their size: this asks only where some line under the
    rule is in body type. Only the rule's column is looked at.

    Some presses indent the notes' whole measure instead (the rule then
    starts inside the column, where the note lines under it start); and the
    foot of a page may open with the end of a note run over from the page
    before, unlabelled, when the labels under it answer the page's calls.
    Others draw the rule across the whole column, or a short one centred on
    it: a rule a table or a section break could draw as well, so the labels
    under it must answer the page's calls, in order.
    """
    for x0, x1, y in sorted(rules, key=lambda r: r[2]):
        column = next((c for c in columns if abs(x0 - c.x0) < 1.5 * size), None)
        indented = column is None
        if indented:
            column = next((c for c in columns if c.x0 < x0 < c.x0 + 0.25 * (c.x1 - c.x0)), None)
        centred = column is None  # a short rule centred over the notes: it could part anything, as a full one
        if centred:
            column = next((c for c in columns if abs(x0 + x1 - c.x0 - _right(c, lines)) < 3 * size), None)
            indented = False
        if column is None:
            continue
        full = centred or x1 - x0 > 0.5 * (column.x1 - column.x0)
        if full and (indented or not centred and x1 < column.x1 - 1.5 * size):
            continue  # longer than a footnote rule, shorter than the column: a rule of something else
        below = sorted((ln for ln in lines if ln.top > y and column.overlap(ln.x0, ln.x1) > 0), key=attrgetter("top"))
        if not below or any(y - 4 < ln.base <= y + 1 and ln.x0 < x1 and ln.x1 > x0 for ln in lines):
            continue
        if indented and abs(min(ln.x0 for ln in below) - x0) > 1.5 * size:
            continue  # the lines under a rule inside the column do not start where it does
        first = below[0]
        labelled = not full and (first.lead() is not None or _NUMBER_START.match(first.text))
        if first.top - y > 2.5 * first.size or not (labelled or _answers_calls(below, lines, y)):
            continue
        if all(ln.size < SMALL * size for ln in below) or any(ln.size > (2 - SMALL) * size for ln in below):
            continue
        return below
    return []


def _right(column: Column, lines: list[Line]) -> float:
    """Where the column's text reaches at the right (its found edge is where most of its lines end)."""
    return max((ln.x1 for ln in lines if column.overlap(ln.x0, ln.x1) > 0), default=column.x1)


def _answers_calls(below: list[Line], lines: list[Line], y: float) -> bool:
    """Whether the labels opening lines ``below`` a rule at height ``y`` are the numbers of the calls above it, in order.

    (The note of the last call may start overleaf, where the page had no room left for it.)
    """
    calls = [text for ln in lines if ln.base < y for kind, text in ln.tokens if kind == "m" and text.isdigit()]
    opened = [label for ln in below if (label := opening_number(ln)) is not None]
    return bool(opened) and opened in (calls, calls[:-1])


def _separator(rules: list[tuple[float, float, float]], first: Line, lines: list[Line]) -> bool:
    """Whether a rule stands just above the first note line (a footnote rule, not a link's underline)."""
    for x0, x1, y in rules:
        if not (first.top - 2.5 * first.size < y < first.top and x1 > first.x0 and x0 < first.x1):
            continue
        if not any(y - 4 < ln.base <= y + 1 and ln.x0 < x1 and ln.x1 > x0 for ln in lines):
            return True
    return False


def reading_order(lines: list[Line], columns: list[Column], size: float = 10.0) -> list[Line]:
    """Column by column, top to bottom, within bands of the page.

    A strip free of text across the whole page (three lines high or more)
    cuts the page into bands read one after the other (a review ending in
    both columns above a new article's title); so does a line spanning
    several columns (a heading across both).
    """
    if len(columns) < 2:
        return sorted(lines, key=attrgetter("top", "x0"))
    out: list[Line] = []
    band: list[Line] = []
    reach = None
    for line in sorted(lines, key=attrgetter("top", "x0")):
        if reach is not None and line.top - reach > 3 * size:
            out.extend(_band_order(band, columns))
            band = []
        band.append(line)
        reach = line.bottom if reach is None else max(reach, line.bottom)
    out.extend(_band_order(band, columns))
    return out


def _band_order(lines: list[Line], columns: list[Column]) -> list[Line]:
    def column_of(line: Line) -> int:
        overlaps = [c.overlap(line.x0, line.x1) for c in columns]
        spans = sum(1 for c, o in zip(columns, overlaps) if o > 0.3 * (c.x1 - c.x0))
        if spans >= 2 or max(overlaps) <= 0:
            return -1
        return overlaps.index(max(overlaps))

    out: list[Line] = []
    band: list[tuple[int, Line]] = []
    for line in lines:
        k = column_of(line)
        if k < 0:
            out.extend(ln for _, ln in sorted(band, key=lambda t: (t[0], t[1].top, t[1].x0)))
            band = []
            out.append(line)
        else:
            band.append((k, line))
    out.extend(ln for _, ln in sorted(band, key=lambda t: (t[0], t[1].top, t[1].x0)))
    return out

