"""British legal scholarship's house (OSCOLA), and its Canadian kin (the McGill Guide): what follows a title, with no
comma before it.

An article's journal comes after its year in brackets, round when the volume follows, square when the year is the
volume: `A Smith, 'Title' (1990) 106 LQR 123, 130`, `E Fairlie, 'Title' [1988] CLJ 402, 410` (the first page, then the
page cited). A book's edition, publisher or series and year stand in brackets after its title, the page cited after
them: `R Thornbury, Title (5th edn, OUP 2019) 123`, `W Harcourt (ed), Title (Selden Society vol 131, 2012) 44`.
"""

from __future__ import annotations

import re

from ..dates import find_dates
from .containers import container_editors
from .places import publisher_named
from .press import press_issue
from .words import YEAR, alternation
from ..patterns import compiled

# `(1990) 106 LQR 123`, `[1988] CLJ 402`: the year, the volume if any, the journal's name or abbreviation, its first
# page
# (its issue in brackets after the volume: `(2016) 37(3) Statute Law Review 212`; after a colon, and the page cited
# after `at` with no comma, in the McGill Guide: `(1998) 43:2 McGill LJ 311 at 315`)
# (the pages that follow the one cited, `191 ff`, `191 et seq`, as every house prints them; the listed word for a page
# before it, `p.`, `pp.`, `S.`)
_LISTED_PAGE_MARK = rf"(?:(?:{alternation('reference_words.csv', 'page_mark')})\s*)?"
_FOLLOWING = rf"(?:\s*f{{1,2}}\.?|\s+(?:{alternation('reference_words.csv', 'following_pages')})\b\.?)?"
# (an issue may be a double one: `(2020) 26(8-9) Trust & Trustees 756`, `12(3/4)`)
_ISSUE = r"\d{1,3}(?:\s*[–—/-]\s*\d{1,3})?"
# the year in brackets that opens the container, with the letter an author–date list may give it (`[1982b]`)
_YEAR_BRACKET = rf"^[(\[](?P<year>{YEAR})[a-z]?[)\]]\s+"
_JOURNAL = compiled(rf"{_YEAR_BRACKET}(?:(?P<volume>\d{{1,4}})(?:\s*\((?P<issue>{_ISSUE})\)"
                    r"|:(?P<colon_issue>\d{1,3}))?\s+)?"
                    rf"(?P<journal>[^\W\d_][^\d()\[\]]*?)\s+(?P<first>\d+)(?:\s*[–—-]\s*\d+)?{_FOLLOWING}"
                    r"(?:\s+at\s+\d+(?:\s*[–—-]\s*\d+)?)?\s*$")
# `[2007] Modern Law Review, 70(6)`: the bracketed year, then the journal with its volume and issue after it, as other
# houses print them (the pages read before)
_JOURNAL_VOLUME = compiled(rf"{_YEAR_BRACKET}(?P<journal>[^\W\d_][^\d()\[\]]*?)[\s,]+(?P<volume>\d{{1,4}})"
                           rf"(?:\s*\((?P<issue>{_ISSUE})\))?\s*:?(?:\s+(?P<first>\d+(?:\s*[–—-]\s*\d+)?))?\s*$")
# `20 European Journal of International Law (2009) 4`: the volume, the journal, the year in brackets and the issue
# after it (the European law journals' house)
_VOLUME_FIRST = compiled(rf"^(?P<volume>\d{{1,4}})\s+(?P<journal>[^\W\d_][^\d()\[\]]*?)\s*\((?P<year>{YEAR})\)"
                         r"(?:\s*(?P<issue>\d{1,3}))?(?:\s*,?\s*pp?\.\s*(?P<first>\d+(?:\s*[–—-]\s*\d+)?))?\s*$")
# `… (Selden Society vol 131, 2012) 44`: a bracket ending in a year closes the title, the pages cited after it (a
# publisher, an edition or a series before the year: a year alone in brackets is a date's, `Minguo 26 (1937)`; opening
# with the bracket, which `re` then looks for first; the pages may have their word, `(OUP 2008) p. 626`)
# (the part cited after the pages, or for them: `(1852) § 312`, `(Law Com No 412, 2016) paras 2.14–2.16`, `ch 4`, a
# report's paragraph in square brackets `(1986) 112 [4.18]`; the paragraph's words of ``courts.csv`` kind
# ``paragraph``, a chapter's of ``reference_words.csv`` kind ``book_division``)
_DIVISION = (rf"(?:\s*,?\s*(?:(?:{alternation('courts.csv', 'paragraph')}|{alternation('reference_words.csv', 'book_division')})"
             r"\s*\d+[\d.]*"
             r"(?:\s*[–—-]\s*\d+[\d.]*)?|\[\d+[\d.]*\]))?")
