"""Pages written right to left (Hebrew, Arabic, Persian, Urdu …): their runs in reading order, the page mirrored.

A right-to-left line is read from its right end, and its notes' labels stand
at the right edge of their column. The reader's geometry (lines left to right,
labels at a column's left edge, calls after their word) holds for such a page
seen in a mirror: a page whose letters are mostly of a right-to-left script is
mirrored (every x as the page's width less x), read as any other, and its
regions' boxes are mirrored back (`unmirrored`).

What a text object holds is not always in reading order either. Engines draw
a run of mixed direction — a year, a file number, brackets in a Hebrew or
Arabic sentence — glyph by glyph as it is seen; PDFium gives its characters
in drawing order, and a bracket as the glyph it draws (the opening bracket of
a right-to-left text is drawn as `)`). A run holding such characters is read
again from its characters' boxes, right to left (`logical`): digits and Latin
words go back to left to right, brackets outside them are turned, and Arabic's
lam-alef ligature, which PDFium gives as its two letters in the wrong order
(one box for both: `ال` for `لا`), is put right.
"""

from __future__ import annotations

import ctypes
import re
import unicodedata
from dataclasses import replace

from ..structure import Region

try:
    import pypdfium2.raw as pdfium_c
except ImportError:  # (`extract` says what to install)
    pdfium_c = None

