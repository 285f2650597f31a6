"""A newspaper's issue read from a citation: the paper, the one day's date, and the quoted title of an article of it.

`press_issue` answers for the splitter, the classifier (`printed.py`: an issue cited with no article of it is a
source, kind ``press``) and the reference reader (an article of a paper is literature, the paper its container).
"""

from __future__ import annotations

import functools
import re

from ..data import data_rows
from ..dates import find_dates
from .caseless import CASELESS
from .gost import newspaper_issue
from .notetext import find_dates_covering
from .words import LOWER, PAGE_RANGE, UPPER, YEAR, alternation, not_page_words
from ..patterns import compiled

# a newspaper dated by its issue (the paper is the container): `Borba, 12. 3. 1953, 2`,
# `The Times, 4 May 1955`, `Neues Deutschland vom 3.4.1957`, `„Tito u Moskvi“, Politika, 3. 6. 1956, 1`
_PAPER = compiled(r"^(?:(?P<article>[„“\"«‘][^„“”\"«»]{2,200}[“”\"»’]),?\s*)?"
                    r"(?P<paper>[«„“\"][^«»„“”\"\s]+(?:\s[^«»„“”\"\s]+){0,2}[»“”\"]"  # `«Правда», 12 мая 1925 г.`: three words at most
                    rf"|(?:[LDld][’'])?[{UPPER}][^\W\d_]*(?:\.|[’'](?![^\W\d_]))?(?:[ -](?:[{UPPER}][^\W\d_]*\.?"
                    r"|the|de|des|du|der|die|di|del|la|le|el|of|für|und|am|im|za)){0,4}(?:\s\([A-Z][^\W\d_]*(?:\s[A-Z][^\W\d_]+)?\))?"  # `(Pottsville)`, `(La Habana)`
                    rf"|[{UPPER}][^\W\d_]+ {LOWER}[^\W\d_]{{2,}}"  # `Rudé právo`, `Novi list`
                    # `الأهرام`, `הצפירה`: one or two words of a script without capitals (its town in brackets: `प्रताप (कानपुर)`)
                    rf"|[{CASELESS}]{{2,}}(?:\s[{CASELESS}]{{2,}})?(?:\s\([{CASELESS}]{{2,}}\))?)"
                    r"(?:\s*,\s*|\s+(?:vom|od|du|del|of|from|от|z\s+dnia|z|din)\s+)(?P<rest>.+?)\s*\.?\s*$")

# `в. Мир`, `сп. Родина`: the word for a newspaper or magazine before its name
_PERIODICAL = compiled(rf"^(?:{alternation('reference_words.csv', 'periodical')})\s*(?=\w)")

# (a volume's and an issue's number may both come before the day, `Liptov, roč. 12, č. 17, 24. 4. 1894`, and `vom`
# after the number: `Bote für Tirol und Vorarlberg, Nr. 47 vom 12. Juni 1821`)
_ISSUE_HEAD = compiled(rf"^(?:(?:(?:{alternation('reference_words.csv', 'issue')})\s*|(?:{alternation('reference_words.csv', 'volume')})\s*"
                       rf"|бр\.\s*)\d+\s*(?:,\s*|\s+(?:vom|of|from|du|del|od|z)\s+))+(?=\d)")

# (the words for "the issue of" before the day, ``reference_words.csv`` kind ``edition_of_day``)
_EDITION_OF = compiled(rf"^(?:{alternation('reference_words.csv', 'edition_of_day')})\s+(?=\d)", re.IGNORECASE)

# (a paper's section letter before the page after its word: `El Mercurio, 10 de abril de 2011, p. C 27`, `S. A3`)
_ISSUE_TAIL = compiled(rf"(?:\s*,\s*(?:(?:p|pp|S|s|str|с|стр|Nr|no|br|бр|nr)\.\s*(?:[A-Z]\s?)?|(?:nr|№)\s*"
                         rf"|(?:{alternation('reference_words.csv', 'page_mark')})\s*)?(?!{YEAR}(?!\d))\d+"
                         r"(?:\s*[–—-]\s*\d+)?)*\s*\.?$", re.IGNORECASE)  # (pages, not a year: `…, December 23, 1950, 1`)

_YEAR_WORD = compiled(r"(?<=\d)\s*(?:г|r)\.?$")


