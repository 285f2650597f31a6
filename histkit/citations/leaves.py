"""Leaves and pages read as a holding's unit give it back to the level above: `Registri battesimali 3, c. 45r`.

Every round's rule is that leaves, folios and pages are no unit (`c. 56v`, `cc. 101v-103r`, `S. 34`, `fol. 45-47`,
`k. 12v–13r`, `s. 45–47`): they locate a passage inside the unit a historian counts, the volume, register or
manuscript. Where the holding's levels were read with the leaves as the last one, that unit is the level above them:

- the collection before them (`Pfarrarchiv St. Kolumba, Taufbuch 12, S. 34` → `Pfarrarchiv St. Kolumba` |
  `Taufbuch 12`);
- or the number closing a series named in words, as Italian and other archives number a series' volumes
  (`Notarile antecosimiano 1234, c. 56v` → `Notarile antecosimiano` | `1234`; `Registri battesimali 3`; `Catasto
  712`), the way round 29 reads `Sterbebuch der Pfarrei Bruneck, Bd. 9`;
- or a library's manuscript, whose shelfmark `manuscriptunit` makes the unit once the leaves are gone.

The words for leaves and pages are ``leaf_words.csv``'s; a word that names a box or carton too in another language
(Spanish `c.` caja, Czech `k.` karton) is a leaf's there only with the recto or verso mark (`c. 56v`, `k. 12v`).
"""

from __future__ import annotations


from .holdings import opens_with_fond
from .manuscriptunit import is_shelfmark
from .words import LOWER, UPPER, is_leaves
from ..patterns import compiled

# a series named in words (one with a small letter: not a code such as `RG 59`, `FO 371`), then its volume's number
_NAMED_SERIES = compiled(rf"(?P<name>[{UPPER}][^\d,;:()]*{LOWER}[^\d,;:()]*?[^\W\d_])\s+(?P<number>\d+[a-z]?)")


def unit_above_leaves(row: dict) -> None:
    """Drop leaves or pages read as ``row``'s unit and take the level above them as the unit (see the module).

    >>> row = {"fond": "Pfarrarchiv St. Kolumba", "collection": "Taufbuch 12", "unit": "S. 34", "pages": ""}
    >>> unit_above_leaves(row); row["fond"], row["collection"], row["unit"], row["pages"]
    ('Pfarrarchiv St. Kolumba', '', 'Taufbuch 12', 'S. 34')
    >>> row = {"fond": "Notarile antecosimiano 1234", "collection": "", "unit": "c. 56v", "pages": ""}
    >>> unit_above_leaves(row); row["fond"], row["unit"]
    ('Notarile antecosimiano', '1234')
    >>> row = {"fond": "Ms. germ. fol. 12", "collection": "", "unit": "Bl. 3r–5v: Chronik", "pages": "", "title": ""}
    >>> unit_above_leaves(row); row["unit"], row["pages"], row["title"]
    ('', 'Bl. 3r–5v', 'Chronik')
    >>> row = {"fond": "FO 371", "collection": "", "unit": "f. 12", "pages": ""}  # (a code's number: left as read)
    >>> unit_above_leaves(row); row["fond"], row["unit"]
    ('FO 371', 'f. 12')
    """
    unit, fond = (row.get("unit") or "").strip(), (row.get("fond") or "").strip()
    leaves, colon, described = unit.partition(": ")  # (`Bl. 3r–5v: Chronik des Kaufmanns …`: the leaves, then what)
    if not unit or not is_leaves(leaves) or not fond:
        return
    collection = (row.get("collection") or "").strip()
    series = _NAMED_SERIES.fullmatch(fond)
    if collection:
        row["collection"], row["unit"] = "", collection
    elif is_shelfmark(fond):
        row["unit"] = ""  # (`manuscriptunit.manuscript_as_unit`: the shelfmark is the unit)
    elif series is not None and not opens_with_fond(fond):
        row["fond"], row["unit"] = series.group("name"), series.group("number")
    else:
        return
    row["pages"] = row.get("pages") or leaves
    if colon and not row.get("title"):
        row["title"] = described
