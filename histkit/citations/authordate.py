"""Author–date (APA) references: the date in brackets after the authors (`read_author_date`).

``Lastname, A. B., & Other, C. (2001). Title of work. Journal Name, 12(3), 45–67.``,
``Lastname, A. (2001). Book title (2nd ed.). Publisher.``, an organisation as the
author (``Boston Public Library. (2020). Title. URL``), a newspaper's day
(``(2014, February 28)``), no date (``(n.d.)``), and the short form cited in the
text (``(Lastname, 2001, p. 4)``). A reference of persons may open any sentence
of a note (after the author's comment); an organisation's opens the note.
"""

from __future__ import annotations

import functools
import re

from ..dates import month_names, says_undated
from .vancouver import is_vancouver, read_vancouver
from .words import PAGE_MARK_SHAPE, PAGE_RANGE, UPPER, YEAR, alternation, forms
from ..patterns import compiled

_UPPER = "A-ZÀ-ÞĀ-ŽА-ЯЂЉЊЋЏ"
_SURNAME = rf"(?:(?:{alternation('name_particles.csv')})\s)*[{_UPPER}][\w’'-]+(?:[\s-][{_UPPER}][\w’'-]+)?"
_INITIALS = rf"[{_UPPER}][a-z]?\.(?:[\s-]{{0,2}}[{_UPPER}][a-z]?\.){{0,2}}"
# `(2001)`, `(2001a)`, `(2014, February 28)`, `(n.d.)`: what is in the brackets is checked by `_date`
_DATE = r"\((?P<date>[^()]{1,40})\)"
_URL = compiled(r"\s*(?:https?://|www\.|doi:\s*)\S+", re.IGNORECASE)
_JOURNAL = compiled(r"^(?P<container>[^\d]+?),?\s+(?P<volume>\d+)\s*(?:\((?P<issue>[^()]{1,15})\))?"
                      r"(?:\s*[,:]\s*(?P<pages>(?:(?:pp?|S)\.\s*)?[\dA-Za-z]*\d+(?:\s*[–—-]\s*\d+)?))?\s*[,.]?$")
_TANDF_TAIL = compiled(r",\s*(?P<container>[^,]{2,120}),\s*(?P<volume>\d{1,4})\s*:\s*(?P<issue>\d{1,4}),\s*"
                       r"(?P<pages>\d+\s*[–—-]\s*\d+)\.?\s*$")
_IN_BOOK = compiled(rf"^(?:In|in):?\s+(?:(?P<editors>[^()]{{2,120}}?)\s*\((?:[Ee]ds?|Hrsg|Hg)\.?\),?\s*)?(?P<book>.+?)"
                    rf"(?:\s*\((?:pp?\.\s*)?(?P<pages>\d+\s*[–—-]\s*\d+)\)|,\s*(?:pp?\.\s*)?(?P<pages2>\d+\s*[–—-]\s*\d+)"
                    rf"(?:\s*\({YEAR}\))?)?$")
_EDITED_BY = compiled(r",\s+edited\s+by\s+(?P<editors>[^,]{2,120})$")
# Harvard's quoted title, a comma after its closing quote
_QUOTED_TITLE = compiled(r"^[‘'\"“](?P<title>[^‘’'\"“”]{3,300}?)[’'\"”],\s+(?P<rest>\S.*)$")
_IMPRINT_END = compiled(r",\s*(?P<place>[A-Z][^,:;()]{1,40}):\s*(?P<publisher>[^,:;()]{2,80}?)\.?\s*$")
_TRAILING_BRACKETS = compiled(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])\s*$")
# `Ks.`, `vrt.`, `ks. myös`: an abbreviation of two to five letters (and a short word) before a short form, a lead word
_LEAD = compiled(r"^[^\W\d_]{2,5}\.(?:\s+[^\W\d_]{1,5})?:?\s+")


