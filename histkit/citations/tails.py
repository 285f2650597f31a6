"""The end of a literature reference that the general reader (`references.py`) would take for its title.

The pages cited at the end (`trailing_pages`: `…, 12, 1965, 45–60`, `35 and 48 et seq.`) are not its title.
The full stops Croatian and Serbian put after numbers (`Zagreb, 1980., 145.–150.`) go before it is read.
A cited page in brackets after the pages (`…, 273-307 (281 f)`, `EuZA 2010, 62 (75)`: Austrian legal style) is
not part of the reference's range; a journal's volume, year and issue written with slashes (`Industrielle
Beziehungen 12/2005/2`) or in commas with the word for an issue (`Český časopis historický 88, 1990, č. 2`) end
the title and name the container; prose that goes on after the year and the pages, after a comma, is no part of it.
Words for a volume or an issue are data (``reference_words.csv``).

An earlier edition's bracket after the year (`without_first_edition`, `_EARLIER_EDITION`) is read here apart from
`editions.without_edition_bracket`, asked before it: that one wants a word in small letters and no comma or colon
inside and gives both years, the later cited (a reprint's, `1888 (genoptrykt 1978)`); this one also reads a place
after a comma, a colon, a semicolon inside the imprint's bracket and Hijri years, and drops only a bracket whose year
is earlier, keeping the year before it (`(London, 1913; repr. London, 1963)` stays whole). Neither serves the other's
cases without changing what is read.
"""

from __future__ import annotations

import functools
import re

from .caseless import CASELESS, HIJRI_YEAR
from .notetext import find_dates_covering
from .places import publisher_first_bracket
from .words import (LOWER, MARK, UPPER, YEAR, alternation, forms, journal_word, mark_after, not_page_words, page_mark_shape,
                    word_rows)
from ..patterns import compiled

# `(281 f)`, `(75)`, `(534 ff)`, `(302, 304)` after the pages (not a year: `KZ 24 (1852)` is the journal's volume and year)
# or a comment in brackets after them (`…, 249–273, 256 (Selbstbestimmung als „Leitidee“)`: two words at least, and
# no year: `… 1956/1958 (Zagreb: Liber, 1977)` is the imprint; but one opening with a word in small letters, with no
# colon: `…, 434–449 (erste Fassung von 1926)`)
# (not the year of a work to come: `19 UCLA L. REV. 101 (forthcoming 1998)`)
_CITED_IN_BRACKETS = compiled(rf"(?<=[\d.f])\s*\(\s*(?!{YEAR}\s*\))"
                              rf"(?!(?i:{alternation('reference_words.csv', 'forthcoming')})\s+{YEAR}\s*\))(?:\d+[a-z]?(?:\s*[–—-]\s*\d+)?(?:\s*f+\.?)?"
                                r"(?:\s*,\s*\d+[a-z]?(?:\s*[–—-]\s*\d+)?(?:\s*f+\.?)?)*"
                                rf"|(?![^()]*{YEAR})[^\W\d_][^\s()]*\s[^()]{{1,300}}|{LOWER}[^\W\d_]*\s[^():]{{1,300}})\s*\)\s*\.?\s*$")

# Croatian and Serbian put a full stop after numbers: `Zagreb, 1980., 45.`, `145.–150.`
# (the look-behind asked after the stop: a pattern opening with a character is tried only where it stands)
NUMBER_STOP = compiled(r"\.(?<=\d\.)(?=\s*(?:[–—,-]|$))")
_COMMA_STOP = compiled(r"\.(?<=\d\.)(?=\s*(?:,|$))")

_CONTAINER = rf"(?P<container>[{UPPER}][^,\d()]{{1,119}}?)"


@functools.cache
def issue_words() -> str:
    """The words for a journal's issue before its number: the lists' (kind ``issue``) and a few abbreviations.

    >>> re.fullmatch(issue_words(), "Heft") is not None, re.fullmatch(issue_words(), "Bd.") is not None
    (True, False)
    """
    return rf"(?:{alternation('reference_words.csv', 'issue')}|č\.|br\.|no\.|Nr\.|Heft|H\.)"