@functools.cache
def _weekday() -> re.Pattern:
    """The day of the week a paper prints before its date (`Mercredi 7 octobre 1789`, `Sunday, 3 May 1925`): the
    weekdays of ``dates/feast_words.csv``, no part of the day's date."""
    # (ties by their letters: a set's order changes with the hash seed, and a pattern written anew each process is
    # one the pattern bank never holds; two days of one length never both match where the pattern is tried)
    days = sorted({row["word"] for row in data_rows("dates", "feast_words.csv") if row["kind"] == "weekday"},
                  key=lambda day: (-len(day), day))
    return compiled(rf"(?:^|(?<=,\s))(?:{'|'.join(map(re.escape, days))})\.?,?\s+(?=\d)", re.IGNORECASE)


@functools.lru_cache(maxsize=16384)
def press_issue(piece: str):
    """A newspaper issue: (paper, date, quoted title of the article or "") when ``piece`` is a paper's name and one
    day's date (and pages), else None (kept: the splitter, the classifier and the reference reader each ask).
    >>> press_issue("„Tito u Moskvi“, Politika, 3. 6. 1956, 1")[::2]
    ('Politika', '„Tito u Moskvi“')
    >>> press_issue("الأهرام, 3 يونيو 1885, ص 2")[0]
    'الأهرام'
    >>> press_issue("Opinia, Iaşi, 12 mai 1932")[1].date_start
    '1932-05-12'
    >>> press_issue("«Le Patriote», No. 63, Mercredi 7 octobre 1789, p. 3.")[1].date_start
    '1789-10-07'
    """
    m = _PAPER.match(_PERIODICAL.sub("", piece.strip()))
    if not m:
        issue = newspaper_issue(piece.strip())  # GOST: `Правда. 1925. 12 мая. С. 2`
        dates = find_dates(issue[1]) if issue else []
        return (issue[0], dates[0], "") if len(dates) == 1 and dates[0].precision == "day" else None
    if " to " in m.group("paper") or len(m.group("paper")) > 40:
        return None  # (asked before the dates are read, which is the dear part)
    # (`1925 г.`, `1905 r.`: the year's own abbreviation, in Russian and Polish; `Мир, бр. 1234, 12 май 1910`: a number)
    rest = _ISSUE_HEAD.sub("", _weekday().sub("", m.group("rest")))  # (`No. 63, Mercredi 7 octobre 1789`)
    rest = _EDITION_OF.sub("", rest)  # (`Diario El Mercurio, Edición de fecha 28 de octubre de 2011`)
    date_part = _YEAR_WORD.sub("", _ISSUE_TAIL.sub("", rest).strip(" ,."))
    day = _one_day(date_part)
    town = _TOWN_FIRST.match(date_part) if day is None else None
    if town:  # `Opinia, Iaşi, 12 Mai 1932`, `El Mercurio, Santiago, 3 de julio de 1925`: the paper's town, then the day
        date_part = date_part[town.end():]
        day = _one_day(date_part)
    year_first = _YEAR_FIRST.match(date_part) if day is None else None
    if year_first:  # `Brīvā Zeme, 1928, 14. jūl., Nr. 156`: the year, then the day and the month
        when, year = year_first.group("day"), year_first.group("year")  # (the strip took an abbreviation's stop)
        day = _one_day(f"{when} {year}") or _one_day(f"{when}. {year}")
    if day is None and _PAGE_AFTER_STOP.search(date_part):  # `Pesti Napló, 1890. május 3. 5.`: the page after a full stop
        day = _one_day(_PAGE_AFTER_STOP.sub("", date_part))
    return (m.group("paper").strip(" .«»„“”\""), day, m.group("article") or "") if day is not None else None


# (a paper's town between its name and the day, one or two capitalised words: Romanian, Latin American, older papers)
_TOWN_FIRST = compiled(rf"^[{UPPER}][\w’'.-]+(?:\s[{UPPER}][\w’'.-]+)?\s*,\s*(?=\d)")

# (the year before the day and the month's name, as Baltic papers are cited: `1928, 14. jūl.`)
_YEAR_FIRST = compiled(rf"^(?P<year>{YEAR})\s*,\s*(?P<day>\d{{1,2}}\.?\s*[^\W\d_]{{3,}}\.?)$")

