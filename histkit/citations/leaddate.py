"""A document dated in the words that lead to its holding: `…; der Entwurf … vom 2. Februar 1935: BArch, R 3001/4520`.

A writer may describe a document in a clause of its own, with its date, and give the holding after a colon or after
the words saying where it lies (`la minute, datée du 4 février 1907, est aux AN, F/22/415`, `the draft of 2 May 1930
is in TNA, …`). The splitter keeps the clause as a lead-in and reads the holding alone, which names no date. When
the clause gives exactly one date (a day, a month, or a file's years: `the appeal papers, 1931–1932, are in …`), and
ends in a colon or in a word for "in" (``held_in_words.csv``), that date is the document's (`date_in_lead`). A date ending a sentence just before a bracketed holding is read as before
(`bracketed.date_before_bracket`).
"""

from __future__ import annotations

import functools
import re

from .bracketed import date_before_bracket
from .notetext import set_date
from .words import alternation
from ..dates import find_date_groups, says_undated
from ..patterns import compiled


@functools.cache
def _leads_to_holding() -> re.Pattern:
    # the clause's end: a colon, or a word for "in" (`est aux`, `are in`, `se nalazi u`) just before the holding,
    # perhaps with an article (`están en la BNE`, `is in the BL`)
    return compiled(rf"(?::|(?<!\w)(?:{alternation('held_in_words.csv')})(?:\s+[^\W\d_]{{1,3}})?)\s*$", re.IGNORECASE)


def date_in_lead(row: dict, text: str, after: int) -> None:
    """Give an undated archival ``row`` the one date of the clause of ``text`` between ``after`` (where the note's
    citation before it ended) and the row's own start, when the clause leads to the holding.

    >>> row = {"kind": "archival", "date_start": "", "raw": "BArch, R 3001/1", "char_start": 42}
    >>> date_in_lead(row, "RGBl. I S. 1; der Entwurf vom 2. Mai 1935: BArch, R 3001/1.", 12)
    >>> row["date_start"], row["date_precision"]
    ('1935-05-02', 'day')
    >>> row = {"kind": "archival", "date_start": "", "raw": "BArch, R 3001/1", "char_start": 34}
    >>> date_in_lead(row, "RGBl. I S. 1; vgl. 1935 und 1936 BArch, R 3001/1.", 12)
    >>> row["date_start"]
    ''
    """
    start = row.get("char_start")
    if row.get("kind") != "archival" or row.get("date_start") or not isinstance(start, int) or start <= after:
        return
    lead = text[after:start]
    if says_undated(row.get("raw", "")) or not _leads_to_holding().search(lead):
        return
    dates = find_date_groups(lead)
    if len(dates) == 1:  # (a span of years too: `the appeal papers, 1931–1932, are in …`, a file's years)
        set_date(row, dates)


# the holding in brackets or between dashes inside the sentence (`… an den Reichskanzler (BArch, …)`, `… 1922 – TNA, …`)
_OPENS_HOLDING = compiled(r"(?:\(|\s[–—])\s*$")
# where the sentence naming the document starts: after a sentence's full stop and a capital, or a semicolon
_SENTENCE_START = compiled(r".*(?:[^\W\d_]{2}\.\s+(?=[^\W\d_])|;\s*)", re.DOTALL)


def date_in_sentence(row: dict, text: str, after: int) -> None:
    """Give an undated archival ``row`` whose holding the sentence puts in brackets or between dashes the one day or
    month that sentence names before it: the sentence names the document with its date, then says where it lies.

    >>> row = {"kind": "archival", "date_start": "", "raw": "BArch, R 43 I/2540", "char_start": 73}
    >>> date_in_sentence(row, "Am 17. Juni 1929 schrieb der Minister an den Reichskanzler, er sei müde (BArch, R 43 I/2540).", 0)
    >>> row["date_start"]
    '1929-06-17'
    >>> row = {"kind": "archival", "date_start": "", "raw": "TNA, FO 371/1", "char_start": 60}
    >>> date_in_sentence(row, "The letters of 3 May and 4 June 1921 and of 2 July 1922 (TNA, FO 371/1).", 0)
    >>> row["date_start"]
    ''
    """
    start = row.get("char_start")
    if row.get("kind") != "archival" or row.get("date_start") or not isinstance(start, int) or start <= after:
        return
    if says_undated(row.get("raw", "")) or not _OPENS_HOLDING.search(text, after, start):
        return
    lead = text[after:start]
    sentence = lead[_SENTENCE_START.match(lead).end():] if _SENTENCE_START.match(lead) else lead
    dates = [d for d in find_date_groups(sentence) if d.precision in ("day", "month")]
    if len(dates) == 1 and len(find_date_groups(sentence)) == 1:
        set_date(row, dates)


def date_in_prose(row: dict, text: str, note_rows: list[dict]) -> None:
    """An undated archival ``row``'s date from the prose before its holding: a date just before a bracketed holding
    (`date_before_bracket`), else the one date of the sentence that puts the holding in brackets (`date_in_sentence`),
    else the date of the clause leading to it (`date_in_lead`); ``note_rows`` are the note's rows before it."""
    date_before_bracket(row, text, row.get("raw", ""))
    date_in_sentence(row, text, note_rows[-1]["char_end"] if note_rows else 0)
    date_in_lead(row, text, note_rows[-1]["char_end"] if note_rows else 0)
