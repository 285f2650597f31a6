"""The back-link a web page prints with each note: `↑ Texto …`, `… S. 52. ↩`.

A journal's web page gathers its notes after the text, each with a link back
to its call: a mark opening the note (`↑`, `^`) or closing it (`↩`). Printed
by a browser or an HTML engine the mark stays on the page, but it is no word
of the note. The marks are data (``histkit/data/read/backlink_marks.csv``: a
mark, whether it opens or closes a note, what it is; a list a user can
extend). A mark is a back-link where it stands apart at that end of most of
the document's notes: one note closing on an arrow of its own says nothing.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Protocol

from ...data import data_rows


class _Note(Protocol):  # (a `notes.PdfNote`)
    label: str
    lines: list[str]


@lru_cache(maxsize=1)
def backlink_marks() -> tuple[tuple[str, str], ...]:
    """(mark, place) of the back-links, ``place`` "opens" or "closes" the note.

    >>> ("↑", "opens") in backlink_marks() and ("↩", "closes") in backlink_marks()
    True
    """
    return tuple((row["mark"].strip(), row["place"].strip()) for row in data_rows("read", "backlink_marks.csv")
                 if row["mark"].strip())


def _has(note: _Note, mark: str, place: str) -> bool:
    if not note.lines:
        return False
    if place == "opens":
        head = note.lines[0]
        return head == mark or head.startswith(mark + " ")
    tail = note.lines[-1]
    return tail == mark or tail.endswith(" " + mark)


def _strip(note: _Note, mark: str, place: str) -> None:
    if place == "opens":
        note.lines[0] = note.lines[0][len(mark):].lstrip()
        if not note.lines[0]:
            del note.lines[0]
    else:
        note.lines[-1] = note.lines[-1][:-len(mark)].rstrip()
        if not note.lines[-1]:
            del note.lines[-1]


def without_backlinks(notes: list[_Note]) -> None:
    """Take the back-link marks off the notes (in place) where most of them carry one at the same end.

    >>> from types import SimpleNamespace as N
    >>> notes = [N(label="1", lines=["↑ Archivo, leg. 3."]), N(label="2", lines=["↑ Ibidem."]),
    ...          N(label="3", lines=["Ver arriba ↑"])]
    >>> without_backlinks(notes); [n.lines for n in notes]
    [['Archivo, leg. 3.'], ['Ibidem.'], ['Ver arriba ↑']]
    >>> lone = [N(label="1", lines=["See the map ↩"]), N(label="2", lines=["Ibid."]), N(label="3", lines=["Ibid."])]
    >>> without_backlinks(lone); lone[0].lines
    ['See the map ↩']
    """
    if len(notes) < 2:
        return
    for mark, place in backlink_marks():
        carrying = [note for note in notes if _has(note, mark, place)]
        if 2 * len(carrying) > len(notes):
            for note in carrying:
                _strip(note, mark, place)
