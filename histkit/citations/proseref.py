"""A literature reference opening a sentence, or a clause after a comma, that follows prose with no lead word.

`It may be that Blackstone came to this method owing to his “academic persona.” Wilfrid Prest, The Religion of a
Lawyer?, 21 PARERGON 153, 158 (2004).`: the prose is commentary, the reference a citation. The splitter cuts a note
there only where nothing else did (`splitter._Cutter.prose_colon`), at a sentence's end, and only before a person's
full name (two words or more: a capitalised noun alone passes for a surname) that opens what reads as literature to
the end of the piece.

A work a note names in a sentence of prose, its imprint in brackets after the title: `… is described by Cecil
Rowbotham in A Kentish Antiquary and his Library (Maidstone, 1936), though …`, `Ya lo advertía Fermín Gallardo Uriarte
en su Historia de las rentas reales de Castilla (Madrid, 1872), aunque …`, `As early as 1687 Daniel Leeds complained in
his The American Almanack for the Year 1688 (Philadelphia, 1687) that …`.

No comma or lead word sets such a reference off from the sentence. What tells it is the bracket of a place and a year
(`(Madrid, 1872)`, `(Leiden 1938)`, `(Paris: Vrin, 1990)`) right after a title of capitalised words, with `in` (and a
possessive: ``possessive_words.csv``) before the title. `prose_work` finds where it stands, from the person's name
nearest before `in` (`prosework.name_before`) or, with no name there, from the title; `as_reference` writes it as the
comma styles would (`Cecil Rowbotham, A Kentish Antiquary and his Library (Maidstone, 1936)`) for the readers.
"""

from __future__ import annotations

import re

from .abnt import abnt_after_sentence
from .citedmark import without_cited_mark
from .names import is_name, names_joined
from .namestop import inverted_head
from .prosework import name_before
from .reviewed import without_reviewed_work
from .leads import REFERENCE_END, opens_imprint
from .legal import without_lead_in
from .references import is_literature, looks_like_literature
from .notereference import note_reference, read_note_reference
from .topicref import AND_WORD, reference_in_prose
from .words import LOWER, UPPER, YEAR, alternation
from ..patterns import compiled

# a sentence's end: a word of three letters or more (not `Mr.`, `Dr.`), its stop (a closing quotation mark before or after it),
# a space, a capital; or a clause's comma after a word in small letters (`… möglich gemacht hat, Hans Blumenberg, …`)
# (or a comma and a word for "in" after prose: `Kattner is mentioned, for instance (…), in R. Engel, Feinde …`)
# (each branch's look-behind asked after its stop or comma, which it then ends with: a pattern opening with a class is
# tried only where the class's characters stand, one opening with a look-behind at every character)
_SENTENCE_END = compiled(rf"[.!?,](?:(?:(?<=[^\W\d_]{{3}}[.!?])|(?<=[^\W\d_]{{3}}[”\"’»][.!?]))[”\"’»]?\s+(?=[{UPPER}])"
                         rf"|(?<={LOWER}{{3}},)\s+(?=[{UPPER}])"
                         rf"|(?:(?<=[^\W\d_],)|(?<=\),))\s+(?:{alternation('reference_words.csv', 'in_prose')})\s+(?=[{UPPER}]))")
_STOP = compiled(rf"[.!?](?<=[^\W\d_]{{3}}[.!?])[”\"’»]?\s+(?=[{UPPER}])")  # (a sentence's end alone: not a clause's comma)
_SMALL_WORD = compiled(rf"{LOWER}[^\W\d_’']*")


def reference_after_sentence(piece: str) -> int | None:
    """Where a reference opening with a person's name starts a sentence after prose (or after any sentence, an ABNT
    reference), else None.

    >>> note = "It may be that he came to it owing to his “persona.” Wilfrid Prest, The Religion, 21 PARERGON 153 (2004)."
    >>> note[reference_after_sentence(note):]
    'Wilfrid Prest, The Religion, 21 PARERGON 153 (2004).'
    >>> reference_after_sentence("He wrote to Kardelj. Tito answered, in anger, on 3 May.") is None
    True
    >>> note = "Kattner is mentioned, for instance (with the wrong first name), in R. Engel, Feinde (Berlin, 1984), p. 53."
    >>> note[reference_after_sentence(note):]
    'R. Engel, Feinde (Berlin, 1984), p. 53.'
    """
    abnt = abnt_after_sentence(piece)  # (an ABNT reference's surname in capitals: `… p. 169-178. ALMEIDA, D.A.R. …`)
    if abnt is not None:
        return abnt
    for m in _SENTENCE_END.finditer(piece):
        start = m.end()
        head, comma, after = piece[start:].partition(",")
        head, second = head.strip(), after.partition(",")[0].strip()
        # (a second person's name after the first is a list of persons, `… Femia, Andreas Fischer-Lescano, …`; a quoted
        # title is none, `M. Douglas, ‘Concepts. Taboo’, New Society …`)
        if m.group()[0] not in ".!?" and not _prose_before(piece[:m.start()]):
            continue  # (after a comma or "in", only where prose stands before it)
        if inverted_head(piece[start:]) and is_literature(piece[start:]):
            return start  # (a bibliography's name, family name first: `…, Craig, Paul y De Burca, Grainne. EU Law. …`)
        words = head.split()
        # (a forename and a surname, every word capitalised and the last of three letters or more: not a publisher's
        # `Presses du Languedoc` nor a volume's `Band I`)
        joined = m.group()[0] in ".!?"  # (after a sentence's end, persons joined by "and": `P. Braud et F. Burdeau`)
        if not all(w[:1].isupper() or joined and AND_WORD.fullmatch(w) for w in words) or len(words[-1].strip(".")) < 3:
            continue
        # (not an imprint after a title's full stop, `… Mikuláši. Liptovský Sv. Mikuláš, Tranoscius 1885`: its place)
        if comma and len(words) >= 2 and (is_name(head) or names_joined(head, short=False)) \
                and not (len(second.split()) >= 2 and second[:1] not in "‘“\"«„'" and is_name(second)) \
                and not (m.group()[0] == "." and opens_imprint(piece[start:])) \
                and is_literature(piece[start:]):
            return start
    return reference_in_prose(piece)  # (no sentence's end nor comma before it: `topicref`)


