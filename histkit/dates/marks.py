"""The words and marks around a date's numbers that a historian may extend, read from ``histkit/data/dates``.

``year_words.csv``: a word after a year that opens the day and month (Latvian `gada`, Georgian `წლის`, Azerbaijani
`il`; order ``day_month``) or the month and day (Lithuanian `m.`, Armenian `թ.`; order ``month_day``), or that only
follows a year (Russian `г.`, Ukrainian `рр.`; order ``after``).
``numeral_marks.csv``: the mark of a year, month or day written with its number, after it (`1948年5月14日`,
`1950년 6월 25일`) or before it (Vietnamese `tháng 5 năm 1937`), and the ordinal marks after a day (Greek `5ης`).
``decade_words.csv``: the words that make a year a decade (`années 1990`, `1930年代`).
``joining_words.csv``: the words between a day and its month (`14 de julio`, `12 ta' Marzu`) or a month and its year
(`ottobre del 1934`). ``and_words.csv``: the words for "and" between the
days of a list (`7 і 14 листопада 1942`, `4 dan 11 Oktober 1940`) beyond those `pattern.py` writes; ``to_words.csv``:
the words for "to" between the two days of a span (Dutch `3 t/m 5 februari 1874`) beyond those it writes. ``eras.csv``:
the eras a year may be counted in, with the Gregorian year of their year 0 (`昭和13年` is 1925 + 13). `pattern.py`
composes the date forms from them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled, trie_alternation


def _alternation(forms: list[str]) -> str:
    ordered = sorted(set(forms), key=lambda form: (-len(form), form))
    return "|".join(re.escape(form) for form in ordered) or r"(?!)"


@lru_cache(maxsize=None)
def year_words(order: str) -> str:
    """An alternation of the words after a year that open a day and month (``day_month``) or a month and day.

    >>> bool(re.fullmatch(year_words("day_month"), "gada")), bool(re.fullmatch(year_words("month_day"), "m."))
    (True, True)
    """
    return _alternation([row["form"].strip() for row in data_rows("dates", "year_words.csv")
                         if (row.get("order") or "").strip() == order and (row.get("form") or "").strip()])


@lru_cache(maxsize=None)
def numeral_marks(unit: str, position: str) -> str:
    """An alternation of the marks of a ``unit`` (year, month, day) written ``position`` (after, before) its number.

    >>> bool(re.fullmatch(numeral_marks("month", "after"), "月")), bool(re.fullmatch(numeral_marks("year", "before"), "năm"))
    (True, True)
    """
    return _alternation(numeral_mark_forms(unit, position))


@lru_cache(maxsize=None)
def numeral_mark_forms(unit: str, position: str) -> tuple[str, ...]:
    """The marks of `numeral_marks`, as ``numeral_marks.csv`` writes them."""
    return tuple(row["form"].strip() for row in data_rows("dates", "numeral_marks.csv")
                 if (row.get("unit") or "").strip() == unit and (row.get("position") or "").strip() == position
                 and (row.get("form") or "").strip())


def ordinal_marks() -> str:
    """An alternation of the marks of an ordinal written after a day's number (``numeral_marks.csv``, unit
    ``ordinal``): Greek `5ης Αυγούστου`; the English and French `th`, `er` are written in `pattern.py`.

    >>> bool(re.fullmatch(ordinal_marks(), "ης"))
    True
    """
    return numeral_marks("ordinal", "after")


@lru_cache(maxsize=None)
def joining_words(between: str) -> str:
    """An alternation of the words between a day and its month (``day_month``) or a month and its year
    (``month_year``), each with the space after it (none needed after an elided `d'`).

    >>> re.match(joining_words("month_year"), "del 1934").group(), re.match(joining_words("day_month"), "d'abril").group()
    ('del ', "d'")
    """
    forms = sorted({row["form"].strip() for row in data_rows("dates", "joining_words.csv")
                    if (row.get("between") or "").strip() == between and (row.get("form") or "").strip()},
                   key=lambda form: (-len(form), form))
    # (a word of a script written without spaces between words touches the number after it: Khmer `ឆ្នាំ១៩៥៣`)
    return "|".join(re.escape(form) + (r"\s*" if form[-1] in "'’" or _GLUED_SCRIPT.match(form[-1]) else r"\s+")
                    for form in forms) or r"(?!)"


#: the scripts written without spaces between words (Thai, Lao, Burmese, Khmer), whose words touch a number
_GLUED_SCRIPT = compiled("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")


@lru_cache(maxsize=None)
def decade_words(position: str) -> str:
    """An alternation of the words that make a year a decade, written ``before`` it (`années 1990`, `década de 1940`)
    or ``after`` it (`1930年代`, `1960 के दशक`, `1920-talet`; German `Jahren` after the year's `-er`).

    >>> bool(re.fullmatch(decade_words("before"), "década de")), bool(re.fullmatch(decade_words("after"), "年代"))
    (True, True)
    """
    return _alternation(decade_forms(position))


def decade_forms(position: str) -> list[str]:
    """The words of `decade_words`, as ``decade_words.csv`` writes them."""
    return [row["form"].strip() for row in data_rows("dates", "decade_words.csv")
            if (row.get("position") or "").strip() == position and (row.get("form") or "").strip()]


def hundreds_words() -> str:
    """An alternation of the decade words that name a century after a hundred (``hundreds`` rows of
    ``decade_words.csv``: Swedish `1800-talet`, the nineteenth century).

    >>> bool(re.fullmatch(hundreds_words(), "-talet"))
    True
    """
    return _alternation(decade_forms("hundreds"))


@lru_cache(maxsize=1)
def and_words() -> str:
    """An alternation of the words for "and" between the days of a list that ``and_words.csv`` adds.

    >>> bool(re.fullmatch(and_words(), "dan"))
    True
    """
    return _alternation([row["form"].strip() for row in data_rows("dates", "and_words.csv") if (row.get("form") or "").strip()])


def to_words() -> str:
    """An alternation of the words for "to" between the days of a span that ``to_words.csv`` adds.

    >>> bool(re.fullmatch(to_words(), "t/m"))
    True
    """
    return _alternation(list(_to_word_forms()))


def night_words() -> str:
    """An alternation of the words of ``to_words.csv`` that join only the two days of a night, each with its month
    (`joins` nights: Dutch `31 januari op 1 februari 1953`, where `op` is also "on"), or a pattern that matches nothing.

    >>> bool(re.fullmatch(night_words(), "op")), bool(re.fullmatch(to_words(), "op"))
    (True, False)
    """
    return _alternation(list(_to_word_forms(nights=True)))


@lru_cache(maxsize=2)
def _to_word_forms(nights: bool = False) -> tuple[str, ...]:
    return tuple(row["form"].strip() for row in data_rows("dates", "to_words.csv") if (row.get("form") or "").strip()
                 and ((row.get("joins") or "").strip() == "nights") == nights)


def glued_to_words() -> str:
    """An alternation of the words for "to" of ``to_words.csv`` written with a hyphen glued to the next end (Maltese
    `sal-1943`, "until the"), or a pattern that matches nothing.

    >>> bool(re.fullmatch(glued_to_words(), "sal-"))
    True
    """
    return _alternation([form for form in _to_word_forms() if form.endswith("-")])


def unspaced_to_words() -> str:
    """An alternation of the words for "to" of ``to_words.csv`` in the scripts written without spaces between words
    (Han, kana, Hangul: `1942年至1945年`, `昭和5年から昭和6年`; Thai, Lao, Burmese, Khmer), which may touch both ends, or a pattern that matches
    nothing.

    >>> bool(re.fullmatch(unspaced_to_words(), "から"))
    True
    """
    return _alternation([form for form in _to_word_forms() if _UNSPACED.fullmatch(form)])


# (and Thai, Lao, Burmese and Khmer: `១៩៧០ ដល់ឆ្នាំ១៩៧៥`, "1970 to the year 1975")
_UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")


def month_span_words() -> str:
    """The words for "to" between the two months of a span, `od maja do julija 1945`, `May to July 1920`: the few
    every reader knows and those of ``to_words.csv``.

    >>> bool(re.fullmatch(month_span_words(), "do")), bool(re.fullmatch(month_span_words(), "sampai"))
    (True, True)
    """
    # (as a trie: the month's look-ahead tries it after every word, `words.month_then_digit`)

    return trie_alternation(month_span_forms())


def month_span_forms() -> list[str]:
    """The words of `month_span_words`, sorted."""
    return sorted({"do", "to", "till", "until", "bis", "до", *_to_word_forms()})


@lru_cache(maxsize=1)
def year_word_after() -> re.Pattern:
    """A word for year (order ``after`` in ``year_words.csv``) ending a text after a space: `1938 р.`, `1937–1938 гг.`.

    >>> year_word_after().sub("", "1941–1944 рр.")
    '1941–1944'
    """
    return compiled(rf"\s+(?:{year_words('after')})$")


@lru_cache(maxsize=1)
def era_offsets() -> dict[str, int]:
    """The eras of ``eras.csv`` and what to add to a year counted in them for the Gregorian year.

    >>> era_offsets()["昭和"] + 13
    1938
    """
    return {row["form"].strip(): int(row["offset"]) for row in data_rows("dates", "eras.csv")
            if (row.get("form") or "").strip() and (row.get("offset") or "").strip().lstrip("-").isdigit()}


def eras() -> str:
    """An alternation of the eras' names (``eras.csv``).

    >>> bool(re.fullmatch(eras(), "단기"))
    True
    """
    return _alternation(list(era_offsets()))
