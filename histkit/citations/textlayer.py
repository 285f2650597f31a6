"""A note as the historian typed it, from what a PDF's text layer or an OCR layer made of the typeset footnote.

A text layer keeps what typesetting did to a note: a word broken at a line's end (`Bundes- archiv`, `Re-⏎publik`, a
soft hyphen), ligatures as single glyphs (`Oﬃce`), non-breaking and thin spaces (`R 43 I`, `n° 12`), a call number
broken after its own hyphen (`Ф. Р- 5446`, `237/XXII- 413`) or after its slash (`CAB 24/ 158`), a dash or a minus
sign set for the hyphen of a call number (`Р−5446`, `XXII–414`), spaces lost after an abbreviation's point (`Bl.12`,
`f.495,op.74`), and from an OCR layer digits read as letters (`l923`, `8O2`) and `lbid.` for `Ibid.`. `as_typed`
undoes what a reader undoes without thinking and says where each character it returns stood in the note, so that the
tables' offsets and raw text stay the note's as delivered (`cite_as_typed`). A line-end hyphen kept without its space
is undone only inside a word of an archive's name (`Bundesar-chiv`): elsewhere a real compound spells the same. Left
as delivered: a running head caught inside a note, a space inside a word (`Kultur besitz`), letter-spaced capitals.
"""

from __future__ import annotations

import functools
import re

from ..patterns import compiled
from .archives import normalise
from .words import forms

# spaces a typesetter sets for a plain one: no-break, figure, thin, hair, narrow no-break and the other fixed widths
_SPACES = compiled("[\u00a0\u2000-\u200a\u202f]")
_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_LIGATURE = compiled("[" + "".join(_LIGATURES) + "]")
_SOFT_HYPHEN = compiled("\u00ad[ \n]*")
# a word's part, its hyphen, then the line's end (a space or a line break): the rest of the word follows in small
# letters; a capital after it is a hyphenated name's (`SAPMO-⏎BArch`), whose line break alone goes
_LINE_END = compiled(r"(?<=[^\W\d_])-(?: +|[ ]*\n\s*)(?=([^\W\d_]+))")
_INNER_HYPHEN = compiled(r"(?<![\w-])([^\W\d_]+)-([^\W\d_]+)(?![\w-])")  # (a word with one hyphen inside)
# a call number's hyphen or slash, then the line's end, then its number: `Р- 5446`, `XXII- 413`, `45– 67`, `24/ 158`
_NUMBER_BROKEN = compiled(r"(?<=[A-ZА-ЯЁ\d])([-–/])(?: +|[ ]*\n\s*)(?=\d)")
# a dash set for the hyphen between a call number's capitals and its digits (`XXII–414`, `Р−5446`); U+2010 and U+2011
# are hyphens wherever they stand
_CODE_DASH = compiled(r"(?<=[A-ZА-ЯЁ])[–—−](?=\d)|[\u2010\u2011]")
# a number an OCR layer read with `l`, `I` or `O` for a digit: a token of digits and those letters (`l923`, `8O2`)
_OCR_NUMBER = compiled(r"(?<![\w.])[\dlIO]*\d[\dlIO]*(?!\w)")
_OCR_DIGITS = str.maketrans("lIO", "110")
# a space a text layer lost after an abbreviation's point before its number (`Bl.12`, `Ф.495`, `z.10`), after a
# number's point or comma before the next abbreviation (`495.Оп.2`, `74,d.12`) and after a word's or point's comma or a
# word's point before one (`Ebd.,Bl.12`, `Ivi,b.46`, `Там же.Д.773`); a Roman numeral is a month's (`12.IV.1957`) and
# Latin capitals a code's (`MS.5678`, `D.1.12`, `ERAF.1`)
_LETTER = "[A-Za-zÀ-ɏͰ-ϿЀ-ӿ]"  # (the scripts that abbreviate with a point: Latin, Greek, Cyrillic)
_ABBREVIATION = r"(?![A-Z]+\.)(?![ivx]+\.)" + _LETTER + r"{1,5}\."
# (each opens with the point or comma it consumes, what comes before it looked behind from there: a pattern opening
# with its look-behind was tried at every character of every note)
_LOST_SPACE_AFTER = compiled(r"[.,](?:(?:(?<=\d[.,])|(?<=" + _LETTER * 2 + r"[.,]))(?=" + _ABBREVIATION + r"\d)"
                             r"|(?<=\.,)(?=" + _LETTER + "))")
