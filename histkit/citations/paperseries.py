"""A paper a body published with its series number in a book's bracket: literature, not an organ's document.

OSCOLA prints a department's white paper, like a law commission's report, as a book: the body as its author, its
title, and in the bracket its command-paper number with its year (`Home Office, Diverting Offenders from Prosecution
(Cm 3187, 1996) ch 4`). Lawyers cite it as they cite a book, and the references table keeps it; a paper cited by its
number alone, with no body and title before it (`Cmnd 1234 (1960)`, `H.R. Doc. No. 157`), stays an official document
(`official`).
"""

from __future__ import annotations

from ..patterns import compiled
from .words import YEAR

# the body, a comma, the title (no bracket, no semicolon), and the bracket the number opens
_BODY_TITLE_BRACKET = compiled(r"^[^,;()]{2,120},\s+[^;()]{3,300}?\(\s*$")
# the rest of the bracket: anything but another bracket, then the year closing it
_YEAR_CLOSES = compiled(rf"^[^()]{{0,80}}?(?<!\d){YEAR}\s*\)")


def published_paper(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` (`Cm 3187`) opens the bracket of a paper cited as a book: a body and
    a title before it, the year closing the bracket after it.

    >>> text = "Home Office, Diverting Offenders (Cm 3187, 1996) ch 4"
    >>> published_paper(text, 34, 41), published_paper("Cmnd 1234 (1960)", 0, 9)
    (True, False)
    """
    return _BODY_TITLE_BRACKET.match(text[:start]) is not None and _YEAR_CLOSES.match(text[end:]) is not None
