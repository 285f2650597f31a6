"""The letters glued to a date's last number, or cut from its last word, belong to its surface: `1930an`, `૧૯૧૭માં`.

A surface does not cut a word (the date rounds' rules 30 and 70): a case ending glued to a year with no hyphen or
apostrophe between (Kurmanji `Tebaxa 1930an`, Gujarati `૧૯૧૭માં`, `૯ જાન્યુઆરી ૧૯૧૫ના`) is read with the date, and so
is a vowel sign that a month's name, matched to its last letter, left behind (Gujarati `એપ્રિલે`). After a hyphen or an
apostrophe the ending is grammar and stays out (`23-án`, `1919'da`). A single Latin letter after a year is a work's
suffix in an author-year citation (`Smith 1998a`), and a capital a signature's (`ф. 1000К`), not an ending. The scripts written without spaces between words
(Thai, Lao, Tibetan, Burmese, Khmer, kana, Han, Hangul) glue the next word to a number, not an ending: nothing is
taken there.
"""

from __future__ import annotations

import unicodedata

from ..patterns import compiled
from .values import DateMatch

_UNSPACED = compiled("[\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_LONGEST = 6  # the longest ending taken (Gujarati `માંથી`); a longer run of letters is a word of its own


def _of_the_word(c: str) -> bool:
    return unicodedata.category(c)[0] in "LM" and not _UNSPACED.match(c)


def glued_letters(text: str, at: int) -> str:
    """The letters and their marks (vowel signs, points) that run from ``at`` in ``text``, in a script written with
    spaces between words.

    >>> glued_letters("૧૯૫૬થી ૧૯૬૦", 4), glued_letters("1930an de", 4), glued_letters("1930 de", 4)
    ('થી', 'an', '')
    """
    n = 0
    while at + n < len(text) and _of_the_word(text[at + n]):
        n += 1
    return text[at:at + n]


def with_glued_ending(d: DateMatch, text: str) -> DateMatch:
    """``d`` with the letters glued to its end in ``text``.

    >>> text = "di Tebaxa 1930an de; Smith 1998a; 1919'da"
    >>> [with_glued_ending(DateMatch(s, e, text[s:e], "", "", "year"), text).surface for s, e in ((3, 14), (27, 31), (34, 38))]
    ['Tebaxa 1930an', '1998', '1919']
    """
    if d.end >= len(text) or not d.surface or not _of_the_word(text[d.end]):
        return d
    if not d.surface[-1].isdigit() and unicodedata.category(text[d.end])[0] != "M":
        return d  # (a word the date's pattern ended whole)
    n = len(glued_letters(text, d.end))
    if n > _LONGEST or n == 1 and text[d.end].isascii() or text[d.end].isupper():
        return d  # (a capital after a number is a signature's letter, `ф. 1000К`: an ending is written small)
    return DateMatch(d.start, d.end + n, d.surface + text[d.end:d.end + n], d.date_start, d.date_end, d.precision)
