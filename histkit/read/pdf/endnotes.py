"""Endnotes set after the text: the small-type lines that end a document, numbered from 1, become notes.

A book chapter or an article with endnotes prints its notes after the
text, under a heading (`Notas`, `Notes`), in smaller type, often grouped
under the text's own section headings with the numbers starting again at 1
in each group. Read from the geometry alone: the run of small-type body
lines that ends the document (across pages), whose first labelled line is
note 1 — after at most a couple of unlabelled lines, a group's heading —
and holds more labelled lines, where the body raises a call 1 and the pages
before carry no numbered footnotes. Those lines are read as notes, like a
page's foot; an unlabelled line set larger than the notes (or in bold) just
before a labelled one is a group's heading and stays out of them, whether the
group's numbers start again at 1 or run on from the group before.
Endnotes set in the body's own type are told by their numbers instead: the
lines after the document's last heading, opening with the labels 1, 2, 3 …
in order, one for each number the body raises as a call before it; or, under
a heading that is a word for notes (``notes_headings.csv``: `FOOTNOTES`, a
typescript's), nine in ten of whose numbers the body prints as bracketed
calls, `Demos(5)`, as a typewriter did.
"""

from __future__ import annotations

from operator import attrgetter

from ..typednotes import notes_headings
from .calls import bracketed_numbers
from .labelshapes import numbered_label
from .lines import Line
from .notecolumns import note_columns
from .page import SMALL, PageRoles

_HEADING_LINES = 2  # unlabelled lines a group of endnotes may open with (its heading)


def _trailing_run(roles: list[PageRoles], size: float) -> list[tuple[int, Line]]:
    """(page index, line) of the small-type body lines that end the document, in reading order."""
    run: list[tuple[int, Line]] = []
    for k in range(len(roles) - 1, -1, -1):
        body = roles[k].body
        n = 0
        while n < len(body) and body[len(body) - 1 - n].size < SMALL * size:
            n += 1
        run[:0] = [(k, line) for line in body[len(body) - n:]]
        if n < len(body):
            break
    return run


def _after_last_heading(roles: list[PageRoles], size: float) -> list[tuple[int, Line]]:
    """(page index, line) of the body lines after the document's last heading, where they are endnotes in body type.

    They are so where their labels run 1, 2, 3 … in order from the line under
    the heading, and number as many notes as the body before it calls, each
    number once (three or more). Failing that, the heading may be the last line
    that is a word for notes, wherever it stands (a typescript's bold is no
    heading: its notes may be set so); its notes end at a heading set larger.
    """
    found = _last(roles, lambda line: _heading(line, size))
    run = _endnotes_under(roles, found, size, False) if found else []
    found = None if run else _last(roles, _notes_word)
    return _endnotes_under(roles, found, size, True) if found else run


def _endnotes_under(roles: list[PageRoles], found: tuple[int, int], size: float, named: bool) -> list:
    """`_after_last_heading` under the heading ``found`` (page index, line index); ``named``: a word for notes."""
    k, at = found
    body = roles[k].body
    run = [(k, line) for line in body[at + 1:]] + [(p, ln) for p in range(k + 1, len(roles)) for ln in roles[p].body]
    if named:  # (the notes end where a heading opens what follows them, a bibliography: set larger, or in bold
        # where the notes are not, as a web page sets its `Literatur` after its `Anmerkungen`)
        plain = 2 * sum(ln.bold for _, ln in run) < len(run)
        # (a heading's shape: a few words, no sentence's end; a bold word inside a note is emphasis)
        run = run[:next((i for i, (_, ln) in enumerate(run) if (ln.size > 1.08 * size or plain and ln.bold and len(
            ln.text.split()) <= 6 and not ln.text.rstrip().endswith((".", ",", ";", ":")))
                         and numbered_label(ln) is None and any(c.isalpha() for c in ln.text)), len(run))]
    if not run or numbered_label(run[0][1]) != 1:
        return []
    count = 0  # the labels in order; another number opening a line goes on with a note (`14 maart 1888.`)
    for _, line in run:  # (under a word for notes one label or two lost to a scan's OCR may be skipped)
        label = numbered_label(line) or 0
        count = label if count < label <= count + (3 if named else 1) else count
    before = [line for r in roles[:k] for line in r.body] + body[:at]
    calls = {int(text) for line in before for kind, text in line.tokens if kind == "m" and text.isdigit()}
    wanted = set(range(1, count + 1))
    # (a typescript's OCR misreads a call now and then, `(1O)`, and raises some: nine in ten and the first suffice)
    typed = named and 1 in (called := calls | bracketed_numbers(before)) and len(wanted & called) >= 0.9 * count
    return run if count >= 3 and (calls == wanted or typed) else []


