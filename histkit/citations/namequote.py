"""A quoted title right after its authors' names, with no comma between: `Ben Bowling and Coretta Phillips
‘Disproportionate and discriminatory …’ [2007] Modern Law Review, 70(6): 936–961`.

Some British law journals' house (and authors writing without one) drop OSCOLA's comma between the author and an
article's quoted title; every reader of an author's name waits for that comma, so the note was left out as a remark.
Read with the comma written in, when what stands before the quotation mark is a person's name or names joined by a
word for "and" (`names.is_name`, `names.names_joined`), or three names or more listed with commas (`Ralph Bodle,
Lena Donat and Matthias Duwe ‘…’`), and after the quotation comes what follows an article's
title: its year in brackets, a comma or a number (not prose: `Over de Haagse ‘Indische wijken’ …`).
"""

from __future__ import annotations

from .names import is_name, listed_persons, names_joined
from .words import YEAR
from ..patterns import compiled

# the names (two words at least: a name and a surname or initials), then an opening quotation mark and a title closed
# by its mark, and after it what an article's title is followed by: its year in brackets, a comma, a number
_NAMES_QUOTE = compiled(rf"^(?P<names>[^\W\d_][^,;:()‘“'\"\[\]\s]*\s[^;:()‘“'\"\[\]]{{1,120}}?)\s+"
                        rf"(?=[‘“'\"][^‘’“”'\"]{{3,300}}[’”'\"]\s*(?:[\[(]{YEAR}[\])]|,|\d))")


def comma_before_quote(piece: str) -> str:
    """``piece`` with a comma after the names that open it right before a quoted title; else ``piece`` itself.

    >>> comma_before_quote("Steve Lambert ‘Are Current Frameworks Appropriate?’ [2016] Higher Education 6(4): 345–58")
    'Steve Lambert, ‘Are Current Frameworks Appropriate?’ [2016] Higher Education 6(4): 345–58'
    >>> comma_before_quote("The committee ‘noted’ the report."), comma_before_quote("Over de Haagse ‘Indische wijken’")
    ('The committee ‘noted’ the report.', 'Over de Haagse ‘Indische wijken’')
    """
    found = _NAMES_QUOTE.match(piece)
    if found is None:
        return piece
    names = found.group("names")
    if not (is_name(names) or names_joined(names, short=False) or "," in names and listed_persons(names, least=3)):
        return piece
    return f"{names},{piece[found.end('names'):]}"