_BOOK = compiled(rf"\((?P<inside>[^()]*?[^\W\d_][^()]*?(?<![\d/–—-])(?P<year>{YEAR}))\)\s*"
                 rf"(?P<pages>{_LISTED_PAGE_MARK}\d+(?:\s*[–—-]\s*\d+)?"
                 r"(?:\s*,\s*\d+(?:\s*[–—-]\s*\d+)?)*)?"
                 rf"{_FOLLOWING}{_DIVISION}\s*$")

_SQUARE_YEAR = compiled(rf"\s*\[(?P<year>{YEAR})\]\s*$")

# A chapter's book with its bracket after it, the chapter's first page (and the page cited) after the bracket (AGLC,
# OSCOLA, the McGill Guide: `Law and Land in Colonial Australia (Cambridge University Press, 2011) 112, 118`, `Book
# (Toronto: University of Toronto Press, 2004) 145 at 150`), or before the bracket of its editors and year (the
# Bluebook: `Law and Economy in the Early Republic 112, 118 (Harold J. Penrose & Amy Castellan eds., 1999)`); a book's
# title holds no digit (a journal's volume, `Journal 12, no. 3 (Spring 1990)`, keeps its bracket), and the bracket
# names no month or season (`Journal (Spring 1990)`); the editors' bracket before the book may still be there
_PAGE_AT = r"\d+(?:\s*[–—-]\s*\d+)?"
_BOOK_IN_CONTAINER = compiled(rf"^(?P<book>[^\d]+?)\s*\((?P<inside>[^()]*?[^\W\d_][^()]*?),?\s*(?P<year>{YEAR})\)\s*"
                              rf"{_LISTED_PAGE_MARK}(?P<first>{_PAGE_AT})?"
                              rf"{_FOLLOWING}(?:\s*(?:,|at)\s*(?P<pin>{_PAGE_AT}){_FOLLOWING})?\s*$")
_BOOK_BEFORE_EDITORS = compiled(rf"^(?P<book>[^()\d]+?)\s+(?P<first>{_PAGE_AT})(?:\s*,\s*(?P<pin>{_PAGE_AT}))?\s+"
                                rf"\((?P<editors>[^()]+?)\s+eds?\.,\s*(?P<year>{YEAR})\)\s*$")
# `Sina Finance News (Beijing, 30 May 2013)`, `The Times (12 Mar 1964) 5`: a newspaper's or a magazine's issue, its
# day or month in brackets after its name (a place before it)
_DATED_ISSUE = compiled(rf"^(?P<name>[^\W\d_][^()\d]*?)\s*\((?P<date>[^()]*?\b(?P<year>{YEAR}))\)\s*,?\s*"
                        rf"{_LISTED_PAGE_MARK}(?:{_PAGE_AT})?\.?\s*$")
# `(1999), UCL Constitution Unit`, `(Penguin 2010) 37`, `(2012) Cambridge Journal of Education`: a report's, a book's
# or an article's year bracket straight after its quoted title, what follows it the series, pages or journal (a
# journal's volume and page are `_JOURNAL`'s)
_YEAR_FIRST = compiled(rf"^\((?P<inside>[^()]*?)(?<!\d)(?P<year>{YEAR})\)\s*,?\s*(?P<rest>.*)$")
_PAGES_ONLY = compiled(rf"^{_LISTED_PAGE_MARK}(?P<pages>{_PAGE_AT}){_FOLLOWING}"
                       r"(?=\s*$|\s*[,;]|\s+<?(?:https?://|www\.))"
                       rf"|^<?(?:https?://|www\.)|^(?:{alternation('reference_words.csv', 'accessed')})\b", re.IGNORECASE)


def year_first(ref: dict) -> bool:
    """Read a container that opens with the work's year bracket (`_YEAR_FIRST`): the year, the publisher (and place)
    before it, the pages or the series, institution or journal after it; False if the container opens otherwise.

    >>> ref = {"container": "(1999), UCL Constitution Unit", "year": "", "pages": "", "place": "", "publisher": ""}
    >>> year_first(ref), ref["container"], ref["year"]
    (True, 'UCL Constitution Unit', '1999')
    >>> ref = {"container": "(Penguin 2010)Pp 37", "year": "", "pages": "", "place": "", "publisher": ""}
    >>> year_first(ref), ref["container"], ref["publisher"], ref["year"], ref["pages"]
    (True, '', 'Penguin', '2010', '37')
    """
    found = _YEAR_FIRST.match(ref["container"])
    if found is None:
        return False
    # (a digit in the bracket before the year: a day's, `(Sustainalytics, 2 March 2022)`, not an edition's or a
    # volume's, `(5th edn, OUP 2019)`, `(Vol. 84, No. 274 April 1999)`, which are `_BOOK`'s and `container_tail`'s)
    dates = [d for d in find_dates(found.group(0)[:found.end("year") + 1]) if d.precision in ("day", "month")]
    before = found.group("inside")[:dates[0].start - 1] if dates else found.group("inside")
    if any(map(str.isdigit, before)):
        return False
    rest = found.group("rest").strip(" ,.")
    pages = _PAGES_ONLY.match(rest)
    if not pages and rest[:1].isdigit():  # (`(2013) 31 Rivista critica …, 343`: a journal's volume, `container_tail`'s)
        return False
    ref.update(year=found.group("year"), container="" if pages else rest,
               pages=ref.get("pages") or (pages and pages.group("pages")) or "")
    if not dates:
        named = [part.strip() for part in found.group("inside").split(",") if part.strip()]
        # (more parts are a thesis's or a report's description, `(doctoral thesis, University of …, Faculty …, 2017)`)
        if 0 < len(named) <= 2 and not ref.get("place") and not ref.get("publisher"):
            ref.update(place=named[0] if len(named) >= 2 else "", publisher=named[-1])
    return True


