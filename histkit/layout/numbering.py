"""One numbering of a document's notes on every route: once through in reading order, as a reader counts them.

The notes table's ``note_no`` is a public contract: a notebook sorts and
joins by it, citations chain Ibid. to it. A PDF, Word or TEI file (whose
reader states each note's printed number) and a text (whose walk tells the
notes apart by the sequence of numbers) must give the same article the same
keys, so both routes number their notes here. The number printed before a
note stays in the notes table's ``label``.
"""

from __future__ import annotations

from collections.abc import Sequence
from ..patterns import compiled

# a number that is not a plain integer: a note inserted at proof stage (`4a`, `12bis`: the readers know the suffixes),
# one counted within a chapter (`2.3`)
_COUNTED_ON = compiled(r"\d{1,4}(?:[a-z]{1,9}|\.\d{1,3})")


def number_notes(printed: Sequence[str], restarts: Sequence[bool] | None = None) -> list[str]:
    """The key of each printed note number, numbering the notes once through in reading order.

    ``printed`` holds the numbers (or symbols) printed before the notes, in
    reading order; the same number right after itself is the same note going
    on (a note cut by a page break). A series of notes numbered from 1 again
    (page by page, endnotes by section, a second article) is counted on from
    the highest key before it: printed 1–3, 1–2 are keyed 1–5. A second
    series starts where a number met before comes again after a higher one,
    or, where the caller knows better (the walk over a text's lines tells
    each page's notes apart), wherever ``restarts`` says.

    A number that is not an integer is counted on too: chapter-numbered notes
    (1.1–1.3, 2.1 are keyed 1–4), a note inserted at proof stage (1–4, 4a, 5
    are keyed 1–6, the notes after it one on from their printed number; so
    are 1, 1bis, 2). A
    symbol keeps its symbol, in a later series after that series' number
    (``2.*``), so that each page's asterisk stays a note of its own; so does
    a symbol met again in a series after other notes (an editor's ``*`` on
    every page beside the numbered notes): its second note is keyed ``*.2``.

    >>> number_notes(["1", "2", "3", "1", "2"]), number_notes(["1", "1"], restarts=[False, True])
    (['1', '2', '3', '4', '5'], ['1', '2'])
    >>> number_notes(["1", "2", "2", "2a", "3", "1", "*"]), number_notes(["1", "1bis", "2", "2bis", "2ter", "3"])
    (['1', '2', '2', '3', '4', '5', '2.*'], ['1', '2', '3', '4', '5', '6'])
    >>> number_notes(["*", "†", "1", "2", "*", "3", "*", "*"])
    ['*', '†', '1', '2', '*.2', '3', '*.3', '*.3']
    >>> number_notes(["*", "1", "2", "*", "1", "2"])  # two chapters, each with its author's `*` note
    ['*', '1', '2', '*.2', '3', '4']
    """
    series, last, seen, keys = 1, None, set(), []
    # the series' last number: a symbol note between two numbers (a chapter's `*` note on its author, set before its
    # note 1) does not hide that the numbers start again
    number = None
    marks: dict[str, int] = {}  # how many notes of the series each symbol has marked so far
    offset = top = 0  # what a later series' numbers are counted on from; the highest key so far
    for k, no in enumerate(printed):
        if restarts is not None:
            new = restarts[k]
        else:
            new = no in seen and no != last and no.isdecimal() and number is not None and int(no) < int(number)
        if new:
            series, seen, offset, last, marks, number = series + 1, set(), top, None, {}, None
        seen.add(no)
        if _COUNTED_ON.fullmatch(no):  # `4a`, `2.3`: the next note as a reader counts them
            if no == last:  # the same note going on
                key = keys[-1]
            else:
                key = str(top + 1)
                offset += no[-1].isalpha()  # the numbers after an inserted `4a` are one behind the count
        elif no.isdecimal():
            key = str(offset + int(no))
        else:
            marks[no] = marks.get(no, 0) + (no != last)  # (right after itself: the same note going on)
            key = no if series == 1 else f"{series}.{no}"
            key = key if marks[no] < 2 else f"{key}.{marks[no]}"
        last = no
        number = no if no.isdecimal() else number
        top = max(top, int(key)) if key.isdecimal() else top
        keys.append(key)
    return keys
