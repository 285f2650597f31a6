"""A paragraph's dates as the historian typed them, from what a PDF's text layer or a scan's OCR layer made of them.

A layer breaks a month's name at a line's end (`14 Sep- tember 1938`, `Okto-ber`, a soft hyphen), sets a space before
a day's point (`23 . März`), loses the space between a day, its month and its year (`15mei 1940`, `12July1839`,
`de1933`), sets typographic hyphens, figure dashes and minus signs between two years or days (`1938‐1939`,
`1941−1945`, `18‑VII‑1936`), flattens a raised ordinal (`1 st of April`, `1 er mai`, `1ᵉʳ`, `1. º de octubre`) and
reads an old-style figure as a letter (`l939`, `193S`, `June l6`, `20 Il 1919`). `as_read` undoes what a reader undoes
there without thinking, each pass only where the character it needs stands, with the shared passes of `typeset`, and
keeps for each character where it stood: the dates found in it keep the offsets of the text as delivered.
A space a line's end left inside a month's name after its day (`22 Sep tember`) goes too. Left as delivered: a
note's number glued to a year (`19294`), a running head: each is as often a number or a page of its own.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..patterns import compiled
from ..text import Unwrapped
from ..typeset import LIGATURE, LIGATURES, LINE_END, SOFT_HYPHEN, sub
from .marks import and_words, joining_words
from .words import month_names, month_of

# a typographic hyphen (U+2010, U+2011: a numeric day's, `18‑VII‑1936`) or a figure dash or minus sign between two
# numbers (`28‒29`, `1941−1945`): the hyphen and the en dash a date's forms read
_HYPHEN = compiled("[\u2010\u2011]")
_DASH = compiled(r"(?<=[\d\s])[\u2012\u2212](?=[\s\d])")
# an ordinal raised in modifier letters after its number (`1ᵉʳ`, `2ⁿᵈ`): the letters they are
_MODIFIER_ORDINAL = compiled("(?<=\\d)[\u1d49\u02b3\u02e2\u1d57\u207f\u1d48\u02b0\u1d3f]+")
# a space set before a day's point (`23 . März`, `5 . října`) or a year's slash (`1944 /45`)
_SPACE_BEFORE_POINT = compiled(r" \.(?=\s)(?<=\d \.)")
_SPACE_BEFORE_SLASH = compiled(r" /(?=\d\d(?!\d))(?<=\d\d\d\d /)")
# a raised ordinal flattened after a day's number (`1 st of April`, `2 nd`, `10 th`, `1 er mai`, `1. º de`, `1 °
# maggio`), the letters the English and French ordinals of that number take: a year before a word (Icelandic `1975 er`,
# Welsh `1965 er`), the Italian `e` ("and", `24 e il 25`) and the French `e` after a Roman century (`XX e siècle`,
# Italian `XIX e XX`) are left
_FLAT_ORDINAL = compiled(r" (?=(?:st|nd|rd|th|er|re)(?!\w))(?<=(?<!\d)\d )| (?=(?:st|nd|rd|th)(?!\w))(?<=(?<!\d)\d\d )"
                         r"| (?=[º°ª])(?:(?<=(?<!\d)\d )|(?<=(?<!\d)\d\. ))")
_ORDINAL_WORD = compiled(r"\d\.? (?:st|nd|rd|th|er|re|[º°ª])")
# the glyphs of the passes above, looked for once (most paragraphs hold none)
_TYPESET_GLYPH = compiled("[\u00ad\ufb00-\ufb06\u2010-\u2012\u2212\u1d49\u02b3\u02e2\u1d57\u207f\u1d48\u02b0\u1d3f]")
# a day's number, then two runs of letters a space parts (found at the digits)
_SPLIT_MONTH = compiled(r"\d\.?\s([^\W\d_]{2,}) ([^\W\d_]{2,})")
# a letter run touching a number (`15mei`, `May26`, `12July1839`, `de1933`)
_TOUCHING = compiled(r"(?<=\d)[^\W\d_]{3,}\.?|(?<=\d[°º])[^\W\d_]{3,}\.?|[^\W\d_]{2,}\.?(?=\d)")
# (a digit a letter touches, after it or its ordinal mark, or before it or its point: looked for at the digits)
_GLUE = compiled(r"\d(?:[°º]?[^\W\d_]|(?<=[^\W\d_]\d)|(?<=[^\W\d_]\.\d))")
_YEAR = compiled(r"(?:1\d|20)\d\d")
# a letter-spaced year (`1 9 3 3`) and the letter-spaced words before it
_SPACED_YEAR = compiled(r"(?:1 \d|2 0) \d \d(?!\w| \d)")
_SPACED_WORD = compiled(r"(?<!\w)(?:[^\W\d_] )+[^\W\d_](?= )")
_NEAR = 30  # a day, its month and joining words before a year: `1.º de octubre de 1936` fits well within this
# an OCR's old-style figure read as a letter: `l` for 1, `S` for 5, `O` for 0, in a number of four (`l939`, `193S`,
# `l850s`) or, after a month's name, a day of two (`June l6`, `March l3`); `Il` for a Roman month II (`20 Il 1919`)
_OCR_TOUCH = compiled(r"\d(?:[lOS]|(?<=[lOS]\d)| Il \d)")
_OCR_YEAR = compiled(r"(?<![\w.])[\dlOS]{4}(?=s?(?!\w))")
_OCR_DAY = compiled(r"(?<![\w.])(?:l\d|\dl)(?![\w])")
_OCR_ROMAN = compiled(r"(?<=\d )Il(?= \d)")
_OCR_DIGITS = str.maketrans("lOS", "105")
_MONTH_BEFORE = compiled(r"([^\W\d_]+)\.?\s+$")


def as_read(unwrapped: Unwrapped) -> Unwrapped:
    """``unwrapped`` as the historian typed its dates, each character mapped to its offset in the text as delivered.

    >>> from histkit.text import unwrap
    >>> read = as_read(unwrap("on 14 Sep- tember 1938, 23 . März 1933, 15mei 1940, 1941−1945, the 1 st of April l939"))
    >>> read.text
    'on 14 September 1938, 23. März 1933, 15 mei 1940, 1941–1945, the 1st of April 1939'
    >>> start = read.text.index("14"); read.span(start, start + len("14 September 1938"))
    (3, 22)

    The same object comes back where no pass changes anything (most paragraphs).
    """
    text, where = typed(unwrapped.text)
    if where is None:
        return unwrapped
    index = unwrapped.index
    return Unwrapped(text, tuple(index[at] for at in where))


def spaces_a_year(text: str) -> bool:
    """Whether ``text`` holds a letter-spaced year (`1 9 2 3`), which `as_read` reads: a paragraph whose only year is
    one names a date all the same.

    >>> spaces_a_year("am 9. N o v e m b e r 1 9 2 3"), spaces_a_year("1 2 3 4 5")
    (True, False)
    """
    return " " in text and next(_spaced_years(text), None) is not None


def _spaced_years(text: str):
    # (four digits each after a space, not a longer run of them: `1 2 3 4 5` is no year)
    for year in _SPACED_YEAR.finditer(text):
        if not (year.start() and text[year.start() - 1].isalnum() or text[max(0, year.start() - 2):year.start()][:1].isdigit()):
            yield year


def typed(text: str) -> tuple[str, list[int] | None]:
    """``text`` with its dates as typed, and where each character (and the end) stood, or None where nothing moved."""
    # (a range, not a list, until a pass moves a character: most paragraphs need none)
    given, where = text, range(len(text) + 1)
    delivered = where
    if not text.isascii() and _TYPESET_GLYPH.search(text):
        text, where = sub(SOFT_HYPHEN, lambda m: "", text, where)
        text, where = sub(LIGATURE, lambda m: LIGATURES[m.group()], text, where)
        text = _same_length(_HYPHEN, lambda m: "-", text)
        text = _same_length(_DASH, lambda m: "–", text)
        text = _same_length(_MODIFIER_ORDINAL, lambda m: unicodedata.normalize("NFKC", m.group()), text)
    if "- " in text:
        text, where = sub(LINE_END, _line_end, text, where)
    if "-" in text:
        text, where = _dropped(text, where, _broken_months(text))
    if " ." in text:
        text, where = sub(_SPACE_BEFORE_POINT, lambda m: ".", text, where)
    if " /" in text:
        text, where = sub(_SPACE_BEFORE_SLASH, lambda m: "/", text, where)
    if _ORDINAL_WORD.search(text):
        text, where = sub(_FLAT_ORDINAL, _flat_ordinal, text, where)
    if _OCR_TOUCH.search(text):
        text = _same_length(_OCR_YEAR, _ocr_year, text)
        text = _same_length(_OCR_DAY, _ocr_day, text)
        text = _same_length(_OCR_ROMAN, lambda m: "II", text)
    text, where = _dropped(text, where, _split_months(text))
    if spaces_a_year(text):
        text, where = _dropped(text, where, _letter_spaced(text))
    text, where = _spaced(text, where, _touching_near_years(text))
    return text, (None if where is delivered and text is given else where)


def _same_length(pattern: re.Pattern, replace, text: str) -> str:
    # (a character for a character, each in its own place: `sub` would give all of a match's characters its first
    # place, and a date ending in `l3` would end at the `l`)
    out, last = [], 0
    for m in pattern.finditer(text):
        new = replace(m)
        if len(new) == len(m.group()) and new != m.group():
            out += [text[last:m.start()], new]
            last = m.end()
    return "".join(out) + text[last:] if out else text


def _flat_ordinal(m: re.Match) -> str:
    after = m.string[m.end():m.end() + 2]
    if after[:1] in "º°ª":
        return ""
    number = int(m.string[max(0, m.start() - 2):m.start()].lstrip(" .") or 0)
    # (`1 st`, `22 nd`, `3 rd`, `11 th`; `1 er`, `1 re` the French first: each number its own letters)
    english = {1: "st", 2: "nd", 3: "rd"}.get(number % 10 if number // 10 != 1 else 0, "th")
    return "" if after == english or after in ("er", "re") and number == 1 else m.group()


def _line_end(m: re.Match) -> str:
    after = m.group(1)
    if after[0].isupper():
        return "-"  # (a hyphenated name's own hyphen: its line break alone goes)
    if _and_word().fullmatch(after):
        return m.group()  # (`Vor- und Nachkriegszeit`: the hyphen stands for the first word's ending)
    return ""


@lru_cache(maxsize=1)
def _and_word() -> re.Pattern:
    return compiled(and_words(), re.IGNORECASE)


# a hyphen a letter follows (found by a scan for the hyphen), and the letters before and after it
_HYPHEN_LETTER = compiled(r"-(?=[^\W\d_])")
_LETTERS_BEFORE = compiled(r"[^\W\d_]+$")
_LETTERS = compiled(r"[^\W\d_]+")


def _broken_months(text: str) -> list[int]:
    """The hyphens inside words that are a month's name only without them (`Sep-tember`, `Okto-ber`): no month's
    name has a hyphen, and two months joined (`mai-juin`) are no name."""
    found = []
    for m in _HYPHEN_LETTER.finditer(text):
        left = _LETTERS_BEFORE.search(text, max(0, m.start() - 12), m.start())
        right = _LETTERS.match(text, m.end())
        if left is None or text[right.end():right.end() + 1] == "-" or left.start() and text[left.start() - 1] == "-":
            continue
        if month_of(left.group() + right.group()) and not month_of(right.group()):
            found.append(m.start())
    return found


def _split_months(text: str) -> list[int]:
    """The spaces a line's end left inside a month's name after its day (`22 Sep tember`, `2 Octo ber 1938`): two
    runs of letters, the second in small letters, that are a month's name joined and not the second alone."""
    names = month_names()  # (a name's lookup, not `month_of`'s: a thousand pairs of words in the rounds and sample)
    return [m.end(1) for m in _SPLIT_MONTH.finditer(text) if m.group(2)[0].islower()
            and (m.group(1) + m.group(2)).lower() in names and m.group(2).lower() not in names]