def paper_issue(ref: dict) -> bool:
    """Read a newspaper's issue from a container that is one (`press_issue`): the paper's name, the day's year; False
    if it is none (the article's title quoted before it, its comma inside the quotes in Chicago's house: `“Title,” The
    Conversation, 2 June 2020`).

    >>> ref = {"container": "New York Times, June 2, 2020", "year": ""}
    >>> paper_issue(ref), ref["container"], ref["year"]
    (True, 'New York Times', '2020')
    """
    found = press_issue(ref["container"])
    if found is None or found[2]:
        return False
    ref.update(container=found[0], year=found[1].date_start[:4])
    return True


def dated_issue(ref: dict) -> bool:
    """Read a newspaper's issue from its container (`_DATED_ISSUE`): its name, and the year of the day or month in its
    bracket; False if the bracket holds no day or month.

    >>> ref = {"container": "Sina Finance News (Beijing, 30 May 2013)", "year": "", "pages": ""}
    >>> dated_issue(ref), ref["container"], ref["year"]
    (True, 'Sina Finance News', '2013')
    >>> dated_issue({"container": "Law and Land (Cambridge University Press, 2011) 112", "year": "", "pages": ""})
    False
    """
    found = _DATED_ISSUE.match(ref["container"])
    if found is None or not any(d.precision in ("day", "month") for d in find_dates(found.group("date"))):
        return False
    ref.update(container=found.group("name").strip(" ,"), year=found.group("year"))
    return True


def book_in_container(ref: dict) -> bool:
    """Read a chapter's book from its container (`_BOOK_IN_CONTAINER`, `_BOOK_BEFORE_EDITORS`): the book's title, its
    year, publisher (and place, before a colon) or editors, the page cited (else the chapter's first) if no page was
    read; False if the container is none of these.

    >>> ref = {"container": "A. Roe (eds), Law and Land (Cambridge University Press, 2011) 112", "year": "", "place": "",
    ...        "publisher": "", "pages": "118", "editors": ""}
    >>> book_in_container(ref), ref["container"], ref["publisher"], ref["year"], ref["pages"]
    (True, 'A. Roe (eds), Law and Land', 'Cambridge University Press', '2011', '118')
    >>> ref = {"container": "Law and Economy 112, 118 (Harold J. Penrose & Amy Castellan eds., 1999)", "year": "",
    ...        "place": "", "publisher": "", "pages": "", "editors": ""}
    >>> book_in_container(ref), ref["container"], ref["editors"], ref["year"], ref["pages"]
    (True, 'Law and Economy', 'Harold J. Penrose & Amy Castellan', '1999', '118')
    """
    found = _BOOK_BEFORE_EDITORS.match(ref["container"])
    if found is None:
        found = _BOOK_IN_CONTAINER.match(ref["container"])
        # (a chapter's book: its editors named, before it or read already; not a journal's issue of a season or month,
        # `Past Times (Winter 1990)`)
        if found is None or not (ref.get("editors") or container_editors(found.group("book"))[1]) \
                or any(d.precision != "year" for d in find_dates(f"{found.group('inside')} {found.group('year')}")):
            return False
    ref.update(container=found.group("book").strip(" ,"), year=found.group("year"),
               pages=ref.get("pages") or found.group("pin") or found.group("first") or "")  # (the page cited, as an article's)
    if "editors" in found.groupdict():
        ref["editors"] = ref.get("editors") or found.group("editors").strip()
    elif not ref.get("publisher"):
        place, colon, publisher = found.group("inside").rpartition(":")
        ref.update(place=ref.get("place") or place.strip(), publisher=publisher.strip(" ,"))
    return True


