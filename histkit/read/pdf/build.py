"""The reading-order text of a PDF written from its pages' roles: heads, paragraphs and headings, then notes.

Each page is written as it is read: its running heads, its body
paragraphs and headings (a note's marker written where it stands, glued to
the word before it), then the notes that start on it, whole (a note run on
to the next page is joined back), in their numbers' order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter

from ..structure import TextBuilder
from .lines import Line
from .notes import PdfNote, note_sort_key
from .page import SMALL, Column

_LARGE = 1.08  # a line above this share of the body size is set large (a heading, a title)
_ENDS = tuple(".!?:;…\"”»’)")


@dataclass
class Paragraph:
    zone: str
    lines: list[Line] = field(default_factory=list)


def _is_heading(line: Line, size: float) -> bool:
    # the type first: most lines are set neither large nor bold, and their text need not be read
    if not (line.size > _LARGE * size or (line.bold and abs(line.size - size) <= (1 - SMALL) * size)):
        return False
    text = line.text.strip()
    return any(c.isalpha() for c in text) and len(text) <= 160


def _column_of(line: Line, columns: list[Column]) -> Column | None:
    best = max(columns, key=lambda c: c.overlap(line.x0, line.x1), default=None)
    return best if best is not None and best.overlap(line.x0, line.x1) > 0 else None


def _new_paragraph(prev: Line, line: Line, columns: list[Column], pitch: float) -> bool:
    if abs(prev.size - line.size) > 0.08 * max(prev.size, line.size):
        return True
    step = line.base - prev.base
    if step > 0 and step > pitch + 0.45 * line.size:
        return True  # a blank line's worth of space
    if not line.x0 - prev.x0 > 0.8 * line.size:
        return False  # not set in from the line before: no new paragraph, whatever the column says
    column = _column_of(line, columns)
    left = column.x0 if column else prev.x0
    right = column.x1 if column else max(prev.x1, line.x1)
    indented = line.x0 - left > 0.8 * line.size and line.x0 - prev.x0 > 0.8 * line.size
    finished = prev.x1 < right - 2 * prev.size or prev.text.rstrip().endswith(_ENDS)
    return indented and finished


def line_pitch(lines: list[Line], size: float) -> float:
    """The usual distance between the baselines of two lines of body text on a page."""
    steps = sorted(b.base - a.base for a, b in zip(lines, lines[1:])
                   if abs(a.size - size) < 0.1 * size and 0.9 * size < b.base - a.base < 2.2 * size)
    return steps[len(steps) // 2] if steps else 1.2 * size


def paragraphs(lines: list[Line], columns: list[Column], size: float) -> list[Paragraph]:
    """Body lines (in reading order) as paragraphs and headings.

    >>> from histkit.read.pdf.lines import Line
    >>> def line(x0, base, text, size=10.0): return Line([], x0, base - 8, 300, base + 2, base, size, False, [("t", text)])
    >>> paras = paragraphs([line(60, 50, "Introduction", 14), line(70, 80, "It began."), line(50, 92, "Then."),
    ...                     line(50, 104, "More.")], [Column(50, 300)], 10)
    >>> [(p.zone, [ln.text for ln in p.lines]) for p in paras]
    [('heading', ['Introduction']), ('body', ['It began.', 'Then.', 'More.'])]
    >>> [p.zone for p in paragraphs([line(60, 50, "Strikes in", 14), line(60, 66, "1848–1850", 14), line(50, 92, "It.")],
    ...                             [Column(50, 300)], 10)]
    ['heading', 'body']
    """
    pitch = line_pitch(lines, size)
    out: list[Paragraph] = []
    for line in lines:
        zone = "heading" if _is_heading(line, size) else "body"
        last = out[-1] if out else None
        if zone == "body" and last is not None and last.zone == "heading" and _goes_on(last.lines[-1], line):
            zone = "heading"  # a heading's line of figures alone (`Serbske towarstwa … w lětach` / `1848–1850`)
        if last is not None and last.zone == zone and (
                zone == "heading" and line.base - last.lines[-1].base < 2.2 * line.size
                or zone == "body" and not _new_paragraph(last.lines[-1], line, columns, pitch)):
            last.lines.append(line)
        else:
            out.append(Paragraph(zone, [line]))
    # a long run of large or bold lines is emphasis or a title page, not a heading
    for para in out:
        if para.zone == "heading" and (len(para.lines) > 3 or sum(len(ln.text) for ln in para.lines) > 250):
            para.zone = "body"
    return out


def _goes_on(heading: Line, line: Line) -> bool:
    """Whether ``line``, in the heading's type and at a line's step under it, carries on the heading (its words
    need no letter there: a title's dates set on a line of their own)."""
    return (abs(line.size - heading.size) <= 0.08 * heading.size and line.bold == heading.bold
            and 0 < line.base - heading.base < 2.2 * line.size and bool(line.text.strip())
            and not any(c.isalpha() for c in line.text))


def union(boxes) -> tuple[float, float, float, float]:
    x0, y0, x1, y1 = zip(*boxes)
    return round(min(x0), 2), round(min(y0), 2), round(max(x1), 2), round(max(y1), 2)


def write_lines(built: TextBuilder, lines: list[Line], zone: str, page: int, labels: set[str],
                marks: dict[str, str] | None = None) -> None:
    """One region of ``lines`` joined by line breaks; markers of known notes and calls on the line become note marks.

    ``marks`` names the note each raised mark of this page calls, where marks start again per page (`*`: note 7).
    A call raised in parentheses, `⁽³⁾`, is written with them as its mark: they set the call off, not the word.
    """
    marks = marks or {}
    first = True
    pending: list[str] = []  # text written in one piece before the next mark (the builder's text is the same)
    for k, line in enumerate(lines):
        tokens = line.tokens
        closing = False  # the text token after a call raised in parentheses starts with its `)`
        for i, (kind, text) in enumerate(tokens):
            called = kind == "c" or kind == "m" and (text in labels or text in marks)
            if first:  # (the region opens empty: its first text is pending like the rest, the builder's text the same)
                built.add("", zone, page=page, box=union(ln.box for ln in lines))
                first = False
            if called:
                shown = text
                if kind == "m" and pending and pending[-1].endswith("(") and i + 1 < len(tokens) \
                        and tokens[i + 1][0] == "t" and tokens[i + 1][1].startswith(")"):
                    pending[-1], shown, closing = pending[-1][:-1], f"({text})", True
                if pending:
                    built.extend("".join(pending))
                    pending.clear()
                if kind == "c":  # a call printed on the line, `[12]`, `(12)` or `*`: written as printed
                    built.mark(text.strip("[]()"), text)
                else:
                    built.mark(marks.get(text, text), shown)
            else:
                pending.append(text[1:] if closing else text)
                closing = False
        if k < len(lines) - 1 and not first:
            pending.append("\n")
    if pending:
        built.extend("".join(pending))


def write_page(built: TextBuilder, page: int, heads: list[Line], body: list[Paragraph], notes: list[PdfNote],
               labels: set[str], height: float, marks: dict[str, str] | None = None) -> None:
    """A page in reading order: heads of the top band, body, notes starting here, heads of the bottom band."""
    top = [h for h in heads if h.top < height / 2]
    bottom = [h for h in heads if h.top >= height / 2]
    for head in sorted(top, key=attrgetter("top", "x0")):
        write_lines(built, [head], "running_head", page, set())
    for para in body:
        write_lines(built, para.lines, para.zone, page, labels, marks)
    for note in sorted(notes, key=note_sort_key):
        built.add("\n".join(note.lines), "note", note_no=note.label, page=page,
                  box=tuple(round(v, 2) for v in note.box))
    for head in sorted(bottom, key=attrgetter("top", "x0")):
        write_lines(built, [head], "running_head", page, set())
