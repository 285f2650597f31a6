"""Note calls and labels on scanned pages, seen in the page's image where the OCR layer lost them.

An OCR program (Tesseract through ocrmypdf, the layers of digitised journals)
writes its text invisible over the page image, each word on its line's
baseline: a raised call glued to its word comes out in the layer as part of
the word, on the line, and mostly as something else — `supposes.’`,
`Firenze?`, `seguente,!°`, `tips.*` for calls 1, 3, 10 and 4 — or is dropped.
The image still shows it raised. So on such a page each word's last glyphs
(and a line's first, a label) are looked at in the image: a glyph whose ink
ends well above the baseline and is as tall as a small figure (a closing
quotation mark or apostrophe is shorter) is a raised mark. The word is cut
there and the mark becomes a raised piece, as a born-digital PDF draws it;
its number is what the OCR read where that is a number, else unknown
(`UNKNOWN`) until `number_marks` counts the document's calls and labels in
reading order.
"""

from __future__ import annotations

from dataclasses import replace

from .extract import Piece
from .skew import levelled
from ...patterns import compiled

UNKNOWN = "0"  # a raised mark whose number the OCR layer lost: no note is numbered 0
QUOTED = "00"  # one it read as a quotation mark: inside a note's text, one (`number_marks`)
SCALE = 3.0  # pixels per point the page is looked at (216 dpi: a small figure is some 15 pixels tall)
_LIFT = 0.25  # a raised glyph's ink ends at least this many times the type size above the baseline
_TALL = 0.27  # and is at least this tall: a figure; quotation marks and apostrophes are shorter
_DUST = 4  # pixels of ink below which a column run is a speck of the scan
_OFF_BASE = 0.1  # a word whose middle glyph stands this high over the layer's baseline (in type sizes) is set too low
_HALF_LINE = (0.5, 0.9)  # a glyph's ink ending this high over the baseline (in type sizes) may be typed half a line up
_BEHIND = 3  # a call read this many numbers behind the count or fewer lost a figure (`1` for `21`); more, it is none
_ABOVE, _BELOW = 0.95, 0.3  # rows looked at, in type sizes above and below the baseline (not the line above)


def page_ink(pdf, index: int):
    """The page's image as ink (True) and paper, rows top down, at `SCALE` pixels per point."""
    bitmap = pdf[index].render(scale=SCALE, grayscale=True)
    pixels = bitmap.to_numpy()
    if pixels.ndim == 3:
        pixels = pixels[..., 0]
    return pixels < 128


def raised_apart(pieces: list[Piece], ink) -> list[Piece]:
    """The pieces of an OCR layer with each raised mark the image shows at a word's end (or before a line's first
    word) as a piece of its own, and the words of a line between them joined into runs on one baseline, as a
    born-digital PDF draws its text (a layer's lone words, each on its own slope of a page scanned a little turned,
    would look like columns wherever three of them start one under another).

    >>> import numpy as np
    >>> ink = np.zeros((60, 300), dtype=bool)
    >>> ink[20:45, 30:90] = True     # a word's letters, on the baseline at row 45 (15 pt)
    >>> ink[22:32, 95:100] = True    # a figure raised over it
    >>> [(p.text, p.base < 15) for p in raised_apart([Piece("word.’ ", 10, 5, 34, 17, 15, 10)], ink)]
    [('word.', False), ('00 ', True)]
    """
    cut: list[Piece] = []
    marks: set[int] = set()  # (the raised pieces made, by their place in ``cut``)
    for k, piece in enumerate(pieces):
        first = k == 0 or not _same_line(pieces[k - 1], piece)
        try:
            parts = _cut(piece, ink, first)
        except (IndexError, ValueError):  # a word the image does not fit (its box off the page): as the layer has it
            parts = [piece]
        for part in parts:
            if part.size < piece.size:
                marks.add(len(cut))
            cut.append(part)
    cut = levelled(cut, ink.shape[1] / SCALE)  # (a page scanned a little turned: its lines' words on one level)
    quotes = set(_opening_quotes(cut, marks))
    if quotes:  # (each glued back to its word: `"oltre`)
        for k in quotes:
            cut[k + 1] = replace(cut[k + 1], text='"' + cut[k + 1].text, x0=cut[k].x0)
        place = {old: new for new, old in enumerate(k for k in range(len(cut)) if k not in quotes)}
        cut, marks = [cut[k] for k in place], {place[k] for k in marks if k in place}
    out: list[Piece] = []
    line: list[int] = []
    for k, piece in enumerate(cut):
        if line and not _same_line(cut[line[-1]], piece, marks.isdisjoint((line[-1], k))):
            out.extend(_on_one_base([cut[i] for i in line], [i in marks for i in line]))
            line = []
        line.append(k)
    out.extend(_on_one_base([cut[i] for i in line], [i in marks for i in line]))
    return out