# (not after a slash: `A/HRC/19/63/Add.1`, a document symbol's own part)
_LOST_SPACE = compiled(r"(?<![\w./])" + _ABBREVIATION + r"(?=\d)")
_POINT_DIGIT = compiled(r"\.(?=\d)")


def as_typed(text: str, names: frozenset[str] = frozenset()) -> tuple[str, list[int]]:
    """``text`` as typed, and for each of its characters (and its end) the offset it stood at in ``text``.

    ``names`` are the words of archives' names, as `archives.normalise` writes them: a word printed with a hyphen
    inside that is one of them only without it is one broken at a line's end (`Bundesar-chiv`), for no archive's
    name is a compound a hyphen joins there; any other such hyphen may be the word's own and stays.

    >>> as_typed("Bundes- archiv, R 43\u00a0I/212; Staats- und Landesarchiv, Oﬃce, Ф. Р- 5446, l923")[0]
    'Bundesarchiv, R 43 I/212; Staats- und Landesarchiv, Office, Ф. Р-5446, 1923'
    >>> as_typed("f.495,op.74,d.12; Там же.Д.773.Л.12; Ebd.,Bl.12r, 12.IV.1957")[0]
    'f. 495, op. 74, d. 12; Там же. Д. 773. Л. 12; Ebd., Bl. 12r, 12.IV.1957'
    >>> as_typed("WC, MS.5678; AML, I1 245; AN, F/6O/8O2; UA, R.15.T.a.12.3")[0]
    'WC, MS.5678; AML, I1 245; AN, F/6O/802; UA, R.15.T.a.12.3'
    >>> as_typed("Bundesar-chiv, Berlin-Lichterfelde", frozenset({"bundesarchiv", "berlin"}))[0]
    'Bundesarchiv, Berlin-Lichterfelde'
    >>> as_typed("lbid., f. 3")[0], as_typed("Enterprise & Society (2024), https://doi.org/10.1017/eso.2024.21")[0]
    ('Ibid., f. 3', 'Enterprise & Society (2024), https://doi.org/10.1017/eso.2024.21')
    >>> as_typed("Re-\\npublik")
    ('Republik', [0, 1, 4, 5, 6, 7, 8, 9, 10])
    """
    where = list(range(len(text) + 1))
    # (each pass only where the character its pattern must match is in the note: most notes need few of them)
    if not text.isascii():
        text, where = _sub(_SPACES, lambda m: " ", text, where)
        text, where = _sub(_LIGATURE, lambda m: _LIGATURES[m.group()], text, where)
        text, where = _sub(_SOFT_HYPHEN, lambda m: "", text, where)
    if "-" in text:
        text, where = _sub(_LINE_END, _line_end, text, where)
        if names:
            text, where = _sub(_INNER_HYPHEN, lambda m: _inner_hyphen(m, names), text, where)
    if "-" in text or "/" in text or "–" in text:
        text, where = _sub(_NUMBER_BROKEN, lambda m: m.group(1), text, where)
    if not text.isascii():
        text, where = _sub(_CODE_DASH, lambda m: "-", text, where)
    text, where = _sub(_OCR_NUMBER, _ocr_number, text, where)
    text, where = _sub(_LOST_SPACE_AFTER, _spaced, text, where)
    text, where = _sub(_lost_spaces, _spaced, text, where)
    text, where = _sub(_ocr_ibid(), lambda m: "I", text, where)
    return text, where


