"""Small text operations that keep a map back to the original offsets.

Every extractor works on cleaned text (lines joined, line-end hyphens
repaired, look-alike letters folded) but reports offsets into the original
file; `Unwrapped.index` is that map.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Callable
from .patterns import compiled
from .typeset import LIGATURES

# Cyrillic letters that look like Latin ones; PDF text and hurried typists mix them
# into Latin words (`CК SКJ`, `Remoоrtel`). Folding is one character to one, so
# offsets do not move.
_CYR_TO_LAT = str.maketrans({
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "Х": "X", "а": "a", "е": "e", "о": "o", "р": "p", "с": "c",
    "х": "x", "у": "y", "Ј": "J", "ј": "j", "І": "I", "і": "i", "Ѕ": "S", "ѕ": "s",
})
_LAT_TO_CYR = str.maketrans({v: k for k, v in {
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "Х": "X", "а": "a", "е": "e", "о": "o", "р": "p", "с": "c",
    "х": "x", "Ј": "J", "ј": "j",
}.items()})

#: The circled numbers ① … ㊿ (one character a number, as Chinese and Japanese journals number notes), as a regular
#: expression's character class, and with the superscript digits as the digits they stand for (`NUMBER_GLYPHS`, a
#: `str.translate` table: `⑫` and `¹²` are `12`)
CIRCLED = "①-⑳㉑-㉟㊱-㊿"
NUMBER_GLYPHS = str.maketrans({**{c: str(k) for k, c in enumerate("⁰¹²³⁴⁵⁶⁷⁸⁹")},
                               **{c: str(int(unicodedata.numeric(c))) for c in
                                  map(chr, [*range(0x2460, 0x2474), *range(0x3251, 0x3260), *range(0x32B1, 0x32C0)])}})

_ANY_CYRILLIC = compiled("[\u0400-\u04ff]")
_NOT_CYRILLIC = compiled("[^\u0400-\u04ff]+")
# the letters `is_latin_letter` accepts: alphabetic, below U+0250 (Latin Extended-B), so no Cyrillic
_LATIN_LETTERS = "".join(re.escape(chr(c)) for c in range(0x250) if chr(c).isalpha())
_NOT_LATIN = compiled(f"[^{_LATIN_LETTERS}]+")
_ASCII_LETTER = compiled("[A-Za-z]")
# a whole word (as `\w+` finds it) with a Cyrillic letter and a Latin one in it, sought from word starts only
_MIXED_WORD = compiled(f"(?<!\\w)(?=\\w*?[\u0400-\u04ff])(?=\\w*?[{_LATIN_LETTERS}])\\w+")


def is_cyrillic(ch: str) -> bool:
    """Whether the character is in the Cyrillic block.

    >>> is_cyrillic("Ђ"), is_cyrillic("D")
    (True, False)
    """
    return "\u0400" <= ch <= "\u04ff"


def is_latin_letter(ch: str) -> bool:
    """Whether the character is a Latin letter (basic or with marks, up to Latin Extended-B).

    >>> is_latin_letter("Đ"), is_latin_letter("ж"), is_latin_letter("1")
    (True, False, False)
    """
    return ch.isalpha() and not is_cyrillic(ch) and ord(ch) < 0x0250


def script_of(text: str) -> str:
    """``'Cyrillic'``, ``'Latin'`` or ``''`` by the majority of letters.

    >>> script_of("Милетић, Преломна времена"), script_of("Đilas")
    ('Cyrillic', 'Latin')
    """
    if text.isascii():  # (most words and citations): no Cyrillic, and the letters are A-Z, a-z
        return "Latin" if _ASCII_LETTER.search(text) else ""
    # counted in C: what is left when everything else is cut out
    cyr = len(_NOT_CYRILLIC.sub("", text))
    lat = len(_NOT_LATIN.sub("", text))
    if not cyr and not lat:
        return ""
    return "Cyrillic" if cyr > lat else "Latin"


def fold_homoglyphs(text: str) -> str:
    """Fold look-alike letters of the minority script in each mixed word.

    >>> fold_homoglyphs("CК SКJ Remoоrtel Милетић")
    'CK SKJ Remoortel Милетић'

    A word that is mostly Latin gets its Cyrillic look-alikes made Latin, and
    the other way round; pure words are untouched. The result has the same
    length as the input.
    """
    if not _ANY_CYRILLIC.search(text):
        return text  # most text is one script only: nothing to fold

    def fix(match: re.Match) -> str:
        word = match.group(0)
        cyr = sum(is_cyrillic(ch) for ch in word)
        lat = sum(is_latin_letter(ch) for ch in word)
        if not cyr or not lat:
            return word
        if lat >= cyr:
            return word.translate(_CYR_TO_LAT)
        return word.translate(_LAT_TO_CYR)

    # only words with letters of both scripts can change: the regex passes over the others in C
    return _MIXED_WORD.sub(fix, text)


class _WithoutMarks(dict):
    """A `str.translate` table that drops combining marks, filled in as characters are met."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_NO_MARKS = _WithoutMarks()
