"""Editions of sources cited by the siglum of the series that prints them and its volume, as medievalists and
patristic scholars cite them: `Annales Pegavienses, MGH SS 16, p. 258`, `Bernard of Clairvaux, Epistolae, ep. 399,
PL 182, col. 612`, `Title, ed. K. F. Wendelin, MGH SS 16 (Hanover, 1859), p. 340`, `Kirchenpostille (1522), WA 10/1,
23 f.`.

The series' sigla are a list a historian extends (``reference_words.csv``, kind ``edition_series``: `MGH SS`, `PL`,
`PG`, `CSEL`, `CCSL`, `RIS`, `WA` …). The siglum and the number after it stand where a book's imprint would: what
precedes them is the text cited (its author when a person's name opens two parts or more, its title, an editor after
`ed.` or its kin, a division of the text such as `ep. 399`, which no field holds), what follows its place and year in
brackets and the page or column cited. The number is the volume of the series the text is printed in.
"""

from __future__ import annotations

import functools
import re

from .names import is_name
from .shortrefs import SAME_AUTHOR
from .words import UPPER, YEAR, alternation
from ..patterns import compiled

# a place cited in an edition: `p. 258`, `pp. 12–14`, `col. 612`, `cols 727–808`, `Sp. 1938`, `S. 23 f.`, `23 f.`
_CITED = r"(?:(?:pp?|cols?|coll|Sp|S)\.?\s*)?\d+[rv]?(?:\s*[–—-]\s*\d+[rv]?)?(?:\s*f+\.?)?"


@functools.cache
def _edition_series() -> re.Pattern:
    series = alternation("reference_words.csv", "edition_series")
    # (the siglum's volume: `16`, `182`, `10/1`, `IX/9`, `5,2`, never a year, as a law journal's is that shares a siglum,
    # `Raue, CR 2017, 656`; the bracket of its imprint; one or two places cited)
    return compiled(rf"^(?P<head>[^()]{{2,200}}?(?:\s*\({YEAR}\))?)\s*,\s*(?P<series>{series})\s+(?!{YEAR}(?!\d))"
                    rf"(?P<volume>(?:\d{{1,4}}|[IVXLC]{{1,6}})(?:[/,]\d{{1,2}})?)"
                    rf"(?:\s*\((?P<place>[^(),;:\d]{{2,40}}),\s*(?P<year>{YEAR})(?:\s*[–—-]\s*\d{{1,4}})?\))?"
                    rf"(?:\s*,\s*(?P<cited>{_CITED}(?:\s*,\s*(?:at\s+|hier\s+)?{_CITED})?))?\s*\.?\s*$")


@functools.cache
def _editor_part() -> re.Pattern:
    roles = rf"{alternation('reference_words.csv', 'role')}|eds?\.|edited\s+by"
    return compiled(rf"^(?:{roles})\s+(?P<names>\S.*)$", re.IGNORECASE)


# a division of the text cited before its edition (`ep. 399`, `sermo 105`, `lib. II`, `c. 5`): no field's
_DIVISION = compiled(r"^[^\W\d_]{1,6}\.?\s*(?:\d+|[IVXLC]+)(?:[.,]\d+)*$")
_ORIGINAL_YEAR = compiled(rf"\s*\({YEAR}\)$")
# a medieval author's name and byname, a place after a small word: `Bernard of Clairvaux`, `Otto von Freising`
_BYNAME = compiled(rf"[{UPPER}][^\W\d_]+\s+(?:of|de|von|da|di|du|van|a)\s+[{UPPER}][^\W\d_]+(?:[\s-][{UPPER}][^\W\d_]+)?")


def read_edition_series(text: str, ref: dict) -> bool:
    """Fill ``ref`` from a text cited by its edition's series siglum and volume; False (``ref`` untouched) otherwise.

    >>> ref = {}
    >>> read_edition_series("Bernard of Clairvaux, Epistolae, ep. 399, PL 182, col. 612.", ref), ref["authors"], ref["volume"]
    (True, 'Bernard of Clairvaux', '182')
    >>> ref = {}
    >>> read_edition_series("Annales Stadenses, ed. K. F. Wendelin, MGH SS 16 (Hanover, 1859), p. 340", ref)
    True
    >>> ref["title"], ref["container"], ref["editors"], ref["year"], ref["pages"]
    ('Annales Stadenses', 'MGH SS', 'K. F. Wendelin', '1859', 'p. 340')
    >>> read_edition_series("Geoff Eley, Forging Democracy, Oxford, 2002, p. 12", {}), read_edition_series("Raue, CR 2017, 656 ff.", {})
    (False, False)
    """
    found = _edition_series().match(text.strip())
    if found is None:
        return False
    parts = [part.strip() for part in found.group("head").split(",")]
    editors = [m.group("names") for part in parts if (m := _editor_part().match(part))]
    parts = [part for part in parts if not _editor_part().match(part) and not _DIVISION.match(part)]
    parts = [_ORIGINAL_YEAR.sub("", part) for part in parts if part]
    if not parts or not all(parts):
        return False
    # (a person's name, or the word for the author just named after a lead word (`schon ders.`), opens a text's
    # author and title)
    same = _same_author_end(parts[0])
    parts[0] = same or parts[0]
    named = len(parts) >= 2 and (bool(same) or is_name(parts[0]) or _BYNAME.fullmatch(parts[0]) is not None)
    authors, title = (parts[0], ", ".join(parts[1:])) if named else ("", ", ".join(parts))
    # (the siglum is the container, as `in: WA 11` reads: the edition's volume holds the text; an edition with no
    # author stands under its editor, as `Title, ed. Name` does once written editor first)
    ref.update(authors=authors or ", ".join(editors), title=title, editors=", ".join(editors),
               container=found.group("series"), volume=found.group("volume"),
               place=(found.group("place") or "").strip(), year=found.group("year") or "",
               pages=(found.group("cited") or "").strip())
    return True


def _same_author_end(part: str) -> str:
    """The word for "the same author" that ends ``part`` (`ders.` of `schon ders.`), or ""."""
    words = part.split()
    for start in range(len(words)):
        tail = " ".join(words[start:])
        found = SAME_AUTHOR.match(f"{tail} x")  # (the pattern asks for a word after the form's space)
        if found is not None and found.end() >= len(tail) + 1:
            return tail
    return ""
