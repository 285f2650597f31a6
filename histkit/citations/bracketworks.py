"""A work that a reference's closing bracket cites as where the author found it: `M. Weber, Politik als Beruf,
München 1919, S. 3 (zit. nach W. Mommsen, Max Weber, Tübingen 1959, S. 12)`, `(quoted in …)`, `(cité dans …)`.

The bracket is a second citation: the splitter keeps it with the first, whose reading it spoils and whose row
swallows it. `works_apart` cuts such a piece in two where the bracket opens with a word saying so (``see_also.csv``,
kind ``quoted_in``), each part literature on its own; the word itself goes with neither. A bracket of several works
(a semicolon in it) is left whole: which of them the quotation is from, no shape tells. A translation's bracket
(`translated`) stays with the original: the translation's part names its translator, no author.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from .calendared import calendar_apart
from .references import is_literature
from .words import YEAR, alternation
from ..patterns import compiled


@functools.cache
def _bracket() -> re.Pattern:
    return compiled(rf"\(\s*(?:{alternation('see_also.csv', 'quoted_in')})(?![^\W_])\s*:?\s*(?P<work>[^();]*?(?<!\d){YEAR}"
                    rf"(?!\d)[^();]*?)\s*\)\s*\.?\s*$", re.IGNORECASE)


def works_apart(piece):
    """``piece`` (an `extract.Piece`) as one piece, or as two: the reference and the work its closing bracket says it
    was quoted from (see the module's docstring).

    >>> from histkit.citations.splitter import Segment
    >>> from histkit.citations.extract import Piece
    >>> raw = "M. Weber, Politik als Beruf, München 1919, S. 3 (zit. nach W. Mommsen, Max Weber, Tübingen 1959, S. 12)."
    >>> [part.segment.raw for part in works_apart(Piece(Segment(10, 10 + len(raw), raw), raw))]
    ['M. Weber, Politik als Beruf, München 1919, S. 3', 'W. Mommsen, Max Weber, Tübingen 1959, S. 12']
    """
    raw = piece.segment.raw
    opened = raw.rfind("(")  # (the bracket holds none: only the last can be it)
    found = _bracket().match(raw, opened) if opened > 0 and len(piece.text) == len(raw) else None
    if found is None:
        return calendar_apart(piece)  # (or the calendar a document's signature is followed by, `calendared`)
    head = raw[:opened].rstrip(" ,")
    if not (is_literature(head) and is_literature(found["work"])):
        return [piece]
    start, at = piece.segment.start, found.start("work")
    first = dataclasses.replace(piece.segment, end=start + len(head), raw=head)
    second = dataclasses.replace(piece.segment, start=start + at, end=start + found.end("work"), raw=found["work"])
    return [piece._replace(segment=first, text=piece.text[:len(head)]),
            piece._replace(segment=second, text=piece.text[at:found.end("work")])]