def book_bracket(piece: str) -> bool:
    """Whether ``piece`` ends with a book's bracket closed by its year, the pages cited after it (`… (Selden Society vol
    131, 2012) 44`), after a title.

    >>> book_bracket("W Harcourt, Select Cases (Selden Society vol 131, 2012) 44."), book_bracket("(OUP 2012)")
    (True, False)
    >>> book_bracket("Shaanxi Provincial Archives, 9-2-1045, telegram, Minguo 26 (1937)")
    False
    """
    found = _BOOK.search(piece.rstrip(" ."))
    return found is not None and found.start() > 0


def british_tail(ref: dict) -> dict:
    """``ref``, changed in place, with the journal after a bracketed year read from its container, or the bracket after
    a book's title read for its year, cited pages, place and publisher, when no year was read (see the module's
    docstring).

    >>> ref = british_tail({"title": "T", "container": "(1990) 106 LQR 123", "year": "", "volume": "", "pages": "130"})
    >>> ref["container"], ref["year"], ref["volume"], ref["pages"]
    ('LQR', '1990', '106', '123')
    >>> ref = british_tail({"title": "T", "container": "(1998) 43:2 McGill LJ 311 at 315", "year": "", "volume": "",
    ...                     "issue": "", "pages": ""})
    >>> ref["container"], ref["year"], ref["volume"], ref["issue"], ref["pages"]
    ('McGill LJ', '1998', '43', '2', '311')
    >>> ref = british_tail({"title": "T", "container": "[2007] Modern Law Review, 70(6)", "year": "", "volume": "",
    ...                     "issue": "", "pages": "936–961"})
    >>> ref["container"], ref["year"], ref["volume"], ref["issue"], ref["pages"]
    ('Modern Law Review', '2007', '70', '6', '936–961')
    >>> ref = british_tail({"title": "T", "container": "20 European Journal of International Law (2009) 4", "year": "",
    ...                     "volume": "", "issue": "", "pages": "1103"})
    >>> ref["container"], ref["year"], ref["volume"], ref["issue"]
    ('European Journal of International Law', '2009', '20', '4')
    >>> ref = british_tail({"title": "Select Cases (Selden Society vol 131, 2012) 44", "container": "", "year": "",
    ...                     "volume": "", "pages": ""})
    >>> ref["title"], ref["year"], ref["pages"]
    ('Select Cases', '2012', '44')
    >>> ref = british_tail({"title": "Title (Paris, Costes, 1937)", "container": "", "year": "", "volume": "",
    ...                     "pages": ""})
    >>> ref["place"], ref["publisher"]
    ('Paris', 'Costes')
    """
    if ref["year"]:
        return ref
    journal = _JOURNAL.match(ref["container"])
    if journal:
        ref.update(container=journal.group("journal").strip(), year=journal.group("year"),
                   volume=ref["volume"] or journal.group("volume") or "", pages=journal.group("first"),
                   issue=ref.get("issue") or journal.group("issue") or journal.group("colon_issue") or "")
        return ref
    journal = _JOURNAL_VOLUME.match(ref["container"]) or _VOLUME_FIRST.match(ref["container"])
    if journal:
        ref.update(container=journal.group("journal").strip(), year=journal.group("year"), volume=journal.group("volume"),
                   issue=ref.get("issue") or journal.group("issue") or "",
                   pages=ref.get("pages") or journal.groupdict().get("first") or "")
        return ref
    if ref["container"] and (book_in_container(ref) or dated_issue(ref) or year_first(ref) or paper_issue(ref)):
        return ref
    square = _SQUARE_YEAR.search(ref["title"]) if not ref["container"] else None
    if square and square.start() > 0:  # (`Stop and think [2010]`: a report's year in square brackets, as OSCOLA prints it)
        ref.update(title=ref["title"][:square.start()].strip(" ,"), year=square.group("year"))
        return ref
    book = _BOOK.search(ref["title"]) if not ref["container"] else None
    if book and book.start() > 0:
        ref.update(title=ref["title"][:book.start()].strip(" ,"), year=book.group("year"),
                   pages=ref["pages"] or book.group("pages") or "")
        # (`(Cambridge, Cambridge University Press, 1937)`: a place and a publisher between commas; one name alone may
        # be either, `(London 1825)`, `(Hart 2015)`, and an edition's or a series' part holds a digit)
        named = [part.strip() for part in book.group("inside")[:book.start("year") - book.start("inside")].split(",")
                 if part.strip() and not any(map(str.isdigit, part))]
        if len(named) >= 2 and not ref.get("place") and not ref.get("publisher"):
            ref.update(place=named[0], publisher=named[-1])
        elif len(named) == 1 and not ref.get("publisher") and publisher_named(named[0]):  # `(Oxford University Press 1991)`
            ref["publisher"] = named[0]
    return ref