def short_form_after_prose(piece: str) -> int | None:
    """Where a work's short form with the note it was cited in (`notereference.read_note_reference`) opens a sentence or a
    clause after prose, else None: the prose is commentary, the short form a citation.

    >>> note = "Here, also, an intention on the part of the State is not required. Reisman & Sloane, supra note 3, 129."
    >>> note[short_form_after_prose(note):]
    'Reisman & Sloane, supra note 3, 129.'
    >>> note = "See, on the doctrine of necessity in general, Brownlie, supra note 15, 447-449 with further references."
    >>> note[short_form_after_prose(note):]
    'Brownlie, supra note 15, 447-449 with further references.'
    >>> short_form_after_prose("Kennan, Memoirs, supra note 1, 277–279.") is None
    True
    """
    if note_reference(piece) is None:
        return None
    return next((m.end() for m in _SENTENCE_END.finditer(piece)
                 if _prose_before(piece[:m.start()]) and read_note_reference(piece[m.end():], {})), None)


def _prose_before(text: str) -> bool:
    """Whether ``text`` ends in prose: four words in small letters among its last eight."""
    return sum(1 for w in text.split()[-8:] if _SMALL_WORD.fullmatch(w)) >= 4


def reference_in_brackets(head: str, inner: str) -> bool:
    """Whether brackets after a word of prose (``head`` ends with it) hold a reference of their own, an author's name
    first, a lead word perhaps before it (`… nel contesto della Rivoluzione conservatrice (cfr. E. Alessiato,
    L’impolitico, il Mulino, Bologna, 2011, p. 129)`): a citation, the sentence around it commentary. Not the imprint
    after a title's last word (`Histoire de la guerre (Paris: PUF, 1990)`, `La question serbe (Paris, Hachette, 1909)`):
    a place, a publisher and the year last, parts a person's name may pass for.

    >>> reference_in_brackets("nel contesto della Rivoluzione conservatrice ", "cfr. E. Alessiato, L’impolitico, Bologna, 2011")
    True
    >>> reference_in_brackets("could be market shares; turnover ", "M. Illmer, Article 6, cit., p. 284")
    True
    >>> reference_in_brackets("M. Bloch, Histoire de la guerre ", "Paris: PUF, 1990")
    False
    >>> reference_in_brackets("J. Cvijić, L'annexion de la Bosnie et la question serbe ", "Paris, Hachette, 1909")
    False
    >>> reference_in_brackets("Smith's memoir ", "London, 1962, 44")
    False
    """
    last = (head.split() or [""])[-1]
    # (a year, or the mark of a work cited before in its place: `… turnover (M. Illmer, Article 6, cit., p. 284).`)
    if not (last.isalpha() and last.islower()) or _YEAR.search(inner) is None and without_cited_mark(inner) == inner:
        return False
    bare = without_lead_in(inner.strip())
    parts = [part.strip() for part in bare.split(",")]
    if len(parts) < 3 or len(parts) == 3 and _YEAR.fullmatch(parts[-1].rstrip(" .")):
        return False
    # (a forename or an initial and a surname, then a title: not a town, its year and page, `(London, 1962, 44)`)
    worded = sum(any(c.isalpha() for c in part) for part in parts)
    return len(parts[0].split()) >= 2 and worded >= 2 and is_name(parts[0]) and is_literature(bare)


_YEAR = compiled(YEAR)


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
    # (not after prose a reference opens inside, `Zur Perspektive der Medientheorie Friedrich Weber, …`: `topicref`)
    return end is not None and _STOP.search(text, 0, end.start()) is None \
        and looks_like_literature(text[:end.start()]) and reference_in_prose(text[:end.start()]) is None


