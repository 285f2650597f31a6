"""Running heads that carry the page's folio: `412 Agnieszka Rembowska` at a page's foot, `Title 143` at its head.

A journal numbers its pages in sequence, so the folio printed on page k is
the folio of page j plus k - j. A line at the very top or foot of a page
(the outermost baseline) that starts or ends with the number that sequence
gives that page — the one offset between folio and page index that most
pages share, two or more — is a running head with its folio, whatever its words (page 1 may print the folio
alone, the even pages the author, the odd ones the title). A line beside a
folio on its baseline (a running head set apart from the folio in the same
band) is a running head too. Folios in Roman numerals count as their values do. A folio set level
with the page's last note line, beside it, is first cut off that line (`folios_apart`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from .lines import Line, line_of
from ...patterns import compiled

_LEADING = compiled(r"(\d{1,4})(?:\s|$)")
_TRAILING = compiled(r"(?:^|\s)(\d{1,4})$")
# a folio in Roman numerals (a yearbook that numbers its pages `CCXIII`, a preface's `xiv`), all of one case
_LEADING_ROMAN = compiled(r"([IVXLCDM]{1,12}|[ivxlcdm]{1,12})(?:\s|$)")
_TRAILING_ROMAN = compiled(r"(?:^|\s)([IVXLCDM]{1,12}|[ivxlcdm]{1,12})$")
_ROMAN = compiled(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}


def roman(numeral: str) -> int | None:
    """The value of a well-formed Roman numeral (either case), or None.

    >>> roman("CCXIV"), roman("xiv"), roman("IIII"), roman("MIX"), roman("")
    (214, 14, None, 1009, None)
    """
    numeral = numeral.upper()
    if not numeral or not _ROMAN.fullmatch(numeral):
        return None
    values = [_VALUES[c] for c in numeral]
    return sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values))


def folio_numbers(text: str) -> tuple[int, ...]:
    """The numbers a line starts or ends with that may be a folio set beside a running head's words.

    An Arabic number first, as it stands (the one it starts with, else the one
    it ends with); on a line without one, the Roman numerals it starts or ends
    with, both: a head's first word may be Roman letters that are words
    (Italian `I`, `DI`), and the page sequence tells which is the folio.

    >>> folio_numbers("I CONTADINI DEL POLESINE 214"), folio_numbers("CCXIV"), folio_numbers("I contadini CCXIV"), folio_numbers("Title")
    ((214,), (214,), (1, 214), ())
    """
    text = text.strip()
    match = _LEADING.match(text) or _TRAILING.search(text)
    if match:
        return (int(match.group(1)),)
    found = [roman(m.group(1)) for m in (_LEADING_ROMAN.match(text), _TRAILING_ROMAN.search(text)) if m]
    return tuple(dict.fromkeys(n for n in found if n is not None))


def folio_lines(pages: list[list[Line]], heights: list[float], band: float,
                standing: Callable[[int, int], bool] | None = None) -> set[tuple[int, int]]:
    """(page index, line index) of the lines at a page's edge that carry the folio the page sequence gives.

    ``standing(p, i)``, where given, says which lines may be folios at all (a folio stands apart from the text
    near it): only theirs count towards the sequence, so a note line under the last on its page (`2 Ibid.`)
    does not make a lone note's label overleaf (`3 Overseers' accounts`) a folio.

    >>> def line(text, top): return Line([], 50, top, 300, top + 8, top + 8, 8, False, [("t", text)])
    >>> pages = [[line("Body", 100), line("411", 560)], [line("Body", 100), line("412 Agnieszka Rembowska", 560)],
    ...          [line("Body", 100), line("1769 and after", 560)]]
    >>> sorted(folio_lines(pages, [600, 600, 600], 0.15))
    [(0, 1), (1, 1)]
    """
    found: list[tuple[int, int, int]] = []
    for p, (lines, height) in enumerate(zip(pages, heights)):
        if not lines:
            continue
        first, last = min(ln.base for ln in lines), max(ln.base for ln in lines)
        for i, line in enumerate(lines):
            if abs(line.base - first) > 1.0 and abs(line.base - last) > 1.0:
                continue  # only the outermost lines: a note's label under the text is no folio
            middle = (line.top + line.bottom) / 2
            if band * height < middle < (1 - band) * height or line.lead() is not None:
                continue
            if standing is not None and not standing(p, i):
                continue
            found.extend((p, i, number - p) for number in folio_numbers(line.text))
    pages_of = Counter(off for _, off in {(p, off) for p, _, off in found})
    if not pages_of:
        return set()
    (offset, pages), = pages_of.most_common(1)
    return {(p, i) for p, i, off in found if off == offset} if pages >= 2 else set()


def beside_folios(pages: list[list[Line]], heads: set[tuple[int, int]], band: float,
                  heights: list[float]) -> set[tuple[int, int]]:
    """Lines in a page's top or bottom band on the baseline of a folio found there (`234   Tomáš Kadeřábek`)."""
    out = set()
    for p, i in heads:
        folio = pages[p][i]
        if not folio_numbers(folio.text):
            continue
        for k, line in enumerate(pages[p]):
            middle = (line.top + line.bottom) / 2
            if (k != i and (p, k) not in heads and abs(line.base - folio.base) < 1.0 and line.lead() is None
                    and not band * heights[p] < middle < (1 - band) * heights[p]):
                out.add((p, k))
    return out


def folios_apart(pages: list[list[Line]], heights: list[float], band: float) -> None:
    """Cut the page's folio off a note line it is set on (in the outer margin, on the baseline of the last note line).

    A journal that prints no folio in its running heads may set it level
    with the page's last line of notes, outside the column: on the left of an
    even page, before that note's raised label (`66 ¹¹ Βλ. …`), or on the
    right of an odd page, after the note's end past a wide space (`… σ. 131.
    65`). Where that number is the folio the page sequence gives, it becomes
    a line of its own (a running head, found as the others are), not words
    of the note. After a note's end, only on a line set close under another,
    as a block's lines are: a running foot (`Journal of History   145`)
    stands apart and keeps its folio.

    >>> from histkit.read.pdf.extract import Piece
    >>> from histkit.read.pdf.lines import line_of
    >>> def piece(text, x0, x1, base=560, size=8): return Piece(text, x0, base - size, x1, base, base, size, False)
    >>> odd = [line_of([piece("Body", 50, 300, 100)]), line_of([piece("9 Νικολαΐδου, «Οι μύλοι», σ. 99.", 57, 320, 551)]),
    ...        line_of([piece("σ. 131.", 57, 90), piece("65", 300, 310)])]
    >>> even = [line_of([piece("Body", 50, 300, 100)]), line_of([piece("10 ΓΑΚ, κώδ. 11.", 57, 140, 551)]),
    ...         line_of([piece("66 ", 28, 38), piece("11", 57, 62, 558, 5), piece("Βλ. τον πίνακα.", 66, 140)])]
    >>> folios_apart([odd, even], [600, 600], 0.15)
    >>> [ln.tokens for ln in odd[2:]], [ln.tokens for ln in even[2:]]
    ([[('t', 'σ. 131.')], [('t', '65')]], [[('t', '66')], [('m', '11'), ('t', ' Βλ. τον πίνακα.')]])
    """
    for p, i in sorted(folio_lines(pages, heights, band), reverse=True):
        line = pages[p][i]
        pieces = sorted(line.pieces, key=lambda piece: piece.x0)
        if len(pieces) < 2:
            continue
        first, last = pieces[0], pieces[-1]
        folio = folio_numbers(line.text)
        if (first.text.strip().isdigit() and (int(first.text),) == folio and len(line.tokens) > 1
                and line.tokens[1][0] == "m"):  # the folio, then a note's raised label
            parts = [[first], pieces[1:]]
        elif (last.text.strip().isdigit() and (int(last.text),) == folio and last.x0 - pieces[-2].x1 > 2 * line.size
              and _in_block(line, pages[p])):  # a note's end, a wide space, the folio (a running foot stands apart)
            parts = [pieces[:-1], [last]]
        else:
            continue
        pages[p][i:i + 1] = [line_of(part) for part in parts]


def _in_block(line: Line, lines: list[Line]) -> bool:
    """Whether another line stands over ``line`` at a line step (under 1.6 sizes), sharing some of its width."""
    return any(0.5 < line.base - other.base < 1.6 * line.size and other.x0 < line.x1 and line.x0 < other.x1
               for other in lines if other is not line)
