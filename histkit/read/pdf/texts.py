"""The text of every text object on a page, as PDFium's ``FPDFTextObj_GetText`` gives it, read in one pass of the page.

``FPDFTextObj_GetText`` scans every character of the page's text page for
the object asked about, so a page's objects cost (objects x characters):
1.0 of the 2.8 s of PDFium's work on the corpus. The same texts come from
the page's text, asked once, and where each object's characters stand in
it. PDFium writes an object's characters one after another (a line's
objects are put in order of their x before their characters are written,
and a character PDFium adds between two objects, a space or a line break,
belongs to none), so an object's characters are one run, and the runs are
found by asking a few characters which object they belong to
(``FPDFText_GetTextObject``): from a run's first character, one at twice
the distance each time until another object's, then halving back to the
run's end. For a run, ``FPDFTextObj_GetText`` (``CPDF_TextPage::GetTextByObject``)
gives its characters, and a space after it where the next character is one.

Where that reasoning could fail, PDFium is asked per object as before:
- a page whose text is not one unit per character: every object of the
  page. PDFium's page text leaves out a control character, and a glyph
  drawn with code 0 and no Unicode (while still writing U+FFFE for the
  latter, so every later character would stand a place off); a character
  beyond U+FFFF is kept as its two UTF-16 halves, which decode as one;
- a page with right-to-left script (its line is reordered, so an object's
  characters may not stay together): every object of the page;
- an object found in two runs: every object of the page;
- an object in no run (PDFium dropped it as a copy of the one before).
In the page's text, U+FFFE stands for a line-end hyphen (the object's text
has U+0002) or a character without Unicode (which the object's text leaves
out); each such character is asked for its code.
"""

from __future__ import annotations

import ctypes
from codecs import utf_16_le_decode
from functools import partial
from ...patterns import compiled

# Hebrew, Arabic, Syriac, Thaana, N'Ko ... and their presentation forms, and the right-to-left marks and embeddings
_RIGHT_TO_LEFT = compiled("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u200f\u202b\u202e\u2067]")
_STAND_IN = "\ufffe"  # what PDFium's page text writes for a line-end hyphen or a character without Unicode


def object_texts(calls: dict, textpage, buffer, singles: dict[int, int] | None = None) -> dict[int, str] | None:
    """The text of each text object of the page with characters, keyed by the object's address; None where the
    page's objects are to be asked one by one (see the module's docstring). ``singles``, where given, gets the
    index in the page's text of each object that is one character (a PDF that draws every glyph apart).

    ``calls`` are the reader's PDFium functions (extract._calls), ``buffer`` a
    ctypes array of 16-bit units it may reuse (a larger one is made for a
    page that needs it).
    """
    if "char_object" not in calls:  # a PDFium without FPDFText_GetTextObject
        return None
    n = calls["chars"](textpage)
    if n <= 0:
        return {}
    if len(buffer) < n + 1:
        buffer = (ctypes.c_ushort * (n + 1))()
    written = calls["page_text"](textpage, 0, n, buffer)  # units, the closing NUL included
    text = utf_16_le_decode(memoryview(buffer).cast("B")[:2 * written - 2], "replace")[0] if written > 1 else ""
    if len(text) != n or _RIGHT_TO_LEFT.search(text):
        return None
    runs = _runs(calls["char_object"], textpage, n)
    if runs is None:
        return None
    unicode_of, out = calls["unicode"], {}
    for obj, (start, end) in runs.items():
        run = text[start:end]
        if _STAND_IN in run:
            run = _with_codes(run, start, partial(unicode_of, textpage))
        out[obj] = run + " " if end < n and text[end] == " " else run
        if singles is not None and end - start == 1:
            singles[obj] = start
    return out


def _with_codes(run: str, start: int, unicode_of) -> str:
    """``run`` (the page's text from ``start``) with each stand-in replaced by the character PDFium gives for its
    place (``unicode_of(index)``), or nothing for code 0; the characters between are taken as they are, not one by
    one (a run of a hyphenated line's end is most often a whole line).

    >>> _with_codes("ab\ufffecd\ufffe", 10, {12: ord("-"), 15: 0}.get)
    'ab-cd'
    """
    pieces, at = [], start
    for k, part in enumerate(run.split(_STAND_IN)):
        if k:
            pieces.append(_code(unicode_of(at)))
            at += 1
        pieces.append(part)
        at += len(part)
    return "".join(pieces)


def _code(code: int) -> str:
    return chr(code) if code else ""


def _runs(char_object, textpage, n: int) -> dict[int, tuple[int, int]] | None:
    """(start, end) of each object's characters, keyed by its address; None where an object's characters are not
    one run."""
    runs: dict[int, tuple[int, int]] = {}
    i, obj = 0, char_object(textpage, 0)
    while i < n:
        if obj is None:  # a space or line break PDFium put between objects
            i += 1
            obj = char_object(textpage, i) if i < n else None
            continue
        # `known` is the last character known to be obj's, `end` the first known not to be and `after` its object
        known, step, after = i, 1, None
        while True:
            end = known + step
            if end >= n:
                end = n
                break
            after = char_object(textpage, end)
            if after != obj:
                break
            known, step = end, step * 2
        while end - known > 1:
            middle = (known + end) // 2
            there = char_object(textpage, middle)
            if there == obj:
                known = middle
            else:
                end, after = middle, there
        if obj in runs:
            return None
        runs[obj] = (i, end)
        i, obj = end, after  # the next run's first character was the last one asked
    return runs
