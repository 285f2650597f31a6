"""Several documents told apart by their days in one citation: a row per day.

Two shapes say that one holding keeps several documents, each of its own day:

- a list of three or more days of more than one month sharing one year, joined by commas and a word for "and"
  (``and_words.csv``), before the holding: `Letters of A to B of 3 May, 12 June and 1 July 1921, TNA, …`,
  `Schreiben vom 3. Mai, 12. Juni und 1. Juli 1894`, `Письма от 3 мая, 12 июня и 1 июля 1918 г.`, `Brieven van 2
  februari, 9 februari en 23 maart 1932` (a sitting's minutes would not skip from February to March). Two days stay one
  document spanning them, as the house reads them (`Berichte vom 30. Juni und 2. August 1920, PA AA, …`), and so do
  days of one month (`Minutes, 3 and 17 January 1922`; in round 20's gold even `Cartas …, 14 y 21 de abril`);
- two whole dates, each with its year, joined by a word for "and", the second document's description perhaps
  between them, and the holding after them: `A to B, 2 February 1922, and B to A, 9 February 1922, both in BP, …`,
  `Télégramme …, 4 février 1923, et réponse du ministre, 9 février 1923, ANOM, …`. Days that end the citation
  (`tomo 46, 3-IV-1812 y 9-IV-1812`) may date one document and are left alone, unless the short word before the
  first date stands again before the second (`rapporti del 3 maggio 1933 e del 17 maggio 1933`): each is a document's.

After a word for "between" (``between_words.csv``) the days are a span, not documents. `one_per_document` gives the
citation once per day, the list written as that day with the list's year, padded with spaces so that offsets hold.
Only citations that do not read as literature are split (a book or a statute keeps its days), unless a word for
archive names where the documents lie (`…（…日）及…（…日），均见…档案馆藏`) or an archive the authority knows follows the
description (`Письма Г. Стоянова от 2 февраля, 9 марта и 14 апреля 1937 г. // РГАСПИ. Ф. 495`: the sender's initial
and name before the days read as a book's author).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..dates import find_dates
from ..patterns import compiled
from .archives import default_matcher
from .enclosures import without_covering_date
from .laterdates import without_later_dates
from .locate import archive_inside
from .references import is_literature
from .stemanchors import holds_archive_word
from .twounits import one_per_unit, pages_pair
from .words import alternation

_YEAR = compiled(r"(?<!\d)\d{4}(?!\d)")
# the year and what goes with it after the last day's month: ` 1921`, ` de 1908`, ` 1918 г.`
_YEAR_PART = compiled(r"\s+(?:(?P<word>[^\W\d_]{1,3})\s+)?(?P<year>\d{4}(?!\d)\S*(?:\s[^\W\d_]{1,2}\.)?)$")
_WORD = compiled(r"[^\W\d_]{2}")


@lru_cache(maxsize=1)
def _listed() -> re.Pattern:
    # between two days of a list: `, ` or ` and ` or `, and `
    return compiled(rf"^\s*(?:,\s*(?:(?:{alternation('and_words.csv')})\s+)?|(?:{alternation('and_words.csv')})\s+)$",
                    re.IGNORECASE)


# the first document's own number after its date: `3 June 1923, no. 212, and …` (a telegram's, a despatch's)
_NUMBER_AFTER = r"(?:,\s*[^\W\d_]{1,3}\.?\s*\d+)?"


@lru_cache(maxsize=1)
def _joined() -> re.Pattern:
    # between two whole dates: `and`, `, and`, `, and B to A,` (no digit but the first's number, no semicolon, a few
    # words)
    # (or each date in brackets after its document, the word for "and" glued to Chinese: `咨文(…日)及…复文(…日)`)
    # (or the second's description ending in a short word for "of" before its date, as Slavonic and German write it:
    # `Dopis … od 2. veljače 1950. i odgovor … od 9. veljače 1950.`, `Schreiben vom 2. Mai 1934 und Antwort vom …`)
    # (a year may end in its ordinal's full stop: `od 2. veljače 1950. i …`)
    # (or only that short word, repeated after "and": `vom 3. März 1931 und vom 17. März 1931`, `del … e del …`)
    # (the first's year word or a bracketed word after it: `14 марта 1852 г., и …`, `12. 3. 1851 (Konzept), und …`)
    return compiled(rf"^{_NUMBER_AFTER}\)?(?:\s+[^\W\d_]{{1,2}}\.|\s*\([^\W\d_][^\d;()]{{0,20}}\))?\.?\s*,?\s*"
                    rf"(?:{alternation('and_words.csv')})(?:\s|(?=[\u3400-\u9fff]))"
                    rf"(?P<second>[^\d;()]{{0,60}}(?:,\s*|\(|(?<!\S)[^\W\d_]{{1,3}}\s))?$", re.IGNORECASE)


# after "and", the short word that stood before the first date stands again before the second: two documents, each
# dated by its own word (`rapporti del 3 maggio 1933 e del 17 maggio 1933`), also where the dates end the citation
_REPEATED_WORD = compiled(r"(?<!\S)(?P<word>[^\W\d_]{1,3})\s+$")

# the second document named after "and" by a word of its own (`dessen Antwort`, `резолюция губернатора`)
_NAMED = compiled(r"[^\W\d_]{4,}")


@lru_cache(maxsize=1)
def _between() -> re.Pattern:
    return compiled(rf"(?:^|\W)(?:{alternation('between_words.csv')})\s+(?:\w+\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _yearless_first() -> re.Pattern:
    # before a whole date and its short word: the same short word, a day (its month perhaps) and a word for "and":
    # `del 2 giugno e del 9 luglio 1891`, `del 3 e del 9 gennaio 1936`, `vom 3. Juni und vom 14. Juli 1891`
    return compiled(rf"(?<!\S)(?P<word>[^\W\d_]{{1,3}})\s+(?P<day>\d{{1,2}}\.?(?:\s+[^\W\d_]{{3,}}\.?)?)\s*,?\s*"
                    rf"(?:{alternation('and_words.csv')})\s+(?P<again>[^\W\d_]{{1,3}})\s+$", re.IGNORECASE)


def _repeated_word_pair(text: str, days: list) -> list[str] | None:
    """Two documents whose days each follow the same short word, the year printed with the second only (`relazioni …
    del 2 giugno e del 9 luglio 1891`): the text once per day, the first with the second's year (or month and year)."""
    for second in days:
        year = _YEAR.search(second.surface)
        first = _yearless_first().search(text[:second.start]) if year else None
        if first is None or first["word"].casefold() != first["again"].casefold():
            continue
        day = first["day"]
        rest = second.surface[re.match(r"\d{1,2}\.?\s*", second.surface).end():]  # `luglio 1891`, `gennaio 1936`
        whole = f"{day} {rest[rest.index(year.group()):]}" if re.search(r"[^\W\d_]", day) else f"{day} {rest}"
        found = _single_days(whole)
        if len(found) != 1 or found[0].surface != whole or found[0].date_start >= second.date_start:
            continue
        start, end = first.start("day"), second.end
        if len(whole) > end - start:
            continue
        return [text[:start] + w.ljust(end - start) + text[end:] for w in (whole, second.surface)]
    return None