@functools.cache
def _journal_tails() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    issue = issue_words()
    # `Industrielle Beziehungen 12/2005/2`, `Managementforschung 24/2014`: volume, year (and issue)
    slashed = compiled(rf",\s*{_CONTAINER}\s+(?P<volume>\d{{1,4}})/(?P<year>{YEAR})(?:/\s*(?P<issue>\d{{1,3}}))?\s*$")
    volume = alternation('reference_words.csv', 'volume')
    # `Český časopis historický 88, 1990, č. 2`: volume, year, and the word for an issue and its number if printed; the
    # year in brackets (`Zgodovinski časopis 52 (1998), št. 3`), the volume after its word and a new series (`Kronika,
    # letnik 46, 1998, zv. 1–2`, `Sborník archivních prací, N. S. 8, 1998`), the issue bare after the year as the
    # Slovene house abbreviates (`ZČ 55, 2001, 2`) or by a word for a part (`zv. 1–2`: a volume's word in the lists)
    # (the words only after a comma: `Werke Bd. 3, 1990` is a book's volume, `volume_word` tells it)
    commas = compiled(rf",\s*{_CONTAINER}(?:\s+|\s*,\s*(?=[^\W\d_])"
                        rf"(?:(?i:{alternation('reference_words.csv', 'new_series')})\s*,?\s*)?(?:(?i:{volume})\s*)?)"
                        rf"(?P<volume>\d{{1,4}})(?:\s*,\s*|\s*\((?={YEAR}\)))(?P<year>{YEAR})\)?"
                        rf"(?:\s*,\s*(?:(?i:{issue}|{volume})\s*)?(?P<issue>\d+(?:\s*[–/-]\s*\d+)?))?\s*$")
    volume_word = compiled(rf"(?:^|\s)(?:{volume})$")
    # `…, Neues zum Streikrecht? JBl 1992`: a journal's abbreviation and the year after a title's question mark
    asked = compiled(rf"(?<=[?!])\s+(?P<container>[{UPPER}][^\s,\d]{{0,14}}(?:\s+[{UPPER}][^\s,\d]{{0,14}})?)\s+"
                       rf"(?P<year>{YEAR})\s*$")
    # `…. Latvijas Vēsture, 2002, Nr. 4`, `…, Journal of Baltic Studies, 2005, Vol. 36, No. 2`, `…, Tuna 1998, nr 3`: the
    # year, then the issue (and the volume before it) by their words, after a comma or a title's full stop (a journal's
    # name of no full stop then: not the title's sentences before it)
    # (or the volume alone after the year, as Polish law reviews print an English journal: `…, Administration &
    # Society 1994, vol. 26`)
    issued = compiled(rf"(?:,|(?<=[^\W\d_]{{2}})\.)\s*(?P<container>[{UPPER}](?:[^,\d().]|\.(?!\s)){{1,119}}?)\s*,?\s+"
                        rf"(?P<year>{YEAR})\s*,\s*(?:(?i:{volume}|vol\.)\s*(?P<volume>\d{{1,4}})\s*,\s*(?i:{issue})\s*"
                        rf"(?P<issue>\d+(?:\s*[–/-]\s*\d+)?)|(?i:{issue})\s*(?P<issue2>\d+(?:\s*[–/-]\s*\d+)?)"
                        rf"|(?i:vol\.?|volume)\s*(?P<volume2>\d{{1,4}}))\s*$")
    return slashed, commas, asked, volume_word, issued


def without_number_stops(text: str) -> str:
    """``text`` without the full stops after numbers before a comma or at the end, and, after its last letter, before
    a dash too: a title keeps its `1945.–1991.`, the pages lose theirs.

    >>> without_number_stops("Hrvatska 1945.–1991., Zagreb 1990., 145.–150.")
    'Hrvatska 1945.–1991, Zagreb 1990, 145–150'
    """
    if not NUMBER_STOP.search(text):
        return text
    last = next((k + 1 for k in range(len(text) - 1, -1, -1) if text[k].isalpha()), 0)
    return _COMMA_STOP.sub("", text[:last]) + NUMBER_STOP.sub("", text[last:])