@functools.cache
def _heads() -> tuple[re.Pattern, ...]:
    """The opening of a reference by persons (any sentence of a note) and by an organisation (the note's start), the
    date in brackets; by persons with the year bare; and by persons named in the other orders of other houses."""
    joiner = rf"(?:&|{alternation('and_words.csv')})"
    person = rf"{_SURNAME},\s*{_INITIALS}"
    # one way only to read what stands between two persons, and at most 20 of them, never given back: a
    # list of names that no date follows is given up at once (tried every way, it took exponential time)
    persons = rf"{person}(?:(?:,\s*|\s+)(?:{joiner}\s+|&\s*)?{person}){{0,19}}+(?:,?\s+et\s+al\.)?"
    # (a second reference of a list after its word for "and": `…; and Taylor, J. M. (2019).`; a screen name in square
    # brackets after the person, as APA 7 cites a video or a post: `Afolabi, S. [History Matters]. (2021, February 10).`)
    by_persons = compiled(rf"(?:^|(?<=[.!?:;]\s))(?:{joiner}\s+)?(?P<authors>{persons})(?:\s*\[[^\[\]]{{2,80}}\]\.?)?"
                          rf"\s*{_DATE}\.\s+(?=\S)")
    by_body = compiled(rf"^(?P<authors>[{_UPPER}][^().;:\d]{{2,120}}?)\.\s*{_DATE}\.\s+(?=\S)")
    # the year without brackets, a full stop after it: `BOGDANIĆ, M. 1997. Naslov. Zagreb.`
    by_persons_bare = compiled(rf"(?:^|(?<=[.!?:;]\s))(?P<authors>{persons})\s+(?P<date>{YEAR})[a-z]?\.\s+(?=\S)")
    # the forenames before the surnames, a full stop after the date (`E. Campbell (2015). Title.`, a forename written
    # out only for the first and only where the note or its piece opens) or a comma (`M.D. Griffiths, D. King and P.
    # Delfabbro (2014), Title`: initials only, as `R. Dolzer & M. Stevens, Bilateral Investment Treaties (1995), 58`
    # is a book after its authors; also where a sentence opens, not after an initial, `by G. L. Williams (1947)`); the
    # Chicago house's forename after the surname and a bare year (`Campbell, Elaine. 2015. Title.`); the Vancouver
    # house's initials without stops, no stop after the date (`Meyer G, Hayer T (2009) Title.`); every surname with a
    # small letter (not an archive's code, `TNA FO`, nor `… des Rechts. Band I-IV (2015). On …`, prose)
    small = r"(?=[^\s\d]*[a-zà-ÿā-ž])"
    initialled = rf"{_INITIALS}\s*{small}{_SURNAME}"
    natural = rf"(?:{_INITIALS}\s*|[{_UPPER}][a-z]+\s+(?:[{_UPPER}]\.\s*)?){small}{_SURNAME}"
    more = rf"(?:(?:,\s*|\s+)(?:{joiner}\s+|&\s*)?{initialled}){{0,9}}+(?:,?\s+et\s+al\.)?"
    naturals = rf"{natural}{more}"
    by_natural = compiled(rf"^(?P<authors>{naturals})\s*{_DATE}\.\s+(?=\S)")
    # (a comma before and after the date: `Peter Leyland, (2021), The Constitution …. Bloomsbury.`; not one after it
    # alone, where a sentence goes on: `Interim Rules (2014), the assets of a fund include …`)
    by_natural_commas = compiled(rf"^(?P<authors>{naturals}),\s*{_DATE},\s+(?=\S)")
    by_initialled = compiled(rf"(?:^|(?<=[.!?;]\s)(?<!\b[{_UPPER}]\.\s))(?P<authors>{initialled}{more})\s*{_DATE},\s+(?=\S)")
    forename = rf"{_SURNAME},\s*[{_UPPER}][^\W\d_]+(?:\s+[{_UPPER}]\.)?"
    # (the others forename first, a middle initial's stop the one ending the names: `Ibarra, Tomás, and Paula J.
    # Merriman. 2014.`, `Merriman, Paula J. 2020.`)
    other = rf"[{_UPPER}][^\W\d_]+(?:\s+[{_UPPER}]\.)?\s+{_SURNAME}"
    by_forename_bare = compiled(rf"^(?P<authors>{forename}(?:,?\s+(?:{joiner}\s+)?{other}){{0,3}})"
                                rf"(?:(?<=\.)|\.)\s+(?P<date>{YEAR})[a-z]?\.\s+(?=\S)")
    # (the UK's Harvard house in notes as Vancouver's names, the last joined by "and", a stop after an initial or the
    # date: `Secker J and Morrison C. (2016) Title.`, `Gibbs G (1988). Title.`)
    bare = rf"(?=[^\s\d]*[a-z]){_SURNAME}\s+[{_UPPER}]{{1,3}}\b\.?"
    by_vancouver = compiled(rf"^(?P<authors>{bare}(?:(?:,\s*|\s+{joiner}\s+){bare}){{0,9}}(?:,?\s+et\s+al\.?)?)\s*"
                            rf"{_DATE}\.?\s+(?=[{_UPPER}])")
    # Taylor & Francis's "cite this article": no stop after the date, the journal's volume and issue joined by a colon
    # (`Elaine Campbell (2015) Title, The Law Teacher, 49:2, 165-175`)
    by_tandf = compiled(rf"^(?P<authors>{naturals})\s*{_DATE}\s+(?=[{_UPPER}].*{_TANDF_TAIL.pattern})")
    return (by_persons, by_body, by_persons_bare, by_natural, by_natural_commas, by_initialled, by_forename_bare,
            by_vancouver, by_tandf, *_house_heads(persons))