def _touching_near_years(text: str) -> list[int]:
    """Where a space goes between a number and a month's name or joining word that touch it, within reach before a
    year or glued to it (`15mei 1940`, `12July1839`, `de1933`): sought only where a digit and a letter touch."""
    at: list[int] = []
    for glue in _GLUE.finditer(text):
        if not _YEAR.search(text, glue.start() - 1, glue.start() + _NEAR):
            continue
        digit = glue.start()
        if glue.end() > digit + 1:  # (letters after the digit, or after its ordinal mark: `15mei`, `1°novembre`)
            m = _TOUCHING.match(text, glue.end() - 1)
        else:  # (letters before it, or before their point: `July1839`, `de1933`)
            m = _TOUCHING.match(text, _word_start(text, digit - (text[digit - 1] == ".")))
        if m is not None and _names_a_month_or_joins(m):
            at += _touching_sides(m)
    return at


def _word_start(text: str, end: int) -> int:
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return start


def _names_a_month_or_joins(m: re.Match) -> bool:
    letters = m.group()
    if month_of(letters):
        return True
    # (a word joining a month to its year glued to the year: `noviembre de1933`)
    return m.end() < len(m.string) and m.string[m.end()].isdigit() and _joining().fullmatch(letters + " ") is not None


@lru_cache(maxsize=1)
def _joining() -> re.Pattern:
    return compiled(joining_words("month_year"), re.IGNORECASE)