@functools.cache
def _prose_start() -> re.Pattern:
    # a comma and four words, the first in small letters and not `in` (`…, in: Zeitschrift für …` is the container),
    # nor an editor's or translator's word (`…in Germania 1918-1932, a cura di L. Arcella, …`: the book goes on)
    into = rf"(?:{alternation('reference_words.csv', 'in')}|in|u|dans|en)(?=[\s:])"
    role = "|".join(alternation("reference_words.csv", kind) for kind in ("role", "role_after"))
    return compiled(rf"\s*,\s+(?!{into}|(?:{role})\s){LOWER}[^\W\d_]*(?:[\s,]+[^\W\d_]+){{3}}(?![^\W\d_])")


_PAGES_BEFORE = compiled(r"(?:\d|\bff?\.?|\))\s*$")


def without_prose_after(text: str) -> str:
    """``text`` without the prose that goes on after its year and pages (a short form's pages, when it has no year),
    after a comma.

    >>> without_prose_after("Polanyi, The Great Transformation (2001), 71 ff, hat Boden und Arbeit als Waren bezeichnet")
    'Polanyi, The Great Transformation (2001), 71 ff'
    >>> without_prose_after("Luhmann, Recht, in: Schriften zu Kunst und Literatur, 2008, 276–291")
    'Luhmann, Recht, in: Schriften zu Kunst und Literatur, 2008, 276–291'
    >>> without_prose_after("Polanyi, Transformation, p. 71, who sees land and labour as goods")
    'Polanyi, Transformation, p. 71'
    """
    year = re.search(YEAR, text) or re.search(r"\d", text)
    if year is None:
        return text
    for comma in re.finditer(",", text[year.end():]):  # (after the year and the pages, or a bracket)
        at = year.end() + comma.start()
        if _PAGES_BEFORE.search(text[max(0, at - 8):at]) and _prose_start().match(text, at):
            return text[:at].rstrip()
    return text


@functools.cache
def _first_edition() -> re.Pattern:
    words = alternation("reference_words.csv", "first_edition")
    # (after the year of the edition cited: `2010 (1.ª ed. 1986)`; not a law review's `77 (2d ed. 1999)`; its language
    # or place may stand before the year, and square brackets hold it: `1985 [1re éd. allemande 1979]`, `(ed. or.
    # New York 1941)`)
    return compiled(rf"(?<=\d{{4}})\s*[(\[](?:\d+\s*(?:[.ªº]{{1,2}}|st|nd|rd|th|re|er)?\s*)?(?i:{words})\s*"
                      rf"(?:\d+\s*[.ªº]?\s*)?(?:[^\W\d_]+\.?\s+){{0,3}}{YEAR}[)\]]")


# in a language no list holds, the shape: after the year, a bracket of an ordinal and one to three words and an
# earlier year alone, `(alkuteos 1990)`, `(1. painos 1988)`, `(1-asis leid. Kaunas, 1926)` (not `2020 (Stand 2023)`;
# Armenian marks the word's end with `՝`: `(1-ին հրատ.՝ Թիֆլիս, 1912)`)
# (also after a semicolon inside the imprint's bracket, `(Reykjavík: Sögufélag 1994; 1. útg. 1971)`, and in a bracket
# of its own after the year's, `תש"ח (1948) (המקור: Berlin 1931)`; a later year there is a reprint's, kept: `(London,
# 1913; repr. London, 1963)`)
# (a solar or lunar Hijri year as well, both years of one calendar, and the ordinal after the word before a colon:
# `1395 (چ 1: 1384)`, "1st edition: 1384")
# (a word's letters with their combining marks: Yoruba's `àtúnṣe àkọ́kọ́ 1995`, "first edition", tones over a subdot)
# (the spaces an era's sign leaves after either year, `1992 ዓ.ም.፤ የመጀመሪያ እትም 1980 ዓ.ም.)`: `notetext`'s folds)
_EARLIER_EDITION = compiled(rf"(?P<cited>{YEAR}|{HIJRI_YEAR})(?P<close>\)?)(?:\s*[(\[]|\s*(?P<semicolon>;)\s*)"
                              rf"(?:\d+(?:\.|-[^\W\d_]+)\s*)?(?:(?:[^\W\d_][{MARK}]*)+[.:]?՝?,?\s+){{1,3}}(?:(?<=\s)\d{{1,2}}\s*:\s*)?"
                              rf"(?P<year>{YEAR}|{HIJRI_YEAR})\s*(?P<end>[)\]])")


