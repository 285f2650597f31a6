"""A French archive's cote read as its series and its article: `APP, BA 1412` → `BA` | `1412`.

French archives number the articles (cartons, registers) of each series: a cote is the series' letters, perhaps with
a sub-series' figure or letter (`BA`, `C`, `GGI`, `I1`, `D2U8`, `4 M`, `F7`), then the article's number. Cited
alone, the whole cote used to stand as the fond with no unit; a historian reads the series as the fond and the
article as the unit, as the house reads `F7 13245, dossier 4513` and `GR 7 N 2912`. Only the archives the authority
places in France (``archives.csv``'s country ``FR``), and those it lacks that the article names with the words of
``cote_archive_names.csv`` (`Archives communales de Millau, BB 12`), are read so: a lone `RG 59`, `FO 371` or
`R 29045` of another house is a fond or a volume of its own. Leaves after the article (`f° 7`) are no unit.

`settle_units` applies this after `leaves.unit_above_leaves` (leaves are no unit) and `manuscriptunit.manuscript_as_unit`
(a manuscript's shelfmark, the unit), then `proceedings.proceedings_unit` (a colonial government's monthly
proceedings, the unit) and `piecereference.piece_not_registry` (a reference that ends at its piece), and then
`unitspan.unit_without_span` (a unit's bracketed years, its date).
"""

from __future__ import annotations

import functools
import re

from ..data import data_rows
from .words import alternation
from .accessslash import access_and_inventory
from .archives import load_archives
from .holdings import is_unit_token
from .archivegloss import gloss_not_fond
from .itemcode import item_code_unit
from .leaves import unit_above_leaves
from .manuscriptunit import manuscript_as_unit
from .piecereference import piece_not_registry
from .proceedings import proceedings_unit
from .unitspan import unit_without_span
from ..patterns import compiled

# a series (a figure first perhaps, `4 M`, or a municipal archive's deposit number, `1217 WP`; letters and figures,
# `D2U8`; a sub-series' letters after a space, `7 N`) then the article's number (and its piece in brackets: `17 G 381 (126)`)
_COTE = compiled(r"(?P<series>(?:\d{1,4}\s)?[A-Z][A-Za-z0-9]{0,5}(?:\s[A-Z]{1,3})?)\s(?P<article>\d{2,}[a-z]?(?:\s\(\d+\))?)")


@functools.cache
def _fonds_cote() -> re.Pattern:
    # a fonds' letters before its numbered series (`french_fonds_codes.csv`: `GR 7 N 2912`, the army's fonds at
    # Vincennes; `GGA 16 H 12`, the government-general of Algeria's at Aix), fonds and series together the fond, as
    # the house reads `GR 7 N` | `2912` (not every code so shaped: ECPAD's `SPA 45 L 2310` numbers one photograph)
    codes = "|".join(re.escape(row["code"].strip()) for row in data_rows("citations", "french_fonds_codes.csv"))
    # (an article parted in pieces, `GR 26 N 634/3`: a unit's journal of marches in a carton of several, the piece kept)
    return compiled(rf"(?P<series>(?:{codes})\s\d{{1,3}}\s?[A-Z]{{1,3}})\s(?P<article>\d{{2,}}[a-z]?(?:/\d{{1,3}})?)")


# leaves after the article: `f° 7`, `fo 12`, `ff. 3-9`, `fol. 4`
_LEAVES = compiled(r"(?:f[°o]s?|ff?\.|fols?\.)\s*\d+[rv]?(?:\s*[–—-]\s*\d+[rv]?)?", re.IGNORECASE)


@functools.cache
def _french_archives() -> frozenset[str]:
    # (France's, and those of the countries whose archives number their series so: `cote_countries.csv`)
    countries = {row["country"].strip() for row in data_rows("citations", "cote_countries.csv")}
    table = load_archives()
    return frozenset(table.loc[table["country"].fillna("").isin(countries), "code"]) if "country" in table else frozenset()


@functools.cache
def _cote_names() -> re.Pattern:
    # the words that open the name of an archive the authority lacks which numbers its series so, `Archives
    # départementales du Gers` (`cote_archive_names.csv`): its name as the article gives it, beside its code
    return compiled(rf"(?:{alternation('cote_archive_names.csv')})\b", re.IGNORECASE)


