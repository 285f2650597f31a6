"""Years that name a volume or an imprint, not a time the text speaks of: `Berlin 1932, S. 45`, `Dz. U. 1998 nr 78`.

A note cites its literature and its laws by years that number their volumes: a book's imprint before its page or
table (`Warszawa 1932, s. 45`, `Stockholm 1969, tabell 19`, `М., 1938. С. 1917`), a gazette's or reports' year before
the number or part in it (`Dz. U. z 1932 r. Nr 60`, `СУ РСФСР. 1922. № 71`, `Foro it., 2001, I, c. 1934`), a law report's year in brackets before its
abbreviation (`[1932] AC 562`, `(1987) 103 LQR 1945`) or bare before it (`1932 SC (HL) 31`), a French reports' before its part and page (`D. 1897. 1.
433`), a law journal's year before its page (`NJW 2001, 1921`), an edition's (`(1946 ed.)`, `(2nd edn, OUP 1998)`) and
a command paper's (`(Cmd. 4160, 1932)`). None is a date of the dates table (the date
rounds' rules 60 and 64); a day (`DJ 5.4.2001`, `JO du 1er octobre 1953, p. 8618`) dates its issue and stays.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled
from .values import DateMatch

_YEAR = compiled(r"\d{4}(?:\s*(?:r|г)\.)?")  # a bare year, with the Polish or Russian year's abbreviation
_NUMBER_WORDS = ("nr", "Nr", "Nr.", "nr.", "No.", "no.", "№", "n°", "n.", "núm.")


@lru_cache(maxsize=1)
def _after() -> re.Pattern:
    forms = {r["form"] for r in data_rows("dates", "locator_words.csv") if r["kind"] in ("page", "volume", "item", "table")}
    forms = sorted(forms | set(_NUMBER_WORDS), key=lambda f: (-len(f), f))
    words = "|".join(rf"{re.escape(f)}" for f in forms)
    # (the page's word after its number and a hyphen, as Uzbek and Kyrgyz write it: `Toshkent, 1998. 211-bet`)
    suffixes = sorted({r["form"] for r in data_rows("dates", "locator_words.csv") if r["kind"] == "page_after"},
                      key=lambda f: (-len(f), f))
    after = "|".join(re.escape(f) for f in suffixes) or "(?!)"
    return compiled(rf"(?:\s*[.,]?\s*(?:{words})\s*\d|[.,]\s*\d{{1,4}}(?:[–-]\d{{1,4}})?-(?:{after})"
                    # (a part in Roman numerals between the year and the page, `2001, I, c. 1934`, `1896, III, 433`)
                    r"|,\s*[IVX]{1,4},\s*(?:c\.\s*)?\d"
                    # (or after a space, its page after a page's word, as German gazettes cite, `BGBl. 1951 I, S. 739`)
                    r"|\s[IVX]{1,4},\s*(?:S|s|p|pp|c)\.\s*\d"
                    # (the year before a law report's abbreviation, `1932 SC (HL) 31`, and an edition's, `1946 ed.`)
                    r"|\s+[A-Z]{2,6}\s+(?:\([A-Z]{1,4}\)\s+)?\d|\s+edn?\.?(?!\w)"
                    # (a French reports' year, part and page, `D. 1897. 1. 433`)
                    r"|\.\s*[1-5]\.\s*\d"
                    # (a law journal's year before its page, `NJW 2001, 1921`: the abbreviation is sought before)
                    r"|(?P<page>,\s*\d))")


# a law report's year in brackets, `[1932] AC 562`, `(1987) 103 LQR 1945`, `[2008] ECR I-9641`
_REPORT = compiled(r"\s*(?:\d{1,4}\s+)?[A-Z]{2,6}\s+[IVX]{0,4}-?\d")
# what opens the bracket a year closes where it is an imprint's or a paper's: an edition (`(2nd edn, OUP 1998)`,
# `(3rd ed., Oxford 1950)`) or a command paper's number (`(Cmd. 4160, 1932)`)
# an American citation's bracketed year after a review's, a code's or a report's page is its publication's (`95 Harv.
# L. Rev. 1917, 1921 (1982)`, `28 C.F.R. 1921.3 (1998)`, `H.R. Rep. No. 74-1936, at 12 (1935)`); after a reporter's
# page (`295 U.S. 495 (1935)`) it is the decision's, a date (the date rounds' rule 66)
_PERIODICAL = compiled(r"(?:\bL\.\s?Rev\.|\bL\.\s?J\.|\bU\.S\.C\.(?:\s*§+)?|\bC\.F\.R\.|\bRep\.\s+No\.\s+[\d-]+,\s+at)"
                       r"\s+\d[\d.]*(?:,\s*\d+(?:[–-]\d+)?)*\s*\($")
_IMPRINT = compiled(r"\((?:[^()]*\b(?:edn|eds?\.)[^()]*|[A-Z][A-Za-z]{1,5}\.\s*\d+,\s*)$")
_JOURNAL = compiled(r"(?<!\w)[A-Z]{2,6}\s+$")
_VOLUME = compiled(r"(?<![\d.,])\d{1,4}\s*\($")
_PAGES = compiled(r"[:,]?\s*\d{1,5}\s*[–-]\s*\d{1,5}(?!\d)")
_TOME = compiled(r"\s*,\s*t\.\s*[IVX]{1,4}(?![^\W\d_])")
_COMMA_BEFORE = compiled(r",\s*$")
_ABBREVIATED_PLACE = compiled(r"(?<![^\W\d_])(?-i:[A-ZА-ЯЁ][^\W\d_]{0,2})\.,\s*$")


def is_volume_year(text: str, date: DateMatch) -> bool:
    """Whether ``date``, a bare year found in ``text``, names a volume, an imprint or an edition.

    >>> from histkit.dates import find_dates
    >>> text = "Berlin 1932, S. 45; Dz. U. 1998 nr 78; [1932] AC 562; NJW 2001, 1921; in 1933, 1,200 men; 1934, 1935"
    >>> text += "; (Cmd. 4160, 1932); (2nd edn, OUP 1998); D. 1897. 1. 433; (Paris 1950)"
    >>> text += "; 9 Yale L.J. 12, 14 (1951); 300 U.S. 12 (1952); Wirtschaft und Statistik 3 (1923), S. 700; BGBl. 1951 I, S. 739"
    >>> text += "; Tijdschrift voor Geschiedenis 98 (1985) 45-67"
    >>> [(d.surface, is_volume_year(text, d)) for d in find_dates(text)]
    [('1932', True), ('1998', True), ('1932', True), ('2001', True), ('1921', False), ('1933', False), ('1934', False), ('1935', False),
     ('1932', True), ('1998', True), ('1897', True), ('1950', False), ('1951', True), ('1952', False), ('1923', True),
     ('1951', True), ('1985', True)]
    """
    if date.date_start[:4] != date.date_end[:4] or not _YEAR.fullmatch(date.surface) \
            or names_a_yearbooks_year(text, date.start):
        return False
    after = _after().match(text, date.end)
    if after is not None:
        return after.group("page") is None or _JOURNAL.search(text, max(0, date.start - 8), date.start) is not None
    # (a place abbreviated, as the Cyrillic styles write Moscow and St Petersburg, or a publisher's `Co.`, then a comma
    # and the year: `СПб., 1905.`, `Harcourt, Brace & Co., 1929`)
    if _ABBREVIATED_PLACE.search(text, max(0, date.start - 8), date.start):
        return True
    # (a French or Spanish imprint's year between its place or publisher and the tome in Roman numerals, `Paris, 1849,
    # t. II, p. 101`, `Lyon, PUL, 1977, t. II`; a series' year after its title is the title's, `FRUS 1950, vol. IV`,
    # `Kriegsausbruch 1914, t. I`)
    if _TOME.match(text, date.end) and _COMMA_BEFORE.search(text, max(0, date.start - 3), date.start):
        return True
    if text.startswith(")", date.end) and (_IMPRINT.search(text, max(0, date.start - 60), date.start)
                                           or _PERIODICAL.search(text, max(0, date.start - 60), date.start)):
        return True
    # (a journal's volume, its year in brackets, then the page: `Wirtschaft und Statistik 3 (1923), S. 700`, or the
    # pages without their word, `Tijdschrift voor Geschiedenis 98 (1985) 45-67`, `12 (1985): 45–67`)
    if text.startswith(")", date.end) and _VOLUME.search(text, max(0, date.start - 8), date.start) \
            and (_after().match(text, date.end + 1) is not None or _PAGES.match(text, date.end + 1) is not None):
        return True
    bracket = text[date.start - 1:date.start] if date.start else ""
    closing = {"[": "]", "(": ")"}.get(bracket)
    return closing is not None and text.startswith(closing, date.end) and _REPORT.match(text, date.end + 1) is not None


@lru_cache(maxsize=1)
def _yearbook() -> re.Pattern:
    forms = sorted({r["form"] for r in data_rows("dates", "yearbook_words.csv")}, key=lambda f: (-len(f), f))
    words = "|".join(r"\s+".join(re.escape(w) + r"\w*" for w in f.split()) for f in forms)
    # (the title's words since the comma, semicolon or bracket before the year: `…, p. 47; Statistisches Jahrbuch für
    # das Deutsche Reich 1937`; a place after a comma, `…, Berlin 1937`, is the imprint's)
    return compiled(rf"(?<!\w)(?:{words})(?!\w)[^,;()\[\]]*$", re.IGNORECASE)


def names_a_yearbooks_year(text: str, start: int) -> bool:
    """Whether the year at ``start`` closes a statistical yearbook's title: the year its figures cover (the date rounds'
    rule 107), also before its page, where a place's year would be an imprint's (`yearbook_words.csv`).

    >>> text = "Statistisches Jahrbuch für das Deutsche Reich 1937, S. 34; Statistisches Jahrbuch, Berlin 1937, S. 34"
    >>> [names_a_yearbooks_year(text, i) for i in (text.find("1937"), text.rfind("1937"))]
    [True, False]
    """
    return _yearbook().search(text, max(0, start - 120), start) is not None


# a book's imprint in brackets as English-language notes write it, its places (and publisher) by their capitals, commas
# between, the year last: `(Oxford, 1979)`, `(Washington, D.C., 1960)`, `(London and New York, 1988)`
_PLACES = compiled(r"\((?:[A-Z][^\s(),:;]*(?:\s+(?:[A-Z][^\s(),:;]*|and|&|am|an|upon|on|sur|de|del))*\s*,\s*)+$")


# the page after a book's bracketed imprint, as English-language notes cite it: `(London, 2002), 190.`, `, 283–323`
_PAGE_AFTER = compiled(r"\),\s*(?:pp?\.\s*)?\d{1,4}(?:\s*[–-]\s*\d{1,4})?(?:[.;]|$)")


def before_its_page(text: str, date: DateMatch) -> bool:
    """Whether a page follows the bracket ``date`` closes (`(London, 2002), 190.`): a book cited, in prose as in a note.

    >>> text = "Purvis, Emmeline Pankhurst (London, 2002), 190. The Congress (Vienna, 1815) redrew the map."
    >>> from histkit.dates import find_dates
    >>> [before_its_page(text, d) for d in find_dates(text)]
    [True, False]
    """
    return _PAGE_AFTER.match(text, date.end) is not None


def is_bracketed_imprint(text: str, date: DateMatch) -> bool:
    """Whether ``date``, a bare year of a note's ``text``, closes a bracket of places before it, a book's imprint (the
    date rounds' rule 64); for notes only, where a bracket after a title holds its imprint.

    >>> from histkit.dates import find_dates
    >>> text = "Lyons, Culture and Anarchy in Ireland, 1890–1939 (Oxford, 1979), p. 19; Pavone (1991); (Washington, D.C., 1960)"
    >>> [(d.surface, is_bracketed_imprint(text, d)) for d in find_dates(text)]
    [('1890–1939', False), ('1979', True), ('1991', False), ('1960', True)]
    """
    return _YEAR.fullmatch(date.surface) is not None and text.startswith(")", date.end) \
        and _PLACES.search(text, max(0, date.start - 60), date.start) is not None



@lru_cache(maxsize=1)
def _source_line() -> re.Pattern:
    forms = sorted({r["form"] for r in data_rows("dates", "source_line_words.csv")}, key=lambda f: (-len(f), f))
    return compiled(rf"[ \t]*(?:{'|'.join(map(re.escape, forms))})\s*:[^\n]*$", re.IGNORECASE)


def in_a_source_line(text: str, start: int) -> bool:
    """Whether ``start`` lies in a line that a word of `source_line_words.csv` and a colon open: the source line under a
    table or figure, which cites as a note does (its bracketed imprints are no dates: `is_bracketed_imprint`).

    >>> text = "Prices rose in 1935.\\nSource: World Production and Prices 1925–1934 (Geneva, 1935), p. 47."
    >>> [in_a_source_line(text, i) for i in (text.find("1935"), text.rfind("1935"))]
    [False, True]
    """
    line = text.rfind("\n", 0, start) + 1
    return _source_line().match(text, line, start) is not None