_ASTRAL = compiled("[^\u0000-\uffff]")


@lru_cache(maxsize=1)
def _marks() -> re.Pattern:
    """Runs of combining marks of the Basic Multilingual Plane (a class of some 120 ranges, built once)."""
    ranges: list[list[int]] = []
    for code in range(0x10000):
        if unicodedata.combining(chr(code)):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return compiled("[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges) + "]+")


@lru_cache(maxsize=4096)  # the archive and actor matchers ask again about the same names and notes
def strip_diacritics(text: str) -> str:
    """Latin letters without their marks; Đ/đ become D/d (one character each).

    >>> strip_diacritics("Đilas Čolaković Léo")
    'Dilas Colakovic Leo'
    """
    if text.isascii():
        return text  # no marks to strip, and both normal forms leave ASCII as it is
    text = text.replace("Đ", "D").replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text)
    # the marks cut out in C; a character beyond the BMP is looked up one by one (a table filled as met)
    kept = decomposed.translate(_NO_MARKS) if _ASTRAL.search(decomposed) else _marks().sub("", decomposed)
    return kept if kept.isascii() else unicodedata.normalize("NFC", kept)


class Unwrapped:
    """Text with its lines joined, and for each character its offset in the original.

    >>> u = unwrap("Aleksan-\\ndar Ranković", base=100)
    >>> u.text, u.span(0, 10), u.origin(7)
    ('Aleksandar Ranković', (100, 112), 109)

    ``index[i]`` is the offset (in the string that was unwrapped, plus the
    ``base`` given) of ``text[i]``; ``index`` has one extra entry, the end.
    """

    __slots__ = ("text", "_map")

    # The map is kept as runs (where each copied piece starts, and its offset in the original): a tuple of
    # one number per character costs more than the unwrapping, and most callers ask for a few spans only.
    # ``_map`` is [run starts, run offsets, the end's offset, the index once built].
    def __init__(self, text: str, index: tuple[int, ...] | None = None, *,
                 runs: tuple[list[int], list[int], int] | None = None) -> None:
        if runs is None:
            index = tuple(index if index is not None else range(len(text) + 1))
            runs = (list(range(len(index) - 1)), list(index[:-1]), index[-1] if index else 0)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "_map", [runs[0], runs[1], runs[2], index])

    def __setattr__(self, name: str, value) -> None:
        raise AttributeError("Unwrapped is read-only")

    @property
    def index(self) -> tuple[int, ...]:
        """The offset of every character, and the end (built on first use)."""
        starts, origins, end, index = self._map
        if index is None:
            out: list[int] = []
            for start, origin, stop in zip(starts, origins, starts[1:] + [len(self.text)]):
                out.extend(range(origin, origin + stop - start))
            out.append(end)
            index = self._map[3] = tuple(out)
        return index

    def origin(self, i: int) -> int:
        """``index[i]`` without building the whole index."""
        n = len(self.text)
        if i < 0:
            i += n + 1
        if not 0 <= i <= n:
            raise IndexError("Unwrapped index out of range")
        starts, origins, end, _ = self._map
        if i == n:
            return end
        k = bisect_right(starts, i) - 1
        return origins[k] + i - starts[k]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of ``text[start:end]`` (an empty span maps to an empty one)."""
        return self.origin(start), self.origin(end - 1) + 1 if end > start else self.origin(start)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Unwrapped):
            return NotImplemented
        return (self.text, self.index) == (other.text, other.index)

    def __hash__(self) -> int:
        return hash((self.text, self.index))

    def __repr__(self) -> str:
        return f"Unwrapped(text={self.text!r}, index={self.index!r})"


HyphenRule = Callable[[str, str], bool]

#: The hyphens a line may end in: the hyphen, a soft hyphen, and the double hyphen of Fraktur print, as an OCR layer
#: gives it (`⸗`, or `=`: `Ca⸗` / `privi`, `Bis=` / `marck`).
LINE_END_HYPHENS = "-\u00ad\u2e17="
# A line-end hyphen between word characters, or a line break with the white space around it.
# (`=` only between letters, a small one after the break, `Bis=` / `marck`: at a line's end in a web address or a
# formula it is an equals sign, `pageIndex=` / `0`, and stays)
_LINE_EVENT = compiled(r"(?<=\w)([-\u00ad\u2e17]|(?<=[^\W\d_])=(?=[ \t]*\n[ \t]*[a-zß-öø-ÿ]))[ \t]*\n[ \t]*(?=\w)"
                       r"|[ \t]*\n[ \t\n]*", re.UNICODE)
_PLAIN_BREAK = compiled(r"[ \t]*\n[ \t\n]*")  # `_LINE_EVENT`'s second form, where no hyphen can stand
_WORD_AT = compiled(r"\w+", re.UNICODE)


#: What a typesetter's glyphs stand for: ligatures spelled out, non-breaking and thin spaces as spaces, soft
#: hyphens (which only mark where a word may break) dropped (``""``).
TYPESET_GLYPHS: Mapping[str, str] = MappingProxyType({
    **LIGATURES, "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u00ad": ""})
_TYPOGRAPHY = str.maketrans({ch: plain or None for ch, plain in TYPESET_GLYPHS.items()})

#: A character of `TYPESET_GLYPHS`.
ODD_GLYPH = compiled("[%s]" % "".join(sorted(TYPESET_GLYPHS)))


def plain_typography(text: str) -> str:
    """The text as a reader reads it: ligatures spelled out, odd spaces made spaces, soft hyphens dropped.

    >>> plain_typography("ﬁnale, 28.\u00a05. 1950, po\u00adgovor")
    'finale, 28. 5. 1950, pogovor'
    """
    # most texts have none of these: a search is much cheaper than a translation
    return text.translate(_TYPOGRAPHY) if ODD_GLYPH.search(text) else text


def keep_hyphen_by_form(left: str, right: str) -> bool:
    """The rule for a line-end hyphen when nothing else is known.

    >>> keep_hyphen_by_form("sudden", "ly"), keep_hyphen_by_form("Yugoslav", "Soviet")
    (False, True)

    A hyphen stays before a capital (`Yugoslav-Soviet`), a digit or after one
    (`1950-ih`), and after a lone capital or an abbreviation (`PSB-a`).
    """
    if right[:1].isupper() or right[:1].isdigit() or left[-1:].isdigit():
        return True
    if left.isupper() and len(left) > 1:
        return True
    return False


def _line_events(raw: str) -> list[re.Match]:
    """The matches of `_LINE_EVENT` in ``raw``, as `finditer` gives them, sought only next to a line break.

    Every event holds a line break, and the first one after ``last`` starts at
    the latest a character before the spaces and tabs ahead of that break, so
    the regex is tried there (`str.find` skips the rest in C) instead of at
    every character of the block; with no hyphen there the event is a plain
    break and starts at those spaces. A list, not a generator: one call per block.
    """
    events: list[re.Match] = []
    last, search, plain, find = 0, _LINE_EVENT.search, _PLAIN_BREAK.match, raw.find
    while True:
        q = find("\n", last)
        if q < 0:
            return events
        p = q
        while p > last and raw[p - 1] in " \t":
            p -= 1
        m = search(raw, p - 1) if p > last and raw[p - 1] in LINE_END_HYPHENS else plain(raw, p)
        events.append(m)
        last = m.end()


def unwrap(raw: str, keep_hyphen: HyphenRule | None = None, base: int = 0) -> Unwrapped:
    """Join the lines of ``raw`` into one line, repairing line-end hyphens.

    >>> unwrap("sudden-\\nly placed\\n Yugoslav-\\nSoviet").text, unwrap("Leo von Ca⸗\\nprivi").text
    ('suddenly placed Yugoslav-Soviet', 'Leo von Caprivi')

    ``keep_hyphen(left, right)`` decides for ``left-\\nright`` whether the
    hyphen is part of the word (default `keep_hyphen_by_form`). Runs of white
    space around a line break become one space; leading and trailing white
    space is dropped. With the default rule the answer is kept (`Unwrapped` is
    read-only): the actors and the dates stages unwrap the same blocks.
    """
    if keep_hyphen is None:
        return _unwrapped(raw, base)
    return _unwrap(raw, keep_hyphen, base)


@lru_cache(maxsize=4096)  # more than the blocks of one document: the mentions, then the dates of each document
def _unwrapped(raw: str, base: int) -> Unwrapped:
    return _unwrap(raw, keep_hyphen_by_form, base)


def _unwrap(raw: str, keep_hyphen: HyphenRule, base: int) -> Unwrapped:
    # Copy the runs between line events in one slice each: this runs over every
    # block of every document, so no per-character Python loop. Each piece of
    # raw copied, with the space or hyphen written after it, is one run of the
    # map (where it starts in the result, its offset in raw): the character
    # written stands for the event's first character, which follows the piece.
    parts: list[str] = []
    starts: list[int] = []
    origins: list[int] = []
    out = last = 0
    ends_in_space = True  # nothing written yet: a leading break adds no space
    for m in _line_events(raw):
        s, end = m.span()
        if s > last:
            parts.append(raw[last:s])
            ends_in_space = raw[s - 1].isspace()
        added = ""
        if raw[s] in LINE_END_HYPHENS:  # a hyphen event (a plain break starts with a space, a tab or the break)
            left_start = s
            while left_start > 0 and (raw[left_start - 1].isalnum() or raw[left_start - 1] == "_"):
                left_start -= 1
            if keep_hyphen(raw[left_start:s], _WORD_AT.match(raw, end).group(0)):
                added, ends_in_space = "-", False
        elif not ends_in_space:
            added, ends_in_space = " ", True
        if added:
            parts.append(added)
        if s > last or added:
            starts.append(out)
            origins.append(base + last)
            out += s - last + len(added)
        last = end
    if last < len(raw):
        parts.append(raw[last:])
        starts.append(out)
        origins.append(base + last)
    return _trimmed("".join(parts), starts, origins, base + len(raw))


def _trimmed(text: str, starts: list[int], origins: list[int], raw_end: int) -> Unwrapped:
    """The joined text without leading and trailing white space, its map moved along with it."""
    stripped = text.lstrip()
    lead = len(text) - len(stripped)
    text = stripped.rstrip()
    if not text:
        return Unwrapped(text, runs=([], [], raw_end))
    if lead:
        k = bisect_right(starts, lead) - 1  # the piece the text now begins in
        origins = [origins[k] + lead - starts[k]] + origins[k + 1:]
        starts = [0] + [s - lead for s in starts[k + 1:]]
    while starts and starts[-1] >= len(text):  # pieces wholly cut off at the end
        starts.pop()
        origins.pop()
    k = len(starts) - 1
    return Unwrapped(text, runs=(starts, origins, origins[k] + len(text) - 1 - starts[k] + 1))


# every word once, a compound (`left-right`) as one item, a word broken at a line end (`left-\n right`) as one item
# with its break: the words and compounds of `\w+` and `\w+-\w+` once broken words are cut out, in one pass
# (possessive runs: a match never starts inside a word, and a long word is read once)
_WORD_OR_COMPOUND = compiled(r"\w++(?:[-\u00ad][ \t]*+\n[ \t]*+\w++|-\w++(?![-\u00ad][ \t]*+\n[ \t]*+\w))?")


@lru_cache(maxsize=32)  # (a document's counts are some 0.5 MB; the layouts of a corpus are made before its mentions)
def word_items(text: str) -> Mapping[str, int]:
    """How often each word, compound or word broken at a line end stands in ``text`` lower-cased, read-only.

    >>> dict(word_items("The left-right split; the left-\\nright split."))
    {'the': 2, 'left-right': 1, 'split': 2, 'left-\\nright': 1}

    Every run of word characters of the text is in exactly one item (a
    compound or broken word joins two). Kept: the layout asks it of a
    document's text for its line-end hyphens, the actors for its languages,
    and each tokenized the whole document on its own.
    """
    return MappingProxyType(Counter(_WORD_OR_COMPOUND.findall(text.lower())))
