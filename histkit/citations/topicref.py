"""A literature reference that follows a phrase of prose with no lead word and no punctuation before it.

German humanities notes name a topic and then the work on it: `Zur materialistisch-technologischen Perspektive der
Medientheorie Friedrich Kittler, Aufschreibesysteme 1800/1900 (1985).`, `… zur Rolle der Versunkenheit in der
Kunstkritik des achtzehnten Jahrhunderts Michael Fried, Absorption and Theatricality, Berkeley 1980`. Nothing but
the name tells where the reference begins, and a capitalised noun passes for a surname, so the name must open with
a first name (`histkit/data/actors/first_names.csv`, which a historian extends) or an initial, and prose must
stand before it: three words or more, two in small letters among the eight before the name (German writes its
nouns with capitals: `Zur materialistischen Perspektive der Medientheorie`).
"""

from __future__ import annotations

import functools
import re

from ..data import data_rows
from .leads import REFERENCE_END
from .names import is_name
from .notetext import at_top_level, first_comma_part
from .references import is_literature
from .words import LOWER, UPPER, alternation
from ..patterns import compiled

_COMMA = compiled(r",\s+")
_SMALL_WORD = compiled(rf"{LOWER}[^\W\d_’']*(?:-[^\W\d_’']+)*")  # (`materialistisch-technologischen`)
_CAPITALISED = compiled(rf"[{UPPER}][^\W\d_’'.-]*(?:-[{UPPER}][^\W\d_’'.-]*)?\.?")
_INITIAL = compiled(rf"[{UPPER}]\.(?:-?[{UPPER}]\.)?")
# where the reference may end inside the rest of the note: a semicolon, a sentence after its year or pages, or a
# word for "and" that goes on in prose (`…, London 1980, und zu Verbindungen …`)
_AND_PROSE = compiled(rf",?\s+(?:{alternation('and_words.csv')})\s+(?={LOWER})")


AND_WORD = compiled(rf"(?:{alternation('and_words.csv')}|&)", re.IGNORECASE)  # (a word joining two persons)
_QUOTES = "\"'„“”«»‘’‚"
_ROLE = compiled(rf"(?:{alternation('reference_words.csv', 'role')})\s*$", re.IGNORECASE)


@functools.cache
def _by_words() -> frozenset[str]:
    # the words that make the name after them a work's editor, translator or a letter's writer (`hg. von`, `edited by`,
    # `a cura di`, `übersetzt von`), not its author: `by_words.csv`
    return frozenset(row["form"].strip().casefold() for row in data_rows("citations", "by_words.csv")
                     if row["form"].strip())


@functools.cache
def _first_names() -> frozenset[str]:
    return frozenset(row["name"].strip().casefold() for row in data_rows("actors", "first_names.csv")
                     if row["name"].strip())


def _opens_name(word: str) -> bool:
    """Whether ``word`` may open a person's name: an initial, or a first name (its first part: `Carl-Hans`)."""
    return bool(_INITIAL.fullmatch(word)) or word.casefold().split("-")[0] in _first_names()


def name_start(words: list[str]) -> int | None:
    """Where a person's name of two to four words ending ``words`` begins, opening with a first name or an initial."""
    for k in range(max(len(words) - 4, 0), len(words) - 1):
        name = words[k:]
        if _opens_name(name[0]) and all(_CAPITALISED.fullmatch(w) or _INITIAL.fullmatch(w) for w in name) \
                and len(name[-1].strip(".")) >= 3:
            return k
    return None


def reference_in_prose(piece: str) -> int | None:
    """Where a reference opening with a person's full name starts inside prose with no lead word before it, else None.

    >>> note = "Zur Perspektive der neuen Medientheorie Friedrich Kittler, Aufschreibesysteme 1800/1900, München 1985."
    >>> note[reference_in_prose(note):]
    'Friedrich Kittler, Aufschreibesysteme 1800/1900, München 1985.'
    >>> reference_in_prose("Darüber sprach damals der Minister Friedrich Weber, wie die Zeitung 1950 schrieb.") is None
    True
    """
    for comma in at_top_level(_COMMA.finditer(piece), piece):
        words = piece[:comma.start()].split()
        k = name_start(words[-4:])
        if k is None:
            continue
        before = words[:len(words) - len(words[-4:]) + k]
        if len(before) < 3 or sum(1 for w in before[-8:] if _SMALL_WORD.fullmatch(w)) < 2:
            continue
        last = before[-1]
        if last.casefold() in _by_words() or _ROLE.search(" ".join(before[-3:])) or AND_WORD.fullmatch(last) \
                or len(last) <= 4 and last.endswith("."):
            continue  # (`hg. von James Spedding`, `… Ellis und Douglas Heath`, `by Mr. John Eames`: not an author)
        second = first_comma_part(piece, comma.end())
        if len(second.split()) >= 2 and is_name(second) or not second[:1].isupper() and second[:1] not in _QUOTES:
            continue  # (`danke ich Alina De Col, Andreas Fischer-Lescano, …`: persons; `Franz Böhm, mit dem er …`)
        start = piece.rfind(words[len(before)], 0, comma.start())
        if _reads_as_reference(piece[start:]):
            return start
    return None


def _reads_as_reference(rest: str) -> bool:
    """Whether ``rest`` reads as literature, whole or up to where the note goes on (`_ends`)."""
    return is_literature(rest) or any(is_literature(rest[:end]) for end in _ends(rest))


def _ends(rest: str):
    """Where a reference at the start of ``rest`` may end: before a semicolon, a new sentence, a word for "and"."""
    for found in (re.search(r";\s", rest), REFERENCE_END.search(rest), _AND_PROSE.search(rest)):
        if found is not None:
            yield found.start()