def _house_heads(persons: str) -> tuple[re.Pattern, ...]:
    """The openings of the social sciences' houses that put no full stop after the date: Harvard's (`Ferrand, L. and
    Oduya, B. (2009) 'Title', …`, a body's `OECD (1968) Title.`), the German colon (`Kühnel, S./Ebner, T. (2001):
    Titel.`, `Hartmann, Jürgen (1987):`, `Statistisches Bundesamt (Hrsg.) (1958):`); and a body before a bare year
    (Chicago's `World Bank. 2005. Title.`). A body's name holds no comma, digit or stop and opens the piece."""
    title = r"(?=[A-Z*‘'\"“„«]|[^\W\d_]*[A-Z])"  # (a capital or a quote opens the title: not `(2001) argues that`)
    by_harvard = compiled(rf"(?:^|(?<=[.!?;]\s))(?P<authors>{persons})\s*{_DATE}\s+{title}")
    person = rf"{_SURNAME},\s*(?:{_INITIALS}|[{_UPPER}][^\W\d_]+(?:[\s-][{_UPPER}][^\W\d_]+)?(?:\s+[{_UPPER}]\.)?)"
    edited = r"(?:\s*\((?:Hrsg|Hg|Eds?|eds?|coords?|Coords?)\.?\))?"
    by_colon = compiled(rf"^(?P<authors>{person}(?:\s*/\s*{person}){{0,5}}(?:\s+et\s+al\.)?){edited}\s*{_DATE}:\s+(?=\S)")
    body = rf"[{_UPPER}][^().;:,\d]{{1,120}}?"
    # (a body's title opens with a letter or a quote: not a gazette's issue or a newspaper's day, `СУ РСФСР. 1921. №
    # 44`, `Звязда. 1926. 2 крас.`)
    worded = r"(?=[^\W\d_]|[‘'\"“„«])"
    by_body_colon = compiled(rf"^(?P<authors>{body}){edited}\s*{_DATE}:\s+{worded}")
    by_body_harvard = compiled(rf"^(?P<authors>{body})\s+{_DATE}\s+{title}")
    by_body_bare = compiled(rf"^(?P<authors>{body})\.\s+(?P<date>{YEAR})[a-z]?\.\s+{worded}")
    return by_harvard, by_colon, by_body_colon, by_body_harvard, by_body_bare


