"""Notes from the note lines of every page: each started by its label, run on across columns and pages.

A note starts at a line that begins with its label: a superscript number or
symbol, or (where the document's labels are not raised) a number standing
out of the column (a hanging label), printed apart, or the next number due;
where every label stands at a first-line indent, a number at the margin is
a note's words (`indented_labels`); where the labels keep one shape (`1.`, `1)`, `[1]`, a bare `1`), a number
in another, a list's `1)` or a folio after a line break, is words too, and so is a number ahead of the one due
where that one opens a line further down the page (`labelshapes.words_of_a_note`).
A line without a label continues the note before it, in the next note column
or on the next page's foot; lines before any note are not notes. Short notes
set run in on one line are cut apart first (`run_in`), and a continued
article's notes are counted from the number they start at (`first_number`).
The lines of a critical apparatus are set apart before any of this
(`apparatus`), and a mark such as `(continued)` over a note run over to the
next page is no word of it (`runover`).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from itertools import islice
from operator import attrgetter

from .apparatus import apparatus_lines
from .hanging import hung_labels
from .labelshapes import (SERIES, closing_marks, series_label, series_number, series_shape, series_style,
                          words_of_a_note)
from .lines import Line, bare_label, is_superscript, line_of, numbered
from .marks import INSERTED, SYMBOLS
from .overleaf import carried, opens_with_paragraph
from .runover import after_mark
from ...patterns import compiled

# a label as printed on the line: `1`, closed by a mark of `label_marks.csv` (`1.`, `1)`, `1.-`), in parentheses
# `(1)` or brackets `[1]` (the one opened is closed), or a reference mark of the classic series, `*` `†` `‡` `§` `‖` `¶`;
# a number may carry a suffix, `4a`, `12bis` (a note inserted at proof stage), or be counted within a chapter, `2.3`
_LABEL = compiled(rf"\s*([(\[])?([*†‡§‖¶]{{1,3}}|\d{{1,4}}(?:\.\d{{1,3}}|{INSERTED})?)"
                    rf"(?(1)[)\]]|(?:{closing_marks()})?)(?=\s|$)\s*")
_INSERTED = compiled(rf"(\d{{1,4}})(?:{INSERTED})")
# a label glued to its note's first word, as an OCR layer gives a raised label it did not see raised: the number the
# sequence expects, then a capital or an opening quotation mark or bracket (`2Ibid.`, `3See`, `4„Vorwärts“`)
_GLUED_LABEL = compiled(r"\s*(\d{1,4})(?=[^\W\d_a-zß-ÿ]|[„“\"«‘(\[])")
_YEAR_AFTER = compiled(r"\((?:1[5-9]|20)\d\d\)")  # a year in parentheses after a number: a volume's
_CHAPTERED = compiled(r"(\d{1,4})\.(\d{1,3})")
_CLOSING = (".", "!", "?", ".)", ".»", ".“", ".”", ".\"")
_ENDS = (".", "!", "?", ")", "»", "“", "”", "\"")  # what a note set run in ends with
_X0 = attrgetter("x0")
_AHEAD = 10  # a hanging or detached label may skip this many numbers (notes the page did not show)


@dataclass
class PdfNote:
    """A note as read: its label, its lines' text, the page it starts on and the box of its first part."""

    label: str
    lines: list[str]
    page: int
    box: tuple[float, float, float, float]
    order: int = 0
    last_page: int = 0
    ended: bool = False  # its last line so far is short and closes a sentence: the note ends there
    series: int = 0  # how many times the numbers started again at 1 before it (endnotes grouped by section)
    printed: str = ""  # the mark printed where ``label`` is a number given in reading order (`symbols`)

    def __post_init__(self) -> None:
        self.last_page = self.last_page or self.page

    def extend(self, text: str, page: int, box: tuple[float, float, float, float]) -> None:
        self.lines.append(text)
        self.last_page = page
        if page == self.page:
            b = self.box
            self.box = (min(b[0], box[0]), min(b[1], box[1]), max(b[2], box[2]), max(b[3], box[3]))


