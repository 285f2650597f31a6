"""Small text operations that keep a map back to the original offsets.

Every extractor works on cleaned text (lines joined, line-end hyphens
repaired, look-alike letters folded) but reports offsets into the original
file; `Unwrapped.index` is that map.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Callable

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

_WORD = re.compile(r"\w+", re.UNICODE)
_ANY_CYRILLIC = re.compile("[\u0400-\u04ff]")


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
    cyr = sum(is_cyrillic(ch) for ch in text)
    lat = sum(is_latin_letter(ch) for ch in text)
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

    return _WORD.sub(fix, text)


def strip_diacritics(text: str) -> str:
    """Latin letters without their marks; Đ/đ become D/d (one character each).

    >>> strip_diacritics("Đilas Čolaković Léo")
    'Dilas Colakovic Leo'
    """
    text = text.replace("Đ", "D").replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", kept)


@dataclass(frozen=True)
class Unwrapped:
    """Text with its lines joined, and for each character its offset in the original.

    >>> u = unwrap("Aleksan-\\ndar Ranković", base=100)
    >>> u.text, u.span(0, 10)
    ('Aleksandar Ranković', (100, 112))

    ``index[i]`` is the offset (in the string that was unwrapped, plus the
    ``base`` given) of ``text[i]``; ``index`` has one extra entry, the end.
    """

    text: str
    index: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of ``text[start:end]`` (an empty span maps to an empty one)."""
        return self.index[start], self.index[end - 1] + 1 if end > start else self.index[start]


HyphenRule = Callable[[str, str], bool]

# A line-end hyphen between word characters, or a line break with the white space around it.
_LINE_EVENT = re.compile(r"(?<=\w)([-\u00ad])[ \t]*\n[ \t]*(?=\w)|[ \t]*\n[ \t\n]*", re.UNICODE)
_WORD_AT = re.compile(r"\w+", re.UNICODE)


# What a typesetter's glyphs stand for: ligatures spelled out, non-breaking and
# thin spaces as spaces, soft hyphens (which only mark where a word may break) dropped.
_TYPOGRAPHY = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                             "\ufb05": "st", "\ufb06": "st", "\u00a0": " ", "\u202f": " ", "\u2009": " ",
                             "\u2007": " ", "\u00ad": None})

_ODD_GLYPH = re.compile("[\ufb00-\ufb06\u00a0\u202f\u2009\u2007\u00ad]")


def plain_typography(text: str) -> str:
    """The text as a reader reads it: ligatures spelled out, odd spaces made spaces, soft hyphens dropped.

    >>> plain_typography("ﬁnale, 28.\u00a05. 1950, po\u00adgovor")
    'finale, 28. 5. 1950, pogovor'
    """
    # most texts have none of these: a search is much cheaper than a translation
    return text.translate(_TYPOGRAPHY) if _ODD_GLYPH.search(text) else text


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


def _line_events(raw: str):
    """The matches of `_LINE_EVENT` in ``raw``, as `finditer` gives them, sought only next to a line break.

    Every event holds a line break, and the first one after ``last`` starts at
    the latest a character before the spaces and tabs ahead of that break, so
    the regex is tried there (`str.find` skips the rest in C) instead of at
    every character of the block.
    """
    last, search, find = 0, _LINE_EVENT.search, raw.find
    while True:
        q = find("\n", last)
        if q < 0:
            return
        p = q
        while p > last and raw[p - 1] in " \t":
            p -= 1
        m = search(raw, max(last, p - 1))
        yield m
        last = m.end()


def unwrap(raw: str, keep_hyphen: HyphenRule | None = None, base: int = 0) -> Unwrapped:
    """Join the lines of ``raw`` into one line, repairing line-end hyphens.

    >>> unwrap("sudden-\\nly placed\\n Yugoslav-\\nSoviet").text
    'suddenly placed Yugoslav-Soviet'

    ``keep_hyphen(left, right)`` decides for ``left-\\nright`` whether the
    hyphen is part of the word (default `keep_hyphen_by_form`). Runs of white
    space around a line break become one space; leading and trailing white
    space is dropped.
    """
    keep_hyphen = keep_hyphen or keep_hyphen_by_form
    # Copy the runs between line events in one slice each: this runs over every
    # block of every document, so no per-character Python loop.
    parts: list[str] = []
    index: list[int] = []
    last = 0
    ends_in_space = True  # nothing written yet: a leading break adds no space
    for m in _line_events(raw):
        s = m.start()
        if s > last:
            parts.append(raw[last:s])
            index.extend(range(base + last, base + s))
            ends_in_space = raw[s - 1].isspace()
        if m.group(1):
            left_start = s
            while left_start > 0 and (raw[left_start - 1].isalnum() or raw[left_start - 1] == "_"):
                left_start -= 1
            right = _WORD_AT.match(raw, m.end()).group(0)
            if keep_hyphen(raw[left_start:s], right):
                parts.append("-")
                index.append(base + s)
                ends_in_space = False
        elif not ends_in_space:
            parts.append(" ")
            index.append(base + s)
            ends_in_space = True
        last = m.end()
    if last < len(raw):
        parts.append(raw[last:])
        index.extend(range(base + last, base + len(raw)))
    text = "".join(parts)
    stripped = text.lstrip()
    lead = len(text) - len(stripped)
    text = stripped.rstrip()
    del index[lead + len(text):]  # trimmed in place: the map is as long as the block
    del index[:lead]
    index.append(base + len(raw) if not index else index[-1] + 1)
    return Unwrapped(text, tuple(index))
