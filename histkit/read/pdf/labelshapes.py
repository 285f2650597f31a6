"""The shapes of a note's label printed on the line: a number and the mark that closes it (`1.`, `1)`, `1.-`).

Journals close a label set on the line (not raised) with a full stop, a
parenthesis or, in Spanish and Latin American journals, a full stop and a
hyphen (`1.- Archivo …`). The closing marks are data
(``histkit/data/read/label_marks.csv``, a list a user can extend); a label in
parentheses or brackets, `(1)`, `[1]`, is a shape of its own.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ...data import word_column
from .lines import Line
from ...patterns import compiled


@lru_cache(maxsize=1)
def label_marks() -> tuple[str, ...]:
    """The marks that may close a number printed as a note's label on the line, the longest first.

    >>> {".", ")", ".-"} <= set(label_marks()), label_marks().index(".-") < label_marks().index(".")
    (True, True)
    """
    return tuple(sorted(set(word_column("read", "label_marks.csv", "mark")), key=lambda m: (-len(m), m)))  # (ties fixed)


def closing_marks() -> str:
    """A regular expression of the closing marks (without a group), for a label pattern to end with.

    >>> re.fullmatch(rf"\\d+(?:{closing_marks()})?", "7.-") is not None
    True
    """
    return "|".join(re.escape(m) for m in label_marks())


# `1`, `1.`, `1.-`, `(1)`, `[1]` (a web journal's note list, Érudit's, Cairn's): then a space
_NUMBERED = compiled(rf"\s*(?:\((\d{{1,4}})\)|\[(\d{{1,4}})\]|(\d{{1,4}})(?:{closing_marks()})?)\s")


def numbered_label(line: Line) -> int | None:
    """The number of the label a line opens with, raised or on the line (`1`, `1.`, `1)`, `(1)`, `1.-`), else None.

    >>> numbered_label(Line([], 0, 0, 90, 8, 8, 8, False, [("t", "3.- Ibídem, fol. 38v.")]))
    3
    >>> numbered_label(Line([], 0, 0, 90, 8, 8, 8, False, [("t", "Ibídem, fol. 38v.")])) is None
    True
    >>> numbered_label(Line([], 0, 0, 90, 8, 8, 8, False, [("t", "[12] Ebd., Bl. 17.")]))
    12
    """
    lead = line.lead()
    if lead is not None:
        return int(lead) if lead.isdigit() else None
    match = _NUMBERED.match(line.text)
    return int(next(g for g in match.groups() if g)) if match else None



# a number printed as a label on the line, in its shape: an opening bracket, the number, what closes it
_SHAPED = compiled(rf"\s*([(\[])?(\d{{1,4}})((?(1)[)\]]|(?:{closing_marks()})?))(?=\s|$)")


def label_shape(text: str) -> str | None:
    """How the number a line opens with is printed as a label, the digits left out (`1.` '.', `1)` ')', `[1]` '[]',
    a bare `1` ''), else None.

    >>> label_shape("1. Archivo"), label_shape("1) Zeitungen"), label_shape("[12] Ebd."), label_shape("12 de las")
    ('.', ')', '[]', '')
    >>> label_shape("Ibid., fol. 2."), label_shape("1.277 reales")
    (None, None)
    """
    match = _SHAPED.match(text)
    return None if match is None else (match.group(1) or "") + match.group(3)


def series_shape(lines: list[Line], first: int) -> str | None:
    """The one shape a document prints its note labels in on the line, read off the lines (in reading order) that
    open with the number due: three or more, four in five of them alike; else None (too few, or mixed; raised
    labels are no line's words).

    A note's own lines may open with a number in another shape (a list's `1)`, `2)` in notes labelled `1.`; a
    folio `12` after a line break): where the labels keep one shape, such a number labels no note.

    >>> def line(text): return Line([], 60, 0, 300, 8, 8, 8, False, [("t", text)])
    >>> notes = [line("1. Ebd."), line("2. Die Fälle:"), line("1) Zeitungen;"), line("2) Schriften;"), line("3) andere."),
    ...          line("4. Ebd."), line("5. Ebd.")]
    >>> series_shape(notes, 1), series_shape(notes[:2], 1)
    ('.', None)
    """
    expected, shapes = first, Counter()
    for line in lines:
        match = _SHAPED.match(line.text) if line.lead() is None else None
        if match and int(match.group(2)) == expected:
            shapes[(match.group(1) or "") + match.group(3)] += 1
            expected += 1
    shape, count = shapes.most_common(1)[0] if shapes else ("", 0)
    return shape if count >= 3 and count >= 0.8 * sum(shapes.values()) else None


def due_later(lines: list[Line], expected: int, shape: str | None) -> bool:
    """Whether one of ``lines`` opens with the label due: ``expected``, raised or on the line (in ``shape`` if known).

    >>> def line(text): return Line([], 60, 0, 300, 8, 8, 8, False, [("t", text)])
    >>> due_later([line("de las de gloria."), line("5 Así la hermandad")], 5, ""), due_later([line("5) Así")], 5, "")
    (True, False)
    """
    for line in lines:
        lead = line.lead()
        if lead is not None:
            if lead == str(expected):
                return True
            continue
        match = _SHAPED.match(line.text)
        if match and int(match.group(2)) == expected and shape in (None, (match.group(1) or "") + match.group(3)):
            return True
    return False


def words_of_a_note(line: Line, whole: Line, label: str, expected: int, shape: str | None,
                    columns: list[list[Line]]) -> bool:
    """Whether the number `notes.label_of` read as the label opening ``line`` (of ``whole``, in the page's note
    ``columns``) is a note's words: printed in another shape than the document's labels (`shape`: a list's `1)`,
    `2)` in notes labelled `1.`, a folio `12` after a line break), or ahead of the number due where a line further
    down the page opens with that one (the paragraph `12 de las de gloria …` of note 4, note 5 below it).

    >>> def line(text): return Line([], 60, 0, 300, 8, 8, 8, False, [("t", text)])
    >>> page = [[line("4 Ibid."), line("12 de las de gloria."), line("5 Así la hermandad")]]
    >>> words_of_a_note(page[0][1], page[0][1], "12", 5, "", page), words_of_a_note(page[0][2], page[0][2], "5", 5, "", page)
    (True, False)
    >>> words_of_a_note(line("3) andere."), line("3) andere."), "3", 3, ".", page)
    True
    """
    if not label.isdigit() or line.lead() is not None:
        return False
    if shape is not None and label_shape(line.text) not in (shape, None):
        return True
    if int(label) <= expected:
        return False
    lines = [ln for column in columns for ln in column]
    return due_later(lines[next(k for k, ln in enumerate(lines) if ln is whole) + 1:], expected, shape)


_NUMERALS = (("m", 1000), ("cm", 900), ("d", 500), ("cd", 400), ("c", 100), ("xc", 90), ("l", 50), ("xl", 40),
             ("x", 10), ("ix", 9), ("v", 5), ("iv", 4), ("i", 1))


def roman_numeral(n: int) -> str:
    """``n`` as a lowercase roman number, the way Word and LibreOffice label notes numbered so.

    >>> roman_numeral(4), roman_numeral(9), roman_numeral(14), roman_numeral(49)
    ('iv', 'ix', 'xiv', 'xlix')
    """
    out = []
    for numeral, value in _NUMERALS:
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


def word_letters(n: int) -> str:
    """``n`` as Word and LibreOffice letter notes numbered `a`, `b` … `z`, then `aa`, `bb` … (the letter doubled).

    >>> word_letters(1), word_letters(26), word_letters(27), word_letters(53)
    ('a', 'z', 'aa', 'aaa')
    """
    return "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26] * ((n - 1) // 26 + 1)


#: The series a word processor numbers notes in besides 1, 2, 3 (its options), each as the label of note n.
SERIES = {"roman": roman_numeral, "ROMAN": lambda n: roman_numeral(n).upper(), "letters": word_letters,
          "LETTERS": lambda n: word_letters(n).upper()}


def series_style(called: frozenset) -> str | None:
    """The series whose first three labels the body raises as calls (`i`, `ii`, `iii`; `a`, `b`, `c`; `I`, `II`, `III`),
    else None.

    >>> series_style(frozenset({"i", "ii", "iii", "iv"})), series_style(frozenset({"A", "B", "C"})), series_style(frozenset({"1"}))
    ('roman', 'LETTERS', None)
    """
    return next((name for name, label in SERIES.items() if {label(1), label(2), label(3)} <= called), None)


def series_number(label: str, style: str) -> int | None:
    """The number of a label in the series ``style`` (up to 999), else None.

    >>> series_number("xiv", "roman"), series_number("bb", "letters"), series_number("b", "roman")
    (14, 28, None)
    """
    return _series_numbers(style).get(label)


@lru_cache(maxsize=8)
def _series_numbers(style: str) -> dict[str, int]:
    return {SERIES[style](n): n for n in range(999, 0, -1)}


def series_label(text: str, expected: int, style: str = "roman") -> tuple[str, str] | None:
    """A note line that opens with the label due in its series (roman `iv`, letters `d`, …), raised or not, glued to
    the first word or apart (`iiiVer Rahel …`, `iv. La Epoka …`, a label alone on its line): (label, the words after
    it); else None.

    A lowercase letter after the label goes on with a word (`viene`, `vis-à-vis`, `dAHPU` is `d` + `AHPU`): no label.

    >>> series_label("iiiVer R. Benveniste", 3), series_label("iv. La Epoka", 4), series_label("vi", 6)
    (('iii', 'Ver R. Benveniste'), ('iv', 'La Epoka'), ('vi', ''))
    >>> series_label("viene de", 6), series_label("iiIbid.", 3), series_label("dAHPU, lib. 12.", 4, "letters")
    (None, None, ('d', 'AHPU, lib. 12.'))
    """
    text = text.lstrip()
    numeral = SERIES[style](expected)
    rest = text[len(numeral):]
    if not text.startswith(numeral) or rest[:1].islower() or rest[:1].isdigit():
        return None
    for mark in label_marks():
        if rest.startswith(mark) and rest[len(mark):len(mark) + 1].isspace():
            rest = rest[len(mark):]
            break
    return numeral, rest.lstrip()