def label_style(note_pages: list[list[list[Line]]], called: frozenset = frozenset()) -> str:
    """"sup" when the document's note labels are raised (then only raised labels start notes), a series of
    `labelshapes.SERIES` ("roman", "letters", …) when its calls run in it (Word's and LibreOffice's `i`, `ii`,
    `iii`; `a`, `b`, `c`; `I`, `II`, `III`), else "plain".

    A lettered series' raised letters say nothing of how the numbered notes
    beside it are labelled; nor do an editor's raised symbols (`*`, `†`) where
    the body raises numbers as calls but no note line opens with a raised
    number: the numbered notes' labels stand on the line (`1.`).

    >>> def line(lead, text): return Line([], 60, 0, 300, 8, 8, 8, False, [("m", lead), ("t", text)])
    >>> def plain(text): return Line([], 60, 0, 300, 8, 8, 8, False, [("t", text)])
    >>> marks = [[[line("*", " Ed."), line("†", " Ed."), plain("1. A."), line("*", " Ed.")]]]
    >>> label_style(marks), label_style(marks, called=frozenset({"*", "1"}))
    ('sup', 'plain')
    >>> label_style([[[line("1", " A."), line("2", " B."), line("*", " Ed.")]]], called=frozenset({"1", "2"}))
    'sup'
    >>> label_style([[[plain("iArshivo."), plain("iiIbid."), plain("iiiVer.")]]], called=frozenset({"i", "ii", "iii"}))
    'roman'
    """
    series = series_style(called)
    if series is not None and sum(map(numbered, called)) < 3:
        return series  # the body raises i, ii, iii (a, b, c; I, II, III) as calls: the labels are of that series
    leads = [line.lead() for page in note_pages for column in page for line in column if line.lead() is not None]
    leads = [lead for lead in leads if not lead.isalpha()]
    if not any(map(numbered, leads)) and any(map(numbered, called)):
        leads = []
    return "sup" if len(leads) >= 3 else "plain"


def _left_edge(column: list[Line]) -> float:
    edges = Counter(map(round, map(_X0, column)))
    return float(edges.most_common(1)[0][0]) if edges else 0.0


