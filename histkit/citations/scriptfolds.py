"""A note's characters of other scripts as the readers read them: full-width punctuation, the Arabic script's comma,
semicolon and digits, every script's decimal digits and full stops, and the marks of writing direction, each as its
ASCII form, one character for one, so a note's offsets hold; and a year's calendar sign as spaces.
"""

from __future__ import annotations

import re
import unicodedata

from .suffixes import numbers_first
from ..patterns import compiled


# the full-width forms of ASCII punctuation (U+FF01-FF0F, FF1A-FF20, FF3B-FF40, FF5B-FF5E) and the ideographic
# comma and full stop: one character each, so a note's offsets hold
_WIDE = {code: code - 0xFEE0 for block in ((0xFF01, 0xFF10), (0xFF1A, 0xFF21), (0xFF3B, 0xFF41), (0xFF5B, 0xFF5F))
         for code in range(*block)} | {ord("、"): ",", ord("。"): "."}
# the Arabic script's comma and semicolon (Arabic, Persian, Urdu) and its two sets of digits, Arabic-Indic (U+0660-0669)
# and Persian (U+06F0-06F9): a reference's numbers are read as values whatever digits print them
_ARABIC = {ord("،"): ",", ord("؛"): ";"} | {code: ord("0") + code % 16 for code in (*range(0x0660, 0x066A),
                                                                              *range(0x06F0, 0x06FA))}
# the decimal digits of every other script (Devanagari ४५, Bengali, Thai ๔๕, Lao, Tibetan, Myanmar, Khmer, Mongolian,
# full-width ２００５ …) and the full stops and commas of scripts that print their own (the Devanagari danda `।`,
# Ethiopic `።` `፣` `፤`, Myanmar `။` `၊`): a reference's numbers and parts read by their shape in any script
_OTHER_SCRIPTS = {code: ord("0") + unicodedata.digit(chr(code)) for code in range(0x0100, 0x10000)
                  if unicodedata.category(chr(code)) == "Nd" and code not in _ARABIC} \
    | {ord("।"): ".", ord("॥"): ".", ord("።"): ".", ord("፣"): ",", ord("፤"): ";", ord("။"): ".", ord("၊"): ",",
       ord("۔"): "."}  # (and Urdu's full stop, `۔`)
# Ethiopic's colon `፥` and preface colon `፦` (`አዲስ አበባ፦ ሻማ ቡክስ`: place and publisher, a lead word and what it leads
# to) are colons, and its word separator `፡` is a space: an older or a handwritten-style text prints it between words
_OTHER_SCRIPTS |= {ord("፥"): ":", ord("፦"): ":", ord("፡"): " "}
# Khmer ends a sentence with `។` (and a section with `៕`) and prints its own colon `៖` between a place and its publisher
# and after a lead word (`ភ្នំពេញ៖ …`, `សូមមើល៖ …`): the full stop and the colon of any other script
_OTHER_SCRIPTS |= {ord("។"): ".", ord("៕"): ".", ord("៖"): ":"}
# the marks that set the direction of right-to-left text (LRM, RLM, the Arabic letter mark, embeddings, isolates), which a
# word processor leaves around a Hebrew or Arabic note's numbers and commas (`ירושלים \u200f(1985)\u200f,`): they
# print nothing, and as spaces they hold no pattern of a reference's parts apart
_DIRECTION_MARKS = {code: ord(" ") for code in (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))}
_ARABIC |= _OTHER_SCRIPTS | _DIRECTION_MARKS
_WIDE |= _ARABIC
# Urdu prints a hamza after a common-era year (`۱۹۹۶ء`), Amharic the era's two initials after an Ethiopian-calendar
# year (`1995 ዓ.ም.`, ዓመተ ምሕረት; `ዓ.ዓ.` before it): the year's sign, no word of the title or the imprint; read as
# spaces (the length kept), so the year stands alone as in any other script; so are the two initials of an Indic era
# before its year (`वि.सं. २०४५`, Bikram Sambat; `शक. सं.`), where a common-era book prints none
# Persian and Pashto print their calendar's initial after a year (`۱۳۶۵ ل.`, لمریز, and `۱۳۶۵ ش.`, `۱۳۶۵ ه.ش.`: solar Hijri;
# `ق.` lunar; `م.` common era) the same way
_YEAR_SIGN = compiled(r"(?<=\d)ء|(?<=\d)\s?[\u1200-\u137f]\.[\u1200-\u137f]\."
                        r"|(?<=\d{4})\s?[\u0621-\u064a\u0671-\u06d3]{1,2}\.(?:\s?[\u0621-\u064a\u0671-\u06d3]\.)?(?=[\s,;:)]|$)"
                        r"|(?<![\u0900-\u097f\u0e80-\u0eff])[\u0900-\u097f\u0e80-\u0eff]{1,3}\.\s?[\u0900-\u097f\u0e80-\u0eff]{1,3}\.\s?(?=\d{4}(?!\d))")


# a character every year's sign holds: most notes have none, which one scan of this class tells; `_YEAR_SIGN`'s
# look-behinds make `re` try it at every position of the note
_YEAR_SIGN_LETTER = compiled(r"[\u0621-\u064a\u0671-\u06d3\u0900-\u097f\u0e80-\u0eff\u1200-\u137f]")


def _without_year_sign(text: str) -> str:
    if not _YEAR_SIGN_LETTER.search(text):
        return text
    return _YEAR_SIGN.sub(lambda found: " " * len(found.group()), text)


def _any_of(table: dict) -> re.Pattern:
    """A character class of the characters ``table`` maps, as runs of code points: most texts hold none of them and
    are their own folding, which one `re.search` tells faster than `str.translate` looking up each character.

    >>> _any_of({ord("a"): "x", ord("b"): "y", ord("d"): "z"}).pattern
    '[a-bd]'
    """
    codes, runs = sorted(table), []
    for code in codes:
        if runs and code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return re.compile("[" + "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in runs) + "]")


_ANY_ARABIC, _ANY_WIDE = _any_of(_ARABIC), _any_of(_WIDE)


def fold_arabic(text: str) -> str:
    """``text`` with the Arabic script's comma, semicolon and digits as their ASCII forms, the length kept; the digits
    and full stops of the other scripts too (`_OTHER_SCRIPTS`: `४५` is 45).

    >>> fold_arabic("تهران، ۱۳۸۸؛ ص ٤٥")
    'تهران, 1388; ص 45'
    """
    return _without_year_sign(numbers_first(text.translate(_ARABIC) if _ANY_ARABIC.search(text) else text))


def fold_wide_punctuation(text: str) -> str:
    """A note's full-width punctuation and ideographic comma and full stop as their ASCII forms, the length kept.

    >>> fold_wide_punctuation("北京市档案馆藏，档号2-1-112（1951年）。")
    '北京市档案馆藏,档号2-1-112(1951年).'

    The digits of any script are read as ASCII ones, and a script's own full stop as one:

    >>> fold_wide_punctuation("पृ. ४५–५२।"), fold_wide_punctuation("พ.ศ. ๒๕๑๐"), fold_wide_punctuation("２００５年")
    ('पृ. 45–52.', 'พ.ศ. 2510', '2005年')
    """
    return _without_year_sign(numbers_first(text.translate(_WIDE) if _ANY_WIDE.search(text) else text))
