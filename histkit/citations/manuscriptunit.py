"""A library's manuscript cited by its shelfmark and leaves: the shelfmark is the unit, the leaves no part of it.

`Biblioteka Jagiellońska, Rkp. 9871 III, k. 14–19`, `BCP, ms. Qq H 45, cc. 1-30`, `BNM, Libr. MS 1145, ff. 12–30`:
the manuscript is the unit a historian counts, as `MS 1123` is when nothing follows it, and the leaves or pages after
it are pages, like those of a file. A shelfmark opens with a word for a manuscript (``manuscript_words.csv``: `MS`,
`Cod.`, `Rkp.`, `LS`); where a unit of its own follows it (`MS 12345, box 45/3`), it stays the fond. The library's
manuscript department named before the shelfmark (``manuscript_departments.csv``: `Handschriftensammlung`, `Sammlung
von Handschriften und alten Drucken`) is no fond either, as a department after an archive's name is none.
"""

from __future__ import annotations

import functools
import re

from .words import alternation
from ..patterns import compiled

# leaves or pages: `k. 14–19`, `ff. 12–30`, `fol. 45v`, `fols 12r–18v`, `cc. 1-30`, `Bl. 3`, `lgh 3–9`, `pp. 4-5`
_LEAVES = compiled(r"(?:ff?|fols?|k|kk|cc?|Bl|lgh|pp?|ll?|лл?)\.?\s*\d+[rv]?(?:\s*[–—-]\s*\d+[rv]?)?(?:\s*\([^()]*\))?")
# (and the date in brackets after them: `lgh 3–9 (1911)`)


@functools.cache
def _department() -> re.Pattern:
    # (with the code the article defines after it: `Handschriftensammlung [henceforth WBR]`)
    return compiled(rf"(?:{alternation('manuscript_departments.csv')})(?:\s*[(\[][^()\[\]]{{1,40}}[)\]])?", re.IGNORECASE)


@functools.cache
def _shelfmark() -> re.Pattern:
    return compiled(rf"(?:{alternation('manuscript_words.csv')})(?![^\W\d_])\s*\S.*")


def is_shelfmark(text: str) -> bool:
    """Whether ``text`` is a library's shelfmark, opening with a word for a manuscript (``manuscript_words.csv``).

    >>> is_shelfmark("Add. MS 12345"), is_shelfmark("Vat. lat. 3456"), is_shelfmark("MSW II")
    (True, True, False)
    """
    return _shelfmark().fullmatch(text.strip()) is not None


def manuscript_as_unit(row: dict) -> None:
    """Move a manuscript's shelfmark read as the fond to the unit when only its leaves (or nothing) stood as unit.

    >>> row = {"fond": "Rkp. 9871 III", "collection": "", "unit": "k. 14–19"}
    >>> manuscript_as_unit(row); row["fond"], row["unit"]
    ('', 'Rkp. 9871 III')
    >>> row = {"fond": "Handschriftensammlung [henceforth WBR]", "collection": "", "unit": "H.I.N. 145302"}
    >>> manuscript_as_unit(row); row["fond"], row["unit"]
    ('', 'H.I.N. 145302')
    >>> row = {"fond": "MSW II", "collection": "", "unit": ""}  # (no word for a manuscript: `MSW` is a ministry's)
    >>> manuscript_as_unit(row); row["fond"], row["unit"]
    ('MSW II', '')
    >>> row = {"fond": "MS 12345", "collection": "", "unit": "box 45/3"}
    >>> manuscript_as_unit(row); row["fond"], row["unit"]
    ('MS 12345', 'box 45/3')
    """
    if row.get("unit") and _department().fullmatch((row.get("fond") or "").strip()):
        row["fond"], row["collection"] = row.get("collection") or "", ""  # (`Handschriftensammlung, H.I.N. 145302`)
    fond, unit = (row.get("fond") or "").strip(), (row.get("unit") or "").strip()
    if not fond or row.get("collection") or not _shelfmark().fullmatch(fond):
        return
    if not unit or _LEAVES.fullmatch(unit):
        row["fond"], row["unit"] = "", fond
