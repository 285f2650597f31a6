"""A book's front-matter notes numbered in roman figures before its chapters' numbered notes (`i`, `ii`, `iii`, then
`1`, `2` …), read as notes and numbered in reading order.

A book numbers the notes of its preface, foreword or introduction in small roman figures and those of its
chapters from 1 again, each chapter anew. Where the labels stand on the line (`i.`, `ii.` where the chapters print
`1.`), the reader of numbered labels leaves the roman ones as lines of the note area that are no note's. Where the
body raises that roman series as calls beside the numbers, the note-area lines opening with its labels in turn,
on the pages up to the first numbered note, are those notes: each is numbered in reading order (the chapters'
notes then count on from them, a series numbered from 1 again) and its calls answer it by its numeral, the numeral
kept as the label printed.
"""

from __future__ import annotations

from .labelshapes import series_label, series_style
from .lines import Line, numbered
from .notes import PdfNote


def preface_notes(notes: list[PdfNote], stray: dict[int, list[Line]], called: frozenset) -> dict[int, dict[str, str]]:
    """Take the front matter's roman notes out of ``stray`` (per page index, the note-area lines that are no note's)
    into ``notes`` (both changed in place, the notes kept in reading order); per page number, each numeral's number.

    >>> def line(text): return Line([], 60, 0, 300, 8, 8, 8, False, [("t", text)])
    >>> notes = [PdfNote("1", ["TNA, C 66/1078."], 2, (0, 0, 1, 1))]
    >>> stray = {0: [line("i. The archive is at Warwick,"), line("CR 1600."), line("ii. Spelling is modernised.")]}
    >>> preface_notes(notes, stray, frozenset({"i", "ii", "iii", "1"})), stray
    ({1: {'i': '1', 'ii': '2'}}, {0: []})
    >>> [(n.label, n.printed, " ".join(n.lines)) for n in notes]
    [('1', 'i', 'The archive is at Warwick, CR 1600.'), ('2', 'ii', 'Spelling is modernised.'), ('1', '', 'TNA, C 66/1078.')]
    """
    if series_style(called) != "roman" or not any(numbered(n.label) for n in notes) or any(
            n.printed for n in notes):
        return {}
    first = min(n.page for n in notes if numbered(n.label))
    found: list[PdfNote] = []
    for p in sorted(k for k in stray if k + 1 <= first):
        kept = []
        for line in stray[p]:
            label = series_label(line.text, len(found) + 1, "roman")
            if label is not None and label[0] in called:
                found.append(PdfNote(str(len(found) + 1), [label[1]] if label[1] else [], p + 1, line.box,
                                     order=-1, printed=label[0]))
            elif found and found[-1].last_page == p + 1:
                found[-1].extend(line.text, p + 1, line.box)
            else:
                kept.append(line)
        stray[p] = kept
    notes[:] = sorted(found + notes, key=lambda n: n.page)  # (stable: each page's notes in the order read)
    numbers: dict[int, dict[str, str]] = {}
    for note in found:
        numbers.setdefault(note.page, {})[note.printed] = note.label
    return numbers
