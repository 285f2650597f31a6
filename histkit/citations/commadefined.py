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

from .definedshape import SHAPED_AFTER_NAME
from .words import alternation
from ..patterns import compiled


@functools.cache
def _comma_definition() -> re.Pattern:
    # the name (and a town) opens the note, a bracket or what follows a semicolon; then `, hereafter CODE` and a comma,
    # a semicolon, a closing bracket or the end
    return compiled(
        rf"(?:^|(?<=[(;]))\s*(?P<name>[^,;()\d]{{3,120}}?)(?:,\s*(?P<place>[^,;()\d]{{2,40}}?))?,\s*"
        rf"(?:{alternation('hereafter.csv')})\s*[:–—-]?\s*"
        r"(?P<abbr>[^\W\d_a-zа-я][\w./-]{1,11}(?:\s[^\W\d_a-zа-я][\w./-]{0,7}){0,2})\s*(?=[,;)]|\.?\s*$)")


@functools.cache
def _stop_definition() -> re.Pattern:
    # the same ended by a full stop where the levels of a call number follow, each word cut short and ended by one
    # (`… области, далее – ГАСПИТО. Ф. П-1045. Оп. 1`): no full stop inside the code, so as not to take the fond's word
    return compiled(
        rf"(?:^|(?<=[(;]))\s*(?P<name>[^,;()\d]{{3,120}}?)(?:,\s*(?P<place>[^,;()\d]{{2,40}}?))?,\s*"
        rf"(?:{alternation('hereafter.csv')})\s*[:–—-]?\s*"
        r"(?P<abbr>[^\W\d_a-zа-я][\w/-]{1,11}(?:\s[^\W\d_a-zа-я][\w/-]{0,7}){0,2})(?=\.\s+[^\W\d_]{1,4}\.\s*\S)")


@functools.cache
def _comma_then_word() -> re.Pattern:
    # a comma, then a word for "hereafter": each definition between commas holds one
    return compiled(rf",\s*(?:{alternation('hereafter.csv')})")


def comma_definitions(text: str) -> list[tuple[str, str, str]]:
    """The (name, town, code) of each definition between commas in ``text``.

    >>> comma_definitions("Ibid.; Archivio di Stato del Cantone Ticino, d'ora in poi ASTi, Fondo Diversi, sc. 12")
    [('Archivio di Stato del Cantone Ticino', '', 'ASTi')]
    >>> comma_definitions("Archives of X, Geneva, hereafter AX, box 4")
    [('Archives of X', 'Geneva', 'AX')]
    >>> comma_definitions("BArch, R 43, hereafter cited, 12")
    []
    >>> comma_definitions("(Архив X области, далее – АХО. Ф. 3. Оп. 4. Д. 112)")
    [('Архив X области', '', 'АХО')]
    """
    if _comma_then_word().search(text) is None:  # (what both forms hold; most notes have none: not read further)
        return []
    found = [*_comma_definition().finditer(text), *_stop_definition().finditer(text)]
    return [(m.group("name").strip(), (m.group("place") or "").strip(), m.group("abbr"))
            for m in sorted(found, key=lambda m: m.start())]


@functools.cache
def _after_name() -> re.Pattern:
    # (a town or the name in another language may come first: `, Grønlands Nationalarkiv, herefter NA`)
    return compiled(rf"(?:\s*,\s*[^,;()\d]{{2,60}}?)?\s*,\s*(?:{alternation('hereafter.csv')})\s*[:–—-]?\s*"
                      r"[^\W\d_a-zа-я][\w/-]{1,11}(?:\s[^\W\d_a-zа-я][\w/-]{0,7}){0,2}(?=\.\s|[,;)]|\.?\s*$)")


def defined_after_name(text: str) -> re.Match | None:
    """The definition that opens ``text``, the words after an archive's name: the holding starts after it. In brackets,
    in a language no list holds (`(herefter EA)`: `definedshape`), or between commas (`, далее – ЦГА РТ. Ф. 3`).

    >>> defined_after_name(", далее – ЦГА РТ. Ф. 3. Оп. 4").group(0)
    ', далее – ЦГА РТ'
    >>> defined_after_name(", Fondo Diversi, sc. 12") is None
    True
    >>> defined_after_name(" [henceforth WBR], H.I.N. 1").group(0), defined_after_name(" (CNÉ as seo amach), 12").group(0)
    (' [henceforth WBR]', ' (CNÉ as seo amach)')
    """
    return SHAPED_AFTER_NAME.match(text) or _after_name().match(text) or _other_bracket().match(text)


@functools.cache
def _other_bracket() -> re.Pattern:
    # a code in square brackets, the word for "hereafter" before it or none (`Bundesarchiv [BArch]`, `…, Handschrif-
    # tensammlung [henceforth WBR]`), or in round ones with the word after it (`… (CNÉ as seo amach)`); a department
    # may come first
    word = alternation("hereafter.csv")
    return compiled(rf"^[^,;()\[\]\d]{{0,60}}?(?:\[\s*(?:{word})?\s*[:–—-]?\s*(?P<abbr>[^\W\d_a-zа-я][\w./–-]{{1,11}})\s*\]"
                    rf"|\(\s*(?P<code>[^\W\d_a-zа-я][\w./–-]{{1,11}})\s+(?:{word})\s*\))")