def without_first_edition(text: str) -> str:
    """``text`` without a bracket naming an earlier edition and its year: the year of the edition cited is before it.

    >>> without_first_edition("Málaga, Algazara, 2010 (1.ª ed. 1986), pp. 14-20")
    'Málaga, Algazara, 2010, pp. 14-20'
    >>> without_first_edition("Łódź 2005 (wyd. 1 1995), s. 7"), without_first_edition("Crítica, 1996 (ed. or. 1993)")
    ('Łódź 2005, s. 7', 'Crítica, 1996')
    >>> without_first_edition("Gaudeamus, 1999 (1. qainos 1988), 45"), without_first_edition("Mintis, 1992 (1-qsis leid. Kaunas, 1926)")
    ('Gaudeamus, 1999, 45', 'Mintis, 1992')
    >>> without_first_edition("(Ósló: Forlag 1994; 1. qtg. 1971), 8"), without_first_edition("(1948) (qqq: Wien 1931), 3")
    ('(Ósló: Forlag 1994), 8', '(1948), 3')
    >>> without_first_edition("(London, 1913; repr. London, 1963)")
    '(London, 1913; repr. London, 1963)'

    The words (`ed. or.`, `wyd.`, `изд.`, `Aufl.`, `first published` …) are ``reference_words.csv``'s, kind
    ``first_edition``; in other languages a bracket of an ordinal, a few words and an earlier year says it by its
    shape (`_EARLIER_EDITION`).
    """
    text = _first_edition().sub("", text)
    return _EARLIER_EDITION.sub(_cited_edition, text)


def _cited_edition(found: re.Match) -> str:
    """What `_EARLIER_EDITION` leaves: the year cited and its bracket's close, unless the other year is no earlier."""
    if found.group("year") >= found.group("cited") or len({found.group("year")[:2] >= "15", found.group("cited")[:2] >= "15"}) > 1:
        return found.group()
    return found.group("cited") + found.group("close") + (found.group("end") if found.group("semicolon") else "")


def without_cited_page(text: str) -> str:
    """``text`` without a cited page in brackets after its pages.

    >>> without_cited_page("Luhmann, Ausdifferenzierung des Rechts (1999), 273-307 (281 f)."), without_cited_page("KZ 24 (1852)")
    ('Luhmann, Ausdifferenzierung des Rechts (1999), 273-307', 'KZ 24 (1852)')
    """
    if not text.rstrip(" .").endswith(")"):
        return text
    return _CITED_IN_BRACKETS.sub("", text)


def journal_tail(head: str, ref: dict) -> str | None:
    """A journal's name, volume, year and issue ending ``head`` (`…, Beziehungen 12/2005/2`, `…, Časopis 88, 1990,
    č. 2`): ``ref`` takes them, and what comes before is returned; None if there are none.

    >>> ref = {}
    >>> journal_tail("Ellguth, Betriebe ohne Betriebsrat, Industrielle Beziehungen 12/2005/2", ref), ref["container"]
    ('Ellguth, Betriebe ohne Betriebsrat', 'Industrielle Beziehungen')
    >>> journal_tail("Dvořáčková, Konfiskace, Český časopis historický 88, 1990, č. 2", ref), ref["issue"]
    ('Dvořáčková, Konfiskace', '2')
    >>> journal_tail("J. Kalniņš. Ostas. Vēstures Žurnāls, 1996, Nr. 3", ref), ref["container"], ref["issue"]
    ('J. Kalniņš. Ostas', 'Vēstures Žurnāls', '3')
    """
    slashed, commas, asked, volume_word, issued = _journal_tails()
    found = slashed.search(head) or commas.search(head) or asked.search(head) or issued.search(head)
    if found is None or volume_word.search(found.group("container").rstrip()) \
            or (found.re is commas and _a_date(found)):  # (`Werke Bd. 3, 1990, …`: a book)
        return None
    parts = found.groupdict(default="")
    if parts.get("volume2") and not _journal_like(parts["container"]):  # (`Llandysul 1988, t. 201`: a place)
        return None
    ref.update(container=parts["container"].strip(), volume=parts.get("volume") or parts.get("volume2", ""), year=parts["year"],
               issue=(parts.get("issue") or parts.get("issue2", "")).replace(" ", ""))
    return head[:found.start()].rstrip(" ,")


