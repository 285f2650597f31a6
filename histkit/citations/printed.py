"""Printed sources that are not literature: a newspaper's issue, a law in an official gazette, a parliament's record.

A historian cites them as sources, as an archival file is cited, not as a work
of the literature; the citations table gives each its kind (`source_kind`) and
the references table leaves them out:

- ``press``: a newspaper's issue, a paper's name and one day's date and nothing
  else (`Borba, 12. 3. 1953, 2`, `Тверской вестник. 1882. 14 марта.`), derived
  from the text (`is_newspaper_issue`); an article of it with its title
  (`„Tito u Moskvi“, Politika, 3. 6. 1956, 1`) or its author stays literature;
- ``legislation`` (the kind of statutes already): a gazette's issue or a law
  printed in one (`Uradni list FLRJ, št. 14/1953`, `Legge 22 marzo 1900, n. 195,
  «Gazzetta Ufficiale del Regno d’Italia», n. 86`, `Zákon č. 69/1949 Zb.`), the
  gazettes' names from ``data/citations/gazettes.csv``: a name and the issue's
  number or day after it, or a law's number before it (kind ``after_number``:
  `č. 12/1945 Sb.`) or a page after it (kind ``before_number``: `Act of May 7,
  1889, P.L. 94`), or a name opening the citation (`Laws of the General Assembly, …, 12`); a
  gazette named as a book's publisher (`Београд: Службени лист СРЈ, 1997`) is none;
- ``parliament``: a parliament's record opening the citation (`Hansard, HC Deb
  12 May 1924, vol. 173, col. 1123`, `TBMM Zabıt Ceridesi, Devre II, …`), its
  words from ``data/citations/parliament.csv``.
"""

from __future__ import annotations

import functools
import re

from .legal import legal_kind, without_lead_in
from .official import official_kind
from .press import numbered_issue, press_issue
from .words import LOWER, YEAR, alternation, forms
from ..patterns import compiled

_NOT_IN_WORD = r"(?![^\W_])"
_NOT_AFTER_WORD = r"(?<![^\W_])"
# `št. 14`, `бр. 142`, `n. 86`, `nr 45`, `№ 70`: an abbreviated word, or the number sign, before the issue's number
_ISSUE_NUMBER = r"(?:[^\W\d_]{1,5}\.|№|nr|Nr|No)\s*\d"
# one day's date, as the gazettes print it: `12 gennaio 1924`, `12. 3. 1953`
_DAY = rf"(?:\d{{1,2}}\.?\s+[^\W\d_]{{3,}}\.?\s+{YEAR}|\d{{1,2}}\.\s?\d{{1,2}}\.\s?{YEAR})"
_BETWEEN = r"[^;:\d]{0,60}?"  # what may stand between a gazette's name and its issue: the state's, `del Regno d’Italia`


@functools.cache
def _gazette() -> re.Pattern:
    # (not after a colon: `Београд: Службени гласник, 2011, стр. 66`, the publisher of a book)
    name = rf"{_NOT_AFTER_WORD}(?<!:)(?<!:\s)(?-i:{alternation('gazettes.csv', 'name')}){_NOT_IN_WORD}"
    after = rf"\d{{1,4}}\s*/\s*{YEAR}\s+(?-i:{alternation('gazettes.csv', 'after_number')})"
    # each form opens with a digit or a name's first letter: that class, asked first, passes over the rest of a text at
    # once (the names' look-behinds were tried at every character: 0.050 -> 0.017 s CPU over the corpus's pieces);
    # none where a name opens with a mark the word lists read as any of its look-alikes (an apostrophe) or a space
    firsts = {form[:1] for kind in ("name", "before_number") for form in forms("gazettes.csv", kind)}
    guard = rf"(?=[\d{''.join(map(re.escape, sorted(firsts)))}])" if all(f.isalnum() for f in firsts) else ""
    return compiled(
        rf"{guard}(?:{name}{_BETWEEN}(?:(?<![^\W_]){_ISSUE_NUMBER}|{_NOT_AFTER_WORD}\d{{1,4}}\s*/\s*{YEAR}|[\s,»“”\"]{_DAY})"
        rf"|{name}[.,]?\s*[–—-]\s*{YEAR}[^;:\d]{{0,8}}?{_ISSUE_NUMBER}"  # `Reichsgesetzblatt. – 1873. – № 70`
        rf"|{after}|{_NOT_AFTER_WORD}(?-i:{alternation('gazettes.csv', 'before_number')})\s*\d{{1,4}}(?![\d/]))")


@functools.cache
def _opening_gazette() -> re.Pattern:
    return compiled(rf"(?:{alternation('gazettes.csv', 'name')}){_NOT_IN_WORD}[^;:\d]{{0,60}}?\d")