def cite_as_typed(cite, doc_id: str, notes: list[tuple[str, str]], matcher):
    """``cite(doc_id, notes, matcher)`` (`extract.cite_document`) read on the notes as typed; each row's offsets and
    ``raw`` are then the note's as delivered, where the tables' readers look for them.

    >>> from .extract import cite_document, default_matcher
    >>> found = cite_as_typed(cite_document, "d", [("1", "Bundes- archiv, R\u00a043 I/212.")], default_matcher().copy())
    >>> [(row["archive"], row["fond"], row["raw"]) for row in found.rows]
    [('BArch', 'R 43 I', 'Bundes- archiv, R\xa043 I/212.')]
    >>> note = "P. Marzuki, Legal Research, Jakarta: Kencana, 2011, p.142."
    >>> [(row["pages"], row["raw"]) for row in cite_as_typed(cite_document, "d", [("1", note)], default_matcher().copy()).references]
    [('p. 142', 'P. Marzuki, Legal Research, Jakarta: Kencana, 2011, p.142.')]
    """
    names = frozenset(word for name in matcher.names for word in name.split())  # (a thousandth of a second)
    typed = [(no, *as_typed(text, names)) for no, text in notes]
    found = cite(doc_id, [(no, text) for no, text, _ in typed], matcher)
    # (each note's text as delivered, as typed, and where each typed character stood: only the notes a pass changed,
    # asked once per note, not once per row)
    moved = {no: (text, typed_text, where) for (no, text), (_, typed_text, where) in zip(notes, typed)
             if where != list(range(len(text) + 1))}
    for row in found.rows:
        if row["note_no"] not in moved:
            continue  # (the note was delivered as typed)
        text, _, where = moved[row["note_no"]]
        start, end = (where[min(max(int(at), 0), len(where) - 1)] for at in (row["char_start"], row["char_end"]))
        row.update(char_start=start, char_end=end, raw=text[start:end].rstrip())
    # (a reference's raw too, where the model's readings of the note as delivered are paired with it by their text)
    for row in found.references:
        text, typed_text, where = moved.get(row["note_no"], ("", "", []))
        at = typed_text.find(row["raw"]) if row["raw"] and typed_text != text else -1
        if at >= 0:
            row["raw"] = text[where[at]:where[at + len(row["raw"])]].rstrip()
    return found


_LINK = compiled(r"//|www\.|doi[.:]", re.IGNORECASE)


def _spaced(m: re.Match) -> str:
    # (not inside a link, whose points are its own: `https://doi.org/10.1017/eso.2024.21`)
    token = m.string[m.string.rfind(" ", 0, m.start()) + 1:m.end()]
    return m.group() if _LINK.search(token) else m.group() + " "


def _line_end(m: re.Match) -> str:
    after = m.group(1)
    if after[0].isupper():
        return "-"  # (`SAPMO-⏎BArch`: a hyphen the name has)
    if after.casefold() in _suspended_words():
        return m.group()  # (`Hof- und Staatsarchiv`: the first word's hyphen stands for the second's ending)
    return ""


def _inner_hyphen(m: re.Match, names: frozenset[str]) -> str:
    joined = m.group(1) + m.group(2)
    if m.group(2)[0].islower() and normalise(joined) in names and normalise(m.group()) not in names:
        return joined
    return m.group()


def _ocr_number(m: re.Match) -> str:
    token = m.group()
    digits = sum(ch.isdigit() for ch in token)
    # (fewer letters than digits; a capital I or O opening the token is a series' letter: `AML, I1 245`)
    read = digits < len(token) and digits > len(token) - digits and token[0] not in "IO"
    return token.translate(_OCR_DIGITS) if read else token


@functools.cache
def _ocr_ibid() -> re.Pattern:
    # an Ibid. word of capital I an OCR layer read with a small l (`lbid.`, `lvi`): no word of any language
    rest = sorted({form[1:] for form in forms("ibid.csv", "ibid") if form[:1] == "I" and len(form) > 2}, key=len)
    return re.compile(r"(?<!\w)l(?=(?:" + "|".join(map(re.escape, reversed(rest))) + r")(?!\w))")


@functools.cache
def _suspended_words() -> frozenset[str]:
    return frozenset(form.casefold() for form in forms("suspended_words.csv"))


def _lost_spaces(text: str):
    """`_LOST_SPACE`'s matches in ``text``, as its `finditer` finds them: tried only at the five characters before
    each point a digit follows, where such a match ends (opening with its look-behind, the pattern was tried at every
    character of every note)."""
    for point in _POINT_DIGIT.finditer(text):
        for start in range(max(point.start() - 5, 0), point.start()):
            m = _LOST_SPACE.match(text, start)
            if m is not None and m.end() == point.end():  # (one ending at an earlier point was that point's)
                yield m
                break


def _sub(pattern, replace, text: str, where: list[int]) -> tuple[str, list[int]]:
    # each character written for a match stands where the match started; the text between matches keeps its places
    # (``pattern`` a pattern, or a function giving the matches its `finditer` would: `_lost_spaces`)
    out, places, last = [], [], 0
    for m in (pattern(text) if callable(pattern) else pattern.finditer(text)):
        new = replace(m)
        if new == m.group():
            continue
        out.append(text[last:m.start()]), places.extend(where[last:m.start()])
        out.append(new), places.extend([where[m.start()]] * len(new))
        last = m.end()
    if not out:
        return text, where
    out.append(text[last:]), places.extend(where[last:])
    return "".join(out), places
