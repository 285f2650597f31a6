"""A classic cited by its own divisions after the imprint: `Hobbes, Leviathan, Harmondsworth 1968, I. 9, 148`.

Editions of older works are cited by book and chapter, rule, section or signature before (or instead of) the page:
`…, Amsterdam 1968, Regula 15, S. 65`, `…, New York 1959, Bd. II, Kap. 1, Abschnitt 10`, `…, Hamburg 1956, A84/B117,
126`. The place and year then no longer end the reference, and nothing reads it as a book. `without_locators`
takes those divisions away, keeping the pages that end them, so that the imprint ends the reference again.
"""

from __future__ import annotations

import re

from .tails import issue_words, trailing_pages
from .words import LOWER, UPPER, YEAR
from ..patterns import compiled

# a place (up to three words; not an abbreviation in capitals, `FRUS 1961–63`) and its year or its run of years (`Zürich 1551–87`) after a comma, another comma after it
_IMPRINT = compiled(rf",\s*[{UPPER}]{LOWER}[\w’'.-]*(?:\s+[{UPPER}][\w’'.-]+){{0,2}}\s+{YEAR}(?:\s*[–—-]\s*\d{{2,4}})?(?=\s*,)")
# one division: a short word, or none, and its number, roman or arabic, in parts (`I. 9`, `A84/B117`), not a year
_NUMBER = r"(?:[IVXLC]+|[ivxlc]+|[A-Za-z]?\d{1,3}[a-z]?)"
_DIVISION = compiled(rf"(?:[^\W\d_]{{1,12}}\.?\s*)?{_NUMBER}(?:\s*[./–—-]\s*{_NUMBER})*\.?")
# the last item, a word of small letters abbreviated and a number, a page whatever list holds the word
_MARKED_PAGE = compiled(rf"{LOWER}{{1,4}}\.\s*\d+(?:\s*[–—-]\s*\d+)?\.?")
# (an issue is a journal's, not a division of a work: `Kwartalnik Historyczny 1995, nr 3` keeps it)
_ISSUE = compiled(rf"(?:{issue_words()}|fasc\.)\s*\d", re.IGNORECASE)


def without_locators(text: str) -> str:
    """``text`` without the divisions of a work cited between its imprint and its pages.

    >>> without_locators("Thomas Hobbes, Leviathan, Harmondsworth 1968, I. 9, 148.")
    'Thomas Hobbes, Leviathan, Harmondsworth 1968, 148'
    >>> without_locators("John Locke, An Essay, New York 1959, Bd. II, Kap. 1, Abschnitt 10")
    'John Locke, An Essay, New York 1959'

    Pages alone are left as they are, and so is anything that is not a division (a title, a note's prose):

    >>> without_locators("Eley, Forging Democracy, Oxford 2002, 12–14"), without_locators("Eley, Oxford 2002, see above")
    ('Eley, Forging Democracy, Oxford 2002, 12–14', 'Eley, Oxford 2002, see above')
    """
    if "," not in text:
        return text
    imprint = next(reversed(list(_IMPRINT.finditer(text))), None)  # (the last: the pages follow it)
    if imprint is None:
        return text
    end, pages = trailing_pages(text.rstrip(" ."))  # (the pages that end it, as every reader takes them)
    items = [item.strip() for item in text[imprint.end():end].strip(" ,").split(",")]
    if not pages and _MARKED_PAGE.fullmatch(items[-1]):  # (`…, Caernarfon 1982, t. 47`: Welsh `t.` is the page)
        pages, items = items[-1], items[:-1]
    if end <= imprint.end() or not items or not all(_DIVISION.fullmatch(item) and not _ISSUE.match(item) for item in items):
        return text
    return text[:imprint.end()] + (f", {pages}" if pages else "")
