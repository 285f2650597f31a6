"""The Bluebook's paired signal `Compare … with …`, and the work a parenthetical quotes: where a second work begins.

A US law review sets two groups of authorities against each other in one sentence, `Compare Beddoes, supra note 1, at
1040 (dating …), with Nathaniel P. Ashgrove, Title, 14 LAW & HIST. REV. 233 (1996)`: the comma before `with` ends the
first work as a semicolon would, and `with` leads the second in as `see` does. The words are ``reference_words.csv``'s
kinds ``compare_signal`` and ``compare_with``. An explanatory parenthetical that quotes or cites a work gives that
work's full citation (`Marsh-Whitley, supra note 1, at 860 (quoting ELIHU B. CRANSTON, A TREATISE … 198 (1858))`): its
bracket ends the first work too (kind ``quoting``).

A note listing the literature names a second work of the author it has just cited after a word for "and" and one for
"the same author" (`…, S. 20, und ders., Reichsjustiz und Territorien, in: HZ 215 (1972)`, `…, and idem, …`): the
comma before them ends the first work as a semicolon would (``and_words.csv``, ``reference_words.csv``'s kind
``same_author``); so does a word for "and" after a work's last page or year before another author's initials, surname
and comma (`…, Kraków 1929, p. 160 et seq. and P. Kasznica, Polskie prawo …`, `…, pp. 329-357 e V. FIORILLO, …`).
"""

from __future__ import annotations

import functools
import re

from .notetext import paren_depth
from .words import alternation, forms
from ..patterns import compiled


@functools.cache
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    opening = compiled(rf"(?:^|[;.]\s*)(?:{alternation('reference_words.csv', 'compare_signal')})\b", re.IGNORECASE)
    second = compiled(rf"\s+(?:{alternation('reference_words.csv', 'compare_with')})\s+(?=\S)", re.IGNORECASE)
    return opening, second


def compare_with_commas(text: str) -> list[int]:
    """Where a top-level comma ends the first side of a `Compare … , with …` (the comma before `with`).

    >>> compare_with_commas("Compare Ames, supra note 1, at 10, with Bork, Title, 9 YALE L.J. 1 (1990).")
    [33]
    >>> compare_with_commas("Ames, Title (comparing cases), with a preface, 12 (1990)")
    []
    """
    opening, second = _patterns()
    start = opening.search(text)
    if start is None:
        return []
    return [m.start() for m in re.finditer(",", text)
            if m.start() > start.end() and second.match(text, m.start() + 1) and not paren_depth(text, m.start())]


@functools.cache
def _quoting() -> re.Pattern:
    return compiled(rf"\((?=(?:{alternation('reference_words.csv', 'quoting')})\s+[A-Z])")


def quoting_brackets(text: str) -> list[int]:
    """Where a top-level bracket opens a parenthetical that quotes or cites a work by its author (a capital after the
    word), after a citation.

    >>> quoting_brackets("Ames, supra note 1, at 10 (quoting JOHN ROE, LAW 4 (1850)).")
    [26]
    >>> quoting_brackets("Ames, supra note 1, at 10 (quoting the statute).")
    []
    """
    return [m.start() for m in _quoting().finditer(text) if m.start() > 0 and not paren_depth(text, m.start())]


@functools.cache
def _and_same_author() -> re.Pattern:
    # (not a word for "and" that is another language's "in" before a container: Slovene `in`, `…, in Id., Opere`)
    within = {form.casefold().rstrip(":") for kind in ("in", "in_prose") for form in forms("reference_words.csv", kind)}
    joiners = "|".join(re.escape(form) for form in forms("and_words.csv") if form.casefold() not in within)
    return compiled(rf",(?=\s+(?:{joiners})\s+(?:{alternation('reference_words.csv', 'same_author')})"
                    r"(?:(?<=\.)|(?![^\W\d_]))\s*,)", re.IGNORECASE)


def same_author_after_and(text: str) -> list[int]:
    """Where a top-level comma before a word for "and" and one for "the same author" ends a work (see above).

    >>> same_author_after_and("Dornbusch (wie Anm. 1), S. 20, und ders., Reichsjustiz, in: HZ 215 (1972), S. 561.")
    [29]
    >>> same_author_after_and("Hg. von Schmidt, und dessen Schüler, 1990"), same_author_after_and("Smith, and idem")
    ([], [])
    >>> same_author_after_and("G. B. Vico, Principj di scienza nuova, in Id., Opere, Milano 1835")
    []
    """
    return [m.start() for m in _and_same_author().finditer(text) if not paren_depth(text, m.start())]


@functools.cache
def _and_next_author() -> re.Pattern:
    joiners = "|".join(re.escape(form) for form in forms("and_words.csv") if form.islower() and len(form) <= 4)
    # (the space before the word: the last page, year or its `ff.`/`et seq.` before it; initials, a surname, a comma)
    # (the first space taken first, and what stands before looked at behind it: a pattern opening with look-behinds
    # is tried at every character, one opening with a space only at the spaces, which re skips to)
    return compiled(rf"\s(?:(?<=\d\d\s)|(?<=\bff\.\s)|(?<=\bf\.\s)|(?<=\bseq\.\s)|(?<=\bsq\.\s)|(?<=\bsqq\.\s))\s*"
                    rf"(?=(?:{joiners})\s+{_INITIALS_SURNAME})")


# another author's initials, surname and comma, the next word begun (`P. Kasznica, Polskie`, `V. FIORILLO, Strasburgo`)
_INITIALS_SURNAME = r"(?:[A-Z]\.\s?){1,3}\s?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?,\s+\S"
INITIALS_SURNAME = compiled(_INITIALS_SURNAME)


def author_after_and(text: str) -> list[int]:
    """Where a top-level space before a word for "and" ends a work and another author's work begins (see above).

    >>> author_after_and("Langrod, Kontrola, Kraków 1929, p. 160 et seq. and P. Kasznica, Polskie prawo, Poznań 1946.")
    [46]
    >>> author_after_and("G. Rossi, Studi, 7/2012, pp. 329-357 e V. FIORILLO, Strasburgo, in Q. cost. 2014")
    [36]
    >>> author_after_and("Smith and J. Jones, Title, 1990"), author_after_and("(Oxford 1990 and J. Jones, ed.)")
    ([], [])
    """
    return [m.start() for m in _and_next_author().finditer(text) if not paren_depth(text, m.start())]
