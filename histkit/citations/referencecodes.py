"""A holding cited by a reference code of fonds, inventory and file joined by full stops: `EAA.1.2.345`, `ERA.R-1.5.123`.

Estonia's national archives (and the archives that follow its AIS) write a file's place as one code: the archive's
part and the fonds (`EAA.1`, `ERA.957`, `ERAF.1`, `ERA.R-1`), then the inventory and the file (`2.345`). The house
reads the fonds as the fond and the inventory and file as the unit (round 3's `ERA.1` | `2.345`); what a note gives
below the file (`l. 12–15`, a leaf) is no unit. A code read whole as the fond is parted so.
"""

from __future__ import annotations

from ..patterns import compiled

# letters for the archive's part, the fonds' number (`R-1` for a fonds of a lettered series), then inventory and file
_CODE = compiled(r"(?P<fond>[A-Z]{2,5}\.(?:[A-Z]-)?\d+)\.(?P<unit>\d+\.\d+)")


def reference_code_fields(row: dict) -> None:
    """Part a reference code read whole as ``row``'s fond into fond and unit; the leaves below the file go.

    >>> row = {"kind": "archival", "fond": "EAA.1.2.345", "collection": "", "unit": "l. 12–15"}
    >>> reference_code_fields(row); row["fond"], row["unit"]
    ('EAA.1', '2.345')
    >>> row = {"kind": "archival", "fond": "ERA.R-1.5.123", "collection": "", "unit": ""}
    >>> reference_code_fields(row); row["fond"], row["unit"]
    ('ERA.R-1', '5.123')
    >>> row = {"kind": "archival", "fond": "ERA.R-1", "collection": "", "unit": "n. 5, s. 12"}
    >>> reference_code_fields(row); row["fond"], row["unit"]
    ('ERA.R-1', 'n. 5, s. 12')
    """
    m = _CODE.fullmatch(row.get("fond") or "")
    if m is None or row.get("collection") or row.get("kind") != "archival":
        return
    row["fond"], row["unit"] = m["fond"], m["unit"]
