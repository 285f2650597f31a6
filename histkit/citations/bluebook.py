"""US law-review references (the Bluebook): articles `Author, Title, 145 U. PA. L. REV. 1, 2 (1996)` and books in
small capitals `DAVID LIEBERMAN, THE PROVINCE OF LEGISLATION 65 (1989)`, `1 WILLIAM BLACKSTONE, COMMENTARIES 37 (1765)`.

The volume stands before the journal's abbreviation, the first page after it, then the cited page and the year in
brackets (with the publisher or the edition for a book). Short forms (`supra note 4`, `id. at 5`) are shortrefs.py's.
"""

from __future__ import annotations

import functools
import re

from .words import YEAR, alternation
from ..patterns import compiled

# `(1996)`, `(2000-01)`, `(Peter Smith 1973)`, `(The Legal Classics Library 1983)`: the year, a publisher or edition before it
_YEAR_BRACKET = rf"\((?:[^()]{{0,60}}\s)?(?P<year>{YEAR})(?:[-–]\d{{2,4}})?\)"

_PAGES = r"\d{1,5}(?:[-–]\d{1,5})?(?:,\s*\d{1,5}(?:[-–]\d{1,5})?)*"

# three or more authors by their surnames alone, the last after `&`: `Katz, Warner & Whittington, Title, 2 J. …`
_SURNAMES = r"[A-Z][a-z'’-]+(?:,\s*[A-Z][a-z'’-]+)+,?\s+(?:&|and)\s+[A-Z][a-z'’-]+(?=,\s)"

# `Albert W. Alschuler, Rediscovering Blackstone, 145 U. PA. L. REV. 1, 2 (1996)`; several authors by their initials
# (`N. Hing, M. Lamont, P. Vitartas and E. Fink, …`, `…, P. Vitartas, and E. Fink, …`, `…, L.M. Rodriguez, et al., …`), a title ending in its own stop or question mark, or in none,
# before the volume (`… compulsive consumption. 68 JOURNAL OF BUSINESS RESEARCH, 2057–2066 (2015)`, `… the risks? 38
# L’ENCÉPHALE, 42–49 (2012)`, `… Private Equity 35 (1) Delaware Journal of Corporate Law 1 (2010)`): the issue after
# the volume, a comma after the journal (and inside a name in capitals: `5 JOURNAL OF SPORT FINANCE, FITNESS &
# INFORMATION TECHNOLOGY, 128–140 (2010)`), the first page a range (none yet in an article to come: `19 UCLA L. REV.
# (forthcoming 1998)`)
_ARTICLE = compiled(rf"^(?P<authors>{_SURNAMES}|[A-Z][^,\d]{{1,80}}?(?:\s*,\s*(?:(?:and|&)\s+)?(?:[A-Z]\.\s*){{1,3}}[A-Z][^,\d]{{1,60}}?){{0,6}})(?:,\s+et\s+al\.)?,\s+"
                      rf"(?!(?:and|&)\s)(?P<title>[^\d\s].{{1,250}}?)(?:,|(?<=[.?!]))?\s+(?P<volume>\d{{1,4}})(?:\s+\(\d{{1,3}}\))?\s+"
                      rf"(?P<container>[A-Z][\w.&'’ -]{{0,60}}?[\w.]|[A-Z](?:[A-Z.&'’ -]|,\s(?=[A-Z]{{2}})){{0,100}}?[A-Z.])(?:,?\s+(?P<first>\d{{1,5}}(?:[-–]\d{{1,5}})?)"
                      rf"(?:,\s*(?P<pin>{_PAGES}))?|(?=\s*\((?i:{alternation('reference_words.csv', 'forthcoming')})\s))"
                      rf"\s*{_YEAR_BRACKET}")

# `Canby & Gellhorn, Physician Advertising, 1978 DUKE L.J. 543, 564-82`: a law review numbered by its year, which then
# stands for the volume, no year in brackets after the pages; the review's abbreviation ends in `J.`, `REV.` or `Q.`
_YEAR_VOLUME = compiled(rf"^(?P<authors>[A-Z][^,\d]{{1,80}}?(?:\s*,\s*(?:(?:and|&)\s+)?(?:[A-Z]\.\s*){{1,3}}[A-Z][^,\d]{{1,60}}?){{0,6}}),\s+"
                        rf"(?!(?:and|&)\s)(?P<title>[^\d\s].{{1,250}}?),\s+(?P<year>{YEAR})\s+"
                        r"(?P<container>(?:[A-Z][\w.&'’-]*\s+){0,5}(?:[A-Z]\.\s?)?(?:J|REV|Rev|Q)\.),?\s+(?P<first>\d{1,5})"
                        rf"(?:,\s*(?P<pin>{_PAGES}))?\s*[.;]?\s*$")

