"""The year of a reference printed only in a day's date: a blog post or a newspaper article (`Jahn, The Paris Effect,
Verfassungsblog, 25.04.2024`), dated to the day where a book or an article prints its year."""

from __future__ import annotations


from .read import YEAR_DIGITS
from ..patterns import compiled

# `25.04.2024`, `3/5/1833`: a day's date, its year the group
_DAY_DATE = compiled(rf"(?<![\d.])\d{{1,2}}\s?([./])\s?\d{{1,2}}\s?\1\s?({YEAR_DIGITS})(?!\d)")


def day_date_year(authors: str, title: str, year: str, raw: str) -> str:
    """A reference's year, or where it names none but has authors and a title, the year of the first day's date
    printed in its text (a letter, `Mittermaier, 03/05/1833`, names no title, and keeps none).

    >>> day_date_year("Jahn", "The Paris Effect", "", "Jahn, The Paris Effect, Verfassungsblog, 25.04.2024, https://…")
    '2024'
    >>> day_date_year("Mittermaier", "", "", "Mittermaier, 03/05/1833"), day_date_year("Luhmann", "Recht", "1972", "Luhmann, Recht, 1.2.1999")
    ('', '1972')
    """
    if year.strip() or not authors.strip() or not title.strip():
        return year
    found = _DAY_DATE.search(raw)
    return found.group(2) if found else year
