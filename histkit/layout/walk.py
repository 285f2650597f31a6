"""The walk over a text's lines: each line is blank, a running head, body or a note (and which).

A state machine reads the lines in order and tells body from notes by the
sequence of note numbers and the markers in the body, joins a note cut by a
page break to its start, and counts pages (a running head, a form feed, or a
body line resuming with one space); failing those, by line width.

>>> from histkit.layout.lines import split_lines
>>> text = "Tito met Spaak.1\\n\\n1 AJ, 507.\\n"
>>> w = walk(split_lines(text), set(), text)
>>> w.kind, w.note, w.page
(['body', 'blank', 'note'], [None, None, '1'], [1, 1, 1])
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..errors import Problem
from .headings import numbered_heading
from .lines import (BACK_LABELS, ENDNOTE_HEADS, Line, finished, heading_shape, label_of, note_open, resumes_page,
                    starts_low)
from .markers import (NUM_NOTE, SYM_NOTE, calls_note, calls_weakly, label_number, long_label, marker_candidates,
                      number_of, starts_like_note)
from .pieces import numbered_lines_left, pieces_before_start, pieces_of_later_notes
from .signs import (DATE_START, continues_after_blank, ends_page, is_continuation, line_widths, looks_like_body,
                    numbering_called, prev_kind, runs_into_note, runs_to_page_end)
from ..patterns import compiled

# how many lines on a note printed before its call (a side note) may be called: about a page
_SIDE_REACH = 60
# the first page's contact, copyright and DOI lines
_FURNITURE = compiled(r"\s*(?:©|\([cC]\)\s*\d{4}|CONTACT\b|[Cc]orresponding author\b|\*?\s*[Ee]-?mail\s*:"
                        r"|https?://(?:dx\.)?doi\.org/|(?:DOI|doi):?\s*10\.)")


@dataclass
class Walk:
    """What the walk says of each line (its kind, note and 1-based page count), and what it met on the way.

    ``kind`` is ``blank``, ``head``, ``body`` or ``note``; ``note`` the note
    key of a note line. ``endnote_heads`` are the lines that open endnotes
    (`Notes`), ``furniture`` the first page's contact, copyright and DOI
    lines, ``resumes`` the page breaks shown by a line beginning with one space.
    """

    kind: list[str]
    note: list[str | None]
    page: list[int]
    endnote_heads: set[int]
    warnings: list[Problem]
    resumes: int = 0
    furniture: set[int] = field(default_factory=set)


def walk(lines: list[Line], heads: set[int], text: str) -> Walk:
    """Label each line blank, head, body or note (with its note number), and count pages.

    ``heads`` are the lines of running heads and folios. When the text shows
    no page breaks of its own, the lines are walked again with the widths of
    body and note lines that the first walk found.

    >>> from histkit.layout.lines import split_lines
    >>> text = "Page one text.1\\n\\n1 First note ends here.\\n Page two resumes here.2\\n\\n2 Second.\\n"
    >>> w = walk(split_lines(text), set(), text)
    >>> list(zip(w.kind, w.note, w.page))[2:]
    [('note', '1', 1), ('body', None, 2), ('blank', None, 2), ('note', '2', 2)]
    """
    cands = marker_candidates(text)
    first = _Walker(lines, heads, text, cands).run()
    # PDF text that marks where a page's body resumes needs no guess from line widths
    widths = None if first.resumes >= 2 else line_widths(lines, first.kind, first.note)
    done = _Walker(lines, heads, text, cands, widths).run() if widths else first
    pieces_before_start(lines, done.kind, done.note, done.page)
    pieces_of_later_notes(lines, done.kind, done.note, done.page)
    lost = numbered_lines_left(lines, done.kind, done.note, set(cands))
    if lost:
        done.warnings.append(Problem("", "layout", lost))
    return done


class _Walker:
    """The walk's state: the open note and the note cut by the last page break, the number expected next, the page.

    ``widths`` (typical characters per line of body text and of notes, from a
    first walk) lets a page's body be told from the note above it when the PDF
    text gives no other sign of the page break.
    """

    def __init__(self, lines: list[Line], heads: set[int], text: str, cands: dict[int, list[int]],
                 widths: tuple[float, float] | None = None):
        self.lines, self.heads, self.text, self.widths = lines, heads, text, widths
        n = len(lines)
        self.kind = ["blank"] * n
        self.note: list[str | None] = [None] * n
        self.page = [1] * n
        self.warnings: list[Problem] = []
        self.endnote_heads: set[int] = set()
        self.furniture: set[int] = set()
        self.cands = cands  # every number the text may call a note with, and where
        # extraction that dropped every superscript leaves no markers: go by numbers and position alone
        self.markerless = sum(k in self.cands for k in range(1, 6)) < 2 and not numbering_called(lines, cands)
        self.expected = 1
        self.seen: set[str] = set()
        self.cur: str | None = None  # the open note
        self.cur_last = ""  # its last line
        self.pending: str | None = None  # a note cut by a page break, which may go on under the next page's body
        self.pg, self.fresh, self.content = 1, True, False  # page count; nothing on this page yet; any text seen
        self.page_start = 0
        self.endnotes = False
        self.resumes = 0
        self.series, self.last_note_pg = 1, 0
        # a note printed before its call (side notes): set in a narrow column of ``side_width`` characters
        self.forward = False  # the open note is a side note, printed before its call
        self.side_width = 0
        self.left_open: list[str] = []  # notes of this page stopped in mid-sentence by another note or the body
        self.depth: dict[str, int] = {}  # brackets each note left open
        self.glued_ends: dict[str, float] = {}  # `_first_glued`

    def run(self) -> Walk:
        for i, ln in enumerate(self.lines):
            s = ln.s
            if s.startswith("\f"):
                self._page_break(i)
                s = s.lstrip("\f")
            if i in self.heads:
                self._head(i)
            elif ln.blank or not s.strip():
                self._mark(i, "blank")
            else:
                self._text_line(i, s)
        return Walk(self.kind, self.note, self.page, self.endnote_heads, self.warnings, resumes=self.resumes,
                    furniture=self.furniture)

    def _text_line(self, i: int, s: str) -> None:
        """A line with text: a heading over endnotes, a note's start, first-page furniture, the open note or
        the note cut by a page break going on, or body."""
        prev = self.kind[i - 1] if i else "blank"
        if self._endnotes_open_or_close(i, s, prev):
            return
        if self._restarts_numbering(i, s, prev):
            self.series, self.expected = self.series + 1, 1
            self.warnings.append(Problem("", "layout", "the notes are numbered from 1 again on a new page; they are "
                                         "counted on from the notes before, their printed numbers kept as labels",
                                         f"line {i + 1}"))
        key = self._note_start(i, s, prev)
        if key is not None:
            self._open_note(i, s, key)
        elif self.pg == 1 and (self.cur is None or prev == "blank") and _FURNITURE.match(s):
            # front matter, wherever they stand on the first page
            self.furniture.add(i)
            self.cur = self.pending = None
            self._mark(i, "body")
        elif self.cur is not None:
            if not self._note_goes_on(i, s, prev):
                self._body(i)
        elif self.pending is not None and self._pending_note_goes_on(i, s, prev):
            self.cur, self.pending = self.pending, None
            self._note_line(i, s)
        elif self._side_piece(i, s, prev):
            self.cur, self.forward = self.left_open.pop(), True
            self._note_line(i, s)
        else:
            self._body(i)

    # ----------------------------------------------------------------- what a line is

    def _mark(self, i: int, kind: str) -> None:
        self.kind[i], self.page[i] = kind, self.pg

    def _body(self, i: int) -> None:
        self.kind[i], self.page[i] = "body", self.pg
        self.fresh, self.content = False, True

    def _note_line(self, i: int, s: str) -> None:
        self.kind[i], self.note[i], self.page[i] = "note", self.cur, self.pg
        self.cur_last = s
        self._count_brackets(s)

    def _count_brackets(self, s: str) -> None:
        if self.cur is not None:
            self.depth[self.cur] = self.depth.get(self.cur, 0) + s.count("(") + s.count("[") - s.count(")") - s.count("]")

    def _left_open(self) -> None:
        """The open note stops here; if in mid-sentence or inside a bracket, its rest may come later on the page."""
        if self.cur is not None and (note_open(self.cur_last) or self.depth.get(self.cur, 0) > 0):
            self.left_open.append(self.cur)

    def _open_note(self, i: int, s: str, key: str) -> None:
        self._left_open()
        self.forward = self._side_note(i, number_of(key))
        if self.forward:  # the notes' column is as wide as the first lines of side notes
            self.side_width = max(self.side_width, len(s.strip()))
        self.kind[i], self.note[i], self.page[i] = "note", key, self.pg
        self.seen.add(key)
        self.last_note_pg = self.pg
        num = number_of(key)
        if num is not None and num >= self.expected:
            self.expected = num + 1
        self.cur, self.cur_last, self.pending = key, s, None
        self.fresh, self.content = False, True
        self._count_brackets(s)

    def _page_break(self, i: int) -> None:
        """A new page starts at line ``i``: the open note stops, to go on later if it stopped in mid-sentence."""
        if self.content and not self.fresh:
            self.pg += 1
        self.fresh = True
        self.page_start = self.lines[i].start
        if self.cur is not None and not self.endnotes:
            # else a note left open inside a bracket by a later note: its rest comes on the next page
            bracketed = [k for k in self.left_open if self.depth.get(k, 0) > 0]
            self.pending = self.cur if note_open(self.cur_last) else (bracketed[-1] if bracketed else None)
            self.cur = None
        self.left_open.clear()

    def _head(self, i: int) -> None:
        kind = self.kind
        # a run of heads (with blank lines between) is one page break
        if i == 0 or kind[i - 1] != "head" and not (kind[i - 1] == "blank" and prev_kind(kind, i) == "head"):
            self._page_break(i)
        self._mark(i, "head")

    def _endnotes_open_or_close(self, i: int, s: str, prev: str) -> bool:
        """Is the line a heading over endnotes (`Notes`), or a back-matter label that ends them?"""
        if prev not in ("blank", "head"):
            return False
        label = label_of(s)
        if self.cur is None and not self.endnotes and label in ENDNOTE_HEADS and self.content:
            self.endnotes = True
            self.endnote_heads.add(i)
            self._mark(i, "body")
            self.fresh = False
            return True
        if self.endnotes and label in BACK_LABELS:
            self.endnotes, self.cur = False, None
            self._mark(i, "body")
            return True
        return False

    # ----------------------------------------------------------------- does the note go on?

    def _note_goes_on(self, i: int, s: str, prev: str) -> bool:
        """Does the open note go on at line ``i``? If not, a new page's body starts there (a page break)."""
        if self.endnotes:
            self._note_line(i, s)
            return True
        lines = self.lines
        # a side note ends where the body resumes, after a blank line too: no page break
        if self.forward:
            if prev == "blank" and not continues_after_blank(self.cur_last, s) or self._side_note_ends(i, s):
                self._left_open()
                self.cur = None
                return False
            if prev != "blank":
                self._note_line(i, s)
                return True
        if resumes_page(s) and not self.fresh:
            self._page_break(i)
            self.resumes += 1
        elif prev == "blank" and not continues_after_blank(self.cur_last, s) and not ends_page(
                lines, self.heads, i, self.expected, self.text):
            self._page_break(i)
            self.pending = None
        elif self.widths and not self.fresh and looks_like_body(lines, self.heads, i, self.widths, self.expected,
                                                                  self.cur_last, prev == "blank"):
            self._page_break(i)
        else:
            others = [k for k in self.left_open if k != self.cur]
            if prev == "note" and finished(self.cur_last) and starts_low(s) and others:
                # a finished note, then a line going on in lower case: the rest of the note left open on the page
                self.cur = others[-1]
                self.left_open.remove(self.cur)
            self._note_line(i, s)
            return True
        return False

    def _side_piece(self, i: int, s: str, prev: str) -> bool:
        """Is line ``i``, after a finished paragraph, the rest of a side note the body cut in mid-sentence?

        It is set in the notes' narrow column down to the next note or the page
        end, and ends a sentence.
        """
        j = i - 1
        while j > 0 and prev == "blank" and self.kind[j] == "blank":
            j -= 1
        if not (self.left_open and self.side_width and self.kind[j] == "body" and finished(self.lines[j].s)):
            return False
        wide, j = self.side_width * 1.25 + 2, i
        while j < len(self.lines) and not self.lines[j].blank and j not in self.heads and (
                j == i or not self._may_start_note(self.lines[j].s)):
            if len(self.lines[j].s.strip()) > wide:
                return False
            j += 1
        return finished(self.lines[j - 1].s)

    def _may_start_note(self, s: str) -> bool:
        """Can the line start a note? Not with the number of a note already taken (`11.` ending `ora 11.`)."""
        m = NUM_NOTE.match(s)
        return starts_like_note(s) and not (m and self._key(label_number(m)) in self.seen)

    def _side_note_ends(self, i: int, s: str) -> bool:
        """Does a side note (printed before its call, in a narrow column) end at line ``i``, the body resuming?"""
        wide = self.side_width * 1.25 + 2
        if len(s.strip()) > wide or (self.cur is not None and calls_note(s, number_of(self.cur) or -1)):
            return True
        nxt = self.lines[i + 1].s if i + 1 < len(self.lines) else ""
        # a heading over the body: short, shaped like one, and the wide body text under it
        return heading_shape(s) and len(nxt.strip()) > wide

    def _pending_note_goes_on(self, i: int, s: str, prev: str) -> bool:
        """Is line ``i``, after some body of the new page, the rest of the note cut by the page break?"""
        lines, kind, heads = self.lines, self.kind, self.heads
        if prev in ("blank", "head"):
            return is_continuation(lines, kind, i, s) or runs_into_note(lines, kind, heads, i, self.expected)
        # no blank line between the page's body and its notes: after a finished sentence,
        # a line going on in lower case, or lines running into the next note
        return prev == "body" and finished(lines[i - 1].s) and not self.fresh and (
            starts_low(s) and not s[:1].isdigit() and runs_to_page_end(lines, heads, i)
            or runs_into_note(lines, kind, heads, i, self.expected))

    # ----------------------------------------------------------------- does a note start?

    def _called_before(self, num: int, pos: int, since: int = 0) -> bool:
        """Does the text call note ``num`` between offsets ``since`` and ``pos``?"""
        if self.markerless:
            # but a numbered list (`1.`, `1)`) is not taken for notes on position alone
            return not re.match(r"[ \t]*\d{1,3}[.)]", self.text[pos:pos + 8])
        v = self.cands.get(num)
        if not v:
            return False
        k = bisect.bisect_left(v, since)
        return k < len(v) and v[k] < pos

    def _weak_call(self, num: int, pos: int) -> bool:
        """Does this page call the note due only weakly before ``pos`` (`Olesen 7 har`, `fra 193421`)?"""
        return not self.markerless and calls_weakly(self.text[self.page_start:pos], num)

    def _restarts_numbering(self, i: int, s: str, prev: str) -> bool:
        """Does this line start note 1 again on a new page (notes numbered page by page)?

        Only when some note came before, the line stands where a page's
        notes begin, this page's body calls a 1 and not the number expected next.
        """
        if self.endnotes or self.cur is not None or self.expected < 2 or self.pg <= self.last_note_pg \
                or prev not in ("blank", "head", "body"):
            return False
        m = NUM_NOTE.match(s)
        if not m or DATE_START.match(s) or not s[m.end():].strip():
            return False
        if label_number(m) != 1:
            return False
        start = self.lines[i].start
        return self._called_before(1, start, self.page_start) and not self._called_before(self.expected, start,
                                                                                          self.page_start)

    def _note_start(self, i: int, s: str, prev: str) -> str | None:
        """The note number (or symbol) this line starts, or None.

        A later series of notes numbered page by page is keyed `series.number` (`2.1`) until the
        markers are found (`blocks.notes_and_markers` then numbers the notes on, as every route does).
        """
        pos_ok = prev in ("blank", "head", "note")
        m = NUM_NOTE.match(s) or long_label(s, self.expected)
        if m:
            return None if DATE_START.match(s) else self._numbered_note_start(i, s, m, prev, pos_ok)
        m = SYM_NOTE.match(s)
        if m and pos_ok:
            return self._symbol_note_start(i, m.group(1), prev)
        return None

    def _numbered_note_start(self, i: int, s: str, m: re.Match, prev: str, pos_ok: bool) -> str | None:
        num, expected, lines = label_number(m), self.expected, self.lines
        key = self._key(num)
        alone = not s[m.end():].strip()
        if key in self.seen or num == 0 or (s[m.end() - 1].isdigit() and not alone and num != expected):
            return None  # a label glued to its text (`1AJ`) must be the very number expected
        start = lines[i].start
        settled = prev in ("blank", "head") or (prev == "note" and finished(self.cur_last))
        if alone:
            # the number alone on its line, the note's text on the next
            if not (pos_ok and i + 1 < len(lines) and not lines[i + 1].blank and not starts_like_note(lines[i + 1].s)):
                return None
            if num == expected and (self._called_before(num, start) or self.endnotes or self._weak_call(num, start)):
                return key
            # off the count, a number alone needs markers in the text to vouch for it (`2` over a chapter title)
            return self._off_count(i, num, key, settled) if settled and not self.markerless else None
        if self._numbered_heading(i, s, m, prev):
            return None
        if num == expected:
            if self.endnotes or (pos_ok and self._called_before(num, start)) or (
                    prev == "note" and finished(self.cur_last)):
                return key
            if prev == "body" and self._called_before(num, start, self.page_start):
                return key
            if pos_ok and self._weak_call(num, start):
                return key
            return self._called_after(i, num, prev)
        if settled or self.endnotes:
            found = self._off_count(i, num, key, settled)
            if found is not None:
                return found
        return self._called_after(i, num, prev) if abs(num - expected) <= 3 else None

    def _key(self, num: int) -> str:
        return str(num) if self.series == 1 else f"{self.series}.{num}"

    def _off_count(self, i: int, num: int, key: str, settled: bool) -> str | None:
        """Note ``num`` where ``self.expected`` was due: a note missing, out of order, the count lost, or a misprint."""
        expected, start = self.expected, self.lines[i].start
        if expected < num <= expected + 3 and (self._called_before(num, start) or self.endnotes):
            gap = f"{expected}" if num == expected + 1 else f"{expected}–{num - 1}"
            self._warn(i, f"note {num} follows note {expected - 1}; note {gap} not found")
            return key
        if num < expected and (self.cur is not None or self.endnotes) and settled and self._called_before(num, start):
            self._warn(i, f"note {num} is out of order (after note {expected - 1})")
            return key
        if not settled or self.markerless or self.endnotes:
            return None
        nxt = self._next_label(i)
        if num > expected + 3 and nxt == num + 1 and self._called_before(num, start, self.page_start):
            # the count was lost (a note refused, never printed): take it up again where the notes plainly run on
            if self.seen:
                self._warn(i, f"note {num} follows note {expected - 1}; notes {expected}–{num - 1} not found")
            else:
                self._warn(i, f"the first note is numbered {num}: taken as the numbering of notes begun elsewhere "
                              f"(an article's earlier part, a book's earlier chapters)")
            return key
        if num not in self.cands and nxt in (None, expected + 1) and self._key(expected) not in self.seen \
                and self._called_before(expected, start, self.page_start):
            self._warn(i, f"note number {num} is not called anywhere; taken as note {expected}, which this page "
                          f"calls and whose place it holds")
            return self._key(expected)
        return None

    def _next_label(self, i: int) -> int | None:
        """The number of the next line (within a few) that starts like a numbered note, if any."""
        for j in range(i + 1, min(i + 12, len(self.lines))):
            if j in self.heads or self.lines[j].s.startswith("\f"):
                return None
            m = NUM_NOTE.match(self.lines[j].s)
            if m and not DATE_START.match(self.lines[j].s):
                return label_number(m)
        return None

    def _called_after(self, i: int, num: int, prev: str) -> str | None:
        """Note ``num`` printed before the text that calls it (side notes): called soon after, never before."""
        start = self.lines[i].start
        if self.markerless or self.endnotes or self._called_before(num, start, self._reach_back(i)):
            return None
        if not (prev in ("blank", "head", "note") or prev == "body" and finished(self.lines[i - 1].s)):
            return None
        return self._key(num) if self._side_note(i, num) else None

    def _reach_back(self, i: int) -> int:
        """Where a call of the note starting at line ``i`` may stand before it: about a page back, not
        a number in a date pages earlier (`Baracaldo, 14 de mayo`)."""
        return self.lines[max(0, i - _SIDE_REACH)].start

    def _side_note(self, i: int, num: int | None) -> bool:
        """Is the note starting at line ``i`` printed before its call, which follows within about a page?"""
        start = self.lines[i].start
        if num is None or self.markerless or self.endnotes or self._called_before(num, start, self._reach_back(i)):
            return False
        until = self.lines[min(i + _SIDE_REACH, len(self.lines) - 1)].end
        v = self.cands.get(num, [])
        # the note's own label (`[7] Ibid.`) reads like a bracketed call: a call stands after its first line
        k = bisect.bisect_left(v, self.lines[i].end)
        if k < len(v) and v[k] < until:
            return True
        # among side notes, the note due may be called by a bare number between two words (`Müller 12 zeigt`)
        return num == self.expected and self.side_width > 0 and re.search(
            rf"[^\W\d][ \t]{num}[ \t]+[^\W\d]", self.text[start:until]) is not None

    def _warn(self, i: int, message: str) -> None:
        self.warnings.append(Problem("", "layout", message, f"line {i + 1}"))

    def _numbered_heading(self, i: int, s: str, m: re.Match, prev: str) -> bool:
        return self.cur is None and not self.endnotes and numbered_heading(self.lines, i, s, m, prev)

    def _symbol_note_start(self, i: int, key: str, prev: str) -> str | None:
        if key in self.seen:
            return None
        # a bullet in the body is not a note: a symbol note sits among notes, on the
        # first page (an author or funding note), or has its symbol glued in the text before
        return key if prev == "note" or self.pg == 1 or self._first_glued(key[0]) <= self.lines[i].start else None

    def _first_glued(self, sym: str) -> float:
        """Where ``sym`` first stands glued to the character before it ends (inf: nowhere); searched once per symbol."""
        if sym not in self.glued_ends:  # (not the whole text before each line opening with one: quadratic in a book)
            m = re.search(r"\S" + re.escape(sym), self.text)
            self.glued_ends[sym] = m.end() if m else float("inf")
        return self.glued_ends[sym]
