"""The Nordic and Swiss legal houses' references with no place: a journal by its abbreviation, its year and page
(`Title, SvJT 1967 s. 321, på s. 330`, `Title, SJZ 72 (1976), S. 301–318`, `Title, ZSR 1962 I, S. 233 ff., 240`),
and a book by its publisher and year (`Title, 2 uppl., Norstedts Juridik 2012, s. 45`, `Title, Jurist- og
Økonomforbundets Forlag 1998, s. 45-47`).

Both open with the authors (persons' names, joined by `&` or a word for "and") and the title, each before a comma.
The journal's abbreviation is known by its capitals (`legal.ABBREVIATION`: `SvJT`, `SJZ`, `UfR`); its volume, or
the half-volume after the year (`1962 I`, `1975B`), may follow. The publisher is known by a word of
``publisher_words.csv`` (`Forlag`, `Förlag`, `föreningen`). The pages are marked (`s.`, `S.`, `p.`); a page cited
after the range (`, 240`, `, på s. 330`) is the pinpoint, and is read as the pages cited.
"""

from __future__ import annotations

import functools
import re

from ..patterns import compiled
from .legal import ABBREVIATION
from .names import AND_WORD, is_name, names_joined
from .words import YEAR, alternation

_PAGE = r"\d+(?:\s*[–—-]\s*\d+)?(?:\s*f{1,2}\.)?"


@functools.cache
def _patterns() -> dict[str, re.Pattern]:
    marks = alternation("reference_words.csv", "page_mark")
    here = alternation("reference_words.csv", "here")
    head = r"^(?P<authors>[^,;()]{3,120}?),\s+(?P<title>[^,;]{3,200}?),\s+"
    pages = (rf"(?P<range>(?:(?:{marks})\s*)?{_PAGE})"
             rf"(?:\s*,\s*(?:(?:{here})\s+)?(?P<cited>(?:(?:{marks})\s*)?{_PAGE}))?\s*\.?$")
    return {
        "journal": compiled(rf"{head}(?:in:?\s+)?(?P<container>{ABBREVIATION})\s+"
                            rf"(?:(?P<volume>\d{{1,4}})\s*\((?P<year>{YEAR})\)|(?P<year2>{YEAR})(?:\s*(?P<part>[IVX]{{1,3}}|[A-Z])\b)?)"
                            rf"(?:\s*[,.]\s*|\s+)(?=[^\W_]){pages}"),
        "book": compiled(rf"{head}(?:(?P<place>[^,]{{1,30}}),\s+)?(?P<publisher>[^,;()]*?(?<![^\W\d_])"
                         rf"(?:{alternation('publisher_words.csv')})(?![^\W\d_])[^,;()\d]*?)\s+(?P<year>{YEAR}),\s+{pages}"),
    }


def _authors(text: str) -> bool:
    # (persons joined by "and" each of two words or more: `Staat und Recht` is no two authors)
    return names_joined(text.strip(), short=False) if AND_WORD.search(text) else is_name(text.strip())


def year_page_reference(text: str) -> re.Match | None:
    """The match of a reference in this shape (a journal's, else a book's), or None.

    >>> year_page_reference("Birgitta Ekdahl, Arbetsgivarens ansvar, SvJT 1967 s. 321, på s. 330.").group("container")
    'SvJT'
    >>> year_page_reference("Olof Brandell & Sten Molin, Skadeståndsrätt, Juridiska föreningen i Lund 1971, s. 17–19")["year"]
    '1971'
    >>> year_page_reference("Staat und Recht, Geschichte, SJZ 72 (1976), S. 3") is None
    True
    """
    text = text.strip()
    for kind in ("journal", "book"):
        found = _patterns()[kind].match(text)
        if found is not None and _authors(found.group("authors")):
            return found
    return None


def read_year_page(text: str, ref: dict) -> bool:
    """Fill ``ref`` from a reference in this shape: authors, title, container or publisher, volume, year and the
    pages (the pinpoint when one follows the range); False, and nothing filled, when it is not one.

    >>> ref = {}
    >>> read_year_page("Peter Zurbriggen, Die Strasse als Werk, SJZ 72 (1976), S. 301–318.", ref), ref["volume"], ref["pages"]
    (True, '72', 'S. 301–318')
    >>> ref = {}
    >>> read_year_page("Marianne Hürlimann-Stucki, Der Werkmangel, ZSR 1962 I, S. 233 ff., 240", ref), ref["volume"], ref["year"]
    (True, 'I', '1962')
    >>> ref = {}
    >>> read_year_page("M. Weber, Economy, Berkeley, CA: University of California Press 1978, pp. 641-900", ref)
    True
    >>> ref["place"], ref["publisher"]
    ('Berkeley, CA', 'University of California Press')
    """
    found = year_page_reference(text)
    if found is None:
        return False
    fields = found.groupdict()
    pages = fields.get("cited") or fields.get("range") or ""
    ref.update(authors=found.group("authors").strip(), title=found.group("title").strip(),
               year=fields.get("year") or fields.get("year2") or "",
               volume=fields.get("volume") or fields.get("part") or "", pages=pages.strip())
    if "container" in fields and fields.get("container"):
        ref["container"] = fields["container"]
    else:
        ref["publisher"] = (fields.get("publisher") or "").strip()
        town, colon, publisher = ref["publisher"].partition(":")
        # (the town before the publisher's colon, `Chicago: University of Chicago Press 1984`, after the town its state
        # or country, `Berkeley, CA: …`, `Cambridge, Massachusetts: MIT Press 1988`)
        if colon and town.strip()[:1].isupper():
            place = f"{fields['place'].strip()}, {town.strip()}" if fields.get("place") else town.strip()
            ref.update(place=place, publisher=publisher.strip())
    return True