# what every opening of `_heads` ends in: the date's closing bracket, or the bare year, then a full stop (or a comma
# or a colon, or a letter or a quote opening the title after the bracket) and more
_HEAD_END = compiled(r"\)[.,:]\s+\S|\d[a-z]?\.\s+\S|\d\)\s+(?:[^\W\d_]|[*‘'\"“„«])")

_CITED = compiled(rf"^\((?P<authors>{_SURNAME}(?:\s+(?:&|and)\s+{_SURNAME}|\s+et\s+al\.)?),?\s+(?P<year>{YEAR})[a-z]?"
                    r"(?:,\s*(?P<pages>(?:pp?\.\s*)?\d+(?:\s*[–—-]\s*\d+)?))?\)\.?$")


def author_date_head(text: str) -> re.Match | None:
    """Where an author–date reference opens in ``text``: its authors and the date in brackets after them.

    >>> author_date_head("As argued there. Smith, J., & Doe, A. (2001). A title. Press.").group("authors")
    'Smith, J., & Doe, A.'
    >>> author_date_head("Smith (2001) argues that. Title.") is None
    True
    >>> author_date_head("Doe, A. (2018). A. Press; and Roe, B. [Roe TV]. (2019, May 2). A video [Video].").group("authors")
    'Doe, A.'
    >>> author_date_head("A list; and Roe, B. [Roe TV]. (2019, May 2). A video [Video]. YouTube.").group("authors")
    'Roe, B.'
    """
    if not _HEAD_END.search(text):  # (a quick refusal: every opening ends in `(…). Title` or `Name 1997. Title`)
        return None
    for pattern in _heads():
        for m in pattern.finditer(text):
            if _date(m.group("date")) is not None:
                return m
    return None


def is_author_date(text: str) -> bool:
    """Whether ``text`` holds an author–date reference or is the short one cited in the text.

    >>> is_author_date("Lastname, A. (2001). Book title (2nd ed.). Publisher."), is_author_date("(Lastname, 2001, p. 4)")
    (True, True)
    >>> is_author_date("Vuković 1989: 20."), is_author_date("HDA 1945: 12"), is_author_date("Harjunpää 1985, 60–62.")
    (True, False, True)
    >>> is_author_date("Qrz. Harjunpää 1985, 100"), is_author_date("qrz. Hartwell 1996, 90"), is_author_date("Berlin 1985, 1 f")
    (True, True, False)
    """
    return bool(_cited(text) or author_date_head(text) or is_vancouver(text))  # (Vancouver: its names then its year)


# ABNT's short form, the surnames in capitals and the page always marked: `CHOLODENKO, 1991a, p. 10, 22 e 29`,
# `SOUZA; LIMA, 2001, p. 4`, `SILVA et al., 1990, p. 3-5, n. 2` (the mark keeps an archive's code and a year apart),
# or the whole work cited, nothing after its year: `Cf. SILVA, 2002.` (an archive's code and a year alone cite
# no file)
_CITED_CAPITALS = compiled(
    rf"^(?P<authors>[{UPPER}]{{3,}}(?:[\s-][{UPPER}]{{2,}})*(?:\s*;\s*[{UPPER}]{{3,}}(?:[\s-][{UPPER}]{{2,}})*){{0,3}}"
    rf"(?:\s+et\s+al\.)?),\s*(?P<year>{YEAR})[a-z]?(?:,\s*(?P<pages>pp?\.\s*\d+(?:\s*[–—-]\s*\d+)?"
    r"(?:\s*(?:,|\be\b|\band\b|\by\b)\s*\d+(?:\s*[–—-]\s*\d+)?)*)(?:,\s*n(?:ota)?\.?\s*\d+)?)?\.?$")


