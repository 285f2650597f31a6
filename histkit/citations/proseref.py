"""A literature reference opening a sentence, or a clause after a comma, that follows prose with no lead word.

`It may be that Blackstone came to this method owing to his “academic persona.” Wilfrid Prest, The Religion of a
Lawyer?, 21 PARERGON 153, 158 (2004).`: the prose is commentary, the reference a citation. The splitter cuts a note
there only where nothing else did (`splitter._Cutter.prose_colon`), at a sentence's end, and only before a person's
full name (two words or more: a capitalised noun alone passes for a surname) that opens what reads as literature to
the end of the piece.
"""

from __future__ import annotations

from .names import is_name, names_joined
from .leads import REFERENCE_END
from .references import is_literature, looks_like_literature
from .topicref import AND_WORD, reference_in_prose
from .words import LOWER, UPPER
from ..patterns import compiled

# a sentence's end: a word of three letters or more (not `Mr.`, `Dr.`), its stop (a closing quotation mark before or after it),
# a space, a capital; or a clause's comma after a word in small letters (`… möglich gemacht hat, Hans Blumenberg, …`)
_SENTENCE_END = compiled(rf"(?:(?<=[^\W\d_]{{3}})|(?<=[^\W\d_]{{3}}[”\"’»]))[.!?][”\"’»]?\s+(?=[{UPPER}])"
                         rf"|(?<={LOWER}{{3}}),\s+(?=[{UPPER}])")
_STOP = compiled(rf"(?<=[^\W\d_]{{3}})[.!?][”\"’»]?\s+(?=[{UPPER}])")  # (a sentence's end alone: not a clause's comma)
_SMALL_WORD = compiled(rf"{LOWER}[^\W\d_’']*")


def reference_after_sentence(piece: str) -> int | None:
    """Where a reference opening with a person's name starts a sentence after prose, else None.

    >>> note = "It may be that he came to it owing to his “persona.” Wilfrid Prest, The Religion, 21 PARERGON 153 (2004)."
    >>> note[reference_after_sentence(note):]
    'Wilfrid Prest, The Religion, 21 PARERGON 153 (2004).'
    >>> reference_after_sentence("He wrote to Kardelj. Tito answered, in anger, on 3 May.") is None
    True
    """
    for m in _SENTENCE_END.finditer(piece):
        start = m.end()
        head, comma, after = piece[start:].partition(",")
        head, second = head.strip(), after.partition(",")[0].strip()
        # (a second person's name after the first is a list of persons, `… Femia, Andreas Fischer-Lescano, …`)
        if m.group()[0] == "," and sum(1 for w in piece[:m.start()].split()[-8:] if _SMALL_WORD.fullmatch(w)) < 4:
            continue  # (after a comma, only where prose stands before it: four words in small letters of the last eight)
        words = head.split()
        # (a forename and a surname, every word capitalised and the last of three letters or more: not a publisher's
        # `Presses du Languedoc` nor a volume's `Band I`)
        joined = m.group()[0] != ","  # (after a sentence's end, persons joined by "and": `P. Braud et F. Burdeau`)
        if not all(w[:1].isupper() or joined and AND_WORD.fullmatch(w) for w in words) or len(words[-1].strip(".")) < 3:
            continue
        if comma and len(words) >= 2 and (is_name(head) or names_joined(head, short=False)) \
                and not (len(second.split()) >= 2 and is_name(second)) and is_literature(piece[start:]):
            return start
    return reference_in_prose(piece)  # (no sentence's end nor comma before it: `topicref`)


def literature_before_prose(text: str) -> bool:
    """Whether ``text`` reads as literature, or does up to the first sentence that follows a reference's pages or
    year (`REFERENCE_END`): a lead word inside prose (`… siehe Lorraine Daston, Titel, München 2001. Zur Geschichte
    …`) is followed by a reference that the note's prose goes on after.

    >>> literature_before_prose("Lorraine Daston, Wunder, München 2001. Zur Geschichte anderer Epochen siehe unten")
    True
    >>> literature_before_prose("den Bericht. Zur Geschichte anderer Epochen siehe unten")
    False
    """
    if looks_like_literature(text):
        return True
    end = REFERENCE_END.search(text)
    return end is not None and looks_like_literature(text[:end.start()])


def reference_before_prose(text: str) -> bool:
    """Whether ``text`` opens with a reference that its first sentence holds whole, prose after it (`literature_before_prose`
    where the reference ends the first sentence: no prose of several sentences that a reference ends).

    >>> reference_before_prose("Friedrich, Entgeltfortzahlung und Streik, ASoK 2023, 81. § 1155 ABGB ist dispositiv.")
    True
    >>> reference_before_prose("Die Betonung liegt auf der Krise. Hier Luhmann, Soziale Systeme, 1984, 12 f. Dazu")
    False
    """
    end = REFERENCE_END.search(text)
    return end is not None and _STOP.search(text, 0, end.start()) is None \
        and looks_like_literature(text[:end.start()])

