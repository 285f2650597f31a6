"""Pieces of notes the walk left in the body: the rest of a note printed above its numbered start.

Some PDF extractions put the last lines of a note at the top of the page's
notes, before the notes that precede it and before its own numbered start.
The walk, reading in order, takes such a piece for the end of the body; once
every line is labelled, a piece that sits right on top of the page's notes
goes to the one note of the page left open in mid-sentence.

>>> from histkit.layout.lines import split_lines
>>> lines = split_lines("Body.1 More.2 End.3\\n\\nend of one.\\n1 One begins\\n2 Two.\\n3 Three.\\n")
>>> kind, note = ["body", "blank", "body"] + ["note"] * 3, [None, None, None, "1", "2", "3"]
>>> pieces_before_start(lines, kind, note, [1] * 6)
>>> note
[None, None, '1', '1', '2', '3']
"""

from __future__ import annotations

from .lines import Line, finished, heading_shape, note_open
from .markers import NUM_NOTE, label_number, number_of
from .signs import DATE_START

# a piece is the tail of one note: a few lines at most
_MAX_PIECE = 4


def pieces_before_start(lines: list[Line], kind: list[str], note: list[str | None], page: list[int]) -> None:
    """Give each piece of body set right above a page's notes to the note of that page left open (in place).

    A note is left open when it stops in mid-sentence (or inside a bracket)
    and the next note starts right under it. The piece is preceded by a blank
    line, runs with no blank line into the page's first note, and ends a
    sentence; it goes to the open note only when that note is the only one of
    its page.

    >>> from histkit.layout.lines import split_lines
    >>> lines = split_lines("Body.1\\n\\nA heading\\n1 One.\\n")
    >>> kind, note = ["body", "blank", "body", "note"], [None, None, None, "1"]
    >>> pieces_before_start(lines, kind, note, [1] * 4)
    >>> note
    [None, None, None, '1']
    """
    n = len(lines)
    for top in range(1, n):
        if kind[top] != "note" or kind[top - 1] != "body" or note[top] is None:
            continue
        j = top - 1
        while j >= 0 and kind[j] == "body" and top - j <= _MAX_PIECE:
            j -= 1
        if j < 0 or kind[j] != "blank" or j + 1 == top or top - j > _MAX_PIECE:
            continue
        first, last = j + 1, top - 1
        if not finished(lines[last].s) or (first == last and heading_shape(lines[first].s)):
            continue
        left_open = _left_open_notes(lines, kind, note, page, top)
        if len(left_open) == 1:
            for k in range(first, top):
                kind[k], note[k] = "note", left_open[0]


def pieces_of_later_notes(lines: list[Line], kind: list[str], note: list[str | None], page: list[int]) -> None:
    """Give a piece set among a page's notes to the later note of the page left open in mid-sentence (in place).

    Some extractions print the rest of a note above its numbered start, between
    two earlier notes; the walk hangs it on the finished note above it. A piece
    that starts in lower case after a finished sentence, ends a sentence and
    has another note right under it goes to the one later note of the page
    that stops in mid-sentence with another note right under it.

    >>> from histkit.layout.lines import split_lines
    >>> lines = split_lines("1 One.\\nand its end.\\n2 Two.\\n3 Three begins,\\n4 Four.\\n")
    >>> note = ["1", "1", "2", "3", "4"]
    >>> pieces_of_later_notes(lines, ["note"] * 5, note, [1] * 5)
    >>> note
    ['1', '3', '2', '3', '4']
    """
    n = len(lines)
    for k in range(1, n - 1):
        key = note[k]
        if kind[k] != "note" or key is None or note[k - 1] != key or not finished(lines[k - 1].s):
            continue
        t = lines[k].s.lstrip()
        if not (t[:1].isalpha() and t[:1].islower()) or NUM_NOTE.match(lines[k].s):
            continue
        last = k
        while last + 1 < n and note[last + 1] == key and not NUM_NOTE.match(lines[last + 1].s) \
                and last - k < _MAX_PIECE:
            last += 1
        after = note[last + 1] if last + 1 < n and kind[last + 1] == "note" else None
        if after is None or after == key or not finished(lines[last].s) or not NUM_NOTE.match(lines[last + 1].s):
            continue
        later = [q for q in _left_open_notes(lines, kind, note, page, last + 1) if q != key]
        if len(later) == 1:
            for q in range(k, last + 1):
                note[q] = later[0]


def _left_open_notes(lines: list[Line], kind: list[str], note: list[str | None], page: list[int],
                     top: int) -> list[str]:
    """The notes of the page starting at line ``top`` that stop in mid-sentence with another note right under them."""
    found: list[str] = []
    depth: dict[str, int] = {}
    k = top
    while k < len(lines) and page[k] == page[top] and kind[k] in ("note", "blank"):
        key = note[k]
        if kind[k] == "note" and key is not None:
            s = lines[k].s
            depth[key] = depth.get(key, 0) + s.count("(") + s.count("[") - s.count(")") - s.count("]")
            nxt = note[k + 1] if k + 1 < len(lines) and kind[k + 1] == "note" else None
            if nxt is not None and nxt != key and (note_open(s) or depth[key] > 0):
                found.append(key)
        k += 1
    return found


def numbered_lines_left(lines: list[Line], kind: list[str], note: list[str | None], called: set[int],
                        least: int = 5) -> str | None:
    """A loud warning when many body lines start like notes the text calls but that were not taken (None if few).

    Such lines mean the walk lost the count of the notes somewhere; the
    historian should look at the text before trusting its notes.

    >>> from histkit.layout.lines import split_lines
    >>> lines = split_lines("".join(f"{k} Note {k}.\\n" for k in range(12, 18)))
    >>> numbered_lines_left(lines, ["body"] * 6, [None] * 6, set(range(1, 20)))
    '6 lines that start like notes 12–17 were left in the body: the notes may be wrong from there on'
    """
    taken = {number_of(k) for k in note if k is not None}
    left = []
    for i, ln in enumerate(lines):
        if kind[i] != "body":
            continue
        m = NUM_NOTE.match(ln.s)
        if m and ln.s[m.end():].strip() and not DATE_START.match(ln.s):
            num = label_number(m)
            if num in called and num not in taken:
                left.append(num)
    if len(left) < least:
        return None
    return (f"{len(left)} lines that start like notes {min(left)}–{max(left)} were left in the body: "
            f"the notes may be wrong from there on")