@functools.cache
def _parliament() -> re.Pattern:
    return compiled(rf"(?:{alternation('parliament.csv')}){_NOT_IN_WORD}")


# `На пример: Вечерње новости, …`: a few words, the last in small letters, and a colon before the paper (no list holds
# them; not an author's name: `Vlado Strugar: Borba, …`)
_WORDS_COLON = compiled(rf"^(?:[^\W\d_]+\s+){{0,3}}{LOWER}[^\W\d_]*:\s+(?=\S)")


def is_newspaper_issue(piece: str) -> bool:
    """Whether ``piece`` cites a newspaper's issue and no article of it: a paper's name and one day's date (and pages),
    no article's title before it (`„Tito u Moskvi“, Politika, 3. 6. 1956, 1` names one, and stays literature); or a
    paper's quoted name, year and number (`numbered_issue`); after a few words and a colon, if any.

    >>> is_newspaper_issue("Borba, 12. 3. 1953, 2"), is_newspaper_issue("„Tito u Moskvi“, Politika, 3. 6. 1956, 1")
    (True, False)
    >>> is_newspaper_issue("Тверской вестник. 1882. 14 марта."), is_newspaper_issue("Eley, Forging Democracy, 2002")
    (True, False)
    >>> is_newspaper_issue("Qor gramp: Borba, 12. 3. 1953, 2"), is_newspaper_issue("„Qor” 1902, nr 45, s. 2.")
    (True, True)
    """
    text = piece.strip()
    lead = _WORDS_COLON.match(text)
    return _issue_alone(text) or (lead is not None and _issue_alone(text[lead.end():]))


def _issue_alone(text: str) -> bool:
    issue = press_issue(text)
    return (issue is not None and not issue[2]) or numbered_issue(text) is not None


def source_kind(piece: str) -> str:
    """The kind of a printed source that is not literature: ``parliament``, ``legislation`` (a gazette) or ``press``
    (a newspaper's issue); ``""`` for anything else.

    >>> source_kind("Hansard, HC Deb 12 May 1924, vol. 173, col. 1123"), source_kind("Uradni list FLRJ, št. 14/1953.")
    ('parliament', 'legislation')
    >>> source_kind("Borba, 12. 3. 1953, 2"), source_kind("Ivo Banac, Hrvatsko pitanje, Zagreb: Narodne novine, 1990")
    ('press', '')
    """
    text = without_lead_in(piece.strip())
    if _parliament().match(text):
        return "parliament"
    if official_kind(text):  # a document of a body, cited by its symbol (`official.py`)
        return "official"
    if _opening_gazette().match(text) or _gazette().search(text):
        return "legislation"
    if is_newspaper_issue(piece):
        return "press"
    return ""


# a run of seven words in small letters: a sentence (`… establishes no criteria for the competent authority`), not
# a law's or a gazette's title (`portant création des allocations familiales`)
_PROSE_RUN = compiled(rf"(?:(?<![^\W\d_])(?:{LOWER}[^\W\d_]*)\s+){{6}}{LOWER}[^\W\d_]*(?![^\W\d_])")


def cited_source(piece: str) -> bool:
    """Whether ``piece`` is a printed source that is no literature (`source_kind`) and no sentence naming one: a
    sentence that names a regulation `in OJ L1, 4 January 2003` and ends in a work in brackets is prose around the
    work, whose bracket is then read.

    >>> cited_source("Loi du 11 mars 1932 portant création des allocations familiales, JO du 12 mars 1932, p. 2626")
    True
    >>> cited_source("OJ L1, 4 January 2003, pp. 1-25 establishes no criteria for the competent authority (A. Rossi, …)")
    False
    """
    # (a body's document by its symbol is cited whatever prose names it: `official.py`, as before the gazettes)
    if official_kind(piece):
        return True
    if not source_kind(piece):
        return False
    # (the sentence after the gazette's issue, not a law's long title before it: `1968 Brussels Convention on
    # jurisdiction and the enforcement of judgments in civil and commercial matters, in OJ L299, …`)
    gazette = _gazette().search(piece)
    return _PROSE_RUN.search(piece, gazette.end() if gazette else len(piece)) is None


def not_literature(piece: str) -> str:
    """The kind of a cited text that is no literature: a court decision or a statute (`legal.legal_kind`), or a
    printed source (`source_kind`); ``""`` for anything else. What the learned reader's readings are checked with: it
    learnt literature only, and reads a decision's parties as a title (`Hubert Wachauf v Bundesamt für …, 1989`).

    >>> not_literature("Wachauf v Bundesamt für Ernährung [1989] ECR 2609"), not_literature("Eley, Forging Democracy")
    ('case', '')
    """
    return legal_kind(piece) or source_kind(piece)
