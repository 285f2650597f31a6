"""A fond written with its number first: the number, and its part, box or name after it.

Yugoslav and post-Yugoslav archives' citations write a fond's number, then after a dash its box and unit
(`AJ, 141 – 33 – 187`, `AJ, 142/II – 623`: fond 142, its part II — a collection, as `AJ, 507, IX` writes it —
and box 623), or the number and the fond's name with no
comma between (`AJ 765 Generalni konzulat Kraljevine SHS v Buenos Airesu, š. 1`). Read whole, the fond of one
archive was a different string in every note, and a chart by fond split one fond into as many bars.

Dutch archives number their archive groups and cite the name first, the number after a word for it
(``access_words.csv``): `Ministerie van Koloniën: Openbaar Verbaal, toegang 2.10.36.04, inv.nr. 1234`. The number is
the fond, as it is where the note gives it alone (`NA, toegang 2.10.36.04, inv.nr. 1240`), and the name its collection.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..patterns import compiled
from .words import alternation

# the number and its roman-numbered part, then after a spaced dash or an en dash the rest: `142/II – 623`, `141–13–70`,
# `672 – 84` (not a hyphen alone: `0610-01`, `1106-004-00312`, `07-001-012/3`, `33/I-143` are one call number)
_DASHED = compiled(r"(?P<fond>\d{1,5})(?:\s*/\s*(?P<part>[IVXLC]{1,5}))?(?:\s+[–—-]\s+|[–—])"
                   r"(?P<rest>(?:[A-Z]\s)?\d[\w/]*(?:\s*[–—-]\s*\d[\w/]*)*)")
# the number, then a name in words opening with a capital and no digit: `765 Generalni konzulat …`, `5225 Archief van
# de Gemeentepolitie` (not `384 Wo 2213/938`, `153 MW 46`: a call number)
_NAMED = compiled(r"(?P<fond>\d{1,5})\s+(?P<name>[^\W\d_][^\W\d_]{2,}(?:\s+[^\s\d,;]+){1,15})")
# the number, then the group's name in brackets: `archief 249 (Generalkommissar für das Sicherheitswesen)`
_BRACKETED = compiled(r"(?P<fond>\d{1,5})\s+\((?P<name>[^\W\d_][^()\d]{2,150})\)")
_YEARS = compiled(r"1[5-9]\d\d\s*[–—-]\s*(?:1[5-9])?\d\d")  # a fond's lifespan, `1918–1941`, no box


def numbered_fond(fond: str, unit: str, name: str) -> tuple[str, str, str]:
    """``fond`` with the box, unit, part or name written after its number set apart: (fond, unit, part or name).
    Where a unit or a name is known already (``unit``, ``name``), or the fond is not so written, all three come back as
    they were.

    >>> numbered_fond("142/II – 623", "", ""), numbered_fond("141–13–70", "", "")
    (('142', '623', 'II'), ('141', '13–70', ''))
    >>> numbered_fond("765 Generalni konzulat Kraljevine SHS v Buenos Airesu", "", "")
    ('765', '', 'Generalni konzulat Kraljevine SHS v Buenos Airesu')
    >>> numbered_fond("249 (Generalkommissar für das Sicherheitswesen)", "", "")
    ('249', '', 'Generalkommissar für das Sicherheitswesen')
    >>> numbered_fond("1918–1941", "", ""), numbered_fond("0610-01", "", ""), numbered_fond("384 Wo 2213/938", "", "")
    (('1918–1941', '', ''), ('0610-01', '', ''), ('384 Wo 2213/938', '', ''))
    """
    if unit or name or _YEARS.fullmatch(fond):
        return fond, unit, name
    dashed = _DASHED.fullmatch(fond)
    if dashed:
        return dashed.group("fond"), dashed.group("rest"), dashed.group("part") or name
    named = _NAMED.fullmatch(fond) or _BRACKETED.fullmatch(fond)
    if named and named.group("name")[0].isupper() and named.group("name")[1:3].islower():
        return named.group("fond"), unit, named.group("name")
    return fond, unit, name


@lru_cache(maxsize=1)
def _access() -> re.Pattern:
    return compiled(rf"^(?:{alternation('access_words.csv')})\s+(?P<number>\d[\w.]*(?:-\d+)?)(?P<rest>(?:\s+/\s+.*)?)$",
                    re.IGNORECASE)


@lru_cache(maxsize=1)
def _bare_access() -> re.Pattern:
    # a group's number with no word for it, dotted or hyphenated (`2.10.36.04`, `1102-1`) or plain after the group's
    # name (`Collectie Sectie Krijgsgeschiedenis, 409, inv.nr. 123`), then an inventory number in
    # Dutch (`unit_words.csv`: `inv.nr.`): the way Dutch archives print a reference, `NA, 2.10.36.04, inv.nr. 1234`
    return compiled(rf"^(?P<number>\d+(?:\.\d+)+|\d+-\d+|\d{{2,4}}),\s*(?P<rest>(?:{alternation('unit_words.csv', language='nl')})\s*\d.*)$",
                    re.IGNORECASE)


def access_number_first(row: dict) -> dict:
    """``row`` with an archive group's access number as its fond and its name as the collection, where the citation
    names the group first (``collection`` then opens with the number's word); else ``row`` as it was.

    >>> access_number_first({"fond": "Ministerie van Koloniën", "collection": "toegang 2.10.36.04"})
    {'fond': '2.10.36.04', 'collection': 'Ministerie van Koloniën'}

    Printed without its word, the number stands between the group's name and the inventory number:

    >>> access_number_first({"fond": "Ministerie van Koloniën: Geheim Archief", "collection": "", "unit": "2.10.36.06, inv.nr. 412"})
    {'fond': '2.10.36.06', 'collection': 'Ministerie van Koloniën: Geheim Archief', 'unit': 'inv.nr. 412'}
    """
    access = _access().match(row["collection"])
    if access and row["fond"]:
        row["fond"], row["collection"] = access.group("number"), row["fond"] + access.group("rest")
        return row
    bare = _bare_access().match(row.get("unit") or "")
    if bare and row["fond"] and not re.search(r"\d", row["fond"]):  # (a named group: its number printed after it)
        named = [part for part in (row["fond"], row["collection"]) if part]
        row["fond"], row["collection"], row["unit"] = bare.group("number"), " / ".join(named), bare.group("rest")
    return row


# a fonds named under a higher level, its word before its name: `Sección Colonia, Fondo Miscelánea`, `Sala VII, Fondo
# Ángel Justiniano Carranza` (the word dropped as from a fond, `Fondo Gobernación` → `Gobernación`, round 15)
_LABELLED = compiled(r"(?:fondos?|fonds|fundo|fons|ramo)\s+(?=(?-i:[A-ZÀ-Þ]))", re.IGNORECASE)


def unlabelled(part: str) -> str:
    """A part of a holding without the word for fonds before its name.

    >>> unlabelled("Fondo Miscelánea"), unlabelled("Fonds anciens"), unlabelled("Protocolos")
    ('Miscelánea', 'Fonds anciens', 'Protocolos')
    """
    label = _LABELLED.match(part)
    return part[label.end():] if label else part


# a series named in one long word and its file's number, no year: `Staatsanwaltschaften 12345`, `Spruchkammern 1234`
# (a word of ten letters or more: a unit's label is a short word, `Bosho 6012` is a register's number, round 13)
_SERIES_NUMBER = compiled(r"(?P<fond>[A-ZÀ-Þ][^\W\d_]{9,})\s+(?P<unit>\d{3,}[a-z]?)")


def series_and_number(token: str) -> tuple[str, str] | None:
    """A series named in a word and the number of its file, where a holding opens with them and no unit word follows
    (`StAM, Staatsanwaltschaften 12345, indictment of …`: fond `Staatsanwaltschaften`, unit `12345`); else None.

    >>> series_and_number("Staatsanwaltschaften 12345"), series_and_number("Bericht 1948"), series_and_number("Akte 12")
    (('Staatsanwaltschaften', '12345'), None, None)
    """
    found = _SERIES_NUMBER.fullmatch(token)
    if found is None or _YEARS.fullmatch(found.group("unit")) or re.fullmatch(r"1[5-9]\d\d|20\d\d", found.group("unit")):
        return None
    return found.group("fond"), found.group("unit")