# `DANIEL J. BOORSTIN, THE MYSTERIOUS SCIENCE OF THE LAW, at vii (Peter Smith 1973)`: author and title in capitals
_BOOK = compiled(rf"^(?:(?P<volume>\d{{1,3}})\s+)?(?P<authors>[A-Z][A-Z.'’ &-]{{2,80}}?),\s+"
                   rf"(?P<title>[A-Z0-9][^a-z(),]{{2,200}}?),?\s+(?:at\s+)?(?P<pages>(?:{_PAGES}|[ivxlc]+)\s+)?"
                   rf"{_YEAR_BRACKET}")


# `THE PAPERS OF JOSEPH E. BROWN 88 (Sarah K. Liddell ed., 1988)`: a book with no author, its title in capitals, its
# editors in the bracket with the year
_EDITED = compiled(rf"^(?:(?P<volume>\d{{1,3}})\s+)?(?P<title>[A-Z0-9][^a-z(),]{{2,200}}?),?\s+(?:at\s+)?"
                   rf"(?P<pages>(?:{_PAGES}|[ivxlc]+)\s+)?\((?P<editors>[A-Z][^()]{{2,80}}?)\s+eds?\.,\s*"
                   rf"(?:[^()]{{0,60}}\s)?(?P<year>{YEAR})\)")

# `Samuel T. Fenwick, A Treatise on the Law of Watercourses 212 (Boston, Little, Brown & Co. 1851)`, `…, Waterpower and
# the Courts, 1790–1860, at 44 (2d ed. 1994)`, `…, Commentaries on the Law of Real Property § 412 (3d ed. 1880)`: a book
# in a law-and-history journal's typeface, author and title in ordinary case, the page or section cited between the
# title and the bracket of its year. Read only where the Bluebook's own marks say so (`at` before the page, a section,
# an edition, or a place, a comma and a publisher in the bracket, no comma before the year): a number and a bracketed
# year alone, `Title 45 (1971)`, is also a journal's volume and year, and `bis 2020 (Stand 2023)` a title's year.
_EDITION = r"\d+(?:st|nd|rd|d|th)\s+ed\."
_PAGE = r"\d{1,5}(?:[-–]\d{1,5})?"  # (one page or range: `Title, 1790–1860, 44`, a title's years before it)
_CASED_BOOK = compiled(
    rf"^(?P<authors>[A-Z][^,\d()]{{1,80}}?(?:\s+(?:&|and)\s+[A-Z][^,\d()]{{1,60}}?)?),\s+(?P<title>[^\d\s(][^()]{{1,250}}?)"
    rf"(?:,?\s+at\s+(?P<at>{_PAGE}|[ivxlc]+)|\s+(?P<section>§§?\s*\d[\w.]*(?:\s*[–-]\s*\d[\w.]*)?)|,?\s+(?P<pages>{_PAGE}))?"
    rf"\s+\((?P<inside>[^()]{{0,80}}?)\s*(?P<year>{YEAR})\)\s*\.?$")


@functools.cache
def _restatement() -> re.Pattern:
    # `Restatement (Third) of Foreign Relations Law of the United States § 102 cmt. b (Am. L. Inst. 1987)`: the American
    # Law Institute's Restatements, by their title (``reference_words.csv``, kind ``restatement``), the section cited
    # and the bracket of the Institute and the year; a private body's statement of the law, cited as a treatise is:
    # literature, where a code cited the same way (`Cal. Civ. Code § 1714 (West 2020)`) is not
    return compiled(rf"^(?P<title>(?:{alternation('reference_words.csv', 'restatement')})\s[^()§]{{3,160}}?)\s+"
                    rf"(?P<section>§§?\s*\d[\w.]*(?:\s+cmt\.\s+[a-z])?)\s+\((?P<inside>[^()]{{0,60}}?)\s*(?P<year>{YEAR})\)\s*\.?$")


def _cased_book(text: str) -> re.Match | None:
    """`_CASED_BOOK` where the Bluebook's marks say it is one (see there)."""
    found = _CASED_BOOK.match(text)
    if found is None:
        return None
    inside = found.group("inside").strip()
    edition = re.search(_EDITION, inside)
    if found.group("at") or found.group("section") or edition or (found.group("pages") and re.search(r",[^,]*[^\W\d_]\.?\s*$", inside)):
        return found
    return None