def label_of(line: Line, edge: float, expected: int, style: str, here: frozenset = frozenset(),
             indented: float = 0.0, previous: str = "", hung: float = math.inf, copy: str = "") -> tuple[str, str] | None:
    """The label a note line starts with and the text after it, or None for a line that continues a note.

    Where the document sets every label at a first-line indent (`indented_labels`:
    labels start right of ``indented``), a number left of it that the sequence
    does not expect begins a continuation line (`15. doboz, 233. sz.`), however
    its words are spaced.

    >>> from histkit.read.pdf.lines import Line
    >>> line = Line([], 80, 0, 200, 8, 8, 8, False, [("t", "5 Untersuchungen in Buchlänge")])
    >>> label_of(line, edge=88, expected=5, style="plain")
    ('5', 'Untersuchungen in Buchlänge')
    >>> label_of(line, edge=80, expected=9, style="plain") is None
    True
    >>> bare = Line([], 70, 0, 76, 8, 8, 8, False, [("t", "1.")])
    >>> label_of(bare, edge=80, expected=11, style="plain") is None
    True
    >>> label_of(Line([], 70, 0, 200, 8, 8, 8, False, [("t", "* Funded by the Academy.")]), 70, 6, "sup")
    ('*', 'Funded by the Academy.')
    >>> label_of(Line([], 70, 0, 200, 8, 8, 8, False, [("t", "15. doboz, 233. sz.")]), 70, 5, "plain", indented=75)
    >>> label_of(Line([], 70, 0, 200, 8, 8, 8, False, [("t", "2Ibid., 17 March 1891.")]), 70, 2, "plain")
    ('2', 'Ibid., 17 March 1891.')
    """
    lead = line.lead()
    if lead is not None:
        return lead, "".join(t for _, t in line.tokens[1:]).lstrip()
    text, tokens = line.text, line.tokens
    if len(tokens) > 1 and tokens[0][0] == "t" and tokens[1][0] == "m" and tokens[0][1].isdigit():
        text = f"{tokens[0][1]} {text[len(tokens[0][1]):]}"  # a label is one type: `3 ²1934`, not note 32
    if style in SERIES:  # only the label due opens a note, and one a word space parts from its first word only
        found = series_label(text, expected, style)  # where it hangs or is drawn apart: `v`, `a`, `i` are words
        if found and text.lstrip()[len(found[0]):][:1].isspace() and not (line.x0 < edge - 1.5 or line.pieces and bare_label(
                min(line.pieces, key=_X0).text) == found[0]):
            return None
        return found
    match = _LABEL.match(text)
    if not match:
        glued = _GLUED_LABEL.match(text) if style == "plain" else None  # (an OCR layer's `1Glamorgan Archives`)
        return (glued.group(1), text[glued.end():]) if glued and int(glued.group(1)) == expected else None
    label, rest = match.group(2), text[match.end():]
    if style == "sup":  # numbers are raised; an unnumbered note's symbol may stand on the line, at its left edge
        return (label, rest) if label[0] in SYMBOLS and rest[:1].isalpha() and line.x0 < edge + 1.5 else None
    if label[0] in SYMBOLS and rest[:1].isupper() and line.x0 < edge + 1.5:
        return label, rest  # an unnumbered note's symbol at the left edge, wherever the numbers' labels stand
    hanging = line.x0 < edge - 1.5
    apart = bool(line.pieces) and bare_label(min(line.pieces, key=attrgetter("x0")).text) == label
    if label[0] in "§¶" and rest[:1].isdigit():
        return None  # "§§ 334 u. 336": a paragraph sign, not a note's symbol
    if label.isdigit():
        n = int(label)
        if line.x0 >= hung:
            return None  # the document hangs its labels out of the margin (`hanging`): a number at it is words
        if n != expected and line.x0 < indented:
            return None  # labels stand indented: a number at the margin goes on with a note
        if not rest.strip() and n != expected:
            return None  # a number alone on a line the sequence does not expect ends the note before (`fasc.` + `1.`)
        if n != expected and _YEAR_AFTER.match(rest):
            return None  # a volume and its year (`17 (1994), p. 45`) go on with a citation: no note opens so
        if n == expected or ((hanging or apart) and (expected < n <= expected + _AHEAD or n == 1 or label in here)) or (
                label == copy and line.x0 < edge + 1.5):
            return label, rest
        return None
    inserted = _INSERTED.fullmatch(label)
    if inserted is not None:  # `4a` after note 4: a note added at proof stage, the numbers after it unmoved
        return (label, rest) if int(inserted.group(1)) == expected - 1 and (hanging or apart) else None
    if _CHAPTERED.fullmatch(label):  # `2.3` set apart, after 2.2 (or 1.x), or a chapter's first, `3.1`
        return (label, rest) if (hanging or apart) and _counts_on(previous, label) else None
    return (label, rest) if hanging or apart else None


def _counts_on(previous: str, label: str) -> bool:
    """Whether a chapter-numbered label follows the note before: the next in its chapter, or the next chapter's first.

    >>> _counts_on("2.3", "2.4"), _counts_on("2.3", "3.1"), _counts_on("", "1.1"), _counts_on("2.3", "1.5")
    (True, True, True, False)
    """
    chapter, number = map(int, _CHAPTERED.fullmatch(label).groups())
    before = _CHAPTERED.fullmatch(previous)
    if before is None:
        return number == 1
    last_chapter, last = map(int, before.groups())
    return (chapter, number) == (last_chapter, last + 1) or (chapter > last_chapter and number == 1)