def _touching_sides(m: re.Match) -> list[int]:
    # (a space on each side where a number or its ordinal mark touches the letters: `12July1839`, `1°novembre`)
    before = m.start() > 0 and (m.string[m.start() - 1].isdigit() or m.string[m.start() - 1] in "°º")
    return [at for at, touching in ((m.start(), before), (m.end(), m.string[m.end():m.end() + 1].isdigit())) if touching]


def _letter_spaced(text: str) -> list[int]:
    """The spaces inside a letter-spaced (*gesperrt*) year, and inside a letter-spaced month's name before it (`30. J a
    n u a r 1 9 3 3`, `18. M a i 1 8 4 8`): four digits each after a space are one year, single letters each after a
    space that spell a month one name; sought only before such a year."""
    spaces: list[int] = []
    for year in _spaced_years(text):
        for m in _SPACED_WORD.finditer(text, max(0, year.start() - _NEAR), year.start()):
            if month_of(m.group().replace(" ", "")):
                spaces += [m.start() + k for k, ch in enumerate(m.group()) if ch == " "]
        spaces += [year.start() + k for k in (1, 3, 5)]
    return sorted(set(spaces))


def _dropped(text: str, where: list[int], drop: list[int]) -> tuple[str, list[int]]:
    """``text`` without the characters at ``drop``, each other character in its own place."""
    if not drop:
        return text, where
    gone = set(drop)
    kept = [k for k in range(len(text)) if k not in gone]
    return "".join(text[k] for k in kept), [where[k] for k in kept] + [where[len(text)]]


def _spaced(text: str, where: list[int], at) -> tuple[str, list[int]]:
    """``text`` with a space before each offset of ``at``, standing where the character after it stands."""
    at = sorted(set(at))
    if not at:
        return text, where
    out, places, last = [], [], 0
    for k in at:
        out += [text[last:k], " "]
        places += [*where[last:k], where[k]]
        last = k
    return "".join(out) + text[last:], places + list(where[last:])


def _ocr_year(m: re.Match) -> str:
    token = m.group()
    read = token.translate(_OCR_DIGITS)
    # (one letter among three digits, read a year: `l939`, `193S`; `SOS1` or `lOO0` stay as written)
    return read if sum(ch.isdigit() for ch in token) == 3 and _YEAR.fullmatch(read) else token


def _ocr_day(m: re.Match) -> str:
    before = _MONTH_BEFORE.search(m.string, max(0, m.start() - 16), m.start())
    # (a day after a month's name: `June l6`, `Sept. 2l`; `box l2` is a box's)
    return m.group().translate(_OCR_DIGITS) if before is not None and month_of(before.group(1)) else m.group()