def _opening_quotes(cut: list[Piece], marks: set[int]) -> list[int]:
    """The marks the OCR read as a quotation mark that opens a quotation: a word space after the word before it, and
    glued to the word after it (`socialista, "oltre`, a typewriter's straight quotes standing high); a call stands
    after its word, never so.

    >>> words = [Piece("il ", 0, 0, 20, 10, 9, 10), Piece(QUOTED, 26, 0, 29, 5, 9, 6), Piece("oltre ", 30, 0, 60, 10, 9, 10)]
    >>> _opening_quotes(words, {1}), _opening_quotes([words[0], replace(words[1], x0=20.5, x1=23), words[2]], {1})
    ([1], [])
    """
    found = []
    for k in sorted(marks):
        if cut[k].text.strip() != QUOTED or not 0 < k < len(cut) - 1 or k - 1 in marks or k + 1 in marks:
            continue
        before, mark, after = cut[k - 1], cut[k], cut[k + 1]
        size = after.size
        level = abs(before.base - after.base) < 0.35 * size and mark.x1 <= after.x0 + 0.1 * size
        glued, spaced = after.x0 - mark.x1, mark.x0 - before.x1
        if level and after.text[:1].isalpha() and glued < 0.3 * size and spaced > 2 * glued + 0.2 * size:
            found.append(k)
    return found


def _same_line(before: Piece, piece: Piece, words: bool = True) -> bool:
    """Whether ``piece`` follows ``before`` on its line (an OCR layer draws a line's words left to right); a mark cut
    from a word keeps that word's baseline until `_on_one_base` raises it."""
    size = max(before.size, piece.size)
    return (abs(before.base - piece.base) < 0.35 * size and (not words or abs(before.size - piece.size) < 0.1 * size)
            and -0.1 * size < piece.x0 - before.x1 < 1.2 * size)