def indented_labels(note_pages: list[list[list[Line]]], style: str) -> dict[int, float]:
    """Per note column (by id) the x its labels start right of, where the document sets them at a first-line indent.

    Read off the labels that come in their numbers' order and the column's
    other lines: where every such label (three or more) stands in from the
    margin those lines share by most of an em, the lines at the margin go on
    with a note, so a number there is words of it (plain labels only: raised
    ones tell themselves apart). Empty where the labels stand at the margin
    or hang out of it.

    >>> def line(text, x0): return Line([], x0, 0, 300, 8, 8, 8, False, [("t", text)])
    >>> column = [line("1. Uo.", 71), line("2. SzML IV. 1. b. 1837.", 71), line("15. doboz.", 60), line("3. Uo.", 71),
    ...           line("Bp., 1961.", 60)]
    >>> indented_labels([[column]], "plain") == {id(column): 65.5}, indented_labels([[column[:3]]], "plain")
    (True, {})
    """
    if style != "plain":
        return {}
    expected, offsets, margins = first_number(note_pages), [], {}
    for columns in note_pages:
        for column in reading_columns(columns, style):
            labels, others = [], []
            for line in column:
                match = _LABEL.match(line.text)
                if match and match.group(2) == str(expected):
                    labels.append(line)
                    expected += 1
                else:
                    others.append(line)
            if others:  # (a column of labels only does not show its margin)
                margins[id(column)] = margin = _left_edge(others)
                offsets.extend((ln.x0 - margin, ln.size) for ln in labels)
    if len(offsets) < 3 or any(off < 0.8 * size for off, size in offsets):
        return {}
    indent = min(off for off, _ in offsets)
    return {k: margin + 0.5 * indent for k, margin in margins.items()}


def _right_edge(column: list[Line]) -> float:
    """Where the column's note lines end at the right; an unnumbered note (`* Funded by …`) may be set wider."""
    numbered = [ln.x1 for ln in column if ln.text.lstrip()[:1] not in SYMBOLS]
    return max(numbered or [ln.x1 for ln in column])


def _likely_label(line: Line, edge: float, style: str) -> int | None:
    """The number a line seems to start a note with (before the count of notes is known), or None.

    A number in brackets or parentheses (`[6]`, `(6)`) is a label's shape wherever it stands: a column of
    notes labelled so may set its labels at the first-line indent, where a number at the margin (`1982.`,
    `14 iýul`) goes on with a note; a year in them (`(1994)`) is no label.

    >>> from histkit.read.pdf.lines import Line
    >>> _likely_label(Line([], 231, 0, 300, 8, 8, 8, False, [("t", "[6] Deňeşdiriň: Orazowa")]), 231, "plain")
    6
    >>> _likely_label(Line([], 231, 0, 300, 8, 8, 8, False, [("t", "(1994), p. 17–39.")]), 231, "plain") is None
    True
    """
    found = label_of(line, edge, -_AHEAD, style)  # any number up to _AHEAD passes; a larger one needs a cue
    if found is None:
        match = _LABEL.match(line.text) if style == "plain" else None
        hanging = line.x0 < edge - 1.5
        enclosed = match is not None and match.group(1) is not None and len(match.group(2)) < 4
        found = (match.group(2), "") if match and (hanging or enclosed) else None
    return int(found[0]) if found and found[0].isdigit() else None


def reading_columns(columns: list[list[Line]], style: str) -> list[list[Line]]:
    """A page's note columns in the order their notes run: by the first number each starts.

    A column that opens with the end of a note goes just before the note it
    then starts; a column without a label follows the column at its left.
    Side notes may be read before or after the foot's columns, as their
    numbers say.
    """
    keys: list[float] = []
    for column in columns:
        edge = _left_edge(column)
        numbers = [_likely_label(line, edge, style) for line in column]
        first = next((n for n in numbers if n is not None), None)
        if first is None:
            keys.append(keys[-1] + 0.01 if keys else -1.0)
        else:
            keys.append(first - (0.5 if numbers[0] is None else 0.0))
    order = sorted(range(len(columns)), key=lambda k: (keys[k], k))
    return [columns[k] for k in order]