def _cited(text: str) -> re.Match | None:
    """The short form cited in a note: `(Lastname, 2001, p. 4)`, or `Lastname 2001: 4` without brackets, also after an
    abbreviation that no list may hold as a lead word (`Ks. Harjunpää 1985, 100`, `vrt. Hartwell 1996, 90`), and
    ABNT's `LASTNAME, 2001, p. 4`."""
    text = text.strip()
    found = _CITED.match(text) or _cited_bare().match(text) or _CITED_CAPITALS.match(text) or _cited_narrative().match(text)
    lead = _LEAD.match(text) if found is None else None
    return found or (_cited_bare().match(text[lead.end():]) if lead else None)


def _named_persons() -> tuple[str, str]:
    """What joins two persons (`&`, a word for "and") and a surname with a small letter (not an archive's code, `HDA`),
    as the short forms without the brackets around them write them."""
    return rf"(?:&|{alternation('and_words.csv')})", rf"(?=[^\s\d]*[a-zà-ÿā-žа-яђљњћџ]){_SURNAME}"


@functools.cache
def _cited_bare() -> re.Pattern:
    """The short form without brackets, its page after a colon or a comma: `Vuković 1989: 20`, `Kos i Novak 2001: 5-7`,
    `Harjunpää 1985, 60–62`, `Hansen 1990, s. 12`; the surname has a small letter, so that an archive's code before a
    number (`HDA 1945: 12`) is not read as one."""
    joiner, surname = _named_persons()
    # (three names, the last after a comma and "and": `Ashworth, Feldstein, and Ibarra 2014, 18`; `et al.`; the next
    # page or pages after the cited one, `112 f.`)
    names = rf"{surname}(?:(?:\s*,\s*(?={surname}\s*,?\s+{joiner}\s)|,?\s+{joiner}\s+){surname}){{0,3}}(?:\s+et\s+al\.)?"
    return compiled(rf"^(?P<authors>{names})\s+(?P<year>{YEAR})[a-z]?(?::|,(?=\s))\s*"
                      rf"(?:{PAGE_MARK_SHAPE})?(?P<pages>{PAGE_RANGE})(?:\s*ff?\.)?\.?$")


@functools.cache
def _cited_whole_pattern() -> re.Pattern:
    joiner, surname = _named_persons()
    return compiled(rf"^(?P<authors>{surname}(?:\s+{joiner}\s+{surname})?(?:\s+et\s+al\.)?)\s+(?P<year>{YEAR})[a-z]?(?P<pages>)$")


def cited_whole(text: str) -> bool:
    """Whether ``text`` is a work cited whole in the social sciences' short form (`_cited_whole`).

    Asked by the classifier of a piece the splitter has cut (`is_literature`), never by the splitter of what stands
    before a sentence's full stop (`is_author_date`, `looks_like_literature`): there a town and a year open a title
    (`Vidi: Zagreb 1918. Sjećanja suvremenika, …`), as a surname and a year would.

    >>> cited_whole("Minchin and Ross 2003"), is_author_date("Zagreb 1918")
    (True, False)
    """
    return _cited_whole(text) is not None


def _cited_whole(text: str) -> re.Match | None:
    """The whole work cited in the social sciences' short form, no page after its year: `Minchin and Ross 2003`,
    `Wehling 1983`, `Gil Serrano 1989`, `Landi et al. 2004b`. A month before a year (`Juli 1990`, `May 1968`) is a
    date, not a surname, and a full stop after the year ends a sentence the piece goes on after: those are refused.

    >>> _cited_whole("Minchin and Ross 2003").group("authors"), _cited_whole("Gil Serrano 1989").group("year")
    ('Minchin and Ross', '1989')
    >>> _cited_whole("Juli 1990"), _cited_whole("Zagreb 1918.")
    (None, None)
    """
    found = _cited_whole_pattern().match(text.strip())
    if found is None or any(word.lower() in month_names() for word in found.group("authors").split()):
        return None
    return found


