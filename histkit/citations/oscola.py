"""British legal scholarship's house (OSCOLA), and its Canadian kin (the McGill Guide): what follows a title, with no
comma before it.

An article's journal comes after its year in brackets, round when the volume follows, square when the year is the
volume: `A Smith, 'Title' (1990) 106 LQR 123, 130`, `E Fairlie, 'Title' [1988] CLJ 402, 410` (the first page, then the
page cited). A book's edition, publisher or series and year stand in brackets after its title, the page cited after
them: `R Thornbury, Title (5th edn, OUP 2019) 123`, `W Harcourt (ed), Title (Selden Society vol 131, 2012) 44`.
"""

from __future__ import annotations

from ..dates import find_dates
from .containers import container_editors
from .words import YEAR, alternation
from ..patterns import compiled

# `(1990) 106 LQR 123`, `[1988] CLJ 402`: the year, the volume if any, the journal's name or abbreviation, its first
# page
# (its issue in brackets after the volume: `(2016) 37(3) Statute Law Review 212`; after a colon, and the page cited
# after `at` with no comma, in the McGill Guide: `(1998) 43:2 McGill LJ 311 at 315`)
_JOURNAL = compiled(rf"^[(\[](?P<year>{YEAR})[)\]]\s+(?:(?P<volume>\d{{1,4}})(?:\s*\((?P<issue>\d{{1,3}})\)"
                    r"|:(?P<colon_issue>\d{1,3}))?\s+)?"
                    r"(?P<journal>[^\W\d_][^\d()\[\]]*?)\s+(?P<first>\d+)(?:\s*[–—-]\s*\d+)?"
                    r"(?:\s+at\s+\d+(?:\s*[–—-]\s*\d+)?)?\s*$")
# `[2007] Modern Law Review, 70(6)`: the bracketed year, then the journal with its volume and issue after it, as other
# houses print them (the pages read before)
_JOURNAL_VOLUME = compiled(rf"^[(\[](?P<year>{YEAR})[)\]]\s+(?P<journal>[^\W\d_][^\d()\[\]]*?)[\s,]+(?P<volume>\d{{1,4}})"
                           r"(?:\s*\((?P<issue>\d{1,3})\))?\s*:?(?:\s+(?P<first>\d+(?:\s*[–—-]\s*\d+)?))?\s*$")
# `20 European Journal of International Law (2009) 4`: the volume, the journal, the year in brackets and the issue
# after it (the European law journals' house)
_VOLUME_FIRST = compiled(rf"^(?P<volume>\d{{1,4}})\s+(?P<journal>[^\W\d_][^\d()\[\]]*?)\s*\((?P<year>{YEAR})\)"
                         r"(?:\s*(?P<issue>\d{1,3}))?(?:\s*,?\s*pp?\.\s*(?P<first>\d+(?:\s*[–—-]\s*\d+)?))?\s*$")
# `… (Selden Society vol 131, 2012) 44`: a bracket ending in a year closes the title, the pages cited after it (a
# publisher, an edition or a series before the year: a year alone in brackets is a date's, `Minguo 26 (1937)`; opening
# with the bracket, which `re` then looks for first; the pages may have their word, `(OUP 2008) p. 626`)
_BOOK = compiled(rf"\((?P<inside>[^()]*?[^\W\d_][^()]*?(?<![\d/–—-])(?P<year>{YEAR}))\)\s*"
                 rf"(?P<pages>(?:(?:{alternation('reference_words.csv', 'page_mark')})\s*)?\d+(?:\s*[–—-]\s*\d+)?"
                 r"(?:\s*,\s*\d+(?:\s*[–—-]\s*\d+)?)*)?\s*$")

# A chapter's book with its bracket after it, the chapter's first page (and the page cited) after the bracket (AGLC,
# OSCOLA, the McGill Guide: `Law and Land in Colonial Australia (Cambridge University Press, 2011) 112, 118`, `Book
# (Toronto: University of Toronto Press, 2004) 145 at 150`), or before the bracket of its editors and year (the
# Bluebook: `Law and Economy in the Early Republic 112, 118 (Harold J. Penrose & Amy Castellan eds., 1999)`); a book's
# title holds no digit (a journal's volume, `Journal 12, no. 3 (Spring 1990)`, keeps its bracket), and the bracket
# names no month or season (`Journal (Spring 1990)`); the editors' bracket before the book may still be there
_PAGE_AT = r"\d+(?:\s*[–—-]\s*\d+)?"
_BOOK_IN_CONTAINER = compiled(rf"^(?P<book>[^\d]+?)\s*\((?P<inside>[^()]*?[^\W\d_][^()]*?),?\s*(?P<year>{YEAR})\)\s*"
                              rf"(?P<first>{_PAGE_AT})?(?:\s*(?:,|at)\s*(?P<pin>{_PAGE_AT}))?\s*$")
_BOOK_BEFORE_EDITORS = compiled(rf"^(?P<book>[^()\d]+?)\s+(?P<first>{_PAGE_AT})(?:\s*,\s*(?P<pin>{_PAGE_AT}))?\s+"
                                rf"\((?P<editors>[^()]+?)\s+eds?\.,\s*(?P<year>{YEAR})\)\s*$")


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
    if ref["container"] and book_in_container(ref):
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
    return ref
