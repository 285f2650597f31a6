"""Signs the walk over a text's lines reads: line widths, where a page's body resumes, a note's rest.

These tell, when the text gives no blank line or running head, whether a line
after a note goes on with the note or starts a new page's body.

>>> from histkit.layout.lines import split_lines
>>> lines = split_lines("A note cut here,\\n\\nand going on.\\n")
>>> continues_after_blank(lines[0].s, lines[2].s)
True
"""

from __future__ import annotations

import re

from ..dates import month_names
from .lines import Line, finished, heading_shape, note_open, resumes_page, starts_low
from .markers import NUM_NOTE, calls_note, label_number, starts_like_note
from ..patterns import compiled

_DATE_START = compiled(r"[ \t]*\d{1,2}\.[ \t]*(?:\d{1,2}\.[ \t]*\d{2,4}|([^\W\d_]*[a-zčćšžđа-я][^\W\d_]*)[ \t]+\d{4})")


class _DateStart:
    """`14. 12. 1954;` or `30. jula 1952` at a line start is a date running on, not a note.

    The word before the year is a month: in lower case (as most languages
    write months), or a month's name; `17. Armenwet 1912, artikel 12` is a note.
    """

    def match(self, s: str) -> re.Match | None:
        m = _DATE_START.match(s)
        if m is None or m.group(1) is None or not m.group(1)[0].isupper():
            return m
        return m if m.group(1).casefold() in month_names() else None


DATE_START = _DateStart()



