"""Notes gathered after the text that a page break cuts: the rest of the list heads the next page.

A web journal's page printed to PDF (OpenEdition, SciELO, a journal's own
site) sets its notes as a list after the text, under `Notes` or `Notas`;
where the page ends inside the list, it goes on at the head of the next page
in the notes' type — the open note's last lines, then the next numbers —
before what follows it (a bibliography, the author). The page reader takes a
page's foot for its notes, so that head is left as body text and its notes
are lost. It is the notes' run-on where the page before ends in notes, this
page has no notes of its own at its foot (a bibliography set small there is
none), its first lines are set in those notes' type (smaller than the
body's), and among them a line opens with the number after the last note of
the page before (a line of the open note may open with a number of its own,
`fl.` + `33.`), a number the body calls on that page or earlier — a
footnote's call stands on its own page, so footnotes never run on so.
"""

from __future__ import annotations

from operator import attrgetter

from .calls import bracketed_numbers
from .gapfoot import SMALL
from .labelshapes import numbered_label
from .lines import Line
from .notecolumns import note_columns
from .page import PageRoles

_SAME_TYPE = 0.02  # a share of the notes' size: a bibliography set a little larger (11 pt under 10.5) is not them


def _last_label(notes: list[list[Line]], before: int | None) -> int | None:
    """The number of a page's last note: its notes' labels in reading order, each the one before plus one from the
    last note of the pages before (a line of a note opening with a number of its own, `fl.` + `33.`, is none).

    Read down the page line by line (notes in both margins) and down each column in turn (a book's endnotes in two
    columns, whose right column's first notes stand beside the left column's), the order that goes further.
    """
    ends = [_chain(_foot(notes), before), _chain([ln for column in notes for ln in column], before)]
    return max((n for n in ends if n is not None), default=None)


def _chain(lines: list[Line], last: int | None) -> int | None:
    for n in (numbered_label(ln) for ln in lines):
        if n is not None and (last is None or n == last + 1):
            last = n
    return last


def _called(roles: list[PageRoles], upto: int) -> set[int]:
    """The numbers the body of pages 0 … ``upto`` calls, raised or in brackets."""
    lines = [ln for r in roles[:upto + 1] for ln in r.body]
    raised = {int(text) for ln in lines for kind, text in ln.tokens if kind == "m" and text.isdigit()}
    return raised | bracketed_numbers(lines)


def run_on_lists(roles: list[PageRoles], size: float) -> None:
    """Move the head of each page that carries on the note list of the page before to that page's notes (in place).

    >>> def line(top, text, size=9.0): return Line([], 50, top, 300, top + size, top + size, size, False,
    ...                                              [("t", text)])
    >>> before = PageRoles(body=[line(50, "The end of the text.", 12.0)], notes=[[line(400, "1. Archives, F7.")]])
    >>> after = PageRoles(body=[line(50, "F7 12."), line(62, "2. Ibid."), line(90, "Bibliography", 12.0)])
    >>> before.body[0].tokens.append(("m", "2"))
    >>> run_on_lists([before, after], 12.0)
    >>> [[ln.text for ln in c] for c in after.notes], [ln.text for ln in after.body], after.fenced
    ([['F7 12.', '2. Ibid.']], ['Bibliography'], True)
    """
    last = None
    for k in range(1, len(roles)):
        before, here = roles[k - 1], roles[k]
        last = _last_label(before.notes, last)
        if last is None or not before.notes:
            continue
        foot = _foot(here.notes)
        if foot and (not here.body or foot[0].top < min(ln.top for ln in here.body)):
            # (the page reader took the list's rest for this page's notes, above all else on it: they go on with
            # the note left open, as notes under a rule would)
            below = [n for n in (numbered_label(ln) for ln in foot) if n is not None]
            here.fenced = here.fenced or last + 1 in below and last + 1 in _called(roles, k - 1)
            continue
        note_size = sorted(ln.size for column in before.notes for ln in column)[
            sum(len(c) for c in before.notes) // 2]
        head = []
        for line in here.body:
            if abs(line.size - note_size) > _SAME_TYPE * note_size or line.size >= SMALL * size:
                break
            head.append(line)
        labels = [n for n in (numbered_label(ln) for ln in head) if n is not None]
        if last + 1 not in labels or last + 1 not in _called(roles, k - 1):
            continue
        below = [n for n in (numbered_label(ln) for ln in foot) if n is not None]
        if below and labels[-1] + 1 not in below:
            continue  # the page's own footnotes
        # (a foot of unlabelled smaller lines under the list, a bibliography, is no notes: back to the body)
        here.body = here.body[len(head):] + (foot if not below else [])
        here.notes = note_columns(head + (foot if below else []))
        here.fenced = True  # (its unlabelled first lines go on with the note left open at the page's foot before)


def _foot(notes: list[list[Line]]) -> list[Line]:
    """A page's note lines in reading order."""
    return sorted((ln for column in notes for ln in column), key=attrgetter("top", "x0"))