def _journal_like(name: str) -> bool:
    """Whether a name before a year and a volume alone is a journal's, not a place's (`London 1994, vol. 2`): it holds
    a word for a journal, or three words or more joined by `of`, `for`, `and` or `&` (`Administration & Society`)."""
    return journal_word().search(name) is not None or (
        len(name.split()) >= 3 and re.search(r"\s(?:of|for|and|&)\s", name) is not None)


def _a_date(found: re.Match) -> bool:
    """Whether a journal's name, volume and year read without an issue are a day (`Trybuna Ludu, June 13, 1962`) or
    a book's one-word title and volume (`Savigny, System 5, 1841`): a journal's name so printed has two words or more."""
    parts = found.groupdict(default="")
    if parts.get("issue") or not parts.get("volume"):
        return False
    words = parts["container"].split()
    # (the house's own readers, which know the months' names: dateparser's fallback, which `parse_date` would ask, costs
    # half a second to set up in each process and no journal's word is a month it alone knows)
    return len(words) < 2 or find_dates_covering(f"{words[-1]} {parts['volume']}, {parts['year']}")


# `PTRS VII (1672) 3075–3087`, `KZ 18 (1846) 149 et 17`: the pages after the year in brackets, no comma between
_PAGES_AFTER_YEAR = compiled(rf"\(\s*{YEAR}\s*\)(?P<after>\s*,?\s*(?P<pages>\d+[a-z]?(?:\s*[–—-]\s*\d+)?(?:\s*f+\.?)?)\s*)$")


def container_pages(container: str, ref: dict) -> str:
    """The container without the pages after its year in brackets, which ``ref`` takes when it has none.

    >>> ref = {"pages": ""}
    >>> container_pages("University of Toronto Law Journal 17 (1967) 1–19", ref), ref["pages"]
    ('University of Toronto Law Journal 17 (1967)', '1–19')
    """
    found = _PAGES_AFTER_YEAR.search(container)
    if found is None:
        return container
    ref["pages"] = ref["pages"] or found.group("pages")
    return container[:found.start("after")]


_CONTAINER_YEAR = compiled(rf"\s*(?:\(\s*(?P<bracketed>{YEAR})\s*\)|,\s*(?P<year>{YEAR}))\s*$")
# a chapter's pages before its book's year in brackets, as the law houses print them: `in BOOK TITLE, 74–91 (2013)`
_PAGES_BEFORE_YEAR = compiled(r"(?:,\s*|\s+)(?P<first>\d{1,4})\s*[–—-]\s*\d{1,4}\s*$")


def container_year(container: str, ref: dict) -> str:
    """The container without the year that ends it (`Böhle/Voß (Hrsg), Handbuch (2010)`, `Schriften, hg. von X, 2008`),
    which ``ref`` takes when it has none.

    >>> ref = {"year": ""}
    >>> container_year("Böhle/Voß (Hrsg), Handbuch Arbeitssoziologie (2010)", ref), ref["year"]
    ('Böhle/Voß (Hrsg), Handbuch Arbeitssoziologie', '2010')

    A chapter's pages before the bracketed year are its pages (`QUALITATIVE RESEARCH ON GAMBLING, 74–91 (2013)`).
    """
    found = _CONTAINER_YEAR.search(container)
    pages = _PAGES_BEFORE_YEAR.search(container, 0, found.start()) if found and found.group("bracketed") else None
    if pages is not None and (re.fullmatch(YEAR, pages.group("first")) or ref.get("pages")):  # (a title's `1914–1918`)
        pages = None
    if found is None or ref["year"] and not (pages and ref["year"] == found.group("bracketed")):  # (the year again)
        return container
    ref["year"] = found.group("bracketed") or found.group("year")
    if pages is None:
        return container[:found.start()]
    ref["pages"] = pages.group().strip(" ,")
    return container[:pages.start()]


