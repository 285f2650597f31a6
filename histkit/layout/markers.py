"""Note labels and note markers: how a text numbers its notes and calls them.

A note starts with its label (`12`, `12.`, `[12]`, `¹²`, `∗`) at the head of a
line; the body calls it with a marker glued to a word (`West.1`, `world¹`), in
brackets (`[12]`) or after punctuation and a space (`with. 31`). Units
(`km²`, `m³`) are not markers; `find_markers` links notes to their markers.

>>> marker_candidates("Tito met Spaak.1 in Brussels.2")
{1: [15], 2: [29]}
>>> label_number(NUM_NOTE.match("¹² See AJ.")), without_label("12. See AJ.")
(12, 'See AJ.')
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache

from ..data import word_column
from ..dates import joining_words, month_names
from ..errors import Problem
from .model import Block
from ..patterns import compiled
from ..text import CIRCLED, NUMBER_GLYPHS

# The label a note starts with (`12`, `12.`, `[12]`, `¹²`, `∗`, `†`): it is the
# note's number, kept in note_no and in the block's raw text, not part of the note.
_NOTE_LABEL = compiled(r"^\s*[\[(]?(?:\d+|[\u00b9\u00b2\u00b3\u2070-\u2079]+|[∗*†‡§]+|[" + CIRCLED + r"])[\])]?\.?"
                         r"(?:\s+|(?<=\d)(?=[A-ZČĆŠŽĐŁŚŻŹÀ-ÖØ-ÞА-ЯЁЂ-Џ„“«])|(?<=[" + CIRCLED + r"]))")

# `12 Text`, `12. Text`, `12) Text`, `[12] Text`, `¹² Text`, `①Text`; a number alone on its line before the text
# A label whose superscript was lost may be glued to a capital (`1AJ, 507.`): a note only as the next number.
NUM_NOTE = compiled(r"[ \t]{0,4}(?:\[(\d{1,3})\]|\((\d{1,3})\)|(\d{1,3})[.)]?|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|[" + CIRCLED + r"]))"
                       r"(?:[ \t\u00a0\u2009\u202f]+(?=\S)|[ \t]*$"
                       r"|(?<=\d)(?=[A-ZČĆŠŽĐŁŚŻŹÀ-ÖØ-ÞА-ЯЁЂ-Џ„“«])|(?<=[" + CIRCLED + r"])(?=\S))")
# A label of four or more digits (`1000 Text`): only where the count of notes has reached it, else a year at a
# line start (`1948 was ...`) would be a note; the same forms as `NUM_NOTE`, and the same groups.
_LONG_NOTE = compiled(r"[ \t]{0,4}(?:\[(\d{4,7})\]|\((\d{4,7})\)|(\d{4,7})[.)]?|([⁰¹²³⁴⁵⁶⁷⁸⁹]{4,7}))"
                        r"(?:[ \t\u00a0\u2009\u202f]+(?=\S)|[ \t]*$|(?<=\d)(?=[A-ZČĆŠŽĐŁŚŻŹÀ-ÖØ-ÞА-ЯЁЂ-Џ„“«]))")
# `§ 4.` at a line start is a paragraph of a law, cited at the end of a note running on, not a `§` note
SYM_NOTE = compiled(r"[ \t]{0,4}(?!§+[ \t\u00a0]*\d)([∗*†‡§]{1,3})[ \t\u00a0\u2009\u202f]*(?=[^\s∗*†‡§])")
# superscript digits read as digits, and the circled numbers Chinese and Japanese journals number notes with (`⑫`)
_SUPERSCRIPTS = NUMBER_GLYPHS
# A circled number in running text is a call wherever it stands: glued to the next character too (`论述①，但`)
_CIRCLED_CALL = compiled(f"[{CIRCLED}]")
_BRACKETED = compiled(r"\[(\d{1,3})\]")
# `(12)`: a marker only in a text whose notes are labelled so (`(12) AMAE, ...`), as older French journals set them
# (each of these patterns begins with a class of the characters it can begin with, then looks behind: the search
# skips in C to those characters instead of trying a look-behind at every one)
_PARENTHESISED = compiled(r"[ \t\u00a0(](?:(?<=\S[ \t\u00a0])\(|(?<=\S\())(\d{1,3})\)(?![\w(])")
# A marker glued to the word or punctuation before it (`West.1`, `issue2`, `BSP)11`);
# `km²`, `m³`, `км²` are units, not markers, and a quote that opens (`„3. maj“`, ` «3`) precedes none.
# A number never starts with 0 (`1.01`), and after a number and its full stop a marker ends
# the word (`in 1948.5 the`), so `331.105.44(497.4)` and `DN.2021.2.05` hold none.
# (the lookahead for a digit first lets the search skip every other character at once)
_GLUED = compiled(r"(?=[0-9⁰¹²³⁴⁵⁶⁷⁸⁹])(?:(?<=[^\s\d/–—\-(\[#§+=×:„‚])|(?<=[^\W\d_]:))(?<!\s[«“‘‹])((?<!\d\.)(?!0)\d{1,3}|(?<=\d\.)(?!0)\d{1,3}(?=\s|$)|(?=[⁰¹²³⁴⁵⁶⁷⁸⁹])(?<!\bkm)(?<!\bcm)(?<!\bmm)(?<!\bm)"
                    r"(?<!\bкм)(?<!\bм)[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?![\w/–—\-])")
# The same with four or more digits (`West.1000`, `[1000]`): asked only of a text with a thousand notes
_LONG_GLUED = compiled(r"(?=[0-9])(?:(?<=[^\s\d/–—\-(\[#§+=×:„‚])|(?<=[^\W\d_]:))(?<!\s[«“‘‹])"
                         r"((?<!\d\.)(?!0)\d{4,7}|(?<=\d\.)(?!0)\d{4,7}(?=\s|$))(?![\w/–—\-])")
_LONG_BRACKETED = compiled(r"\[(\d{4,7})\]")
# A marker glued to a year when the superscript was lost (`nel 19558,` is 1955 and note 8): taken
# only when it is the very number expected next.
_YEAR_GLUED = compiled(r"[12](?<![\d.,/][12])(?:(?<=1)[5-9]\d\d|(?<=2)0\d\d)([1-9]\d{0,2})(?=[.,;:!?)»”\"’]*(?:\s|$))")
# One space after punctuation (`with. 31`): a marker only when it is the next number expected.
_SPACED = compiled(r"[ \t\u00a0\u2009\u202f](?<=[.,;:!?”\"’)»][ \t\u00a0\u2009\u202f])[ \t\u00a0\u2009\u202f]*(\d{1,3})(?=\s|$)")
# A spaced number after a closing quote (`balance.' 12`, `darf.« 9`, `elementi“ 2`, `esclavage » 4.`): a quote
# that also opens (`«`, `“`, `'`) closes only glued to its word; a marker only when it is the next number expected.
_QUOTE_SPACED = compiled(r"[»”’›«“‘‹'\"](?:(?<=[»”’›])|(?<=[^\s(\[][«“‘‹'\"]))[ \t\u00a0\u2009\u202f]+(\d{1,3})"
                           r"(?=[.,;:!?]?(?:\s|$))")
# A bare number between two words (`Müller 12 zeigt`): a marker only as the number expected when no
# better call of it follows, and never after a word that numbers things (`Article 12`) or next to a month.
_BARE = compiled(r"[ \t\u00a0](?<=[^\W\d_][ \t\u00a0])[ \t\u00a0]*([1-9]\d{0,2})[ \t\u00a0]+(?=[^\W\d_])")
# The same after a year (`in 1923 133 and`): the year ends a phrase as a word would
_YEAR_BARE = compiled(r"[12](?<![\d.,/][12])(?:(?<=1)[5-9]\d\d|(?<=2)0\d\d)[ \t\u00a0]+([1-9]\d{0,2})[ \t\u00a0]+"
                        r"(?=[^\W\d_])")
# A call glued to a fraction (`1/47,` for 1/4 and note 7): the last digits, only as the number expected
_FRACTION_GLUED = compiled(r"(\d(?<![\w/.,]\d)\d?/)(\d{2,4})(?=[,;:!?)»”\"’]*\s)")
_WORD_BEFORE = compiled(r"[^\W\d_]+$")
_WORD_AFTER = compiled(r"[^\W\d_]+")
# A URL or DOI (`https://…/12`, `10.3280/IC295-oa1`): no number in it calls a note
# (its first character is taken by a class, any letter's case and every non-ASCII character in it, so the
# search skips to the few places a link may begin; a look-behind then tells which kind begins there)
_LINK_START = compiled(r"(?-i:[hHwWdD1\x80-\U0010ffff])(?:(?<=h)ttps?://|(?<=w)ww\.|(?<=d)oi:|(?<=1)0\.\d{4,9}/)", re.I)
_LINK_GAP = compiled("[ \n\t]")
# The walk's key of a note: `12`, or `2.3` for the third note of the second series (notes numbered page by page);
# the notes table numbers them on (`numbering.number_notes`)
_KEY = compiled(r"(?:(\d+)\.)?(\d+)")
_SUPERSCRIPT_MARK = compiled(r"(?=[⁰¹²³⁴⁵⁶⁷⁸⁹])(?<=\S)(?<!\bkm)(?<!\bm)(?<!\bкм)(?<!\bм)[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}")


def label_text(m: re.Match) -> str:
    """The number of a `NUM_NOTE` label as written, superscript digits read as digits.

    >>> label_text(NUM_NOTE.match("[7] Ibid.")), label_text(NUM_NOTE.match("¹² Ibid."))
    ('7', '12')
    """
    return (m.group(1) or m.group(2) or m.group(3) or m.group(4)).translate(_SUPERSCRIPTS)


def label_number(m: re.Match) -> int:
    """The number of a `NUM_NOTE` label.

    >>> label_number(NUM_NOTE.match("12. AJ, 507."))
    12
    """
    return int(label_text(m))


def long_label(s: str, expected: int) -> re.Match | None:
    """The label of four or more digits the line starts with, when it is the number the notes are due to take next.

    A text with a thousand notes labels them `1000`, `1001`, …; a year at a
    line start (`1948 was ...`) is never one unless the count stands there.

    >>> label_number(long_label("1000 TNA, FO 371/1.", 1000)), long_label("1948 was the year.", 1000)
    (1000, None)
    """
    m = _LONG_NOTE.match(s) if expected >= 1000 else None
    return m if m is not None and label_number(m) == expected else None


def starts_like_note(s: str) -> bool:
    """Does the line begin with a note label, numbered (`12 `, `[12]`) or a symbol (`* `)?

    >>> starts_like_note("12 AJ, 507."), starts_like_note("† Ibid."), starts_like_note("Tito met Spaak.")
    (True, True, False)
    """
    return bool(NUM_NOTE.match(s) or SYM_NOTE.match(s))


def without_label(text: str) -> str:
    """A note's text without the label it starts with (the label is its number).

    >>> without_label("[12] AJ, 507."), without_label("1AJ, 507.")
    ('AJ, 507.', 'AJ, 507.')
    """
    return _NOTE_LABEL.sub("", text, count=1)


def has_glued_marker(s: str) -> bool:
    """Does the line hold a marker glued to a word (`West.1`, `world¹`)?

    >>> has_glued_marker("the West.1"), has_glued_marker("12 km²")
    (True, False)
    """
    return _GLUED.search(s) is not None


def calls_note(s: str, num: int) -> bool:
    """Does the line call note ``num`` with a marker glued to a word?

    >>> calls_note("the West.1 Then the issue2 faded", 2), calls_note("in 1948.", 8)
    (True, False)
    """
    return any(int(m.group(1).translate(_SUPERSCRIPTS)) == num for m in _GLUED.finditer(s)) or any(
        int(m.group().translate(_SUPERSCRIPTS)) == num for m in _CIRCLED_CALL.finditer(s))


def calls_weakly(text: str, num: int) -> bool:
    """Does the text call note ``num`` only weakly: a bare number between words, or glued to a year or a fraction?

    `Olesen 7 har`, `fra 193421 viser` (1934, note 21), `1/47,` (1/4, note 7): such a call is one only
    when it is the number the notes are due to take next, which the caller knows.

    >>> calls_weakly("Olesen 7 har", 7), calls_weakly("fra 193421 viser", 21), calls_weakly("Article 7 says", 7)
    (True, True, False)
    """
    n = str(num)
    if n not in text:
        return False
    for m in _BARE.finditer(text):
        if m.group(1) == n and _bare_call(text, m):
            return True
    return any(m.group(1) == n for rx in (_YEAR_GLUED, _YEAR_BARE) for m in rx.finditer(text)) or any(
        m.group(2).endswith(n) and len(m.group(2)) > len(n) for m in _FRACTION_GLUED.finditer(text))


def _superscript_markers(text: str) -> bool:
    """Does the text set its note markers as superscript digits (`¹`, `¹²`)?

    Then a digit on the line (`327(497.1:493)`, `in 1948.5`) is not a marker.
    Markers count from ¹, so `km²` and `m³` do not make a text one of these.
    """
    return {1, 2} <= {int(m.group(0).translate(_SUPERSCRIPTS)) for m in _SUPERSCRIPT_MARK.finditer(text)}


def marker_candidates(text: str) -> dict[int, list[int]]:
    """Every number the text may call a note with, and the offsets where it does (in order).

    >>> marker_candidates("The West.1 Then [2] and with. 3")
    {1: [9], 3: [30], 2: [17]}
    """
    found: dict[int, list[int]] = {}
    sup = _superscript_markers(text)
    in_link = _links_in(text)
    for rx in (_GLUED, _SPACED, _QUOTE_SPACED, _BRACKETED, _PARENTHESISED):
        only_superscripts = sup and rx not in (_BRACKETED, _PARENTHESISED)
        for m in rx.finditer(text):
            number, at = m.group(1), m.start(1)
            if only_superscripts and number[0] not in "⁰¹²³⁴⁵⁶⁷⁸⁹" or in_link(at):
                continue
            if rx in (_SPACED, _QUOTE_SPACED) and _day_of_month(text, m.end(1)):
                continue
            found.setdefault(int(number if number.isascii() else number.translate(_SUPERSCRIPTS)), []).append(at)
    for m in _CIRCLED_CALL.finditer(text):
        found.setdefault(int(m.group().translate(_SUPERSCRIPTS)), []).append(m.start())
    if 999 in found:  # the calls count up to a thousand: they may go on with four digits
        for rx in (_LONG_BRACKETED,) if sup else (_LONG_GLUED, _LONG_BRACKETED):
            for m in rx.finditer(text):
                if not in_link(m.start(1)):
                    found.setdefault(int(m.group(1)), []).append(m.start(1))
    # a call after a closing quote may be found as spaced and as quoted
    return {k: sorted(set(v)) for k, v in found.items()}


def number_of(key: str) -> int | None:
    """The number of a note key: `12` → 12, `2.3` (third note of the second series) → 3, `*` → None.

    >>> number_of("12"), number_of("2.3"), number_of("*")
    (12, 3, None)
    """
    m = _KEY.fullmatch(key)
    return int(m.group(2)) if m else None


def find_markers(blocks: list[Block], parts: dict[str, list[Block]]) -> tuple[dict[str, tuple[str, int]], list[Problem]]:
    """Where the text calls each note: note key -> (block id, offset in the text), and warnings.

    ``parts`` holds each note's blocks by note key. Numbered markers are taken
    in order, each series of notes (numbered page by page) between the
    first notes of the series before and after; a symbol (`*`, `†`) is the
    first one glued to a word before its note. Warns of markers skipped.

    >>> body = Block("t:0", "body", 0, 17, "Tito met Spaak.1\\n", "Tito met Spaak.1")
    >>> note = Block("t:1", "note", 17, 28, "1 AJ, 507.\\n", "1 AJ, 507.", note_no="1")
    >>> find_markers([body, note], {"1": [note]})
    ({'1': ('t:0', 15)}, [])
    """
    warnings: list[Problem] = []
    # notes numbered page by page come in series (`3`, then `2.1`, `2.2`, ...); each
    # series' markers stand between the first note of the series before and its own
    series: dict[str, set[int]] = {}
    first_start: dict[str, int] = {}
    for k, bl in parts.items():
        m = _KEY.fullmatch(k)
        if m:
            series.setdefault(m.group(1) or "", set()).add(int(m.group(2)))
            first_start.setdefault(m.group(1) or "", bl[0].start)
    order = sorted(series, key=lambda k: first_start[k])

    markers: dict[str, tuple[str, int]] = {}
    texty = [b for b in blocks if b.zone in ("body", "front", "heading", "back")]
    parenthesised = any(bl[0].raw.lstrip().startswith("(") for bl in parts.values())
    sup = _superscript_markers("".join(b.raw for b in texty))
    # in front matter (a cover's `Vol. 1`, `No. 3`) only a call glued to its word is one
    long = any(int(k) >= 1000 for k in parts if k.isdecimal())  # notes numbered past 999: calls of four digits too
    found = [(b, off, num, kind) for b in texty for off, num, kind in _markers_in(b.raw, sup, parenthesised, long)
             if kind == _GLUED_CALL or b.zone != "front"]
    for idx, ser in enumerate(order or [""]):
        lo = first_start[order[idx - 1]] if idx > 0 else -1
        hi = first_start[order[idx + 1]] if idx + 1 < len(order) else float("inf")
        numbers = series.get(ser, set())
        cands = [c for c in found if lo < c[0].start < hi]
        # a numbering begun elsewhere (Part II of an article, a book's chapter) is called from its first number
        expected = min(numbers, default=1)
        gaps: list[tuple[range, Problem]] = []
        for k, (b, off, num, kind) in enumerate(cands):
            if num == expected and (kind != _BARE_CALL or num in numbers and _no_better_call(cands, k, numbers)) \
                    or (kind == _GLUED_CALL and expected < num <= expected + 2 and num in numbers):
                if num > expected:
                    missing = expected if num == expected + 1 else f"{expected}–{num - 1}"
                    gaps.append((range(expected, num), Problem("", "layout", f"marker {num} at offset {b.start + off} "
                                                               f"follows marker {expected - 1}; marker {missing} not found")))
                markers[f"{ser}.{num}" if ser else str(num)] = (b.block_id, b.start + off)
                expected = num + 1
        warnings.extend(_calls_out_of_order(cands, ser, numbers, markers))
        warnings.extend(w for gap, w in gaps if any(_key_of(ser, n) not in markers for n in gap))
    markers.update(_symbol_markers(texty, parts))
    return markers, warnings


def _key_of(ser: str, num: int) -> str:
    return f"{ser}.{num}" if ser else str(num)


def _calls_out_of_order(cands: list[tuple[Block, int, int, int]], ser: str, numbers: set[int],
                        markers: dict[str, tuple[str, int]]) -> list[Problem]:
    """Link the notes the count of calls skipped because the text calls them out of order (`…9 …11 …10 …12`).

    A note left without a call takes a call glued to a word after the call of
    the note before it and before the call of the note after the next.
    """
    at = {n: markers[_key_of(ser, n)][1] for n in numbers if _key_of(ser, n) in markers}
    used = set(at.values())
    warnings = []
    for num in sorted(numbers - at.keys()):
        lower = max((n for n in at if n < num), default=None)
        upper = min((n for n in at if n > num + 1), default=None)
        lo = at[lower] if lower is not None else -1
        hi = at[upper] if upper is not None else float("inf")
        for b, off, n, kind in cands:
            pos = b.start + off
            if n == num and kind == _GLUED_CALL and lo < pos < hi and pos not in used:
                markers[_key_of(ser, num)], at[num] = (b.block_id, pos), pos
                used.add(pos)
                warnings.append(Problem("", "layout", f"marker {num} at offset {pos} is out of order: the text calls "
                                        f"note {num} after a later note"))
                break
    return warnings


# how a number stands in the text, from the surest call to the weakest
_GLUED_CALL, _SPACED_CALL, _BARE_CALL = 2, 1, 0


def _markers_in(raw: str, sup: bool, parenthesised: bool, long: bool = False) -> list[tuple[int, int, int]]:
    """The markers a block may hold, in order: (offset, number, how it stands: glued, spaced or bare).

    With ``long`` (the notes go past 999) a call may have four or more digits.
    """
    found = []
    for rx in ((_LONG_BRACKETED,) if sup else (_LONG_GLUED, _LONG_BRACKETED)) if long else ():
        found.extend((m.start(1), int(m.group(1)), _GLUED_CALL) for m in rx.finditer(raw))
    for m in _GLUED.finditer(raw):
        if not sup or m.group(1)[0] in "⁰¹²³⁴⁵⁶⁷⁸⁹":
            found.append((m.start(1), int(m.group(1).translate(_SUPERSCRIPTS)), _GLUED_CALL))
    for m in _BRACKETED.finditer(raw):
        found.append((m.start(1), int(m.group(1)), _GLUED_CALL))
    found.extend((m.start(), int(m.group().translate(_SUPERSCRIPTS)), _GLUED_CALL) for m in _CIRCLED_CALL.finditer(raw))
    for m in _PARENTHESISED.finditer(raw if parenthesised else ""):
        found.append((m.start(1), int(m.group(1)), _GLUED_CALL))
    if not sup:
        spaced = {m.start(1): m for rx in (_SPACED, _QUOTE_SPACED, _YEAR_GLUED) for m in rx.finditer(raw)
                  if rx is _YEAR_GLUED or not _day_of_month(raw, m.end(1))}
        found.extend((off, int(m.group(1)), _SPACED_CALL) for off, m in spaced.items())
        found.extend((m.start(1), int(m.group(1)), _BARE_CALL) for rx in (_BARE, _YEAR_BARE) for m in rx.finditer(raw)
                     if m.start(1) not in spaced and _bare_call(raw, m))
        # `1/47,`: 1/4 and note 7, or 1/47 and no call; each way of cutting is a weak call
        found.extend((m.start(2) + cut, int(m.group(2)[cut:]), _BARE_CALL) for m in _FRACTION_GLUED.finditer(raw)
                     for cut in range(1, len(m.group(2))) if m.group(2)[cut] != "0")
    in_link = _links_in(raw)
    return sorted(f for f in found if not in_link(f[0]))


def _in_link(text: str, off: int) -> bool:
    """Does the number at ``off`` stand inside a URL or DOI?"""
    return _links_in(text)(off)


@lru_cache(maxsize=8)
def _links_in(text: str) -> Callable[[int], bool]:
    """The test `_in_link` for one text: does a link start after the last space before ``off``, and end by it?

    Asked for every number of a text: the links are found once here, and for
    each the first space after its start, so a long line with no space is not
    searched back to its start for each number (quadratic).
    """
    links = [m.span() for m in _LINK_START.finditer(text)]  # they never overlap: the starts and ends both ascend
    if not links:
        return lambda off: False
    ends = [b for _, b in links]
    gaps = [len(text)] * len(links)
    for k in range(len(links) - 1, -1, -1):  # each stretch searched once: up to the next link, else its gap
        upto = links[k + 1][0] if k + 1 < len(links) else len(text)
        m = _LINK_GAP.search(text, links[k][0], upto)
        gaps[k] = m.start() if m else (gaps[k + 1] if k + 1 < len(links) else len(text))

    def inside(off: int) -> bool:
        last = bisect.bisect_right(ends, off) - 1  # the last link that ends by ``off``
        return last >= 0 and gaps[last] >= off  # no space between its start and ``off``

    return inside


def _day_of_month(text: str, end: int) -> bool:
    """Is the spaced number ending at ``end`` the day of a date (`Colijn aan Idenburg, 3 oktober 1923`)?

    A number before a month's name, or before the word that joins a day to its month (`15 de mayo`,
    `joining_words.csv`), counts days, never notes: the dates of letters in the notes themselves
    would otherwise pass for calls.

    >>> _day_of_month("Eden to Churchill, 28 Jan. 1942", 21), _day_of_month("Azaña, 15 de mayo", 9)
    (True, True)
    >>> _day_of_month("as he wrote. 3 The", 14)
    False
    """
    after = _month_after().match(text, end)
    if not after:
        return False
    months = month_names()
    word = after.group(1).casefold()
    return word in months or bool(after.group(2)) and word + "." in months


@lru_cache(maxsize=1)
def _month_after():
    """The word after a spaced number, past a word joining a day to its month; group 2 its abbreviating point."""
    return compiled(rf"[ \t\u00a0]+(?:{joining_words('day_month')})?([^\W\d_]+)(\.?)", re.I)


def _bare_call(raw: str, m: re.Match) -> bool:
    """Can a number between two words call a note (`Müller 12 zeigt`), not count or number things?"""
    before = _WORD_BEFORE.search(raw, max(0, m.start() - 40), m.start())
    after = _WORD_AFTER.match(raw, m.end())
    b, a = (before.group(0) if before else "").casefold(), (after.group(0) if after else "").casefold()
    months = month_names()
    return b not in reference_words() and b not in months and a not in months


def _no_better_call(cands: list[tuple[Block, int, int, int]], k: int, numbers: set[int]) -> bool:
    """Does the text go on to the next notes' calls with no surer call of the number that ``cands[k]`` bears?"""
    num = cands[k][2]
    for _, _, n, kind in cands[k + 1:]:
        if kind == _BARE_CALL:
            continue
        if n == num:
            return False
        if n == num + 1 or (kind == _GLUED_CALL and num + 1 < n <= num + 2 and n in numbers):
            return True
    return True


@lru_cache(maxsize=1)
def reference_words() -> frozenset[str]:
    """Words after which a number numbers a thing (`Article 12`, `članku 12`), never a note: a list users extend.

    >>> "article" in reference_words()
    True
    """
    return frozenset(w.casefold() for w in word_column("layout", "reference_words.csv", "word"))


def _symbol_markers(texty: list[Block], parts: dict[str, list[Block]]) -> dict[str, tuple[str, int]]:
    """Each symbol note's marker: the first of its symbols glued to a word before the note."""
    markers = {}
    for sym in (k for k in parts if not _KEY.fullmatch(k)):
        first_part = parts[sym][0]
        for b in texty:
            if b.start > first_part.start:
                break
            idx = b.raw.find(sym[0])
            while idx != -1 and (idx == 0 or b.raw[idx - 1].isspace()):
                idx = b.raw.find(sym[0], idx + 1)
            if idx != -1:
                markers[sym] = (b.block_id, b.start + idx)
                break
    return markers
