"""An archive's code defined between commas, not in brackets: ``Archivio di Stato del Cantone Ticino, d'ora in poi
ASTi, Fondo Diversi, sc. 1234``.

Where the whole citation already stands in brackets (``… di Lugano (Archivio …, d'ora in poi ASTi, Fondo …)``) or
the writer's style sets the definition off like any other part of the citation, the word for "hereafter" (of
``hereafter.csv``) and the code are one comma-separated part after the archive's name (and town). The word is
required: without it a part in capitals after a name is the fond's code (``BArch, R 43``), not a definition.
"""

from __future__ import annotations

import functools
import re

from .words import alternation


@functools.cache
def _comma_definition() -> re.Pattern:
    # the name (and a town) opens the note, a bracket or what follows a semicolon; then `, hereafter CODE` and a comma,
    # a semicolon, a closing bracket or the end
    return re.compile(
        rf"(?:^|(?<=[(;]))\s*(?P<name>[^,;()\d]{{3,120}}?)(?:,\s*(?P<place>[^,;()\d]{{2,40}}?))?,\s*"
        rf"(?:{alternation('hereafter.csv')})\s*[:–—-]?\s*"
        r"(?P<abbr>[^\W\d_a-zа-я][\w./-]{1,11}(?:\s[^\W\d_a-zа-я][\w./-]{0,7}){0,2})\s*(?=[,;)]|\.?\s*$)")


def comma_definitions(text: str) -> list[tuple[str, str, str]]:
    """The (name, town, code) of each definition between commas in ``text``.

    >>> comma_definitions("Ibid.; Archivio di Stato del Cantone Ticino, d'ora in poi ASTi, Fondo Diversi, sc. 12")
    [('Archivio di Stato del Cantone Ticino', '', 'ASTi')]
    >>> comma_definitions("Archives of X, Geneva, hereafter AX, box 4")
    [('Archives of X', 'Geneva', 'AX')]
    >>> comma_definitions("BArch, R 43, hereafter cited, 12")
    []
    """
    return [(m.group("name").strip(), (m.group("place") or "").strip(), m.group("abbr"))
            for m in _comma_definition().finditer(text)]
