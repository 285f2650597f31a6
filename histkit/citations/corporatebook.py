"""A body's report cited as a book (`corporate_book`): literature, as a person's book is.

Law commissions, departments and inspectorates publish reports under their own names, and the common-law houses
cite them as books: `Irish Council for Civil Liberties, Bail and Innocence (ICCL 1995) 23` (OSCOLA),
`Law Reform Commission of Victoria, Customary Tenure, Report No 18 (1991) 77 [5.3]` (the AGLC, its series and number
after the title). No person's name opens them, so the looks of an author's book do not tell them.
"""

from __future__ import annotations

from .corporate import NUMBERED_REPORT, corporate_head
from .oscola import book_bracket


def corporate_book(text: str) -> bool:
    """Whether ``text`` is a body's report cited as a book: the body's name (`corporate.corporate_head`), its title,
    then the bracket of its year (`oscola.book_bracket`) or its series' number and year.

    >>> corporate_book("Law Reform Commission of Victoria, Customary Tenure, Report No 18 (1991) 77 [5.3]")
    True
    >>> corporate_book("Irish Council for Civil Liberties, Bail and Innocence (ICCL 1995) 23")
    True
    >>> corporate_book("G. Eley, Forging Democracy (OUP 2002) 12")
    False
    """
    body = corporate_head(text)
    return body > 0 and (book_bracket(text[body:]) or NUMBERED_REPORT.search(text, body) is not None)
