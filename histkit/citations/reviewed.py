"""A review cited with the work it reviews: `Harold M. Keane, review of The Shop Floor, by Edith Rowntree-Vale,
Journal of Social History 6, no. 1 (1972): 118–21`, `Rainer Voßkamp, Rez. zu: Helmut Brandes, Titel, Göttingen
1975, in: HZ 224 (1977), S. 412 f.`, `Compte rendu de …, par Jean-Claude Ferrand, Annales ESC, 28-4, 1973`.

The citation of a review names the book it reviews, often in full, between the reviewer and the journal that
prints the review. That book is what the review is about, not a work the note cites: read as it stands, its author
and year pass for the review's and the journal is lost. `without_reviewed_work` leaves the reviewer and the
journal, `Harold M. Keane, Journal of Social History 6, …`, which the readers take as a review by its writer
(`reviewers`). The words are data a historian extends: ``reviewed_words.csv`` (kind ``work``: the words that open
the reviewed work, `review of`, `Rez. zu:`, `compte rendu de`, `rec.:`; kind ``of``: the word between a reviewer
named first and the work, `Recensione di Name a …`), with ``review_words.csv`` and ``by_words.csv``.
"""

from __future__ import annotations

import re

from .names import is_name
from .words import UPPER, YEAR, alternation, forms
from ..patterns import compiled

# (a bounded run: searched at each capital of a long note, an unbounded one read on to the next comma each time)
_NAME = rf"(?-i:[{UPPER}])[^,;:()\d]{{0,150}}?"
_WORK = alternation("reviewed_words.csv", "work")
_BY = alternation("by_words.csv")
# the reviewer, a comma, the word that opens the reviewed work: `Harold M. Keane, review of …`, `S. Pawlak, rec.: …`
_NAME_FIRST = compiled(rf"(?P<name>{_NAME}),\s+(?P<word>{_WORK}):?\s+", re.IGNORECASE)
# the word first, the reviewer after the work: `Compte rendu de …, par Name, Annales`, `Recensione a …, di Name, in «…»`
_WORD_FIRST = compiled(rf"\s*(?P<word>{_WORK}):?\s+", re.IGNORECASE)
# the review's word, its writer, then the work: `Recensione di M. Bertolani a L. Sartori, …`
_BY_FIRST = compiled(rf"\s*(?P<word>{alternation('review_words.csv')})\s+(?:{_BY})\s+(?P<name>{_NAME})\s+"
                     rf"(?P<of>{alternation('reviewed_words.csv', 'of')})\s+", re.IGNORECASE)
# where the reviewed work ends: after the name a word for "by" puts after it (its author, or the reviewer when the
# review's word came first), before the journal's `in:` (`in «…»`), or after its imprint's year (a year a dash joins
# to another is a title's: `Chłopi i władza ludowa 1944–1956, Warszawa 1966, „Kwartalnik …”`)
_BY_NAME = compiled(rf",\s+(?:{_BY})\s+(?P<name>{_NAME}),\s+", re.IGNORECASE)
_IN = compiled(rf",\s*in:\s+|,?\s+in\s+(?=«)|,\s+in\s+(?=[„\"“{UPPER}])")
_IMPRINT_YEAR = compiled(rf"(?<=[\s,:]){YEAR}\.?,\s+(?=[«„\"“{UPPER}])")


