"""A reference that prints its own year before it names a note, or its own title before the container it names
by a note, is no short form of that note's work."""

from __future__ import annotations

import re

from .words import alternation
from ..patterns import compiled

# `Name, Title, in: Book (Fn. 11)`: a name, a title, then a word for "in" before the container the note cites
_CHAPTER_IN = compiled(rf"^[^,]{{2,80}},\s*[^,]{{3}}.*?,\s*(?:{alternation('reference_words.csv', 'in')}|[Ii]n:?|dans|en)\s+\S[^,]*$")
_CHAPTER_IN_EDITED = compiled(rf"^[^,]{{2,80}},\s*[^,]{{3}}.*?,\s*(?:{alternation('reference_words.csv', 'in')}|[Ii]n:?|dans|en)\s+\S")


def dated_before(raw: str, year: str, at: int) -> bool:
    """Whether ``raw`` prints its reference's ``year`` before ``at`` (where it names a note) with more than brackets
    between them: a full reference whose pages or prose run on to another work's note reference (`Menke, Mutsprünge der
    Reflexion, KJ 52 (2019), 543–548, mit Bezug auf Wiethölter, (Fn. 46)`), not a short form of the note's work; a
    short title holding a year (`Die Revolution von 1848 (Fn. 3)`) is one.

    >>> dated_before("Menke, Mutsprünge, KJ 52 (2019), 543, mit Bezug auf Wiethölter, (Fn. 46)", "2019", 64)
    True
    >>> dated_before("Müller, Die Revolution von 1848 (Fn. 3), 12", "1848", 32), dated_before("Luhmann (Fn. 3)", "", 8)
    (False, False)
    """
    year = year.strip()
    printed = [m.end() for m in re.finditer(rf"(?<!\d){re.escape(year)}(?!\d)", raw[:at])] if year else []
    return bool(printed) and raw[printed[-1]:at].strip(" ,.;:()[]") != ""


def chapter_before(raw: str, at: int, editors: bool = False) -> bool:
    """Whether ``raw`` prints an author, a title and a word for "in" before ``at`` (where it names a note): a chapter
    in a book cited in that note, a work of its own, not a short form of the book. With ``editors``, the book's part
    may hold commas (its editors, then its title: `…, in H. Lemarchand et C. Vidal (dir.), Le droit…, op. cit.`).

    >>> note = "Francis Bacon, Parasceve, in: Works (Fn. 11), Bd. 11, 414"
    >>> chapter_before(note, note.index("(Fn")), chapter_before("Bacon, Works (Fn. 11), 414", 13)
    (True, False)
    """
    return (_CHAPTER_IN_EDITED if editors else _CHAPTER_IN).match(raw[:at].rstrip(" (")) is not None