def _last(roles: list[PageRoles], is_heading) -> tuple[int, int] | None:
    """(page index, line index) of the document's last body line that ``is_heading``, or None."""
    for k in range(len(roles) - 1, -1, -1):
        body = roles[k].body
        at = next((i for i in range(len(body) - 1, -1, -1) if is_heading(body[i])), None)
        if at is not None:
            return k, at
    return None


def _notes_word(line: Line) -> bool:
    """A line that is only a word for notes (`FOOTNOTES`, `Anmerkungen:`), whatever its type."""
    return line.text.strip().rstrip(":.").casefold() in notes_headings()


def _heading(line: Line, size: float) -> bool:
    """A line set larger than the body, or bold at its size (a heading, as the page writer tells them)."""
    return (line.size > 1.08 * size or line.bold and abs(line.size - size) <= (1 - SMALL) * size) and any(
        c.isalpha() for c in line.text)


def _endnote_lines(roles: list[PageRoles], run: list[tuple[int, Line]]) -> tuple | None:
    """The endnotes' first page and lines (``run`` and the note lines of its pages), their labels and the numbered
    ones (index, number), where they are endnotes: three or more, note 1 first (after at most a heading), the body
    calling note 1, no numbered footnotes on the pages before."""
    first = run[0][0] if run else len(roles) - 1
    lines = [(k, line) for k in range(first, len(roles))
             for line in [ln for p, ln in run if p == k] + sorted((ln for column in roles[k].notes for ln in column),
                                                                 key=attrgetter("top", "x0"))]
    labels = [numbered_label(line) for _, line in lines]
    numbered = [(i, n) for i, n in enumerate(labels) if n is not None]
    if len(numbered) < 3 or numbered[0][1] != 1 or numbered[0][0] > _HEADING_LINES:
        return None
    if not any(kind == "m" and text == "1" for r in roles for line in r.body for kind, text in line.tokens) \
            and 1 not in bracketed_numbers([line for r in roles[:first + 1] for line in r.body]):
        return None  # the body calls no note 1: small type after the text, not its notes
    if sum(numbered_label(line) is not None for r in roles[:first] for column in r.notes for line in column) > 1:
        return None  # the document has numbered footnotes (more than an author's note): a numbered list follows
    return first, lines, labels, numbered


def move_endnotes(roles: list[PageRoles], size: float) -> set[int]:
    """Move the endnotes that close the document from its pages' body to their notes (in place).

    The endnotes are the small-type body lines that end the document and the
    note lines of their pages (a page's last notes may stand where a foot's
    would, under nothing larger); the group headings among them go to the body.
    Gives the ids of the lines that start a group's note 1 after its heading
    (the notes' numbers start again there, however the label is set).
    """
    if not roles:
        return set()
    # (a last page in smaller type that holds no notes 1, 2, 3 …: the endnotes may still follow a heading)
    trailing = _trailing_run(roles, size)
    found = _endnote_lines(roles, trailing) if trailing else None
    if found is None:  # (the heading's run read only where the small-type tail holds no endnotes)
        heading = _after_last_heading(roles, size)
        found = _endnote_lines(roles, heading) if heading or not trailing else None
    if found is None:
        return set()
    first, lines, labels, numbered = found
    note_size = sorted(lines[i][1].size for i, _ in numbered)[len(numbered) // 2]
    # (a heading may be told by bold only where the notes are not set in bold themselves)
    plain = sum(1 for i, _ in numbered if not lines[i][1].bold) > len(numbered) // 2
    pages: dict[int, tuple[list[Line], list[Line]]] = {k: ([], []) for k in range(first, len(roles))}
    starts: set[int] = set()
    for i, (k, line) in enumerate(lines):
        # (a group's numbers may also run on from the group before: the heading is still set apart from the notes)
        heading = labels[i] is None and i + 1 < len(labels) and labels[i + 1] is not None and (
            line.size > 1.03 * note_size or (line.bold and plain))
        pages[k][0 if heading else 1].append(line)  # a group's heading over its notes stays in the body
        if heading and labels[i + 1] == 1:
            starts.add(id(lines[i + 1][1]))
    for k, (heads, notes) in pages.items():
        gone = {id(line) for line in heads + notes}
        roles[k].body = [line for line in roles[k].body if id(line) not in gone] + heads
        roles[k].notes = note_columns(notes)
        roles[k].fenced = roles[k].fenced or k != first  # a page the endnotes run on to goes on with the open note
    return starts
