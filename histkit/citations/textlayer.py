"""A note as the historian typed it, from what a PDF's text layer or an OCR layer made of the typeset footnote.

A text layer keeps what typesetting did to a note: a word broken at a line's end (`Bundes- archiv`, `Re-⏎publik`, a
soft hyphen), ligatures as single glyphs (`Oﬃce`), non-breaking and thin spaces (`R 43 I`, `n° 12`), a call number
broken after its own hyphen (`Ф. Р- 5446`, `237/XXII- 413`) or after its slash (`CAB 24/ 158`), a dash or a minus
sign set for the hyphen of a call number (`Р−5446`, `XXII–414`), spaces lost after an abbreviation's point (`Bl.12`,
`f.495,op.74`), letter-spaced names (`W e n d l a n d t`), a space set before a point or a comma (`L . Fossier`,
`p .244`, `Paris ,1978`) or lost after an initial (`H.J.Verburg`), a running head caught inside a word broken over a
page, the note's own number glued to its first word (`12J. Smith`), and from an OCR layer digits read as letters
(`l923`, `8O2`, `p. 6l`) and `lbid.` for `Ibid.`. `as_typed` undoes what a reader undoes without thinking and says
where each character it returns stood in the note; every reader of the citations stage reads the notes so
(`read_typed`, `typed_notes`), and the tables' offsets and raw text are then the note's as delivered again
(`as_delivered`). A line-end hyphen kept without its space is undone only inside a word of an archive's name
(`Bundesar-chiv`): elsewhere a real compound spells the same. Left as delivered: a running head between two whole
words, a space inside a word (`Kultur besitz`), the word boundaries inside one letter-spaced run.
"""

from __future__ import annotations

import functools
import re

from ..patterns import compiled
from ..typeset import LIGATURE as _LIGATURE, LIGATURES as _LIGATURES, LINE_END as _LINE_END, SOFT_HYPHEN as _SOFT_HYPHEN
from ..typeset import sub as _sub
from .archives import normalise
from .words import forms

# spaces a typesetter sets for a plain one: no-break, figure, thin, hair, narrow no-break and the other fixed widths
_SPACES = compiled("[\u00a0\u2000-\u200a\u202f]")
# (a word's part broken at a line's end: `typeset.LINE_END`; its hyphen goes unless `_line_end` says it stays)
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
# a word a typesetter letter-spaced (Sperrdruck, spaced small capitals: `W e n d l a n d t`, `D E L C O U R T`,
# `H a g e d o r n - L ü t j e n s`): four or more single letters each after one space; no language writes four
# one-letter words in a row
_LETTER_SPACED = compiled(r"(?<![\w.])" + _LETTER + r"(?: (?:" + _LETTER + r"|-(?= " + _LETTER + r")|(?<=-)" + _LETTER
                          + r")){3,}(?![\w.])")
# a space a layer set before a point or a comma: after an initial or a short abbreviation (`J . R.`, `Ch . Klapisch`,
# `p .244`, `vol . 2`), after any word before a comma (`Paris ,1978`, `Rev. , 2nd`); the space then goes after it
_SPACE_BEFORE_POINT = compiled(r"(?<![^\W\d_])(?:" + _LETTER + r"{1,4}) \.")
_SPACE_BEFORE_COMMA = compiled(r"(?<=[\w.)’'»]) +,")
# a space lost after initials before their surname (`H.J.Verburg`) or after an initial before a surname in capitals
# (`R.GARNIER`), after a word's comma before a capital or an abbreviation (`Le Goff,La civilisation`, `Roy,op. cit.`)
# or after a semicolon (`p. 40 ;TOURNEUX`); one initial before a word in small letters may be a name's own (`Folha de
# S.Paulo`)
_INITIAL_GLUED = compiled(r"(?:(?<=[A-ZÀ-Þ]\.)[A-ZÀ-Þ]\.(?=[A-ZÀ-Þ][a-zß-ÿ]{2,})|(?<![\w-])[A-ZÀ-Þ]\.(?=[A-ZÀ-Þ]{3,}))"
                          r"(?!\w*\.|\w*\s\d+/\d)")  # (a code's points are its own: `Y.PRK.UM`, `Y.MTV 134/56`)