@functools.cache
def page_mark() -> str:
    """An alternation of the words that mark the cited pages: those of ``reference_words.csv`` (kind ``page_mark``), and
    a mark by its shape that starts in a small letter (`words.page_mark_shape`: `σ. 45`, `ss. 12-30`, `lk 45` in a
    language none knows; not a volume's `t.`, an issue's `no.`, a box's `šk.`).

    >>> [bool(re.match(f"(?:{page_mark()}) ?4$", pages)) for pages in ("S. 4", "qz. 4", "lk 4", "cz. 4", "no. 4", "Bd. 4")]
    [True, True, True, False, False, False]
    """
    # (and a margin number's mark, cited in the page's place: `…, 14. Aufl. 2019, Rn. 233 ff.`, `a.a.O., Rn. 5`)
    return rf"{alternation('reference_words.csv', 'page_mark')}|{alternation('reference_words.csv', 'margin_mark')}" \
        rf"|(?={LOWER}){page_mark_shape()}"


# (pages joined by a comma or a word for "and": `35 and 48 et seq.`, `S. 35 f. und 48 ff.`, `p. 35 et 48`; a French
# paragraph number, alone or before the page: `n° 130`, `n° 125, p. 45`)
# (the pages joined by a word for "and", `45-52 e 101-115`; the pages that follow marked, `88 sgg.`, `201 и даље`)
# (a preface's Roman page after a mark of one or two small letters, `p. XXIV`, `s. xii`, `pp. xxvi–xxvii`; not a
# volume's `t. II`)
_PAGES_END = compiled(rf"[,:][”\"’]?\s*(?P<pages>{mark_after()}(?=\s*\.?\s*$)|(?!(?i:{not_page_words()})\.){LOWER}{{1,2}}\.\s*(?:[IVXLC]+|[ivxlc]+)(?:\s*[–—-]\s*(?:[IVXLC]+|[ivxlc]+))?\b|(?:n[°º]\s*\d+\s*,\s*(?=pp?\.))?(?:(?:{page_mark()}|n[°º])\s*)?\d+[a-z]?(?:\s*(?:--|[–—-])\s*\d+)?(?:(?:\s*f+\.|\s+(?:{alternation('reference_words.csv', 'following_pages')})\.)?(?:\s*,\s*(?:(?:{alternation('and_words.csv')}|&)\s+)?|\s+(?:{alternation('and_words.csv')}|&)\s+)\d+(?:\s*(?:--|[–—-])\s*\d+)?)*"
                        rf"(?:\s*f+\.?|\s+(?:{alternation('reference_words.csv', 'following_pages')})\b\.?)?)\s*\.?\s*$")

# characters `_PAGES_END` never takes in: its code takes none (a test reads the pattern to say so), and a form of the
# word lists it reads that holds one leaves that one out; a match runs to the text's end, so it begins after the last
# of them and is sought only there (every comma before was tried: `trailing_pages` of the corpus's pieces 0.12 -> 0.05 s)
NOT_IN_PAGES = "".join(c for c in "()/;[]«»“„§" if not any(
    c in row["form"] for name in ("reference_words.csv", "and_words.csv") for row in word_rows(name)))

# whether no form of the word lists `_PAGES_END` reads holds a comma or a colon: then a match's only commas are the
# one it opens with and those its pages are joined by (`12, 45`, `n° 125, p. 45`: `p.` and `pp.` page marks), and
# from each of those a match runs to the end as well, so the commas a match opens at are the last ones of the text
_NO_COMMA_IN_WORDS = not any(c in form for c in ",:" for form in [*forms("and_words.csv"), *(form for kind in (
    "page_mark", "margin_mark", "following_pages") for form in forms("reference_words.csv", kind))]) \
    and {"p.", "pp."} <= set(forms("reference_words.csv", "page_mark"))


