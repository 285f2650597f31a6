"""A reprint's bracket after the original's imprint: `…, Tórshavn: Hitt føroyska bókmentafelagið, 1911 (endurprent
Tórshavn: Emil Thomsen, 1977), s. 34`, `…, Besièrs, Sapte, 1907 (reed. Nimes, Lacour, 1994), p. 34`.

The bracket holds a word or two for the reprint (in any language: `endurprent`, `reed.`, `Neidrock`, `gaýtadan
neşir:`), the reprint's imprint and a year later than the original's. The reference's year is the reprint's (the
edition cited: the rounds' gold and `citations.editions` read it so), and the original's imprint is no part of the
title: a title that ends with it, as many comma-parted pieces as the reprint's imprint has (`Tórshavn: Hitt …` as
`Tórshavn: Emil Thomsen`, `Besièrs, Sapte` as `Nimes, Lacour`), ends before it.
"""

from __future__ import annotations

import re

from ..patterns import compiled
from .pastyear import title_past_year
from .read import YEAR_DIGITS
from .table import as_text

# the original's imprint and year, then a bracket of letters and an imprint ending in a year
_REPRINT = compiled(rf",\s*(?P<year>{YEAR_DIGITS})\s*\((?P<inside>(?=[^()]*[^\W\d_]{{3}})[^()]{{3,80}}?),\s*"
                    rf"(?P<later>{YEAR_DIGITS})\s*(?:\)|$)")


# or the original's place and year with no comma between, as German and Latin imprints print them (`…, Lipsiae
# 1879-1881 (rist. anast. Graz, …, 1959), vol. II`): one piece, the place and the year or run of years
_REPRINT_PLACE_YEAR = compiled(rf",\s*(?P<imprint>[^\W\d_][^\W\d_.’'-]*\.?(?:\s[^\W\d_][\w.’'-]*){{0,2}}\s+(?P<year>{YEAR_DIGITS})"
                               rf"(?:\s*[–-]\s*\d{{2,4}})?)\s*\((?P<inside>(?=[^()]*[^\W\d_]{{3}})[^()]{{3,80}}?),\s*"
                               rf"(?P<later>{YEAR_DIGITS})\s*(?:\)|$)")


def title_and_year(row: dict) -> tuple[str, str]:
    """A merged row's title and year with a reprint's bracket read (`reprint_read`) and a title read on past the
    year that ends it cut there (`pastyear.title_past_year`)."""
    return title_past_year(*reprint_read(as_text(row["title"]), as_text(row["year"]), as_text(row["raw"])))


def reprint_read(title: str, year: str, raw: str) -> tuple[str, str]:
    """``title`` and ``year`` of a reference whose ``raw`` prints a reprint's bracket after the original's year: the
    reprint's year, the title without the original's imprint; else as they are.

    >>> raw = "Pau Fabrier, Lo vin de Besièrs, Besièrs, Sapte, 1907 (reed. Nimes, Lacour, 1994), p. 34"
    >>> reprint_read("Lo vin de Besièrs, Besièrs, Sapte", "1907", raw)
    ('Lo vin de Besièrs', '1994')
    >>> raw = "Símun Rasmussen, Um sluppfiskiskapin, Tórshavn: Hitt føroyska bókmentafelagið, 1911 (endurprent Tórshavn: Emil Thomsen, 1977), s. 34"
    >>> reprint_read("Um sluppfiskiskapin, Tórshavn: Hitt føroyska bókmentafelagið, 1911", "1977", raw)
    ('Um sluppfiskiskapin', '1977')
    >>> reprint_read("Title", "2001", "Name, Title, Paris, 2001 (trad. 1999), p. 3")
    ('Title', '2001')
    """
    m = _REPRINT.search(raw)
    if m is None:
        return _place_year_reprint(title, year, raw)
    if int(m["later"]) <= int(m["year"]) or year not in ("", m["year"], m["later"]):
        return title, year
    pieces = len(m["inside"].split(","))
    before = raw[:m.start()].split(",")
    if len(before) <= pieces + 1:
        return title, year
    imprint = ",".join(before[-pieces:]).strip()
    head = re.sub(rf"\s*,\s*{m['year']}\s*$", "", title).rstrip(" ,")
    if imprint and head.endswith(imprint) and len(head) > len(imprint):
        title = head[:-len(imprint)].rstrip(" ,:;")
    return title, m["later"]


def _place_year_reprint(title: str, year: str, raw: str) -> tuple[str, str]:
    """`reprint_read` of an original printed as place and year (`_REPRINT_PLACE_YEAR`): the reprint's year, the title
    without the original's place and year where it ends with them.

    >>> raw = "Corpus iuris canonici, ed. Ae. Friedberg, Lipsiae 1879-1881 (rist. anast. Graz, ADEVA, 1959), vol. II"
    >>> _place_year_reprint("Corpus iuris canonici, Lipsiae 1879-1881", "1959", raw)
    ('Corpus iuris canonici', '1959')
    """
    m = _REPRINT_PLACE_YEAR.search(raw)
    if m is None or int(m["later"]) <= int(m["year"]) or year not in ("", m["year"], m["later"]):
        return title, year
    head = title.rstrip(" ,")
    if head.endswith(m["imprint"]) and len(head) > len(m["imprint"]):
        title = head[:-len(m["imprint"])].rstrip(" ,:;")
    return title, m["later"]
