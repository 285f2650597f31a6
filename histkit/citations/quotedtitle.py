"""Where a quoted title ends: at the quotation mark that closes it, before what follows a title (`„Title“, Journal`).

A title opened by a double quotation mark (`“`, `„`, `"`, `«`, `,,`) is closed by a double one: a single mark inside
it quotes a word of the title (`“Whatever happened to the ‘Great’ Repeal Bill?” Financial Times`), or two single
marks set for one (`“’Unrealized Dream’. Title’’, Journal`), where a title opened by a single mark may close with either.
"""

from __future__ import annotations

import functools
import re

from .caseless import CASELESS
from .words import YEAR, alternation
from ..patterns import compiled

_DOUBLE_OPENING = ("„", "“", "”", "\"", "«", "»", ",,")


@functools.cache
def _patterns(double: bool) -> tuple[re.Pattern, re.Pattern]:
    close = r"(?:[“”\"»«]{1,2}|,,|[’‘]{2})" if double else r"(?:[“”\"»«’‘]{1,2}|,,)"  # (two single marks for one double)
    listed = alternation("reference_words.csv", "in")  # (`"Title," nínú Book`: Yoruba's "in" after a quoted title)
    opening = r"(?:[„“”\"«»‘’]|,,){1,2}"
    return (compiled(rf"{opening}(.+?){close}(?=\s*[,(\[]|\s*$)"),
            compiled(rf"{opening}(.+?){close}(?=\s*[.]|\s+[A-ZА-Я{CASELESS}]|\s+(?:in|u|у|dans|en|{listed}|{YEAR})\b"
                     rf"|(?<=,[’”])\s+\d{{1,4}}\s+[A-Z])"))


def quoted_title(rest: str) -> re.Match | None:
    """The quoted title opening ``rest`` (group 1 its words), up to the mark closing it before a comma, a bracket or the
    end, or else before a full stop, a capital, a word for "in" or a year; None if it does not close.

    >>> quoted_title("“Whatever happened to the ‘Great’ Repeal Bill?” Financial Times (2017)").group(1)
    'Whatever happened to the ‘Great’ Repeal Bill?'
    >>> quoted_title("‘The Thucydides Trap’, The Atlantic (2015)").group(1), quoted_title("„Tytuł”, „Kwartalnik” 1995").group(1)
    ('The Thucydides Trap', 'Tytuł')
    >>> quoted_title("“’Unrealized Dream’. The Socialists’’, Zbornik radova 3/2015").group(1)
    'Unrealized Dream’. The Socialists'
    """
    first, second = _patterns(rest.startswith(_DOUBLE_OPENING))
    return first.match(rest) or second.match(rest)
