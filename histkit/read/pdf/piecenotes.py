"""Notes set after each piece of a collection, in the text column: a review section's reviews, an issue's short
pieces, each closed by its own notes in small type and numbered from 1 again.

A review journal (Francia-Recensio, a review section printed with notes)
closes every review with its notes: small-type lines under the review's text
and its reviewer, wherever the review ends on the page, with the next review
going on under them in the text's type. Such notes stand in the body, not at
a page's foot (the page writer finds nothing under the foot's rule), and only
the last piece's notes end the document, where `endnotes` looks for notes.
Read from the geometry and the numbers alone: a run of two or more small-type
body lines, followed by body text again, whose labelled lines run 1, 2, 3 …
from its first line, one for each number the body raises as a call since the
document's start or the run before. Those lines are notes; each run's note 1
starts its numbers again, and so does a page foot's note 1 after such a run
(a review whose notes happen to close a page).
"""

from __future__ import annotations

from .labelshapes import numbered_label
from .lines import Line
from .notecolumns import note_columns
from .page import SMALL, PageRoles


def _runs(lines: list[tuple[int, Line]], size: float) -> list[tuple[int, int]]:
    """(start, end) of each run of small-type lines in ``lines`` followed by a line of the text's type."""
    runs, start = [], None
    for i, (_, line) in enumerate(lines):
        small = line.size < SMALL * size
        if small and start is None:
            start = i
        elif not small and start is not None:
            runs.append((start, i))
            start = None
    return runs


def _numbered_run(run: list[Line]) -> int:
    """How many notes a run numbers 1, 2, 3 … from its first line (0 where it does not open with note 1); another
    number opening a line goes on with a note (`14 maart 1888.`)."""
    if numbered_label(run[0]) != 1:
        return 0
    count = 0
    for line in run:
        label = numbered_label(line) or 0
        count = label if label == count + 1 else count
    return count


def _text_order(role: PageRoles) -> list[Line]:
    """A page's body lines in reading order, with the note lines standing above body text (not at the foot) in their
    place: the page writer may have taken some of a piece's notes for notes already (labels answering the page's
    calls), and they still part one piece from the next."""
    body = list(role.body)
    for line in sorted((ln for column in role.notes for ln in column), key=lambda ln: ln.top):
        under = [i for i, b in enumerate(body) if b.top > line.top and b.x0 < line.x1 and line.x0 < b.x1]
        if under:
            body.insert(under[0], line)
    return body


def move_piece_notes(roles: list[PageRoles], size: float) -> set[int]:
    """Move the notes that close each piece of a collection from the body to their pages' notes (in place).

    Gives the ids of the lines that start such a group's note 1, and of a later page foot's lines opening a note 1
    (their numbers start again there).
    """
    lines = [(k, line) for k, r in enumerate(roles) for line in _text_order(r)]
    found: list[tuple[int, int]] = []
    since = 0  # the body before a group of notes, from the document's start or the group before
    for start, end in _runs(lines, size):
        count = _numbered_run([line for _, line in lines[start:end]])
        calls = {int(text) for _, line in lines[since:start] for kind, text in line.tokens
                 if kind == "m" and text.isdigit()}
        if count >= 2 and calls == set(range(1, count + 1)):
            found.append((start, end))
            since = end
    if not found:
        return set()
    moved: dict[int, list[Line]] = {}
    for start, end in found:
        for k, line in lines[start:end]:
            moved.setdefault(k, []).append(line)
    starts = {id(lines[start][1]) for start, _ in found}
    first = lines[found[0][0]][0]
    for k, notes in moved.items():
        gone = {id(line) for line in notes}
        roles[k].body = [line for line in roles[k].body if id(line) not in gone]
        roles[k].notes = note_columns(notes + [ln for column in roles[k].notes for ln in column if id(ln) not in gone])
    starts |= {id(line) for r in roles[first:] for column in r.notes for line in column
               if numbered_label(line) == 1 and id(line) not in starts}
    return starts
