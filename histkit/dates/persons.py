"""Dates that belong to people: the years in a person's bracket, and the nouns of persons made of a year.

A bracket after a person's name opens with a mark that says what its years are, born, died, reigned or flourished
(``life_marks.csv``: `Friedrich II. (reg. 1740–1786)`, `Alejandro Lerroux (n. 1864)`); where the same abbreviation
numbers a register, an item or a page in a note (`Deliberazioni, reg. 1630`, `legge 1865, n. 2248`), it stands after
a word and a comma, not after a name and an opening bracket, so a year there is the person's (the date rounds' rules
132 and 133). Letters glued to a year that make a noun of persons (``person_endings.csv``: `the 1968ers`) name people,
not a time: no date (rule 136).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled
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