@functools.cache
def _cited_narrative() -> re.Pattern:
    """The short form as a sentence names it, the year and page in brackets after the authors: `Wehling (1977, p. 171)`,
    `Morais, Dias (1955, p.232-250)`, `Kos i Novak (2001)`, `Capra (1998), p.32`, the social sciences' colon before
    the page, `Smith et al. (2004a: 12–15)`, `Ravanel et al. (1980a : 12-15)`; each surname with a small letter (not
    `TNA, FO (1950)`).

    >>> _cited_narrative().match("Landi et al. (2004b: 12-15).").group("authors", "year", "pages")
    ('Landi et al.', '2004', '12-15')
    """
    joiner, surname = _named_persons()
    # (or the page after the bracket, marked: `Capra (1998), p.32.`)
    return compiled(rf"^(?P<authors>{surname}(?:(?:\s*,\s*|\s+{joiner}\s+){surname}){{0,3}}(?:\s+et\s+al\.)?)\s*"
                    rf"\((?P<year>{YEAR})[a-z]?(?:\s*[,:]\s*(?:{PAGE_MARK_SHAPE})?(?P<pages>{PAGE_RANGE}))?\)"
                    rf"(?:,\s*(?:{PAGE_MARK_SHAPE})(?P<after>{PAGE_RANGE}))?\.?$")


def read_author_date(text: str, ref: dict) -> bool:
    """Fill ``ref`` from an author–date reference in ``text``; False (``ref`` untouched) if there is none.

    >>> ref = {}
    >>> read_author_date("Lastname, A. B., & Other, C. (2001). Title of work. Journal Name, 12(3), 45–67", ref)
    True
    >>> ref["authors"], ref["year"], ref["title"], ref["container"], ref["volume"], ref["issue"], ref["pages"]
    ('Lastname, A. B., & Other, C.', '2001', 'Title of work', 'Journal Name', '12', '3', '45–67')

    A bracket at the end of the title says what the work is (`(2nd ed.)`,
    `[PowerPoint slides]`, a report's number): it is left out of the title; a
    description in square brackets is the container, and what follows it the publisher.
    """
    cited = _cited(text) or _cited_whole(text)
    if cited:
        after = cited.groupdict().get("after")  # (the page after the bracket: `_cited_narrative`)
        ref.update(authors=cited.group("authors"), year=cited.group("year"), pages=cited.group("pages") or after or "")
        return True
    head = author_date_head(text)
    if head is None:
        return read_vancouver(text, ref)  # (the year after the title: `Keane M. Title. Soc Hist Med. 2012;25(3):612-31`)
    ref.update(authors=head.group("authors").strip(" ,"), year=_date(head.group("date")))
    tail = _TANDF_TAIL.search(text, head.end())
    if tail is not None:  # (`…, The Law Teacher, 49:2, 165-175`: the title is all before the journal)
        ref.update(title=text[head.end():tail.start()].strip(), **{k: tail.group(k).strip() for k in
                                                                   ("container", "volume", "issue", "pages")})
        return True
    imprint = _IMPRINT_END.search(text, head.end()) if head.group().rstrip().endswith(",") else None
    if imprint is not None:  # (`K. Du (2019), Title, Accra: Sub-Saharan.`: commas part the title and the imprint)
        ref.update(title=text[head.end():imprint.start()].strip(), place=imprint.group("place").strip(),
                   publisher=imprint.group("publisher").strip())
        return True
    sentences = _sentences(_URL.sub("", text[head.end():]).strip())
    dated = bool(re.search(r"[^\W\d]", head.group("date"))) and not says_undated(head.group("date"))
    _read_rest(sentences, ref, dated)
    return True


