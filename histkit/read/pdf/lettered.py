"""An editor's lettered notes beside the numbered ones: set apart from the notes, wherever they stand in the foot.

A source edition prints its editor's textual notes lettered (`ᵃ Segue-se,
riscado`, raised letters in the edited text and in the foot) beside the
numbered commentary that is read as the notes; a lettered series is a series
of notes only where it is the document's only one (`notes.label_style`).
Set above the numbered notes, such a line opened the page's foot and
belonged to no note; set under them (LaTeX's `manyfoot` puts a new series
under the footnotes, its `para` option runs the lettered notes together in
one paragraph) it went on with the page's last numbered note. So its lines
are taken out of the note columns — the line a raised letter opens, and the
lines after it up to the next line a label opens — and written with the
page's text that belongs to no note, its letters as text.
"""

from __future__ import annotations

from .lines import Line
from .notegaps import opening_number


def lettered_apart(note_pages: list[list[list[Line]]]) -> dict[int, list[Line]]:
    """Take the lines of lettered notes out of ``note_pages`` (per page its note columns, changed in place); per page
    index the lines taken, their raised letters made text.

    >>> def line(lead, text): return Line([], 60, 0, 300, 8, 8, 8, False, ([("m", lead)] if lead else []) + [("t", text)])
    >>> column = [line("1", " TLA, Urkunde 48."), line("2", " Ladinia 12."), line("a", " Sura la parora."),
    ...           line("", "Badia."), line("3", " Ibid.")]
    >>> pages = [[column]]
    >>> apart = lettered_apart(pages)
    >>> [ln.text for ln in pages[0][0]], [ln.text for ln in apart[0]]
    (['1 TLA, Urkunde 48.', '2 Ladinia 12.', '3 Ibid.'], ['a Sura la parora.', 'Badia.'])
    """
    apart: dict[int, list[Line]] = {}
    for p, columns in enumerate(note_pages):
        kept_columns = []
        for column in columns:
            kept, inside = [], False
            for line in column:
                lead = line.lead()
                if lead is not None and lead.isalpha():
                    inside = True
                elif lead is not None or opening_number(line) is not None:
                    inside = False
                (apart.setdefault(p, []) if inside else kept).append(line)
            if kept:
                kept_columns.append(kept)
        columns[:] = kept_columns
    letters_as_text([[lines] for lines in apart.values()])
    return apart


def letters_as_text(note_pages: list[list[list[Line]]]) -> None:
    """Make the raised letters that open note lines text again: they label no note of their own.

    An edition prints its editor's lettered notes (`ᵃ Segue-se, riscado`)
    beside the numbered commentary that is read as the notes; a lettered
    series is a series of notes only where it is the document's only one.

    >>> line = Line([], 0, 0, 100, 8, 8, 8, False, [("m", "a"), ("t", " Segue-se."), ("m", "1")])
    >>> letters_as_text([[[line]]])
    >>> line.tokens
    [('t', 'a Segue-se.'), ('m', '1')]
    """
    for page in note_pages:
        for column in page:
            for line in column:
                lead = line.lead()
                if lead is not None and lead.isalpha():
                    rest = line.tokens[1:]
                    if rest and rest[0][0] == "t":
                        line.tokens = [("t", lead + rest[0][1])] + rest[1:]
                    else:
                        line.tokens = [("t", lead)] + rest