def _pages_end(text: str, pos: int) -> re.Match | None:
    """``_PAGES_END.search(text, pos)``, tried from the last comma or colon back, and only while it matches there: the
    search tried every comma of a piece from its start, where a match is rare (`_NO_COMMA_IN_WORDS`)."""
    if not _NO_COMMA_IN_WORDS:
        return _PAGES_END.search(text, pos)
    found, end = None, len(text)
    while (at := max(text.rfind(",", pos, end), text.rfind(":", pos, end))) >= 0:
        tried = _PAGES_END.match(text, at)
        if tried is None and not (found is None and _AND_LAST_PAGE.match(text, at)):
            break  # (a comma before a word for "and" and the last page, `pp. 24, 36, and 132`, opens none: on back)
        found, end = tried or found, at
    return found


_AND_LAST_PAGE = compiled(rf",\s*(?:{alternation('and_words.csv')}|&)\s+\d+(?:\s*[–—-]\s*\d+)?\s*\.?\s*$")


# a year inside the numbers at the end: `Istorijski časopis, 12, 1965, 45–60` (what follows it are the pages)
_YEAR_IN_PAGES = compiled(rf"(?<![\d–—-]){YEAR}\s*,\s*")

# `…, 2:50`: Chicago's volume and colon before the page
_VOLUME_COLON = compiled(r",\s*\d{1,3}:$")


@functools.lru_cache(maxsize=16384)  # (a piece's pages are asked for by several readers, one after another: a quarter again)
def trailing_pages(text: str) -> tuple[int, str]:
    """Where the pages at the end of ``text`` begin (``len(text)`` when none) and the pages; a year among the numbers
    is not a page (`…, 12, 1965, 45–60`: pages `45–60`).

    >>> trailing_pages("Marković, Štampa, Beograd, 1970, 12"), trailing_pages("Eley, Forging Democracy")
    ((31, '12'), (23, ''))

    Chicago's volume before the page (`al-Ḥamawī, Nuzhat, 2:50`) is no part of what comes before the pages:

    >>> trailing_pages("Qasim, Nuzhat, 2:50")
    (13, '50')
    """
    found = _pages_end(text, max(map(text.rfind, NOT_IN_PAGES), default=-1) + 1)
    if not found:
        return len(text), ""
    pages = found.group("pages")
    years = list(_YEAR_IN_PAGES.finditer(pages))
    if not years:
        volume = _VOLUME_COLON.search(text, 0, found.start() + 1) if text[found.start()] == ":" else None
        return (volume.start() if volume else found.start()), pages
    cut = years[-1]
    return found.start("pages") + cut.start() + len(cut.group().rstrip(" ,")), pages[cut.end():]


# Dutch and Swedish books print the place and year in brackets, with no publisher, the pages after them:
# `Titel (Amsterdam 1985) 45`, `Titel (Stockholm 1968), s. 301`, `(2e dr.; Amsterdam 1994)`, `(diss. Uppsala 1979)`;
# British ones with a comma between them, after an edition or a series and before an earlier edition: `(Leeds, 1979)`,
# `(2nd edn, Leeds, 1979; 1st edn, 1962)`; of two places and years the last, a reprint's: `(London, 1913; repr.
# London, 1963)`; the volume cited may come before the pages: `(…, Leeds, 1988), vol. ii, p. 211`
# (not French and Italian `(Paris, Fayard, 1988)`: the place, then its publisher, is `place_year_bracket`'s to refuse)
# (a place in a script without case, one or two of its words: `(ווילנע, 1930)`)
# a town in a bracketed imprint: one or two capitalised words, two joined by a slash (`Frankfurt/Main`) or by a word of
# the lists (`Frankfurt am Main`, `Kingston upon Hull`, `Las Palmas de Gran Canaria`: kind ``place_joiner``); two towns by
# a word for "and"
_TOWN = (rf"[{UPPER}][\w’'.-]+(?:[ /-][{UPPER}][\w.-]+)?(?:\s(?:{alternation('reference_words.csv', 'place_joiner')})\s"
         rf"[{UPPER}][\w.-]+(?:\s[{UPPER}][\w.-]+)?)?")
