"""The notes of the text before a document, on its copy's first page: a copy that starts on the last page of the
article or chapter before.

A copier, a book scanner (an opening of two pages) or a library's order of a page range often takes in the last
page of what precedes the document: its last paragraphs, its signature, and its last notes at the page's foot,
numbered where that text had got to (27, 28, 29). Those notes are not the document's: the document's own notes
begin at 1 on a later page. Where the first page's notes run on from a number above 1 and the next note after
them is a 1 on a later page, they are set apart as front matter (not notes), and their calls on that page are no
calls; a problem says so. A document whose notes begin above 1 and never start again at 1 (a chapter numbered on
from the one before) keeps them.
"""

from __future__ import annotations

from dataclasses import replace

from .model import Block


def notes_before(blocks: list[Block]) -> list[int]:
    """The indices of the note blocks that end the text before the document on its first page (none: ``[]``).

    >>> def note(no, page):
    ...     return Block(f"t:{no}", "note", 0, 1, no, no, page, "", no)
    >>> notes_before([note("27", 1), note("28", 1), note("28", 1), note("1", 2), note("2", 2)])
    [0, 1, 2]
    >>> notes_before([note("27", 1), note("28", 2), note("1", 3)]), notes_before([note("27", 1), note("1", 1)])
    ([], [])
    """
    notes = [(k, b) for k, b in enumerate(blocks) if b.zone == "note" and b.note_no is not None]
    if not notes or not notes[0][1].note_no.isdecimal() or int(notes[0][1].note_no) < 2:
        return []
    page, last, run = notes[0][1].page, int(notes[0][1].note_no), []
    for k, b in notes:
        no = b.note_no
        if no.isdecimal() and int(no) in (last, last + 1) and b.page == page:
            run.append(k)  # (the same number again: the note going on over a column's foot)
            last = int(no)
            continue
        return run if no == "1" and page is not None and b.page is not None and b.page > page else []
    return []


def set_apart(blocks: list[Block], before: list[int]) -> tuple[list[Block], set[str]]:
    """``blocks`` with the notes at ``before`` made front matter, and the printed numbers they had.

    >>> blocks, numbers = set_apart([Block("t:0", "note", 0, 9, "27 HStAS", "27 HStAS", 1, "", "27")], [0])
    >>> [(b.zone, b.note_no) for b in blocks], numbers
    ([('front', None)], {'27'})
    """
    numbers = {blocks[k].note_no for k in before}
    out = list(blocks)
    for k in before:
        out[k] = replace(blocks[k], zone="front", note_no=None, section="")
    return out, numbers
