"""Number words joined after a number by a hyphen, as Uyghur prints them, turned round to stand before it.

Uyghur (and the other Turkic languages in Arabic script) writes the word of a page, volume, issue, edition or
year as a suffix joined to its numeral by a hyphen: `1996-يىل` (the year 1996), `45-52-بەتلەر` (pages 45–52),
`22-توم 2-سان` (volume 22, issue 2). The readers of the other scripts find a number after its word (`ص ۴۵`,
`ج ۲`) and a year standing alone; `numbers_first` gives them that order, keeping the length of the text so that
the offsets of a note still hold.
"""

from __future__ import annotations

import re
from ..patterns import compiled

# a numeral or a range of two, a hyphen, then a word of Arabic letters (U+0620–U+06D3, Persian and Uyghur letters
# included): the hyphen is the suffix's joint, not a range's (no digit follows it)
_SUFFIXED = compiled(r"(?<![\d\w-])(?P<number>\d+(?:[-–]\d+)?)-(?P<word>[\u0620-\u064a\u066e-\u06d3\u06d5]+)")
# the word's letters, which a text of any other script lacks: one class re skips to, where `_SUFFIXED`, opening with a
# look-behind, is tried at every character (its search over the corpus's pieces with a hyphen 0.060 s, hooked)
_ARABIC_LETTER = compiled(r"[\u0620-\u064a\u066e-\u06d3\u06d5]")
# a year: the word after it is the year's sign (`يىل`, `يىلى`), read as spaces as Urdu's `ء` after a year is (before
# the year, where a comma after it then closes the imprint as in any other script)
_YEAR = compiled(r"(?:1[5-9]|20)\d\d")


def numbers_first(text: str) -> str:
    """``text`` with each hyphen-joined number word before its number, and a year's word as spaces; the length kept.

    >>> numbers_first("ئۈرۈمچى، 1996-يىل، 45-52-بەتلەر")
    'ئۈرۈمچى،     1996، بەتلەر 45-52'
    """
    if "-" not in text or not _ARABIC_LETTER.search(text):
        return text

    def turned(found: re.Match) -> str:
        number, word = found.group("number"), found.group("word")
        if _YEAR.fullmatch(number):
            return " " * (len(word) + 1) + number
        return f"{word} {number}"

    return _SUFFIXED.sub(turned, text)
