"""British legal scholarship's house (OSCOLA), and its Canadian kin (the McGill Guide): what follows a title, with no
comma before it.

An article's journal comes after its year in brackets, round when the volume follows, square when the year is the
volume: `A Smith, 'Title' (1990) 106 LQR 123, 130`, `E Fairlie, 'Title' [1988] CLJ 402, 410` (the first page, then the
page cited). A book's edition, publisher or series and year stand in brackets after its title, the page cited after
them: `R Thornbury, Title (5th edn, OUP 2019) 123`, `W Harcourt (ed), Title (Selden Society vol 131, 2012) 44`.
"""

from __future__ import annotations

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