_PLACE_YEAR_BRACKET = compiled(
    rf"\((?P<before>[^()]{{0,60}}[;,]\s*(?:[^\W\d_]+\.\s+)?|[^\W\d_]+\.\s+)?(?P<place>{_TOWN}"
    rf"(?:\s(?:&|{alternation('and_words.csv')})\s{_TOWN})?"
    rf"|[{CASELESS}][{CASELESS}’'-]*(?:\s[{CASELESS}][{CASELESS}’'-]*)?)"
    rf"(?:\s+|(?P<comma>,)\s*)(?P<publisher>)(?P<year>{YEAR})(?:\s*\[{YEAR}\])?"
    rf"(?:\s*;[^();]{{0,40}}?(?<![\d–—-]){YEAR})?\)"
    rf"(?=\s*,?\s*(?:(?:{alternation('reference_words.csv', 'volume')})\s*(?:\d+|[ivxlc]+|[IVXLC]+)\s*,\s*)?"
    rf"(?:(?:{alternation('reference_words.csv', 'page_mark')})\s*)?\d|\s*\.?\s*$"
    rf"|\s*,?\s*[^\W\d_]{{1,8}}\.\s*(?:\d|[IVXLC]+\b|[ivxlc]+\b))")  # (or a division cited: `chap. 1`, `Kap. IV`)


_CAPITALISED_NO_DIGIT = compiled(rf"[{UPPER}][^\d]*$")  # (a publisher's name after its place: `Fayard`)


def place_year_bracket(text: str) -> re.Match | None:
    """`_PLACE_YEAR_BRACKET` in ``text``, unless what it takes for the place after a comma is a publisher after its
    place, a part in capitals with no digit before it: `(Paris, Fayard, 1988)`.

    >>> place_year_bracket("Title (2nd edn, Leeds, 1979), 4").group("place"), place_year_bracket("Title (Paris, Fayard, 1988)")
    ('Leeds', None)
    >>> [place_year_bracket(f"Titel ({place}, 2011), 10").group("place") for place in ("Frankfurt am Main", "Frankfurt/Main")]
    ['Frankfurt am Main', 'Frankfurt/Main']
    """
    found = _PLACE_YEAR_BRACKET.search(text)
    if found is None or not found.group("comma") or not found.group("before"):
        return found
    last = re.split(r"[,;]", found.group("before").strip(" ,;"))[-1].strip()
    return None if _CAPITALISED_NO_DIGIT.match(last) else found


# Québec's house (the *Revue d'histoire de l'Amérique française*) prints a book's imprint in brackets with commas only,
# place, publisher, year, and the pages bare after it: `Titre (Montréal, Boréal, 1989), 17-24`, `(Sainte-Foy, Presses de
# l'Université Laval, 1996)`; the place is one name (hyphens join its parts), the publisher opens with a capital and holds
# no digit and no bracket; a digit or the note's end follows, so a bracketed aside of names is not taken
_PUBLISHER_BRACKET = compiled(
    rf"\(\s*(?P<place>[{UPPER}][\w’'.-]+)\s*,\s*(?P<publisher>[{UPPER}][^()\d,;:]{{1,80}}?)\s*,\s*(?P<year>{YEAR})\s*\)"
    rf"(?=\s*,?\s*(?:(?:{alternation('reference_words.csv', 'page_mark')})\s*)?\d|\s*\.?\s*$)")


def publisher_bracket(text: str) -> re.Match | None:
    """`(Place, Publisher, Year)` in ``text``, the bracketed imprint of commas that `place_year_bracket` leaves.

    >>> publisher_bracket("Titre (Montréal, Boréal, 1989), 17-24").group("place", "publisher", "year")
    ('Montréal', 'Boréal', '1989')
    """
    # (the publisher first where a publisher's word or a listed house is in it, or a listed town after it: `(Oxford
    # University Press, Oxford, 2003)`, `(Gallimard, Paris, 1990)`, `(Kräner, Stuttgart, 1990)`)
    return publisher_first_bracket(text) or _PUBLISHER_BRACKET.search(text)