def assemble(note_pages: list[list[list[Line]]], fenced: list[bool], restarts: set[int] = frozenset(),
             called: frozenset = frozenset(), scanned: bool = False) -> tuple[list[PdfNote], dict[int, list[Line]]]:
    """The notes in the order read, and per page (index) the note-area lines that belong to no note.

    ``note_pages[p]`` holds page p's note columns, each a list of lines top to bottom, left to right (side and foot
    columns alike; `reading_columns` orders them). Unlabelled lines at the head of a page's notes continue the note
    left open at the foot of the page before, where the notes stand under body text or a rule (``fenced[p]``) and
    that note did not end there (a short last line closing a sentence ends it); otherwise they are no note.
    A number set apart that this page has already begun in another column, or the next of them in the order begun
    at the column's edge, is a parallel column's copy of that note (a bilingual edition prints each note twice):
    its lines are joined to that note, after the first copy. In the column that began it, such a number is the
    note's own words (`od` + `2. ožujka 1884.`, `fasc.` + `2.`). ``restarts`` are the ids of lines known to start a
    note 1 (a group of endnotes under its heading); ``called`` the numbers the body raises as calls
    (`first_number`); ``scanned``, that the notes are a scan's OCR layer.
    """
    note_pages, stray = _without_apparatus(note_pages)
    style = label_style(note_pages, called)
    if scanned and style == "sup":  # an OCR layer sets some raised labels on the line: those open notes too
        style = "plain"
    notes: list[PdfNote] = []
    current: PdfNote | None = None
    expected = first_number(note_pages, called)
    indented, hung = indented_labels(note_pages, style), hung_labels(note_pages)
    shape = None if style != "plain" or scanned else _series_shape(note_pages, style, expected)
    series = 0
    for p, columns in enumerate(note_pages):
        current = carried(current, notes, p)
        if current is not None and not (current.last_page == p and fenced[p] and (not current.ended or opens_with_paragraph(
                columns, lambda ln, margin: ln.lead() is not None or _likely_label(ln, margin, style) is not None))):
            current = None  # page p + 1 continues only a note left open at the foot of page p
        here: dict[str, None] = {}
        opening = current is None  # (the page's notes begin here, none run over: a series may start again at 1)
        for column in (ordered := reading_columns(columns, style)):
            edge, right = _left_edge(column), _right_edge(column)
            elsewhere = frozenset(here)  # begun in the columns before: this column adds only its own
            due = iter(list(here))  # and copies them, a parallel column, in the order begun: each due at its edge
            copy = next(due, "")
            for whole in column:
                for line in run_in(whole, expected):
                    found = label_of(line, edge, expected, style, elsewhere, indented.get(id(column), 0.0),
                                     notes[-1].label if notes else "", hung.get(id(column), math.inf), copy)
                    if found is None and id(line) in restarts:  # a group of endnotes starts again at 1
                        found = label_of(line, edge, 1, style)
                    elif found is None and opening and "1" in called:  # notes numbered by page
                        found = label_of(line, edge, 1, style)
                        found = found if found is not None and found[0] == "1" else None
                    opening = False
                    if found is not None and current is not None and found[0] == current.label == line.lead() != "1":
                        found = None  # a raised figure opening a line of the note it numbers is its words (`²1933`)
                    elif found and current and not current.ended and found[0].isdigit() and not expected <= int(
                            found[0]) <= expected + 2 and found[0] not in elsewhere | {"1"}:  # (parallel copies; by page)
                        found = None  # a number out of turn opens no note while the note runs on (`du` + `12 mars`)
                    elif found and words_of_a_note(line, whole, found[0], expected, shape, ordered):
                        found = None  # a list's `1)` in notes labelled `1.`; `12 de las …` in note 4, note 5 below it
                    if found is not None and found[0] in elsewhere:  # the parallel column's copy of a note of this page
                        current = next(n for n in reversed(notes) if n.label == found[0] and n.page == p + 1)
                        current.extend(found[1], p + 1, line.box)
                        copy = next(due, "") if found[0] == copy else copy
                    elif found is not None:
                        label, rest = found
                        series += label == "1" and expected > 2
                        current = PdfNote(label, [rest] if rest else [], p + 1, line.box, len(notes), series=series)
                        notes.append(current)
                        here[label] = None
                        if label.isdigit():
                            expected = int(label) + 1
                        elif style in SERIES and series_number(label, style):
                            expected = series_number(label, style) + 1
                    elif current is not None:
                        text = line.text if current.last_page > p else after_mark(line.text)
                        if text is None:  # the head of a note run over from page p: a mark `(continued)` is no word
                            text = line.text
                        elif not text:
                            continue
                        current.extend(text, p + 1, line.box)
                    else:
                        stray.setdefault(p, []).append(line)
                        continue
                    current.ended = line.x1 < right - 1.5 * line.size and line.text.rstrip().endswith(_CLOSING)
    return notes, stray


