"""A typeset page read as its author wrote it, with a map back to the page's offsets.

A text layer (pdftotext, PDFium, an OCR engine) hands over what the page
prints, not what the historian typed: accents typed apart (NFD), ligatures
(`Wolﬀ`, `Griﬃth`), soft hyphens left inside a word (`Wil\u00adson`), no-break and
thin spaces between initials, the long s and the small e above a vowel of a
Fraktur print (`Windthorſt`, `Boͤtticher`), and the letter-spaced emphasis of
German print, Sperrsatz (`S t r e s e m a n n`). `as_written` undoes them in
one pass, so that the names the matcher looks for (composed, spelled with
plain letters and spaces) match, and keeps for each character of its result
the first and last offsets of the page's characters it stands for: a name
may end inside the letters a ligature stands for (`Wolﬀ` in `Wolﬀs`), where
the one place per character of `histkit.typeset.sub`, which the citations' and
the dates' readers share, would lose the ligature's end.
"""

from __future__ import annotations

import unicodedata

from ..patterns import compiled
from ..text import TYPESET_GLYPHS

#: An accent typed as a mark of its own after its letter (decomposed Unicode, NFD: text from older encodings and PDFs).
_COMBINING_MARK = compiled("[\u0300-\u036f]")
#: Fraktur print marks the umlaut with a small e above the vowel (`aͤ`, `oͤ`, `uͤ`), as an OCR layer keeps it.
_E_ABOVE, _DIAERESIS = "\u0364", "\u0308"
#: The glyphs `as_written` reads: those of `TYPESET_GLYPHS`, and the long s of older print as the s it is (an OCR
#: layer of a Fraktur page keeps it: `Windthorſt`; the notes' text keeps it as printed, the matcher reads it so).
_LONG_S = "\u017f"
_GLYPHS = {**TYPESET_GLYPHS, _LONG_S: "s"}
#: What `as_written` changes: a letter with the marks typed after it, or a glyph of `_GLYPHS`.
_APART = compiled("\\w[\u0300-\u036f]+|[%s]" % "".join(sorted(_GLYPHS)))
#: An OCR layer of an old print, which its long s betrays, misreads a small l as a capital I inside a word
#: (`WiIhelm`, `HoIſtein`) and a capital O as a zero at a word's start (`0tto`); one letter for one, where the text
#: holds a long s.
_OCR_CAPITAL_I = compiled(r"(?<=[a-zäöüßſ])I(?=[a-zäöüßſ])")
_OCR_ZERO = compiled(r"(?<!\w)0(?=[a-zäöüßſ]{2})")
#: Letters set apart by single spaces, five or more, the first a word's own: Sperrsatz (`B i s m a r c k`).
_SPACED = compiled(r"(?<![^\s(»«„“\"'‘’])\w(?: \w){4,}(?![^\s).,;:!?»«“”\"'’])")


def as_written(text: str) -> tuple[str, list[int] | None, list[int] | None]:
    """``text`` as its author wrote it, and for each character of the result the offsets of the first and the last
    character of ``text`` it stands for.

    >>> as_written("Dvor\u030ca\u0301k"), as_written("Dvořák")
    (('Dvořák', [0, 1, 2, 3, 5, 7], [0, 1, 2, 4, 6, 7]), ('Dvořák', None, None))
    >>> as_written("Wolﬀ, Wil\u00adson, Windthorſt, Boͤtticher, J.\u00a0M. Keynes")[0]
    'Wolff, Wilson, Windthorst, Bötticher, J. M. Keynes'
    >>> as_written("Herrn S t r e s e m a n n, L u d w i g W i n d t h o r s t")[0]
    'Herrn Stresemann, Ludwig Windthorst'

    >>> as_written("Fürſt Bisrnarck und WiIhelm II., 0tto von Bismarck")[0]
    'Fürst Bisrnarck und Wilhelm II., Otto von Bismarck'

    Each letter and the accents typed after it become one character where
    Unicode has one (NFC); the glyphs of `TYPESET_GLYPHS` and the long s become what they
    stand for (a soft hyphen nothing); letters set apart by spaces are joined,
    a capital after a small letter beginning the next word; in a text with a
    long s, the OCR misreadings above are read back. ``None`` offsets:
    nothing to change, the text is returned as it is.
    """
    if _LONG_S in text:
        text = _OCR_ZERO.sub("O", _OCR_CAPITAL_I.sub("l", text))
    edits = [(m.start(), m.end(), _cluster(m.group(0))) for m in _APART.finditer(text)]
    edits += [(m.start(), m.end(), _spaced(m.group(0))) for m in _spaced_runs(text)]
    if not edits:
        return text, None, None
    edits.sort(key=lambda e: e[0])
    out, firsts, lasts, pos = [], [], [], 0
    for start, end, pieces in edits:
        if start < pos:  # (a glyph inside letters set apart: the run has it)
            continue
        out.append(text[pos:start])
        firsts += range(pos, start)
        lasts += range(pos, start)
        for piece, first, last in pieces:
            out.append(piece)
            firsts += [start + first] * len(piece)
            lasts += [start + last] * len(piece)
        pos = end
    out.append(text[pos:])
    firsts += range(pos, len(text))
    lasts += range(pos, len(text))
    return "".join(out), firsts, lasts


def _cluster(typed: str) -> list[tuple[str, int, int]]:
    """(what it reads as, first, last offset within ``typed``) for a letter with its marks or a glyph."""
    if len(typed) == 1:
        return [(_GLYPHS[typed], 0, 0)]
    if typed[0] in "aouAOU" and typed[1:] == _E_ABOVE:
        typed = typed[0] + _DIAERESIS
    cluster = unicodedata.normalize("NFC", typed)
    if len(cluster) == 1:
        return [(cluster, 0, len(typed) - 1)]
    return [(ch, k, k) for k, ch in enumerate(typed)]  # (no single character: the marks stay as typed)


def _spaced_runs(text: str):
    """The runs of letters set apart that are Sperrsatz: a capital first and small letters in every word it joins
    (a list of single letters, `a b c d e`, or a row of initials is none)."""
    for m in _SPACED.finditer(text):
        letters = m.group(0)[::2]
        if letters[0].isupper() and any(ch.islower() for ch in letters) and letters[-1].islower():
            yield m


def _spaced(run: str) -> list[tuple[str, int, int]]:
    """Letters set apart joined, a space before a capital that follows a small letter (`L u d w i g W i n d …`)."""
    pieces = []
    for k in range(0, len(run), 2):
        if k and run[k].isupper() and run[k - 2].islower():
            pieces.append((" ", k - 1, k - 1))
        pieces.append((_GLYPHS.get(run[k], run[k]), k, k))  # (`W i n d t h o r ſ t`)
    return pieces