#: Letters of the scripts written right to left: Hebrew, Arabic (with its supplements and presentation forms),
#: Syriac, Thaana, N'Ko
_RTL = re.compile("[\u0590-\u05ff\u0600-\u06ff\u0700-\u07bf\u07c0-\u07ff\u0860-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_STRONG_LTR = re.compile(r"[^\W_\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")  # a Latin (Greek, Cyrillic …) letter or digit
_MIRRORED = str.maketrans("()[]{}<>«»", ")(][}{><»«")
_ALEFS = "اأإآ"
_NUMBER_JOINS = "/.,:-+\u00a0"  # what joins two numbers into one (`3/14`, `1,5`, `12:30`; Unicode's CS and ES)


def right_to_left(texts: list[str]) -> bool:
    """Whether a page is written right to left: more of its letters are of a right-to-left script than not.

    >>> right_to_left(["שם, עמ' 70, ושם 71.", "Ibid."]), right_to_left(["Ibid., 12", "שם"])
    (True, False)
    """
    text = "".join(texts)
    if not _RTL.search(text):
        return False
    rtl = len(_RTL.findall(text))
    return rtl > sum(1 for ch in text if ch.isalpha()) - rtl


def logical(chars: list[tuple[float, str]]) -> str:
    """A run's text in reading order from its characters as PDFium gives them: (the x of each one's centre, the
    character).

    The characters are read from their places, right to left (an engine may draw a word in either order, and
    PDFium gives its characters as drawn); a vowel sign goes after the letter it stands on, Arabic's lam-alef (one
    glyph, its two letters given alef first) lam first; numbers and Latin words, with what joins them, then go
    back to left to right, as the Unicode bidirectional algorithm shows them (a dash between two numbers is of the
    right-to-left text: `55–78` shows as `78–55`); a bracket of the right-to-left text is drawn turned, and its
    character is the turned one (the `(` of `(1986)` is drawn, and named, `)`).

    >>> logical([(30, "ת"), (26, "י"), (22, "ק"), (20, " "), (10, ","), (12, "3"), (14, "/"), (16, "1"), (18, "4")])
    'תיק 3/14,'
    >>> logical([(30, "ה"), (27, " "), (25, ")"), (9, "1"), (13, "9"), (17, "8"), (21, "6"), (5, "(")])
    'ה (1986)'
    >>> logical([(30, "ע"), (27, " "), (24, "5"), (22, "5"), (19, "–"), (11, "."), (14, "7"), (16, "8")])
    'ע 55–78.'
    >>> logical([(80.4, "ا"), (82.3, "ل"), (86.1, "م"), (91.4, "ع"), (78.6, "\u064b")])  # drawn left to right
    'عملاً'
    >>> logical([(30, "ר"), (26, "א"), (24, " "), (5, "K"), (7, "e"), (9, ","), (11, " "), (13, "1"), (15, "9")])
    'רא Ke, 19'
    """
    # right to left by place; two letters of one glyph (a ligature: one box) in the order PDFium gives them, turned
    # (left to right they were given: lam-alef alef first, `ﬃ` f, f, i), and the left-to-right runs turn them back
    order = sorted((k for k, (_, ch) in enumerate(chars) if unicodedata.category(ch) not in ("Mn", "Me")),
                   key=lambda k: (-round(chars[k][0], 2), -k))
    seen = [chars[k] for k in order]
    marks: dict[int, list[str]] = {}
    for x, ch in chars:
        if unicodedata.category(ch) in ("Mn", "Me") and seen:
            nearest = min(range(len(seen)), key=lambda k: (abs(seen[k][0] - x), -k))  # (a ligature's: its last)
            marks.setdefault(nearest, []).append(ch)
    text = [ch for _, ch in seen]
    turned = [False] * len(text)  # (read left to right: a run of Latin words or numbers)
    k = 0
    while k < len(text):  # each stretch between right-to-left letters
        if _RTL.match(text[k]):
            k += 1
            continue
        end = k
        while end < len(text) and not _RTL.match(text[end]):
            end += 1
        for a, b in _left_to_right(text[k:end]):
            text[k + a:k + b] = text[k + a:k + b][::-1]
            marks_run = [marks.get(k + j, []) for j in range(a, b)][::-1]
            for j, m in zip(range(a, b), marks_run):
                marks[k + j] = m
            turned[k + a:k + b] = [True] * (b - a)
        k = end
    return "".join((ch if turned[j] else ch.translate(_MIRRORED)) + "".join(marks.get(j, ()))
                   for j, ch in enumerate(text))


def _left_to_right(stretch: list[str]) -> list[tuple[int, int]]:
    """The runs (start, end) of a stretch between right-to-left letters that read left to right: with a Latin
    word in it, all from its first letter or digit to its last (the marks between Latin words and the numbers
    after them are theirs); of numbers alone, each number (with `/`, `,`, `.`, `:` inside it), since a dash or
    a space between two numbers is of the right-to-left text."""
    strong = [j for j, ch in enumerate(stretch) if _STRONG_LTR.match(ch)]
    if not strong:
        return []
    if any(not stretch[j].isdigit() for j in strong):
        return [(strong[0], strong[-1] + 1)]
    runs, j = [], strong[0]
    while j < len(stretch):
        if not stretch[j].isdigit():
            j += 1
            continue
        end = j
        while end + 1 < len(stretch) and (stretch[end + 1].isdigit() or (
                stretch[end + 1] in _NUMBER_JOINS and end + 2 < len(stretch) and stretch[end + 2].isdigit())):
            end += 1
        runs.append((j, end + 1))
        j = end + 1
    return runs


def read_runs(pieces: list, textpage, height: float, left: float) -> list:
    """``pieces`` of a right-to-left page with each text in reading order (`logical`), read from the characters
    PDFium gives the page (``textpage``): those inside a piece's box on its line, in PDFium's order."""
    chars = _characters(textpage, height, left)
    # vowel signs an engine drew apart from their word (pieces of signs alone): each word takes those over it,
    # a sign over its last letter standing a little out of its box
    signs = [(cx, cy, ch) for p in pieces if _signs_only(p.text)
             for cx, cy, ch in chars if p.x0 <= cx <= p.x1 and p.top - 0.5 <= cy <= p.bottom + 0.5 and _mark(ch)]
    out = []
    for piece in pieces:
        text, word = piece.text, piece.text.strip()
        if not any(ch.isalnum() for ch in word):
            text = word.translate(_MIRRORED)  # (brackets drawn apart, `(` `8` `)`: drawn, and named, turned)
        else:
            reach = 0.3 * piece.size
            inside = _inside(piece, chars)
            inside += [(cx, ch) for cx, cy, ch in signs if (cx, ch) not in inside and (
                piece.x0 - reach <= cx <= piece.x1 + reach and piece.top - piece.size <= cy <= piece.bottom)]
            if len(word) > 1 and _letters(ch for _, ch in inside) == _letters(word):
                word = " ".join(logical(inside).split())  # (with the vowel signs drawn over it apart: `_marks_apart`)
            # which side a space stands on: a right-to-left run's text says it; a number's or a Latin word's, drawn
            # alone, does not (`1994 ` for `، 1994`): where it is drawn does
            text = (text[:len(text) - len(text.lstrip())] + word + text[len(text.rstrip()):] if _RTL.search(word)
                    else _spaced(word, inside) if word != text else word)
        out.append(replace(piece, text=text))
    return _latin_groups_turned(_without_ghosts(_marks_apart(out)))


def _letters(chars) -> list[str]:
    """The characters of a run but its spaces and vowel signs, sorted (to compare a piece's text with its box's)."""
    return sorted(ch for ch in chars if not ch.isspace() and unicodedata.category(ch) not in ("Mn", "Me"))


def _marks_apart(pieces: list) -> list:
    """The pieces without those of vowel signs alone (an engine may draw the signs over a word apart from it): the
    word's piece has them, read from its box (`read_runs`)."""
    return [p for p in pieces if not (_signs_only(p.text) and any(
        q is not p and q.x0 - 0.3 * q.size <= (p.x0 + p.x1) / 2 <= q.x1 + 0.3 * q.size and abs(q.base - p.base) < q.size and
        any(unicodedata.category(ch) not in ("Mn", "Me") for ch in q.text) for q in pieces))]


def _latin_groups_turned(pieces: list) -> list:
    """Latin words (and the numbers among them) drawn as pieces of their own on a right-to-left line, placed so that
    the mirror reads them left to right: within the group each piece's place turned about the group's middle."""
    lines: dict[int, list[int]] = {}
    for k, p in enumerate(pieces):
        lines.setdefault(round(p.base / max(p.size, 1.0) * 4), []).append(k)
    out = list(pieces)
    for ks in lines.values():
        ks.sort(key=lambda k: pieces[k].x0)
        group: list[int] = []
        for k in ks + [-1]:
            p = pieces[k] if k >= 0 else None
            joins = p is not None and not _RTL.search(p.text) and p.text.strip() and (
                not group or 0 <= p.x0 - pieces[group[-1]].x1 < 0.8 * p.size)
            if joins:
                group.append(k)
                continue
            strong = [j for j in group if _STRONG_LTR.search(pieces[j].text)]
            if len(strong) > 1 and any(ch.isalpha() for j in strong for ch in pieces[j].text):
                core = group[group.index(strong[0]):group.index(strong[-1]) + 1]
                low, high = pieces[core[0]].x0, pieces[core[-1]].x1
                for j in core:
                    out[j] = replace(pieces[j], x0=low + high - pieces[j].x1, x1=low + high - pieces[j].x0)
            group = [k] if p is not None and not _RTL.search(p.text) and p.text.strip() else []
    return out


def _without_ghosts(pieces: list) -> list:
    """The pieces without a raised copy of a piece beside it: an engine that draws a vowel sign apart may leave
    PDFium two copies of its letter (`اً` a little above `اً`), the raised one no text of the line."""
    out = []
    for p in pieces:
        word = p.text.strip()
        if word and _RTL.search(word) and any(
                q is not p and q.text.strip() == word and 0 < q.base - p.base < 0.5 * p.size
                and q.x0 < p.x1 and p.x0 < q.x1 for q in pieces):
            continue
        out.append(p)
    return out


def _spaced(word: str, inside: list[tuple[float, str]]) -> str:
    """``word`` with the space drawn beside it (``inside``: the piece's characters) on the side where it is drawn:
    before it in reading order when the space stands right of it, after it when left (the mirror makes left
    after)."""
    spaces = [cx for cx, ch in inside if ch.isspace()]
    letters = [cx for cx, ch in inside if not ch.isspace()]
    if not spaces or not letters:
        return word
    middle = sum(letters) / len(letters)
    return (" " if max(spaces) > middle else "") + word + (" " if min(spaces) < middle else "")


def _inside(piece, chars: list[tuple[float, float, str]]) -> list[tuple[float, str]]:
    """The characters whose centre lies in ``piece``'s box (a neighbour's letter may reach into it: its centre not)."""
    return [(cx, ch) for cx, cy, ch in chars if piece.x0 <= cx <= piece.x1 and piece.top - 0.5 <= cy <= piece.bottom + 0.5]


def _mark(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Me")


def _signs_only(text: str) -> bool:
    return bool(text.strip()) and all(_mark(ch) for ch in text.strip())


def _characters(textpage, height: float, left: float) -> list[tuple[float, float, str]]:
    """The page's characters as (x and y of the box's centre, top-down, the character); generated ones left out."""
    if pdfium_c is None:
        return []
    raw = ctypes.cast(textpage, pdfium_c.FPDF_TEXTPAGE)  # (the reader's handle, undeclared: `extract._calls`)
    boxes = [ctypes.c_double() for _ in range(4)]
    out = []
    for i in range(pdfium_c.FPDFText_CountChars(raw)):
        code = pdfium_c.FPDFText_GetUnicode(raw, i)
        if code < 32 or pdfium_c.FPDFText_IsGenerated(raw, i) == 1:
            continue
        pdfium_c.FPDFText_GetCharBox(raw, i, *(ctypes.byref(b) for b in boxes))
        x0, x1, y0, y1 = (b.value for b in boxes)
        out.append(((x0 + x1) / 2 - left, height - (y0 + y1) / 2, chr(code)))
    return out


def mirrored(pieces: list, rules: list, width: float) -> tuple[list, list]:
    """The page's pieces and rules seen in a mirror: every x as ``width`` less x."""
    return ([replace(p, x0=width - p.x1, x1=width - p.x0) for p in pieces],
            [(width - x1, width - x0, y) for x0, x1, y in rules])


def unmirrored(regions: tuple[Region, ...], widths: dict[int, float]) -> tuple[Region, ...]:
    """Regions of mirrored pages (``widths``: page number → width) with their boxes as the page has them."""
    out = []
    for r in regions:
        if r.box is not None and r.page in widths:
            x0, y0, x1, y1 = r.box
            r = replace(r, box=(widths[r.page] - x1, y0, widths[r.page] - x0, y1))
        out.append(r)
    return tuple(out)