def _single_days(text: str) -> list:
    return [d for d in find_dates(text) if d.precision == "day" and d.date_start == d.date_end]


def _day_list(text: str, days: list) -> list | None:
    """The first list of three or more days of more than one month sharing the last one's year, the holding after it."""
    run = days[:1]
    for day in days[1:] + [None]:
        if day is not None and _listed().match(text[run[-1].end:day.start]):
            run.append(day)
            continue
        months = {d.date_start[:7] for d in run}
        if len(run) >= 3 and len(months) >= 2 and _YEAR.search(run[-1].surface) \
                and not any(_YEAR.search(d.surface) for d in run[:-1]) and not _between().search(text[:run[0].start]) \
                and _WORD.search(text, run[-1].end):
            return run
        run = [day]
    return None


def _year_part(last) -> str:
    m = _YEAR_PART.search(last.surface)
    if m is None:
        return ""
    # (a short word before the year is the month's own name, `9 May 1931`, `1er mai 1921`, not a particle like `de`)
    month = m.group("word") and any(d.precision == "month" for d in find_dates(f"{m.group('word')} {m.group('year')}"))
    return f" {m.group('year')}" if month else m.group()


def days_apart(text: str) -> list[str]:
    """``text`` once per document where it tells several apart by their days, else ``[text]``.

    >>> days_apart("Letters of 3 May, 12 June and 1 July 1921, TNA, FO 371/1")
    ['Letters of 3 May 1921                   , TNA, FO 371/1', 'Letters of 12 June 1921                 , TNA, FO 371/1', 'Letters of 1 July 1921                  , TNA, FO 371/1']
    >>> days_apart("A to B, 2 May 1958, and B to A, 19 May 1958, DLA, A:Brenner")
    ['A to B, 2 May 1958                         , DLA, A:Brenner', 'A to B,                 B to A, 19 May 1958, DLA, A:Brenner']
    >>> days_apart("Minutes, 3 and 17 April 1957, TNA, FO 371/1")
    ['Minutes, 3 and 17 April 1957, TNA, FO 371/1']
    >>> days_apart("GARF, f. 1, d. 2, petition, 14 May 1852, and the governor's answer, 2 June 1852")[1]
    "GARF, f. 1, d. 2, petition,              the governor's answer, 2 June 1852"
    >>> days_apart("Lettere del 2 giugno e del 9 luglio 1891, ACS, b. 4")
    ['Lettere del 2 giugno 1891               , ACS, b. 4', 'Lettere del 9 luglio 1891               , ACS, b. 4']
    """
    if not _YEAR.search(text):
        return [text]
    # (literature first: the classifier asks each piece whether it reads as literature, and keeps the answer, so that
    # a book's days, read here for nothing, are not read: they were for every piece with a year)
    if _a_book(text):
        return [text]
    days = _single_days(text)
    if not days:
        return [text]
    pair = _repeated_word_pair(text, days)
    if pair:
        return pair
    if len(days) < 2:
        return [text]
    listed = _day_list(text, days)
    if listed:
        start, end, year = listed[0].start, listed[-1].end, _year_part(listed[-1])
        written = [d.surface + year for d in listed[:-1]] + [listed[-1].surface]
        return [text[:start] + w.ljust(end - start) + text[end:] for w in written]
    for first, second in zip(days, days[1:]):
        if not (_YEAR.search(first.surface) and _YEAR.search(second.surface)) or first.date_start == second.date_start:
            continue
        repeated = _REPEATED_WORD.search(text[first.end:second.start])
        repeated = repeated is not None and text[:first.start].rstrip().lower().endswith(" " + repeated["word"].lower())
        joined = _joined().match(text[first.end:second.start])
        # (dates that end the citation are two documents' where the second is named after "and": `…, 12. 3. 1851,
        # und dessen Antwort, Konstantinopel, 27. 3. 1851`, not `tomo 46, 3-IV-1812 y 9-IV-1812`)
        named = joined is not None and _NAMED.search(joined["second"] or "") is not None
        if joined and not _between().search(text[:first.start]) and (_WORD.search(text, second.end) or repeated or named):
            # (the first without the second's words; the second with its own description, `B to A`)
            own = first.end + re.match(rf"{_NUMBER_AFTER}\)?\.?\s*,?\s*(?:\S+\s|[^\W\d_])",
                                       text[first.end:second.start]).end()
            return [text[:first.end] + " " * (second.end - first.end) + text[second.end:],
                    text[:first.start] + " " * (own - first.start) + text[own:]]
    return [text]


def one_per_document(pieces: list) -> list:
    """The pieces (`extract.Piece`) once per document: per unit where they name several (`twounits`), an enclosure
    without its covering letter's date (`enclosures`), a document without its receipt's or copy's date (`laterdates`),
    then per day where they tell several apart (`days_apart`)."""
    apart = []
    for piece in pieces:  # (a book's pages are no two units: `…, Suhrkamp 1992, S. 159 u. 152`)
        units = one_per_unit([piece])
        apart += [piece] if len(units) > 1 and pages_pair(piece.text) and _a_book(piece.text) else units
    return [piece._replace(text=text) for piece in apart for text in days_apart(without_later_dates(without_covering_date(piece.text)))]


def _a_book(text: str) -> bool:
    """Whether ``text`` reads as literature naming no archive: its numbers are pages, not units or documents."""
    return is_literature(text) and not holds_archive_word(text) and archive_inside(text, default_matcher()) is None