def _imprint(inside: str) -> tuple[str, str]:
    """The place and publisher of a Bluebook book's bracket (`Boston, Little, Brown & Co.`), none for an edition's."""
    inside = inside.strip(" ,")
    if not inside or re.search(_EDITION, inside):
        return "", ""
    place, comma, publisher = inside.partition(",")
    return (place.strip(), publisher.strip()) if comma else ("", inside)


def is_bluebook(piece: str) -> bool:
    """Whether ``piece`` opens with a Bluebook article or book.

    >>> is_bluebook("Emily Kadens, Justice Blackstone’s Common Law Orthodoxy, 103 NW. U. L. REV. 1553, 1566 (2009)")
    True
    >>> is_bluebook("Kadens, Orthodoxy, 103"), is_bluebook("DAVID LIEBERMAN, THE PROVINCE OF LEGISLATION 65 (1989)")
    (False, True)
    >>> is_bluebook("THE PAPERS OF JOSEPH E. BROWN 88 (Sarah K. Liddell ed., 1988)")
    True
    """
    if "(" not in piece:  # (both end with the year in brackets, but a review numbered by its year)
        return _YEAR_VOLUME.match(piece) is not None
    return _ARTICLE.match(piece) is not None or _BOOK.match(piece) is not None or _EDITED.match(piece) is not None \
        or _cased_book(piece) is not None or _restatement().match(piece) is not None


def read_bluebook(text: str, ref: dict) -> bool:
    """Fill ``ref`` (authors, title, container, volume, year, pages) from a Bluebook reference; False if it is none.

    >>> ref = {}
    >>> read_bluebook("S. F. C. Milsom, The Nature of Blackstone’s Achievement, 1 OXFORD J. LEGAL STUD. 1, 4, 6 (1981)", ref)
    True
    >>> ref["authors"], ref["container"], ref["volume"], ref["year"], ref["pages"]
    ('S. F. C. Milsom', 'OXFORD J. LEGAL STUD.', '1', '1981', '4, 6')
    >>> read_bluebook("Canby & Gellhorn, Physician Advertising, 1978 DUKE L.J. 543, 564-82", ref), ref["container"], ref["year"]
    (True, 'DUKE L.J.', '1978')
    >>> read_bluebook("Katz, Warner & Whittington, The Supply of Physicians, 2 J. HEALTH POL. 227 (1977)", ref), ref["authors"]
    (True, 'Katz, Warner & Whittington')
    """
    if "(" not in text:
        found = _YEAR_VOLUME.match(text)
        if found is not None:
            ref.update(authors=found.group("authors").strip(), title=found.group("title").strip().removesuffix("."),
                       container=found.group("container").strip(), volume=found.group("year"), year=found.group("year"),
                       pages=found.group("pin") or found.group("first"))
        return found is not None
    article = _ARTICLE.match(text)
    if article is not None:
        ref.update(authors=article.group("authors").strip(), title=article.group("title").strip().removesuffix("."),
                   container=article.group("container").strip(), volume=article.group("volume"),
                   year=article.group("year"), pages=article.group("pin") or article.group("first") or "")
        return True
    edited = _EDITED.match(text) if _BOOK.match(text) is None else None
    if edited is not None:  # (no author: the editors are not its authors)
        ref.update(authors="", title=edited.group("title").strip(), volume=edited.group("volume") or "",
                   year=edited.group("year"), pages=(edited.group("pages") or "").strip())
        ref["editors"] = edited.group("editors").strip()
        return True
    restated = _restatement().match(text)
    if restated is not None:  # (no author: the Institute that made it is the publisher)
        ref.update(authors="", title=restated.group("title").strip(), volume="", year=restated.group("year"),
                   place="", publisher=restated.group("inside").strip(" ,"), pages=restated.group("section"))
        return True
    book = _BOOK.match(text)
    cased = _cased_book(text) if book is None else None
    if cased is not None:
        place, publisher = _imprint(cased.group("inside"))
        ref.update(authors=cased.group("authors").strip(), title=cased.group("title").strip(" ,"), volume="",
                   year=cased.group("year"), place=place, publisher=publisher,
                   pages=(cased.group("at") or cased.group("section") or cased.group("pages") or "").strip())
        return True
    if book is None:
        return False
    ref.update(authors=book.group("authors").strip(), title=book.group("title").strip(), volume=book.group("volume") or "",
               year=book.group("year"), pages=(book.group("pages") or "").strip())
    return True