def _series_shape(note_pages: list[list[list[Line]]], style: str, first: int) -> str | None:
    """The shape of the document's labels on the line (`labelshapes.series_shape`), its note lines read in order."""
    return series_shape([ln for columns in note_pages for column in reading_columns(columns, style) for ln in column],
                        first)


def _without_apparatus(note_pages: list[list[list[Line]]]) -> tuple[list[list[list[Line]]], dict[int, list[Line]]]:
    """The note columns without the lines of a critical apparatus, and those lines per page (they are no note)."""
    kept: list[list[list[Line]]] = []
    apart: dict[int, list[Line]] = {}
    for p, columns in enumerate(note_pages):
        found = apparatus_lines(columns)
        if found:
            apart[p] = [ln for column in columns for ln in column if id(ln) in found]
            columns = [c for c in ([ln for ln in column if id(ln) not in found] for column in columns) if c]
        kept.append(columns)
    return kept, apart


def run_in(line: Line, expected: int) -> list[Line]:
    """A note line cut where short notes are set one after another on it (`2 Tamże, k. 11.   3 Tamże.`).

    A journal that sets its one-line notes run in parts them by a space much
    wider than its word spaces (an em or more): a note starts after such a
    space, after a note's closing punctuation, where the next number due
    stands (the line's own label's successor, or ``expected`` on a line that
    goes on with a note), whether the pieces are words or whole notes. A
    label in a face of its own (bold after roman words) needs only half
    again a word space: a journal that runs all of a page's notes together
    in one justified paragraph stretches its word spaces nearly that wide;
    a raised label needs no space of its own (LaTeX's `footmisc` `para`).

    >>> from histkit.read.pdf.extract import Piece
    >>> def piece(text, x0, x1): return Piece(text, x0, 0, x1, 8, 8, 8, False)
    >>> words = [piece("2 ", 50, 54), piece("Tamże, ", 57, 85), piece("k. 11. ", 88, 100), piece("3 ", 113, 117),
    ...          piece("Tamże.", 120, 148)]
    >>> [part.text for part in run_in(line_of(words), 2)]
    ['2 Tamże, k. 11.', '3 Tamże.']
    """
    pieces = sorted(line.pieces, key=_X0)
    if len(pieces) < 2:
        return [line]
    spaces = sorted(g for g in (b.x0 - a.x1 for a, b in zip(pieces, pieces[1:])) if g < 0.9 * line.size)
    space = spaces[len(spaces) // 2] if spaces else 0.0
    wide = max(0.9 * line.size, 2.5 * space)
    # a label set in a face of its own (bold numbers after roman words) needs less room to tell itself apart: a
    # justified paragraph of notes stretches its word spaces nearly as wide as the space before a label
    wider = max(0.45 * line.size, 1.5 * space)
    lead = line.lead()
    match = None if lead is not None else _LABEL.match(line.text)
    own = lead if lead is not None else match.group(2) if match else ""
    due = int(own) + 1 if own.isdigit() and int(own) == expected else expected
    cuts = []
    for k in range(1, len(pieces)):
        gap = pieces[k].x0 - pieces[k - 1].x1
        if not (gap > wide or gap > wider and pieces[k].bold != pieces[k - 1].bold
                or is_superscript(pieces[k], line.base, line.size)):
            continue  # (the gap first: most pieces stand a word space apart, and their words need no reading)
        words = pieces[k].text.split()
        if words and bare_label(words[0]) == str(due) and pieces[k - 1].text.rstrip().endswith(_ENDS):
            cuts.append(k)
            due += 1
    if not cuts:
        return [line]
    bounds = [0, *cuts, len(pieces)]
    return [line_of(pieces[a:b]) for a, b in zip(bounds, bounds[1:])]


def first_number(note_pages: list[list[list[Line]]], called: frozenset = frozenset()) -> int:
    """The number the document's notes start from: 1, or the number a continued article's notes go on from.

    The second part of an article printed in two issues numbers its notes on
    from the first (98, 99, 100, …). Where the first three labelled note
    lines of the document (both, where it shows only two) count up by one
    from a number above 1, the notes start there.

    >>> def line(text): return Line([], 60, 0, 300, 8, 8, 8, False, [("t", text)])
    >>> first_number([[[line("98 SOkA, kart. 41."), line("99 Tamtéž."), line("Praha 1996."), line("100 Tamtéž, s. 9.")]]])
    98
    >>> first_number([[[line("98 SOkA, kart. 41."), line("12 Tamtéž."), line("100 Tamtéž, s. 9.")]]])
    1
    >>> first_number([[[line("34 SOkA, kart. 41."), line("35 Tamtéž.")]]]), first_number([[[line("34 SOkA.")]]])
    (34, 1)
    >>> first_number([[[line("34 SOkA.")]]], called=frozenset({"34"}))  # a lone note the body calls
    34
    """
    found = list(islice(_label_numbers(note_pages), 3))
    numbers = [n for n, _ in found]
    # (a document with only two notes shows two labels: they must count up from above 1 all the same; a lone
    # note — an offprint's page, a review with one note — counts where its label opens the notes, printed as one
    # or raised in the body as a call)
    lone = len(found) == 1 and found[0][1] is not None and (found[0][1] or str(numbers[0]) in called)
    start = numbers[0] if len(numbers) >= 2 or lone else 1
    return start if start > 1 and numbers == list(range(start, start + len(numbers))) else 1


def _label_numbers(note_pages: list[list[list[Line]]]):
    """(number, apart) of the note lines' labels in reading order (-1 for a symbol; inserted and chaptered ones left
    out): on the document's first note line ``apart`` says whether its label is raised or set apart from its words;
    on any later line it is None."""
    opening = True
    for columns in note_pages:
        for column in columns:
            for line in column:
                lead = line.lead()
                match = None if lead is not None else _LABEL.match(line.text)
                label = lead if lead is not None else match.group(2) if match else ""
                if label and not (_INSERTED.fullmatch(label) or _CHAPTERED.fullmatch(label)):
                    yield int(label) if label.isdigit() else -1, (lead is not None or bool(line.pieces) and bare_label(
                        min(line.pieces, key=_X0).text) == label) if opening else None
                opening = False


def note_sort_key(note: PdfNote) -> tuple[int, ...]:
    """Numbered notes of a page in their numbers' order (series by series; `4a` after 4, `2.3` after 2.2); a symbol
    note keeps its place before them."""
    if not numbered(note.label):
        return (0, 0, note.order)
    major, _, minor = note.label.partition(".")
    digits = major.rstrip("abcdefghijklmnopqrstuvwxyz")
    return (1, note.series, int(digits), len(major) - len(digits), int(minor or 0))
