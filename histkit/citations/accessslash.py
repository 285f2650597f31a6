"""An archive group's number and an inventory number parted by a slash: `NIOD, 249/1240` is the NIOD's archive 249 (the
Generalkommissar für das Sicherheitswesen's papers), its inventory number 1240.

A bare `number/number` is most often one registry or file number, the unit whole (`1234/1848`, a file of that year;
`2403/12`); only the archives of ``slash_access_archives.csv`` write their references so, and only their rows are
parted at the slash: the group's number the fond, the inventory number the unit, as a Dutch note writes them with
their words (`archief 249, inv.nr. 1240`).
"""

from __future__ import annotations

import functools

from ..data import data_rows
from ..patterns import compiled

_SLASHED = compiled(r"(?P<fond>\d{1,4})\s?/\s?(?P<unit>\d{1,6}[a-z]?)")


@functools.cache
def _archives() -> frozenset[str]:
    return frozenset(row["archive"].strip() for row in data_rows("citations", "slash_access_archives.csv"))


def access_and_inventory(row: dict) -> None:
    """Part ``row``'s fond read as `group/inventory` at the slash, for the archives that write their references so.

    >>> row = {"archive": "NIOD", "fond": "249/1240", "collection": "", "unit": ""}
    >>> access_and_inventory(row); row["fond"], row["unit"]
    ('249', '1240')
    >>> row = {"archive": "TNA", "fond": "249/1240", "collection": "", "unit": ""}
    >>> access_and_inventory(row); row["fond"], row["unit"]
    ('249/1240', '')
    """
    found = _SLASHED.fullmatch((row.get("fond") or "").strip())
    if found and not (row.get("unit") or "").strip() and row.get("archive") in _archives():
        row["fond"], row["unit"] = found.group("fond"), found.group("unit")