def _read_rest(sentences: list[str], ref: dict, dated: bool) -> None:
    """Title, and the journal (name, volume, issue, pages) or the publisher, from the sentences after the date."""
    sentences = [s for s in sentences if not re.fullmatch(r"\(.*\)|\[.*\]", s.rstrip("."))]  # `(ED401163).`
    if not sentences:
        return
    quoted = _QUOTED_TITLE.match(" ".join(sentences))
    if quoted:  # Harvard's `'Title', Journal, 51(4), pp. 512–534`: the quotes end the title, a comma after them
        sentences, dated = [quoted.group("title")] + _sentences(quoted.group("rest")), False
    # a newspaper's day (`(2014, February 28)`): the paper is the last sentence, the title all before it
    cut = len(sentences) - 1 if dated and len(sentences) > 1 else 1
    title = " ".join(sentences[:cut]).rstrip(".")
    described = ""
    while (tail := _TRAILING_BRACKETS.search(title)) and tail.start() > 0:
        if tail.group().strip().startswith("["):
            described = tail.group().strip(" []")
        title = title[:tail.start()]
    ref["title"] = re.sub(r"^[„“\"«‘](.*?)[.,]?[“”\"»’]$", r"\1", title.strip(" ,"))  # (`„Naslov“.`, `"Title."`)
    rest = [s.strip(" .,") for s in sentences[cut:] if s.strip(" .,")]
    journal = _JOURNAL.match(re.sub(r"^[Ii]n:\s+", "", rest[0])) if rest else None  # (`In: Zeitschrift 53 (2), S. 2`)
    if journal:
        ref.update({k: (journal.group(k) or "").strip(" ,") for k in ("container", "volume", "issue", "pages")})
        return
    chapter = _IN_BOOK.match(rest[0]) if rest else None
    if chapter:  # `In A. Editor (Ed.), Book title (pp. 45–67)`, `In BOOK TITLE, 327–346 (2014)`: a chapter's book
        ref.update(container=chapter.group("book").strip(" ,"), pages=chapter.group("pages") or chapter.group("pages2") or "")
        if chapter.group("editors"):
            ref["editors"] = chapter.group("editors").strip(" ,")
        edited = _EDITED_BY.search(ref["container"])  # (Chicago's `In Book, edited by Name, 201–34`)
        if edited:
            ref.update(container=ref["container"][:edited.start()], editors=edited.group("editors"))
        if len(rest) > 1:
            ref["publisher"] = rest[1]
        return
    if described:  # `[Conference Session]. North Carolina … Conference`: what it is, then where it was given
        ref["container"] = described
    key = "container" if dated and not described else "publisher"
    if rest:
        ref[key] = rest[0]


def _date(text: str) -> str | None:
    """The year of the date in brackets after the authors, "" for no date (`n.d.`), None if it is not a date."""
    year = re.match(rf"\s*({YEAR})[a-z]?(?:\s*,\s*[^\W\d][^()]*\d?)?\s*$", text)
    if year:
        return year.group(1)
    return "" if says_undated(text) and len(text) <= 8 else None


def _sentences(text: str) -> list[str]:
    """``text`` cut after each full stop, question or exclamation mark that ends a sentence outside brackets.

    >>> _sentences("Street Law, Inc.: context (Vol. 2). Journal, 2(1).")
    ['Street Law, Inc.: context (Vol. 2).', 'Journal, 2(1).']
    """
    out, depth, start = [], 0, 0
    for m in re.finditer(r"[(\[]|[)\]]|[.?!][”\"’]?(?=\s+\S)", text):  # (`"Title." Journal`: after the quote)
        mark = m.group()[0]
        if mark in "([":
            depth += 1
        elif mark in ")]":
            depth = max(depth - 1, 0)
        elif depth == 0 and not _abbreviation(text[:m.start() + 1]):
            out.append(text[start:m.end()].strip())
            start = m.end()
    return [s for s in out + [text[start:].strip()] if s]


def _abbreviation(before: str) -> bool:
    """Whether the full stop ending ``before`` closes an initial (`J.`) or an abbreviation (`Inc.`), not a sentence."""
    word = before.rsplit(None, 1)[-1] if before.strip() else ""
    return bool(re.fullmatch(rf"[(\[]?[{_UPPER}]\.", word)) or word.lstrip("([") in _abbreviations()


@functools.cache
def _abbreviations() -> frozenset:
    return frozenset(forms("abbreviations.csv"))