def line_widths(lines: list[Line], kind: list[str], note: list[str | None]) -> tuple[float, float] | None:
    """Typical length of a full line of body text and of note text, if they differ.

    Notes are set in smaller type, so their lines hold more characters; the
    first line of a note that goes on is a full note line for sure.
    """
    n = len(lines)
    body = sorted(len(lines[i].s.strip()) for i in range(n - 1) if kind[i] == "body" and kind[i + 1] == "body")
    notes = sorted(
        len(lines[i].s.strip()) for i in range(n - 1)
        if kind[i] == "note" and kind[i + 1] == "note" and note[i] == note[i + 1]
        and (i == 0 or note[i - 1] != note[i]) and len(lines[i].s.strip()) > 8
    )
    if len(body) < 8 or len(notes) < 5:
        return None
    wb, wn = body[len(body) // 2], notes[len(notes) // 2]
    return (wb, wn) if abs(wn - wb) >= 6 else None


def looks_like_body(lines: list[Line], heads: set[int], i: int, widths: tuple[float, float], expected: int,
                     last_note_line: str, after_blank: bool = False) -> bool:
    """Do the lines from ``i`` on have the width of body text (or call the next note)?"""
    wb, wn = widths

    def body_wide(k: int) -> bool:
        width = len(lines[k].s.strip())
        return abs(width - wb) <= 8 and abs(width - wb) + 2 <= abs(width - wn)

    run, j = [], i
    while j < len(lines) and len(run) < 6 and not lines[j].blank and j not in heads \
            and (j == i or not (starts_like_note(lines[j].s) or resumes_page(lines[j].s))):
        run.append(j)
        j += 1
    ended = len(run) < 6
    if after_blank and note_open(last_note_line) and finished(lines[i].s):
        return False  # a blank line in a note stopped in mid-sentence, then the note's last line
    for pos, k in enumerate(run[:4]):
        if calls_note(lines[k].s, expected):
            return all(body_wide(q) for q in run[:pos])
    if finished(last_note_line) and starts_low(lines[i].s) and body_wide(i):
        return True  # a finished note, then a line going on with a lower-case word
    full = run[:-1] if ended else run
    return len(full) >= 3 and all(body_wide(q) for q in full[:4])


def prev_kind(kind: list[str], i: int) -> str:
    """The kind of the last line before ``i`` that is not blank (`start` at the top).

    >>> prev_kind(["body", "blank", "note"], 2), prev_kind(["blank", "note"], 1)
    ('body', 'start')
    """
    j = i - 1
    while j >= 0 and kind[j] == "blank":
        j -= 1
    return kind[j] if j >= 0 else "start"


def continues_after_blank(last: str, s: str) -> bool:
    """After a blank line inside the notes: does the note go on, or does a new page's body start?

    >>> continues_after_blank("AJ, fond 507,", "Pismo."), continues_after_blank("AJ, 507.", "The war")
    (True, False)
    """
    t = last.rstrip()
    if not t:
        return False
    if t[-1].isalpha() or t[-1] in ",;:/(–—-\u00ad":
        return True
    if t[-1].isdigit() or t[-1] == ")":
        return starts_low(s)
    return False


def runs_to_page_end(lines: list[Line], heads: set[int], i: int) -> bool:
    """Do the lines from ``i`` fill the page to its end (the next running head or the end of the text)?"""
    j = i
    while j < len(lines) and not lines[j].blank and j not in heads and (j == i or not lines[j].s.startswith("\f")):
        j += 1
    while j < len(lines) and lines[j].blank and j not in heads:
        j += 1
    return j >= len(lines) or j in heads or lines[j].s.startswith("\f")


def runs_into_note(lines: list[Line], kind: list[str], heads: set[int], i: int, expected: int) -> bool:
    """Do the lines from ``i``, after some body of the page, run with no blank line into the next note?

    Then they sit in the notes of the page: the rest of a note cut at the page
    break, even when they begin with a capital (`Darstellung bei ...`). Lines
    that call the next note are the page's body running into its notes.
    """
    if prev_kind(kind, i) != "body":
        return False
    j = i
    while j < len(lines) and j - i <= 6 and not lines[j].blank and j not in heads:
        m = NUM_NOTE.match(lines[j].s) if j > i else None
        if m and not DATE_START.match(lines[j].s) and lines[j].s[m.end():].strip():
            return label_number(m) == expected
        if calls_note(lines[j].s, expected):
            return False
        j += 1
    return False


def is_continuation(lines: list[Line], kind: list[str], i: int, s: str) -> bool:
    """Is this paragraph, after a new page's body, the rest of the last note of the page before?

    The rest of a note comes after some body text of the new page, so the
    first paragraph of a page is never one.
    """
    j = i - 1
    while j >= 0 and kind[j] == "blank":
        j -= 1
    if j < 0 or kind[j] != "body":
        return False
    if starts_low(s):
        return True
    # a heading (one short line alone) does not end in a full stop, yet is finished
    single = j == 0 or kind[j - 1] in ("blank", "head")
    if single and heading_shape(lines[j].s):
        return False
    return not finished(lines[j].s)


def numbering_called(lines: list[Line], cands: dict[int, list[int]]) -> bool:
    """Does the text call a numbering of notes that starts above 1 (`41`, `42`, `43` of a continued article)?

    Three numbers in a row that lines start with, each called in the text.
    """
    labels = {label_number(m) for ln in lines if (m := NUM_NOTE.match(ln.s)) and not DATE_START.match(ln.s)}
    return any(n + 1 in labels and n + 2 in labels and {n, n + 1, n + 2} <= cands.keys() for n in labels if n > 5)


def ends_page(lines: list[Line], heads: set[int], i: int, expected: int, text: str) -> bool:
    """After a blank line in a note: is line ``i`` a short paragraph that runs into the page's end?

    A page's notes come last on it, so a paragraph of a line or three between
    them and the running head or form feed of the next page is the note's last
    paragraph (`Vertimas pridėtas l. 5.` after a quoted document), not body;
    but a line printed on other pages too (`Brought to you by | …`) is the page's furniture.
    """
    j = i
    while j < len(lines) and not lines[j].blank and j not in heads and (j == i or not lines[j].s.startswith("\f")):
        if j - i >= 3 or (j > i and starts_like_note(lines[j].s)) or calls_note(lines[j].s, expected) \
                or text.count(lines[j].s.strip()) > 1:
            return False
        j += 1
    return j < len(lines) and (j in heads or lines[j].s.startswith("\f"))