def without_reviewed_work(text: str) -> str:
    """``text`` with the reviewer before the journal, where it cites a review with the work it reviews; else as is.

    >>> without_reviewed_work("Rainer Voßkamp, Rez. zu: Helmut Brandes, Arbeiterschaft, Göttingen 1975, in: HZ 224 "
    ...                       "(1977), S. 412 f.")
    'Rainer Voßkamp, Rez zu, in: HZ 224 (1977), S. 412 f.'
    >>> without_reviewed_work("Recensione a E. Carlini, Le leghe rosse, Milano, Feltrinelli, 1962, di R. Valenti, "
    ...                       "in «Movimento operaio e socialista», IX (1963), 2, pp. 211-215.")
    'R. Valenti, Recensione a, «Movimento operaio e socialista», IX (1963), 2, pp. 211-215.'

    A review cited again by its writer and the reviewed work's short title names no journal, and is left as it is:

    >>> without_reviewed_work("Keane, review of The Shop Floor and the Nation, 119")
    'Keane, review of The Shop Floor and the Nation, 119'
    """
    if not _WORD_FIRST.match(text) and not _BY_FIRST.match(text):
        named = _NAME_FIRST.search(text)
        start = _name_start(named.group("name")) if named is not None else None
        if start is None:
            return text
        rest = _journal(text[named.end():], reviewer_after=False)
        return f"{text[:named.end('name')]}, {_in_journal(named.group('word'), rest[1])}" if rest else text
    first = _BY_FIRST.match(text)
    if first is not None and is_name(first.group("name").strip()):
        rest = _journal(text[first.end():], reviewer_after=False)
        word = f"{first.group('word')} {first.group('of')}"  # (`Recensione a`: the words that open a reviewed work)
        return f"{first.group('name').strip()}, {_in_journal(word, rest[1])}" if rest else text
    word = _WORD_FIRST.match(text)
    rest = _journal(text[word.end():], reviewer_after=True) if word is not None else None
    return f"{rest[0]}, {_in_journal(word.group('word'), rest[1])}" if rest and rest[0] else text


def _name_start(words: str) -> int | None:
    """Where the name ending ``words`` begins (prose before it, `A more balanced assessment is Grace Tolland`, is
    kept for the lead-in readers), None where no name ends it."""
    for found in re.finditer(r"\S+", words):
        if is_name(words[found.start():].strip()):
            return found.start()
    return None


def _journal(work: str, reviewer_after: bool) -> tuple[str, str] | None:
    """(the reviewer named after the work, or ''; what follows the work) for the text after a review's word; None
    where no end of the work is found (a short form: `Keane, review of Title, 119`)."""
    by = _BY_NAME.search(work)
    if reviewer_after:  # (`…, par Name, Annales`: the reviewer's name ends the work)
        if by is None or not is_name(by.group("name").strip()):
            return None
        return by.group("name").strip(), _journal_start(work[by.end():])
    ends = [found.end() for found in (by, _IN.search(work), _IMPRINT_YEAR.search(work)) if found is not None]
    return ("", _journal_start(work[min(ends):])) if ends else None


def _journal_start(rest: str) -> str:
    """``rest`` without the word `in` before a journal's guillemets (`in «Studi storici»`, the Italian house)."""
    return re.sub(r"^in:?\s+(?=«)", "", rest.lstrip())


def _in_journal(word: str, rest: str) -> str:
    """The review's ``word`` (`review of`, `rec.`), then ``rest``, a journal unquoted after `in:`: the readers take
    the word for a title, the journal for the container and the name before them for the author; the word, no
    title, is dropped from the row by `reviewers.writer_read` (`review_word`)."""
    # (capitalised, its full stops dropped: `Rez. zu` in small letters or abbreviated passes for an op. cit. word)
    word = word.rstrip(":").replace(".", "").strip()
    word = word[:1].upper() + word[1:]
    return f"{word}, {rest}" if rest[:1] in "«„“\"" else f"{word}, in: {rest}"


def review_word(title: str) -> bool:
    """Whether ``title`` is the word alone that opens a reviewed work (`review of`, `Rez. zu`, `rec.`): no title.

    >>> review_word("Rez. zu"), review_word("ocena knjige"), review_word("Review of the Year")
    (True, True, False)
    """
    return _WORD_ALONE.fullmatch(title.replace(".", "").strip(" :")) is not None


_WORD_ALONE = compiled("|".join(re.escape(form.rstrip(":").replace(".", "")) for form in forms("reviewed_words.csv", "work")),
                       re.IGNORECASE)