def _on_one_base(pieces: list[Piece], marked: list[bool]) -> list[Piece]:
    """A line's words joined into runs on the line's middle baseline, its marks raised above it."""
    words = [p for p, m in zip(pieces, marked) if not m]
    if not words:
        return pieces
    bases = sorted(p.base for p in words)
    base, size = bases[len(bases) // 2], max(p.size for p in words)
    out: list[Piece] = []
    joining = False
    for piece, mark in zip(pieces, marked):
        if mark:
            up = base - 0.4 * size
            out.append(replace(piece, top=up - piece.size * 0.7, bottom=up, base=up))
            joining = False
        elif joining:
            last = out[-1]
            text = last.text if last.text.endswith(" ") else last.text + " "
            out[-1] = replace(last, text=text + piece.text, x1=piece.x1, top=min(last.top, piece.top),
                              bottom=max(last.bottom, piece.bottom))
        else:
            out.append(replace(piece, base=base))
            joining = True
    return out


def _cut(piece: Piece, ink, first: bool) -> list[Piece]:
    size = piece.size * SCALE
    if size < 6 or not piece.upright:
        return [piece]
    top = max(0, int(piece.base * SCALE - _ABOVE * size))
    bottom = min(ink.shape[0], int(piece.base * SCALE + _BELOW * size) + 1)
    left, right = max(0, int(piece.x0 * SCALE) - 2), min(ink.shape[1], int(piece.x1 * SCALE) + 1)
    if bottom <= top or right <= left:
        return [piece]
    runs = _glyph_runs(ink[top:bottom, left:right], piece.base * SCALE - top, size)
    if sum(map(str.isalpha, piece.text)) >= 4:  # (a word's letters tell its baseline; `»!$` is a call's garble)
        runs = _on_their_base(runs)
    runs = _clipped(runs, ink, top, left, size)
    if not runs:
        return [piece]
    raised = [run[2] for run in runs]
    if all(raised):
        return [_raised(piece, piece.text, piece.x0, piece.x1)]
    text = piece.text.rstrip()
    spaced = " " if text != piece.text else ""
    # a call set before the word's closing punctuation (French and Italian print `1846¹,` and `campagnes »²`): the
    # punctuation after the raised marks stays the word's
    closing = len(text) - len(text.rstrip(_CLOSING))
    end_runs = len(runs)
    while closing and end_runs > 1 and not raised[end_runs - 1] and len(runs) - end_runs < closing \
            and runs[end_runs - 1][1] - runs[end_runs - 1][0] <= 0.45 * size:
        end_runs -= 1
    if end_runs == len(runs) or not raised[end_runs - 1]:
        end_runs, closing = len(runs), 0
    head = next(k for k, up in enumerate(raised) if not up) if first else 0
    tail = end_runs - next((k for k, up in enumerate(reversed(raised[:end_runs])) if not up), 0)
    if head == 0 and tail == end_runs or tail <= head:
        return [piece]
    core = text[:len(text) - closing]
    # the letters the OCR made of the raised marks: as many as the marks' glyphs, at most, of what it reads for them
    # (the word's own full stop or comma before a call stays; a call the OCR dropped takes no letter)
    lead = _garbled(core, head)
    end = len(core) - _garbled(core[::-1], end_runs - tail)
    if core[lead:].isdecimal() and tail - head >= len(core) - lead:  # (a number with as many figures on the line
        end = len(core)  # as read: the OCR dropped the marks, `1905.` for `1905⁽⁴⁾.`, and its figures are the word's)
    while tail < end_runs and end - 1 > lead and core[end - 1] in _STRAY:
        end -= 1  # (one raised figure the OCR read as two signs, `gelder.°®`: no word ends with them)
    if tail < end_runs and end == len(core) and len(core) > 1 and core[-1] in ":;" \
            and piece.x0 + (len(core) - 0.5) * (piece.x1 - piece.x0) / len(text) > (left + runs[tail][0]) / SCALE:
        end -= 1  # (a call read as a colon: the colon's share of the word lies over the raised mark)
    if end <= lead or core[end - 1].isalpha() and (end - 1 == lead or not core[end - 2].isalpha()):
        return [piece]  # (a raised letter after a lone one, `n°`, `N°`: numero's o, no call)
    if end_runs - tail == 1 and head == 0 and core[:end].isdecimal() and end <= 2:
        return [piece]  # (a raised mark after a lone number of one or two figures, `1°`, `2ª`: an ordinal, no call)
    if 0 < end_runs - tail <= 2 and core[end - 1].isalpha() and core[end:] and set(core[end:]) <= _QUOTES \
            and not all(run[4] >= _FIGURE and run[3] <= 0.5 for run in runs[tail:end_runs]):
        if head == 0:  # an apostrophe or closing quotation mark after a word's letter (`widows’`), as the OCR read it
            return [piece]
        core, closing, end_runs = text, 0, len(runs)
        tail, end = end_runs, len(text)
    x_from = (left + runs[head][0]) / SCALE if head else piece.x0
    x_to = (left + runs[tail - 1][1]) / SCALE if tail < end_runs else piece.x1
    out = []
    if head:
        out.append(_raised(piece, core[:lead], piece.x0, x_from))
    out.append(replace(piece, text=core[lead:end] + ("" if tail < end_runs else spaced), x0=x_from, x1=x_to))
    if tail < end_runs:
        after = (left + runs[end_runs][0]) / SCALE if closing else piece.x1
        out.append(_raised(piece, core[end:] + ("" if closing else spaced), (left + runs[tail][0]) / SCALE, after))
    if closing:
        out.append(replace(piece, text=text[len(core):] + spaced, x0=after, x1=piece.x1))
    return out


_QUOTES = frozenset("’'‘”“\"")
_FIGURE = 0.36  # a mark the OCR read as a quotation mark after a letter is a figure only if this tall and not high
_ON_THE_LINE = compiled(r"\s*(\d{1,4})[.)]?\s+\S")  # a note's label set on the line by the OCR, then its words
_AHEAD_OF_PAGE = 40  # a page's first label is at most this many after the first label of the page before
_SYMBOLS = frozenset({"*", "**", "***", "†", "‡"})  # read as printed; `number_marks` decides if a number hides there
_CLOSING = ".,;:»”)›"  # punctuation a call may stand before
_STRAY = frozenset("°®©™^`")  # signs the OCR makes of a raised figure that end no word
_SPLIT_FIGURES = compiled(r"\d(?: \d){1,2}")
_GARBLE = frozenset("’'‘*°!?”“\"^`®©¹²³⁴⁵⁶⁷⁸⁹⁰º") | frozenset("0123456789")


def _garbled(text: str, most: int) -> int:
    """How many of ``text``'s first letters (at most ``most``) are what an OCR engine reads for a raised figure."""
    k = 0
    while k < min(most, len(text) - 1) and text[k] in _GARBLE:
        k += 1
    return k


def _on_their_base(runs: list) -> list:
    """The runs' lifts measured from the word's own letters where the layer's baseline is off (Tesseract sets a line
    a fifth of its size too low at times: then every letter of its first word stands 'raised', `0Prefettura`): from
    the middle glyph's foot, in a word of four glyphs or more (a call alone is shorter) and four letters.

    >>> [r[2] for r in _on_their_base([(0, 1, True, 0.26, 0.7)] * 4 + [(2, 3, True, 0.8, 0.4)])]
    [False, False, False, False, True]
    """
    if len(runs) < 4:
        return runs
    shift = sorted(run[3] for run in runs)[len(runs) // 2]
    if shift <= _OFF_BASE:
        return runs
    return [(a, b, lift - shift >= _LIFT and tall >= _TALL, lift - shift, tall) for a, b, _, lift, tall in runs]


def _clipped(runs: list, ink, top: int, left: int, size: float) -> list:
    """The runs with a figure typed half a line up at the text's own size (a typewriter's call) seen whole: its ink
    rises above the rows looked at, and is a raised figure where it ends within a figure's height over them, paper
    above it (a letter of the line above reaches on into that line)."""
    out = []
    for a, b, raised, lift, tall in runs:
        if not raised and _HALF_LINE[0] <= lift < _HALF_LINE[1] and top > 0 and ink[top, left + a:left + b].any():
            reach = int(0.8 * size)
            upwards = ink[max(0, top - reach):top, left + a:left + b].any(axis=1)[::-1]
            blank = next((k for k, inked in enumerate(upwards.tolist()) if not inked), None)
            if blank is not None:
                tall += blank / size
                raised = tall >= _TALL
        out.append((a, b, raised, lift, tall))
    return out


def _glyph_runs(box, base: float, size: float) -> list[tuple[int, int, bool, float, float]]:
    """The box's runs of inked columns (start, end, raised, lift, height), specks of dust left out."""
    columns = box.any(axis=0)
    runs, start = [], None
    for k, inked in enumerate(columns.tolist() + [False]):
        if inked and start is None:
            start = k
        elif not inked and start is not None:
            runs.append((start, k))
            start = None
    out = []
    for a, b in runs:
        part = box[:, a:b]
        if int(part.sum()) < _DUST:
            continue
        rows = part.any(axis=1).nonzero()[0]
        lift, tall = (base - rows[-1]) / size, (rows[-1] - rows[0]) / size
        out.append((a, b, lift >= _LIFT and tall >= _TALL, lift, tall))
    return out


def _raised(piece: Piece, text: str, x0: float, x1: float) -> Piece:
    """A raised mark as a born-digital PDF draws one: smaller, above the baseline; its number if the OCR read one."""
    number = text.strip()
    if _SPLIT_FIGURES.fullmatch(number):
        number = number.replace(" ", "")  # (a raised `24` the OCR read as two words, `2 4`)
    mark = number if number.isdecimal() and len(number) <= 3 or number in _SYMBOLS else \
        QUOTED if number and set(number) <= _QUOTES else UNKNOWN
    return Piece(mark + (" " if text != text.rstrip() else ""), x0, piece.top, x1, piece.base, piece.base,
                 0.6 * piece.size, piece.bold, piece.upright)  # (`_on_one_base` raises it above its line)


def number_marks(roles) -> None:
    """Number the raised marks of scanned pages: labels (a line's first mark) count on from the last through the
    document, calls in the body count on from the first label of their page's foot (where it has one: a page's calls
    call the notes set under it) or from the last call. A number the OCR read is kept where it follows on (a mark
    missed before it, or a series starting again at 1), else the count's; a star it read is a star only before the
    first number (an author's or a title's note), after it a figure it misread.

    >>> from types import SimpleNamespace as Role
    >>> from histkit.read.pdf.lines import Line
    >>> def line(*tokens): return Line([], 0, 0, 1, 1, 1, 10, False, list(tokens))
    >>> roles = [Role(body=[line(("t", "a"), ("m", "*"), ("m", "0"), ("t", " b"), ("m", "7"))],
    ...               notes=[[line(("m", "*"), ("t", "w")), line(("m", "0"), ("t", "x")), line(("m", "2"), ("t", "y"))]]),
    ...          Role(body=[line(("t", "c"), ("m", "*"))], notes=[[line(("m", "*"))]])]
    >>> number_marks(roles)
    >>> [[t for kind, t in ln.tokens if kind == "m"] for r in roles for ln in r.body + r.notes[0]]
    [['*', '1', '2'], ['*'], ['1'], ['2'], ['3'], ['3']]
    """
    # labels open note lines; a body line's first mark is one only where no foot holds notes (endnotes at the
    # text's size), else a call its line broke before
    footed = any(ln.tokens and ln.tokens[0][0] == "m" for role in roles for column in role.notes for ln in column)
    labels, numbered = [], False  # (page, line) of each label in reading order
    for k, role in enumerate(roles):
        for line in [*([] if footed else role.body), *(ln for column in role.notes for ln in column)]:
            if line.tokens and line.tokens[0][0] == "m" and _counted(line.tokens[0][1], numbered):
                labels.append((k, line))
                numbered = True
    firsts: list[int | None] = [None] * len(roles)  # each page's first label under its text
    for (k, line), number in zip(labels, anchored([_read(line.tokens[0][1]) for _, line in labels])):
        line.tokens[0] = ("m", str(number))
        if firsts[k] is None and not any(line is ln for ln in roles[k].body):
            firsts[k] = number
    _firsts_on_the_line(roles, firsts)
    last, started = 0, False
    for role, first in zip(roles, firsts):
        if first is not None:
            last = first - 1
        # (a series starts again at 1 only on a page whose notes do: a call read `1` under notes 20-26 is `21` with
        # its first figure lost, and counting on from 1 would put every later call of the page wrong)
        anew = first is None or first == 1
        notes = [ln for column in role.notes for ln in column]
        calls = []
        for line in [*role.body, *notes]:
            for k, (kind, mark) in enumerate(line.tokens):
                if (k or footed and not any(line is ln for ln in notes)) and kind == "m" and _counted(mark, started):
                    calls.append((line, k))
                    started = True
        for line, k in calls:  # one read as a quotation mark inside a note's text is one (calls in notes are rare)
            if line.tokens[k][1] == QUOTED and any(line is ln for ln in notes):
                line.tokens[k] = ("t", "’")
        for line, k in calls:
            # (a page with no foot of notes, endnotes at the text's size: a line it opens with a number the OCR read
            # well behind the count is an endnote's label, `9 The tendency …` after calls up to 25, not a call)
            if k == 0 and first is None and (read := _read(line.tokens[k][1])) is not None and read < last - _BEHIND:
                line.tokens[k] = ("t", line.tokens[k][1])
            elif line.tokens[k][0] == "m":
                last = _follow(last, line.tokens[k][1], anew)
                line.tokens[k] = ("m", str(last))
        for line in {id(line): line for line, _ in calls}.values():
            line.tokens = _joined(line.tokens)


def _firsts_on_the_line(roles, firsts: list[int | None]) -> None:
    """Each page's first label where the OCR set the labels on the line (`6 Id. at 266.`), for a page whose foot has
    no raised one: the number a note line opens with, where it comes after the first labels of the pages before
    (a page's calls are then counted from it, not on from the page before, where a lost or misread call would
    put every later call a number off).

    >>> from types import SimpleNamespace as Role
    >>> from histkit.read.pdf.lines import Line
    >>> def line(text): return Line([], 0, 0, 1, 1, 1, 10, False, [("t", text)])
    >>> firsts = [1, None, None]
    >>> _firsts_on_the_line([Role(notes=[]), Role(notes=[[line("Id. at 4."), line("6 Id. at 266.")]]),
    ...                      Role(notes=[[line("3 Ibid.")]])], firsts)
    >>> firsts
    [1, 6, None]
    """
    before = 0
    for k, role in enumerate(roles):
        if firsts[k] is not None:
            before = firsts[k]
            continue
        for line in (ln for column in role.notes for ln in column):
            match = _ON_THE_LINE.match(line.text) if line.tokens and line.tokens[0][0] == "t" else None
            if match is not None:
                number = int(match.group(1))
                if before < number <= before + _AHEAD_OF_PAGE:
                    firsts[k] = before = number
                break


def _joined(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for kind, text in tokens:
        if kind == "t" and out and out[-1][0] == "t":
            out[-1] = ("t", out[-1][1] + text)
        else:
            out.append((kind, text))
    return out


def _read(mark: str) -> int | None:
    """The number the OCR read for a mark, if it read one (not a stand-in for a lost one)."""
    return int(mark) if mark.isdecimal() and mark not in (UNKNOWN, QUOTED) and int(mark) > 0 else None


def anchored(reads: list[int | None]) -> list[int]:
    """Numbers for a series of marks in order, where the OCR read some (``reads``) and lost the others: the longest
    chain of read numbers that rise as the marks go on anchors the series (a step of the numbers may outrun the marks'
    own by ten, marks the OCR lost, or fall three behind, marks it made up), the marks between counted on from the
    anchor before; a misread number off the chain is counted over.

    >>> anchored([None, 2, None, 9, 5, None, None, 8])
    [1, 2, 3, 4, 5, 6, 7, 8]
    >>> anchored([None, None, 12, None])
    [10, 11, 12, 13]
    """
    known = [(i, r) for i, r in enumerate(reads) if r is not None and r - i >= 1 - 3 * (i > 0)]
    best: list[tuple[int, int, list[tuple[int, int]]]] = []  # per read: its longest chain (length, -made up, chain)
    for k, (i, r) in enumerate(known):
        ways = [(n + 1, made - max(0, (i - c[-1][0]) - (r - c[-1][1])), c) for n, made, c in best[:k]
                if c[-1][1] < r and -3 <= (r - c[-1][1]) - (i - c[-1][0]) <= 10]
        n, made, chain = max(ways, key=lambda w: w[:2], default=(1, 0, []))
        best.append((n, made, chain + [(i, r)]))
    chain = max(best, key=lambda w: w[:2], default=(0, 0, []))[2]
    out, at = [], 0
    for i in range(len(reads)):
        while at + 1 < len(chain) and chain[at + 1][0] <= i:
            at += 1
        if not chain:
            out.append(i + 1)
        elif i < chain[0][0]:
            out.append(max(1, chain[0][1] - (chain[0][0] - i)) if chain[0][1] - chain[0][0] >= 1 else i + 1)
        else:
            out.append(chain[at][1] + (i - chain[at][0]))
    return out


def _counted(mark: str, numbered: int | bool) -> bool:
    return mark.isdecimal() or mark in _SYMBOLS and bool(numbered)


def _follow(last: int, mark: str, anew: bool = True) -> int:
    """The number of a call read ``mark`` after the call numbered ``last``: the number read where it follows on (or
    starts a series again at 1, where the page's notes do), else the next of the three after ``last`` that ends with
    the figures read (the OCR lost a raised number's first figure, `1` for `21`), else the one after ``last``.

    >>> _follow(20, "1", anew=False), _follow(21, "2", anew=False), _follow(19, "1", anew=False), _follow(3, "1")
    (21, 22, 21, 1)
    """
    read = int(mark) if mark.isdecimal() else 0
    if read == 1 and anew or last < read <= last + 3:
        return read
    return next((n for n in range(last + 1, last + 4) if read and str(n).endswith(mark)), last + 1)
