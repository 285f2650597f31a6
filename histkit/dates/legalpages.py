"""Pages of a law report or review that read as years: `998 F.2d 1480, 1487`, `325 F. Supp. 1049`, `id. at 1410`.

A legal citation gives the volume, the report's or review's abbreviation and the page (`82 HARV. L. REV. 1007`), or
the page cited after `at` (`Id. at 1483`), after an item's or a number's word (`Journal of Laws of 2018, item 1285`);
a page from 1000 to 2099 is a year's number, and had become a date of the dates table. A report's abbreviation has
two parts or more, each a capital and a few letters with a full stop, or a series' ordinal (`F.2d`, `So. 2d`), so a
month's abbreviation after a day (`5 Jan. 1990`) is none.
"""

from __future__ import annotations

from ..patterns import compiled

_BEFORE = compiled(r"(?:\b(?:item|[Nn][°o]\.?|No\.|pp?\.)\s*"
                   # (`at` after a citation's word or number, `Id. at`, `124 Stat. at`, `813 F.2d at`, `supra note 41,
                   # at`; not a sentence's, `Looking back at 2007`)
                   r"|(?:[A-Za-z]\.|\d(?:d|th)|\d,)\s+at\s*"
                   r"|\b\d{1,4}\s+(?:[A-Z][A-Za-z]{0,5}\.\s?(?:[A-Z&][A-Za-z]{0,5}\.\s?)+|[A-Z][A-Za-z]{0,5}\.\s?\d(?:d|th))\s*"
                   # (and the page cited after the first: `998 F.2d 1480, 1487`)
                   r"(?:\d{1,5}(?:[-–]\d{1,5})?,\s*)*)$")


def is_page(text: str, start: int) -> bool:
    """Whether the number at ``start`` of ``text`` is a page or an item of a legal citation (what stands before it).

    >>> text = "Garcia v. Spun Steak Co., 998 F.2d 1480, 1487 (9th Cir. 1993); Id. at 1483; 82 HARV. L. REV. 1007"
    >>> [is_page(text, text.find(n)) for n in ("1480", "1487", "1483", "1007", "1993")]
    [True, True, True, True, False]
    >>> is_page("signed on 5 Jan. 1990", 16), is_page("325 F. Supp. 1049", 13), is_page("Looking back at 2007", 16)
    (False, True, False)
    """
    return _BEFORE.search(text, max(0, start - 40), start) is not None
