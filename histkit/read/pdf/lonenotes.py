"""Lone notes taken for running feet: a one-line note at a page's foot whose words recur on other pages' last lines.

A running foot is told by its recurrence: a line in the bottom band whose
words (digits aside) stand at about the same height on other pages. A short
note that is the only note of its page may recur so too (`22 Ibid., 242.`
where other pages end with `10 Ibid., 19.`). Where such a line opens with a
number that the document's notes lack and the page's body raises as a call,
it is that note, and goes back to the page's notes (`notes_back`): under the
page's body, in smaller type, and the number between two notes found (or the
one after the last).
"""

from __future__ import annotations

from .notes import PdfNote
from .notecolumns import note_columns
from .page import PageRoles
from ...patterns import compiled

_LABELLED = compiled(r"\s*(\d{1,4})\.?\s+\S")
_SMALLER = 0.95  # a note's type is smaller than the body's


def _between(number: int, numbers: set[int], last: int) -> bool:
    """Whether ``number`` is one the notes lack between two they have (or the one after their last).

    >>> _between(22, {21, 23}, 31), _between(32, {31}, 31), _between(77, set(range(1, 16)), 15), _between(21, {21}, 21)
    (True, True, False, False)
    """
    return number not in numbers and (number - 1 in numbers or number == 1) and (number + 1 in numbers or number == last + 1)


def notes_back(roles: list[PageRoles], notes: list[PdfNote]) -> bool:
    """Move to its page's notes every running head that opens with the number of a note the notes lack and the page's
    body calls; whether any moved (the notes are then to be assembled again).

    >>> from histkit.read.pdf.lines import Line
    >>> def line(tokens, top): return Line([], 60, top, 300, top + 9, top + 9, 9, False, tokens)
    >>> def small(tokens, top): return Line([], 60, top, 300, top + 8, top + 8, 8, False, tokens)
    >>> page = PageRoles(heads=[line([("t", "Journal of Humanities 11 (2025)")], 10), small([("t", "22 Ibid., 242.")], 780)],
    ...                  body=[line([("t", "as Liang wrote."), ("m", "22")], 400)])
    >>> notes_back([page], [PdfNote("21", ["Ibid."], 1, (0, 0, 1, 1)), PdfNote("23", ["Ma."], 2, (0, 0, 1, 1))])
    True
    >>> [ln.text for ln in page.heads], [[ln.text for ln in column] for column in page.notes]
    (['Journal of Humanities 11 (2025)'], [['22 Ibid., 242.']])
    """
    numbers = {int(n.label) for n in notes if n.label.isdigit()}
    last = max(numbers, default=0)
    moved = False
    for role in roles:
        if not role.body:
            continue
        called = {text for line in role.body for kind, text in line.tokens if kind == "m"}
        size, foot = max(line.size for line in role.body), max(line.bottom for line in role.body)
        back = [head for head in role.heads if (m := _LABELLED.match(head.text)) is not None and m.group(1) in called
                and _between(int(m.group(1)), numbers, last) and head.size < _SMALLER * size and head.top > foot]
        if back:
            role.heads = [head for head in role.heads if head not in back]
            role.notes = note_columns([line for column in role.notes for line in column] + back)
            moved = True
    return moved
