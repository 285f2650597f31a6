"""A title read on past the year that ends it: `Rechtswissenschaft (1968). Italian translation: …`, `Denkweisen,
2001, 199.`, `Wirtschaft und Gesellschaft, (1976 [1921]), 503 ff. Max Weber, Economy and Society` (a bilingual
note's second printing). The work's title ends before its year in brackets that a full stop or a comma follows, or
before a year between commas that a page follows; that year is the work's. A title that ends with its imprint in
brackets and names no year (`A FRAGMENT ON GOVERNMENT (London, Thomas Payne et al. 1776)`) ends before the bracket.
"""

from __future__ import annotations

from .read import YEAR_DIGITS
from ..patterns import compiled

# `(1968).`, `(1976 [1921]),`: a year in brackets (the first edition's after it in square ones), then `.` or `,`;
# `, 2001, 199`: a year between commas, a page after it
_PAST_YEAR = compiled(rf"\s*,?\s*\(({YEAR_DIGITS})(?:\s*\[\d{{4}}\])?\)[.,]|,\s({YEAR_DIGITS}),\s\d")
# `, 1992. RW 158, …`: the year the reading names between a comma and a full stop, a new sentence after it (a
# parallel column's copy of the note, printed after it: `Zur Regelbildung, 1992. RW 158, Zur Regelbildung, 1992.`)
_YEAR_STOP = compiled(rf",\s({YEAR_DIGITS})\.\s+(?=[A-Z])")
# `(London, Thomas Payne et al. 1776)` closing a title: a place or publisher (a word with a capital: not a note's
# `(fn. *, 2005)`), then the year, in brackets
_IMPRINT_AT_END = compiled(rf"\s*\(([^()]{{0,40}}?[A-Z][^\W\d_]{{2,}}[^()]{{0,40}}?)\s({YEAR_DIGITS})\)\s*$")


def title_past_year(title: str, year: str) -> tuple[str, str]:
    """The title cut before the year it ran on past, and that year; else both as they are.

    >>> title_past_year("Rechtswissenschaft (1968). Italian translation: Le formule magiche", "1975")
    ('Rechtswissenschaft', '1968')
    >>> title_past_year("Denkweisen, 2001, 199.", "2010")
    ('Denkweisen', '2001')
    >>> title_past_year("A FRAGMENT ON GOVERNMENT (London, Thomas Payne et al. 1776)", "")
    ('A FRAGMENT ON GOVERNMENT', '1776')
    >>> title_past_year("Wiethölter (fn. *, 2005)", "")
    ('Wiethölter (fn. *, 2005)', '')
    >>> title_past_year("Zur Regelbildung, 1992. RW 158, Zur Regelbildung", "1992")
    ('Zur Regelbildung', '1992')
    >>> title_past_year("The Congress of Vienna, 1815. A Study", "1990")
    ('The Congress of Vienna, 1815. A Study', '1990')
    >>> title_past_year("Capital punishment in Germany 1600–1987", "1996")
    ('Capital punishment in Germany 1600–1987', '1996')
    """
    found = _PAST_YEAR.search(title)
    if found is None and year.strip():  # (only the reading's own year: `Vienna, 1815. A Study` keeps its title)
        found = next((m for m in _YEAR_STOP.finditer(title) if m.group(1) == year.strip()), None)
    if found is None or not title[:found.start()].strip():
        imprint = None if year.strip() else _IMPRINT_AT_END.search(title)
        if imprint is None or not title[:imprint.start()].strip():
            return title, year
        return title[:imprint.start()].rstrip(" ,"), imprint.group(2)
    return title[:found.start()].rstrip(" ,"), found.group(1) or found.group(2)