_COMMA_GLUED = compiled(r",(?<=[^\W\d_]{2},)(?=[A-ZÀ-Þ]|[a-zß-ÿ]{1,5}\.)|;(?=[^\W\d_])")  # (`Deve,opments`: an OCR'd l)
# a running head caught inside a word broken over a page (`Rechts- 322 Jürgen Osterkamp geschichte`, `south- 412 HARVEST
# WAGES ern`): the line-end hyphen, the folio, the head's capitalised words, then the word's small-letter rest
_RUNNING_HEAD = compiled(r"(?<=[^\W\d_])- +\d{1,4} +(?:[A-ZÀ-Þ][^\s\d]* +){1,8}(?=[a-zß-ÿ])")
# a page's or a note's number an OCR layer read with `l` or `O` after its word (`p. 6l`, `s. ll0`, `Anm. l`)
_OCR_PAGE = compiled("(?:" + "|".join(rf"(?<=\b{word}\. )" for word in ("p", "pp", "S", "s", "Sp", "Anm", "Fn", "n"))
                     + r")[\dlO]*\d[\dlO]*(?![\w-])|(?:(?<=\bAnm\. )|(?<=\bFn\. ))l(?=\))")  # (`[S. l.]` no place)
# the note's own number printed glued to its first word (`12J. Smith`, `5Fenwick`) or raised (`¹²Ivi`)
_RAISED = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
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
    >>> as_typed("1J . R. F e n w i c k, Bread (Lincoln ,1962), p .4l; agri- 412 RURAL HISTORY cultural")[0]
    '1J. R. Fenwick, Bread (Lincoln, 1962), p. 41; agricultural'
    >>> as_typed("Re-\\npublik")
    ('Republik', [0, 1, 4, 5, 6, 7, 8, 9, 10])
    """
    where = list(range(len(text) + 1))
    # (each pass only where the character its pattern must match is in the note: most notes need few of them)
    if not text.isascii():
        text, where = _sub(_SPACES, lambda m: " ", text, where)
        text, where = _sub(_LIGATURE, lambda m: _LIGATURES[m.group()], text, where)
        text, where = _sub(_SOFT_HYPHEN, lambda m: "", text, where)
    if " " in text:
        text, where = _sub(_LETTER_SPACED, lambda m: m.group().replace(" ", ""), text, where)
        if " ." in text:
            text, where = _sub(_SPACE_BEFORE_POINT, lambda m: m.group()[:-2] + ".", text, where)
        if " ," in text:
            text, where = _sub(_SPACE_BEFORE_COMMA, _comma, text, where)
    if "." in text:
        text, where = _sub(_INITIAL_GLUED, _spaced, text, where)
    if "," in text or ";" in text:
        text, where = _sub(_COMMA_GLUED, _spaced, text, where)
    if "- " in text:
        text, where = _sub(_RUNNING_HEAD, lambda m: "", text, where)
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
    if ". " in text:
        text, where = _sub(_ocr_pages, lambda m: m.group().translate(_OCR_DIGITS), text, where)
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
    moved: dict = {}
    found = read_typed(cite, doc_id, notes, matcher, moved)
    for row in found.rows:
        if (doc_id, row["note_no"]) in moved:  # (else the note was delivered as typed)
            row.update(_delivered_span(moved[doc_id, row["note_no"]], row["char_start"], row["char_end"]))
    for row in found.references:
        row["raw"] = _delivered_raw(moved.get((doc_id, row["note_no"])), row["raw"])
    return found


def read_typed(cite, doc_id: str, notes: list[tuple[str, str]], matcher, moved: dict):
    """``cite(doc_id, notes, matcher)`` read on the notes as typed, its rows' offsets and raw text the typed notes';
    each note a pass changed is kept in ``moved`` under (doc_id, note_no), with its text as delivered, as typed and
    where each typed character stood, for `typed_notes` and `as_delivered`."""
    names = frozenset(word for name in matcher.names for word in name.split())  # (a thousandth of a second)
    typed = []
    for no, text in notes:
        bare, first = without_number(text, no)
        typed_text, where = as_typed(bare, names)
        if len(first) != len(text) + 1 or where != list(range(len(bare) + 1)):
            moved[doc_id, no] = (text, typed_text, [first[at] for at in where])
        typed.append((no, typed_text))
    return cite(doc_id, typed, matcher)


def typed_notes(notes, moved: dict):
    """The notes table with the text of each note in ``moved`` (`read_typed`) as typed, for the readers after the
    rules (the learned reader, works named in prose), whose rows `as_delivered` then maps back."""
    if not moved:
        return notes
    keys = zip(notes["doc_id"].tolist(), notes["note_no"].astype(str).tolist())
    return notes.assign(text=[moved[key][1] if key in moved else text for key, text in zip(keys, notes["text"].tolist())])


def as_delivered(tables, moved: dict):
    """``tables`` (`extract.CitationTables`) with the citations' offsets and raw text and the references' raw text of
    the notes in ``moved`` the notes' as delivered again, where the tables' readers look for them."""
    if not moved:
        return tables
    cited, found = tables.citations, tables.references
    if not cited.empty:
        keys = list(zip(cited["doc_id"].tolist(), cited["note_no"].astype(str).tolist()))
        spans = [_delivered_span(moved[key], start, end) if key in moved else dict(char_start=start, char_end=end, raw=raw)
                 for key, start, end, raw in zip(keys, cited["char_start"].tolist(), cited["char_end"].tolist(), cited["raw"].tolist())]
        tables.citations = cited.assign(**{column: [span[column] for span in spans] for column in ("char_start", "char_end", "raw")})
    if not found.empty:
        keys = zip(found["doc_id"].tolist(), found["note_no"].astype(str).tolist())
        tables.references = found.assign(raw=[_delivered_raw(moved.get(key), raw) for key, raw in zip(keys, found["raw"].tolist())])
    return tables


def _delivered_span(note: tuple, start, end) -> dict:
    text, _, where = note
    start, end = (where[min(max(int(at), 0), len(where) - 1)] for at in (start, end))
    return dict(char_start=start, char_end=end, raw=text[start:end].rstrip())


def _delivered_raw(note: tuple | None, raw):
    # (a reference's raw, where the model's readings of the note as delivered are paired with it by their text)
    if note is None or not isinstance(raw, str) or not raw:
        return raw
    text, typed_text, where = note
    at = typed_text.find(raw)
    return text[where[at]:where[at + len(raw)]].rstrip() if at >= 0 else raw


def without_number(text: str, note_no: str) -> tuple[str, list[int]]:
    """``text`` without the note's own number where a text layer glued it to the first word or raised it, and for each
    character left the offset it stood at.

    A number and a space stay (`marker_length` reads them); a number glued to a small letter or a digit may be the
    note's own words (`1er janvier`, `12th`).

    >>> without_number("12J. Smith, Title", "12")[0], without_number("¹² Ivi, p. 3", "12")[0], without_number("1er mai", "1")[0]
    ('J. Smith, Title', 'Ivi, p. 3', '1er mai')
    """
    head = text[:len(note_no) + 1]
    if note_no and head.translate(_RAISED).startswith(note_no) and not head[:len(note_no)].isascii():
        cut = len(note_no) + (head[len(note_no):].startswith(" "))
    elif note_no and text.startswith(note_no) and text[len(note_no):len(note_no) + 1].isupper():
        cut = len(note_no)
    else:
        return text, list(range(len(text) + 1))
    return text[cut:], list(range(cut, len(text) + 1))


def _comma(m: re.Match) -> str:
    after = m.string[m.end():m.end() + 1]
    return "," if not after or after.isspace() else ", "


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
    # (its look-behind asked after the `l`: a pattern opening with a letter is tried only where that letter stands)
    return re.compile(r"l(?<!\wl)(?=(?:" + "|".join(map(re.escape, reversed(rest))) + r")(?!\w))")


@functools.cache
def _suspended_words() -> frozenset[str]:
    return frozenset(form.casefold() for form in forms("suspended_words.csv"))


def _ocr_pages(text: str):
    """`_OCR_PAGE`'s matches in ``text``, as its `finditer` finds them: tried only after each `. `, where every one
    starts (each of its look-behinds ends so; opening with them, the pattern was tried at every character)."""
    end, at = 0, text.find(". ")
    while at >= 0:
        if at + 2 >= end and (m := _OCR_PAGE.match(text, at + 2)) is not None:
            yield m
            end = m.end()
        at = text.find(". ", at + 1)


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