# (a page after the day's full stop, asked only when the date alone does not cover the rest)
_PAGE_AFTER_STOP = compiled(r"(?<=\d\.),?\s+\d{1,4}(?:\s*[–—-]\s*\d{1,4})?\.?(?:\s*o\.?)?$")


def whole_day(part: str):
    """The date of ``part`` when all of it names one day (a full stop after it aside), else None.

    >>> whole_day("3. 6. 1956").date_start, whole_day("Minute of 3 June 1956")
    ('1956-06-03', None)
    """
    dates = find_dates(part)
    return dates[0] if len(dates) == 1 and dates[0].precision == "day" and find_dates_covering(part) else None


def _one_day(date_part: str):
    """The one day's date that ``date_part`` is, else None."""
    return whole_day(date_part) or _numbered_day(date_part)


# a day's date in numbers, the year, the month and the day in that order, each with a word of its language after it or
# before the next that no list need know: `1930 оны 5 дугаар сарын 14`, `1932 оны 4-р сарын 2`, `1928年5月3日` (no full
# stop in those words: `1930 vol. 5 no. 14` is a volume and its issue)
_NUMBERED_DAY = compiled(rf"^(?P<year>{YEAR})\s*(?:-?[^\W\d_]+\s*){{0,2}}(?P<month>\d{{1,2}})\s*(?:-?[^\W\d_]+\s*){{0,3}}"
                           r"(?P<day>\d{1,2})(?:\s*-?[^\W\d_]+)?$")


def _numbered_day(date_part: str):
    """The day `_NUMBERED_DAY` reads in ``date_part``, if no word of it is a volume's or an issue's (`not_page_words`)
    and its month and day can be; else None.

    >>> _numbered_day("1930 оны 5 дугаар сарын 14").date_start, _numbered_day("1930 t 5 nr 14"), _numbered_day("1930 оны 13 сарын 2")
    ('1930-05-14', None, None)
    """
    found = _NUMBERED_DAY.match(date_part)
    if found is None or not (1 <= int(found.group("month")) <= 12 and 1 <= int(found.group("day")) <= 31):
        return None
    words = re.findall(r"[^\W\d_]+", date_part)
    if any(re.fullmatch(f"(?i:{not_page_words()})", word) for word in words):
        return None
    dates = find_dates(f"{found.group('year')}-{int(found.group('month')):02d}-{int(found.group('day')):02d}")
    return dates[0] if len(dates) == 1 else None


# `„Dziennik Kujawski” 1902, nr 45, s. 2`: a paper's name in quotes, the year, the issue's number (`nr`, `no.`, `№`)
# and pages, and nothing else: an issue dated by its number, not its day
_NUMBERED = compiled(rf"^[«„“\"][^«»„“”\"]{{2,60}}[»“”\"]\s*,?\s*{YEAR}\s*,\s*(?:[^\W\d_]{{1,3}}\.?|№)\s*\d{{1,4}}"
                       rf"(?:\s*,\s*(?:[^\W\d_]{{1,3}}\.\s*)?{PAGE_RANGE})?\s*\.?$")


def numbered_issue(piece: str) -> re.Match | None:
    """A periodical's issue cited by its quoted name, year and number (and pages), and nothing else.

    >>> bool(numbered_issue("„Dziennik Kujawski” 1902, nr 45, s. 2.")), bool(numbered_issue("„Kujawy” 1902, nr 45, s. 2–5, 9"))
    (True, False)
    >>> bool(numbered_issue("Ewa Brzeg, Kasy, „Kwartalnik Historyczny” 1995, nr 3, s. 12–30"))
    False
    """
    return _NUMBERED.match(piece.strip())


def issue_dates(piece: str, ref: dict) -> list:
    """The dates that date a literature citation as a document: a newspaper's issue, or those of an untitled container.

    >>> [d.date_start for d in issue_dates("The Times, 4 May 1955, 3", {"container": "", "title": ""})]
    ['1955-05-04']

    A book's or an article's publication year is not one (it stays in the references table).
    """
    press = press_issue(piece)
    if press:
        return [press[1]]
    if ref["container"] and not ref["title"]:
        return find_dates(piece)
    return []
