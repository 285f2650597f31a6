"""Notes marked with symbols that start again on every page (`*`, `†`, `‡`, `§`, `‖`, `¶`), numbered in reading order.

A booklet or journal that numbers no note marks its footnotes with the
classic series of reference marks (or with asterisks, `*`, `**`, `***`),
started again on each page: a mark names a note only on its page; or runs the
series on through the document (`*` … `¶`, `‖`, then `**`, `††`, as LaTeX's
`\fnsymbol` and Typst's `*` numbering do). Where a document's notes are all
marked so, each page's marks running down that series from its start or all
its marks running down it once, every note gets its number in reading order
(1, 2, 3 … across the pages) and the calls of its page answer it by its mark;
the mark as printed stays the note's label. A lone symbol note (`* Funded by …`)
or a symbol note beside numbered ones (a translator's `*`) keeps its mark.
A document whose only series is lettered in order (`a`, `b`, `c` … in calls
and labels, through the document or again from `a` on each page) or counted
in a word processor's other series (`i`, `ii`, `iii`; `I`, `II`; `A`, `B`; `a` … `z`, `aa`)
is numbered the same way, the letter or numeral kept as the label.
"""

from __future__ import annotations

from .labelshapes import SERIES
from .notes import PdfNote

#: The reference marks in the order a typesetter takes them, then doubled, then tripled; or asterisks counted.
CLASSIC = tuple(mark * n for n in (1, 2, 3) for mark in "*†‡§‖¶")
FNSYMBOL = tuple(mark * n for n in (1, 2, 3) for mark in "*†‡§¶‖")  # (LaTeX's and Typst's order: ¶ before ‖)
ASTERISKS = ("*", "**", "***", "****")
LETTERS = tuple("abcdefghijklmnopqrstuvwxyz")
# (a word processor's other series: `i`, `ii`, `iii`; `a` … `z`, `aa`; `I`, `II`; `A`, `B` …)
WORD_SERIES = tuple(tuple(label(n) for n in range(1, 1000)) for label in SERIES.values())


def _in_series(marks: list[str]) -> bool:
    """Whether a page's marks, in reading order, are the first of either series.

    >>> _in_series(["*", "†", "‡"]), _in_series(["*", "**"]), _in_series(["†", "*"]), _in_series(["*", "*"])
    (True, True, False, False)
    >>> _in_series(["a", "b", "c"]), _in_series(["a", "c"])
    (True, False)
    """
    return any(marks == list(series[:len(marks)]) for series in (CLASSIC, FNSYMBOL, ASTERISKS, LETTERS, *WORD_SERIES))


def number_symbol_notes(notes: list[PdfNote]) -> dict[int, dict[str, str]]:
    """Number the notes of a document marked only by symbols restarting per page; per page, each mark's number.

    The notes are renumbered in place (``label`` the number, ``printed`` the
    mark). Nothing changes (an empty answer) where a note is numbered, where
    there are fewer than two notes, or where a page's marks do not run down a
    series from its start.

    >>> def note(label, page): return PdfNote(label, ["x"], page, (0, 0, 1, 1))
    >>> notes = [note("*", 1), note("†", 1), note("*", 2)]
    >>> number_symbol_notes(notes), [(n.label, n.printed) for n in notes]
    ({1: {'*': '1', '†': '2'}, 2: {'*': '3'}}, [('1', '*'), ('2', '†'), ('3', '*')])
    >>> notes = [note("a", 1), note("b", 1), note("a", 2)]
    >>> number_symbol_notes(notes), [(n.label, n.printed) for n in notes]
    ({1: {'a': '1', 'b': '2'}, 2: {'a': '3'}}, [('1', 'a'), ('2', 'b'), ('3', 'a')])
    >>> notes = [note("*", 1), note("†", 1), note("‡", 2)]
    >>> number_symbol_notes(notes)[1], [(n.label, n.printed) for n in notes]
    ({'*': '1', '†': '2', '‡': '3'}, [('1', '*'), ('2', '†'), ('3', '‡')])
    >>> notes = [note("i", 1), note("ii", 1), note("iii", 2)]
    >>> number_symbol_notes(notes)[2], [(n.label, n.printed) for n in notes]
    ({'i': '1', 'ii': '2', 'iii': '3'}, [('1', 'i'), ('2', 'ii'), ('3', 'iii')])
    >>> number_symbol_notes([note("*", 1), note("1", 1)]), number_symbol_notes([note("*", 1)])
    ({}, {})
    """
    if len(notes) < 2 or any(n.label[:1].isdigit() for n in notes):
        return {}
    pages: dict[int, list[str]] = {}
    for note in notes:
        pages.setdefault(note.page, []).append(note.label)
    labels = [n.label for n in notes]  # (one series through the pages: lettered, or marks not started again)
    through = any(labels == list(series[:len(labels)]) for series in (LETTERS, *WORD_SERIES, CLASSIC, FNSYMBOL, ASTERISKS))
    if not through and not all(_in_series(marks) for marks in pages.values()):
        return {}
    numbers: dict[int, dict[str, str]] = {}
    for k, note in enumerate(notes, start=1):
        numbers.setdefault(note.page, {})[note.label] = str(k)
        note.printed, note.label = note.label, str(k)
    if through and len(set(labels)) == len(labels):  # a mark names its note on every page (a note set pages after
        whole = {mark: no for marks in numbers.values() for mark, no in marks.items()}  # its call, as Typst may)
        return {page: whole for page in range(1, max(numbers) + 1)}
    return numbers
