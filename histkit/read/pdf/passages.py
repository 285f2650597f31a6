"""Notes set in the text column under the passage that calls them (a source edition's notes under each document).

An edition of documents, or an introduction followed by them, may print
each passage's notes directly under it, in the notes' smaller type, and
then go on with the text: nothing stands in the page's foot. Such a run of
small lines among the body's is notes where its first line's label answers
a call raised above it on the same page, the next one that no note has
answered yet; its later lines go on with that note or start the next one
called. A run of small type whose first line answers no call (a block
quotation, a table) stays body, and so does a number whose note the page's
foot already holds. In a document that sets its notes so, a note ending a
page runs on to the head of the next, above its text (`run_over_heads`).
"""

from __future__ import annotations


from .lines import Line
from .page import SMALL, PageRoles
from ...patterns import compiled

_LABEL = compiled(r"\s*(\()?(\d{1,4})(?(1)\)|[.)]?)\s")  # `1`, `1.`, `1)` or `(1)`, then a space


def _label(line: Line) -> int | None:
    lead = line.lead()
    if lead is not None:
        return int(lead) if lead.isdigit() else None
    match = _LABEL.match(line.text)
    return int(match.group(2)) if match else None


def _calls(line: Line) -> list[int]:
    """The numbers raised in a line of body text (its calls)."""
    return [int(text) for kind, text in line.tokens[1 if line.lead() is not None else 0:]
            if kind == "m" and text.isdigit()]


def notes_under_passages(roles: PageRoles, size: float) -> bool:
    """Move the runs of small body lines that answer calls above them on the page into ``roles.notes``, a column each.

    Returns whether there was any.

    >>> def line(text, size=10.0): return Line([], 50, 0, 300, 10, 10, size, False, [("t", text)])
    >>> called = line("The lease was signed."); called.tokens.append(("m", "1"))
    >>> roles = PageRoles(body=[called, line("1. HR-DAZD, kut. 88.", 8), line("The text goes on."),
    ...                         line("Quoted in small type,", 8)])
    >>> notes_under_passages(roles, 10.0)
    True
    >>> [ln.text for ln in roles.body], [[ln.text for ln in c] for c in roles.notes]
    (['The lease was signed.1', 'The text goes on.', 'Quoted in small type,'], [['1. HR-DAZD, kut. 88.']])
    """
    footed = {n for column in roles.notes for ln in column if (n := _label(ln)) is not None}
    open_calls: list[int] = []  # raised above and answered by no note yet, in the order raised
    answered: set[int] = set()
    body: list[Line] = []
    run: list[Line] | None = None  # the note lines of the run being read
    for line in roles.body:
        if line.size >= SMALL * size:
            run = None
            body.append(line)
            for n in _calls(line):  # a note called again (its number raised twice) is answered once
                if n not in footed and n not in answered and n not in open_calls:
                    open_calls.append(n)
            continue
        number = _label(line)
        if open_calls and number == open_calls[0]:
            answered.add(open_calls.pop(0))
            if run is None:
                run = []
                roles.notes.append(run)
            run.append(line)
        elif run is not None:
            run.append(line)  # goes on with the note above
        else:
            body.append(line)
    roles.body = body
    return bool(answered)


def run_over_heads(pages: list[PageRoles], size: float) -> None:
    """Move the small lines heading a page, above its text, into its notes where the page before ends in a note.

    For a document that sets notes under its passages: such a note, at the
    foot of its page or not, runs on to the head of the next page, in the
    notes' type before the text goes on. The notes join those lines to the
    note left open (`notes.assemble`), or give them back to the body where
    that note ended on its page.

    >>> def line(text, bottom, size=10.0): return Line([], 50, bottom - 8, 300, bottom, bottom, size, False, [("t", text)])
    >>> first = PageRoles(body=[line("The lease.", 100)], notes=[[line("1. HR-DAZD, kut. 88, and", 700, 8)]])
    >>> second = PageRoles(body=[line("kut. 91, f. 14v.", 90, 8), line("The next document.", 110)])
    >>> run_over_heads([first, second], 10.0)
    >>> [ln.text for ln in second.body], [[ln.text for ln in c] for c in second.notes]
    (['The next document.'], [['kut. 91, f. 14v.']])
    """
    for before, page in zip(pages, pages[1:]):
        if not before.notes:
            continue
        last = max(ln.bottom for column in before.notes for ln in column)
        if any(ln.bottom > last for ln in before.body):
            continue  # the text goes on under the notes: none runs over
        head = 0
        while head < len(page.body) and page.body[head].size < SMALL * size:
            head += 1
        if head:
            page.notes.insert(0, page.body[:head])
            page.body = page.body[head:]