def _numbers_series(row: dict) -> bool:
    """Whether ``row``'s archive numbers the articles of its lettered series: a French archive of the authority's, or
    one the article names with the words of `cote_archive_names.csv` (by its code too: `désormais ADG`)."""
    name = row.get("archive_name") or row.get("archive") or ""
    return row.get("archive") in _french_archives() or (name[:9] == "Archives " and _cote_names().match(name) is not None)


def series_and_article(row: dict) -> None:
    """Split a French archive's lone cote, read as the fond, into its series (the fond) and its article (the unit).

    >>> row = {"archive": "APP", "fond": "BA 1412", "collection": "", "unit": ""}
    >>> series_and_article(row); row["fond"], row["unit"]
    ('BA', '1412')
    >>> row = {"archive": "AML", "fond": "1217 WP 45", "collection": "", "unit": ""}
    >>> series_and_article(row); row["fond"], row["unit"]
    ('1217 WP', '45')
    >>> row = {"archive": "ANOM", "fond": "GGA 16 H 12", "collection": "", "unit": ""}
    >>> series_and_article(row); row["fond"], row["unit"]
    ('GGA 16 H', '12')
    >>> row = {"archive": "ANOM", "fond": "GGM", "collection": "", "unit": "2 D 45"}
    >>> series_and_article(row); row["fond"], row["collection"], row["unit"]
    ('GGM', '2 D', '45')
    >>> row = {"archive": "SHD", "fond": "GR 1 H 2814", "collection": "", "unit": "dossier 3"}
    >>> series_and_article(row); row["fond"], row["unit"]
    ('GR 1 H', '2814, dossier 3')
    >>> row = {"archive": "Archives communales de Millau", "fond": "BB 12", "collection": "", "unit": ""}
    >>> series_and_article(row); row["fond"], row["unit"]
    ('BB', '12')
    >>> row = {"archive": "NARA", "fond": "RG 59", "collection": "", "unit": ""}
    >>> series_and_article(row); row["fond"], row["unit"]
    ('RG 59', '')
    """
    fond, unit = (row.get("fond") or "").strip(), (row.get("unit") or "").strip()
    french = _numbers_series(row)
    if french and fond and not row.get("collection") and _COTE.fullmatch(unit):
        # a fonds named, then a series' cote (`GGM, 2 D 45`, `Fonds anciens, 1 E 45`): the series, then its article
        row["collection"], row["unit"] = _COTE.fullmatch(unit).group("series"), _COTE.fullmatch(unit).group("article")
        return
    if not french or row.get("collection"):
        return
    if unit and not _LEAVES.fullmatch(unit):
        # a fonds' cote before the file in its article (`GR 1 H 2814, dossier 3`): the article heads the unit
        m = _fonds_cote().fullmatch(fond) if is_unit_token(unit) else None
        if m is not None:
            row["fond"], row["unit"] = m.group("series"), f"{m.group('article')}, {unit}"
        return
    m = _COTE.fullmatch(fond) or _fonds_cote().fullmatch(fond)
    if m is not None:
        row["fond"], row["unit"] = m.group("series"), m.group("article")


def settle_units(row: dict) -> None:
    """The fond and unit of a parsed archival row as the holding's own numbering reads them (see the module)."""
    gloss_not_fond(row)  # (`JACAR (Japan Center for Asian Historical Records), Ref. …`: the name, no fond)
    unit_above_leaves(row)
    manuscript_as_unit(row)
    series_and_article(row)
    proceedings_unit(row)  # (`Secret-E, Progs., March 1897, nos 12–15`: the month's proceedings, the unit)
    piece_not_registry(row)  # (`IOR/L/PS/10/123, file 456/1912`: the piece, not the department's registry number)
    unit_without_span(row)
    item_code_unit(row)  # (`JACAR, Ref. B02030123400`: the item's code, the unit)
    access_and_inventory(row)  # (`NIOD, 249/1240`: the archive group and its inventory number, `accessslash`)
