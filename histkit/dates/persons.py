"""Dates that belong to people: the years in a person's bracket, and the nouns of persons made of a year.

A bracket after a person's name opens with a mark that says what its years are, born, died, reigned or flourished
(``life_marks.csv``: `Friedrich II. (reg. 1740–1786)`, `Alejandro Lerroux (n. 1864)`); where the same abbreviation
numbers a register, an item or a page in a note (`Deliberazioni, reg. 1630`, `legge 1865, n. 2248`), it stands after
a word and a comma, not after a name and an opening bracket, so a year there is the person's (the date rounds' rules
132 and 133). Letters glued to a year that make a noun of persons (``person_endings.csv``: `the 1968ers`) name people,
not a time: no date; a generation or call-up class named by the two digits of its year after its word
(``cohort_words.csv``: `La Generación del 27`, `i ragazzi del 99`) is that year (rule 136).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled
from .anchors import behind_first_characters
from .gluedendings import glued_letters
from .values import DateMatch


@lru_cache(maxsize=1)
def _opening() -> re.Pattern:
    marks = sorted({r["form"] for r in data_rows("dates", "life_marks.csv")}, key=lambda f: (-len(f), f))
    # (the name's last word, or a ruler's number, just before the bracket: `II. (reg. `, `Lerroux (n. `)
    return compiled(rf"(?<!\w)([^\W\d_]+|[IVXLC]+\.)\s*\(\s*(?:{'|'.join(map(re.escape, marks))})\s*$")


def opens_a_life(text: str, start: int) -> bool:
    """Whether the number at ``start`` of ``text`` follows a life's or reign's mark opening a bracket after a name.

    >>> text = "Friedrich II. (reg. 1740–1786) and Lerroux (n. 1864); Deliberazioni, reg. 1630; the law (n. 1865)"
    >>> [opens_a_life(text, text.find(n)) for n in ("1740", "1864", "1630", "1865")]
    [True, True, False, False]
    """
    before = _opening().search(text, max(0, start - 40), start)
    return before is not None and before.group(1)[0].isupper()


@lru_cache(maxsize=1)
def _endings() -> frozenset[str]:
    return frozenset(r["form"] for r in data_rows("dates", "person_endings.csv"))


def names_persons(text: str, d: DateMatch) -> bool:
    """Whether the year ``d`` of ``text`` is glued to letters that make a noun of persons of it.

    >>> text = "The 1968ers were in office by the 1990s."
    >>> names_persons(text, DateMatch(4, 8, "1968", "", "", "year")), names_persons(text, DateMatch(34, 39, "1990s", "", "", "year"))
    (True, False)
    """
    return d.surface[-1:].isdigit() and glued_letters(text, d.end) in _endings()


@lru_cache(maxsize=1)
def _cohort() -> re.Pattern:
    words = sorted({r["form"] for r in data_rows("dates", "cohort_words.csv")}, key=lambda f: (-len(f), f))
    # (each word's look-behind after its first letter, `behind_first_characters`: the search skips in C to the words'
    # first letters, where the look-behind first was tried at every character of every paragraph, twice)
    spaced = behind_first_characters(words, r"(?<!\w)")
    return compiled(rf"{spaced}\s+(\d\d)(?![\d'’]|[.,]\d|[^\W\d_])")


@lru_cache(maxsize=64)
def _cohorts(text: str) -> tuple[re.Match, ...]:
    # (kept: the dates table asks of each block twice, before and after the days without their year)
    return tuple(_cohort().finditer(text))


def find_cohort_years(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """The years a generation or a call-up class is named by in two digits (`La Generación del 27`), each in the
    century that puts it nearest the date of ``found`` (the other dates of ``text``) closest to it; the twentieth where
    none is found.

    >>> text = "La Generación del 27 reunió a poetas nacidos entre 1891 y 1906."
    >>> from histkit.dates import find_dates
    >>> [(d.surface, d.date_start) for d in find_cohort_years(text, find_dates(text))]
    [('27', '1927-01-01')]
    """
    four = [d for d in found if d.date_start[:1] in "12" and d.date_end[:4].isdigit()]
    out = []
    for m in _cohorts(text):
        year = 1900 + int(m.group(1))
        if four:
            near = min(four, key=lambda d: max(d.start - m.end(), m.start(1) - d.end))
            first, last = int(near.date_start[:4]), int(near.date_end[:4])
            year = min((c + int(m.group(1)) for c in range(first // 100 * 100 - 100, last // 100 * 100 + 200, 100)),
                       key=lambda y: max(first - y, y - last, 0))
        out.append(DateMatch(m.start(1), m.end(1), m.group(1), f"{year:04d}-01-01", f"{year:04d}-12-31", "year"))
    return out