# a place's capital, then a place (and a publisher) and a year closing the bracket; or, in the houses that print the
# imprint between commas, a comma, a place, perhaps a publisher, and the year (`… en su Señores y vasallos, Madrid,
# Siglo XXI, 1971, pp. 45-60, el pleito …`)
_IMPRINT = compiled(rf"\(\s*[{UPPER}][^()\d]{{1,60}}?[,:]?\s+{YEAR}\s*\)"
                    rf"|,\s*[{UPPER}][^()\d,;:.]{{1,40}}(?:,\s*[{UPPER}][^()\d,;:]{{1,40}})?,\s*{YEAR}(?!\d)")
# `in`, a possessive, a genre's word in small letters, then the title's capital
_IN = compiled(rf"(?<![^\W\d_])(?:{alternation('possessive_words.csv', 'in')})\s+"
               rf"(?P<possessive>(?:{alternation('possessive_words.csv', 'possessive')})\s+)?(?:(?-i:{LOWER})[^\W\d_]*\s+)?"
               rf"(?=(?-i:[{UPPER}]))", re.IGNORECASE)
_TITLE_WORDS = (2, 20)  # a title of two words or more (`in Paris (France, 1850)` is a town) and not a sentence
_STOPS_IN_TITLE = compiled(r"[.!?;]\s")
_WORDS_BEFORE = 6  # the name at most this many words before `in` (`Daniel Leeds complained in his …`)


def prose_work(piece: str) -> tuple[int, int] | None:
    """Where a work named in prose with its imprint in brackets stands in ``piece`` (start, end), or None.

    >>> note = "The copy is described by Cecil Rowbotham in A Kentish Antiquary (Maidstone, 1936), though not fully."
    >>> start, end = prose_work(note); note[start:end]
    'Cecil Rowbotham in A Kentish Antiquary (Maidstone, 1936)'
    >>> prose_work("He was born in Paris (France, 1850) and died young.") is None
    True
    >>> note = "Como ya advirtió Antonio Ortal en su Historia del concejo, Madrid, Siglo XXI, 1971, pp. 4-6, el pleito …"
    >>> start, end = prose_work(note); note[start:end]
    'Antonio Ortal en su Historia del concejo, Madrid, Siglo XXI, 1971'
    """
    found = _found(piece)
    return None if found is None else (found[0], found[1])


def as_reference(text: str) -> str:
    """``text``, when it is all a work named in prose (`prose_work`), as a reference of the comma styles; else as is.

    >>> as_reference("Daniel Leeds complained in his The American Almanack (Philadelphia, 1687)")
    'Daniel Leeds, The American Almanack (Philadelphia, 1687)'

    The bracket closing a lead-in before it is no part of it (`[as quoted in:] Gurvitch, supra note 52`):

    >>> as_reference("] Gurvitch, supra note 52, p. 572.")
    'Gurvitch, supra note 52, p. 572.'
    """
    if text.lstrip().startswith(("]", ")")):
        text = text.lstrip()[1:].lstrip()
    text = without_reviewed_work(text)  # (`Name, review of Title, by Author, Journal 6 (1972)`: the review's writer)
    found = _found(text)
    if found is None or found[0] != 0 or text[found[1]:].strip(" .,"):
        return text
    _, end, name, title = found
    return f"{name}, {text[title:end]}" if name else text[title:end]


def _found(piece: str) -> tuple[int, int, str, int] | None:
    """The span of the work, its author's name ('' for none) and where its title begins."""
    if "(" not in piece and "," not in piece:
        return None
    for bracket in _IMPRINT.finditer(piece):
        head = piece[max(0, bracket.start() - 300):bracket.start()]
        offset = bracket.start() - len(head)
        # (the last `in` that reads, the title's own aside: `en su Señores y vasallos en la Castilla moderna`)
        for connector in reversed(list(_IN.finditer(head))):
            found = _at(head, connector)
            if found is not None:
                start, name = found
                return offset + start, bracket.end(), name, offset + connector.end()
    return None


def _at(head: str, connector: re.Match) -> tuple[int, str] | None:
    """Where the work whose title follows ``connector`` in ``head`` starts, and its author's name; None if the words
    after it are no title or no possessive nor person's name stands before it."""
    title = head[connector.end():].strip()
    if not _TITLE_WORDS[0] <= len(title.split()) <= _TITLE_WORDS[1] or _STOPS_IN_TITLE.search(title):
        return None
    before = head[:connector.start()]
    name = name_before(" ".join(before.split()[-_WORDS_BEFORE:])) if not _STOPS_IN_TITLE.search(
        " ".join(before.split()[-_WORDS_BEFORE:]) + " ") else ""
    # (`in` alone, no possessive, only right after a person's full name: `Austro-Ugarske i Srbije` is "and")
    if not connector.group("possessive") and (len(name.split()) < 2 or not before.rstrip().endswith(name)):
        return None
    return (before.rfind(name) if name else connector.end()), name
