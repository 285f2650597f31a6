"""An item's reference code after `Ref.`, read as the unit: `JACAR, Ref. B02030123400` → unit `Ref. B02030123400`.

The Japan Center for Asian Historical Records gives every item of the archives it serves (the foreign ministry's,
the defence ministry's, the National Archives') a reference code of a letter and eleven figures, and historians cite
the item by it, `Ref.` before it (round 4: JACAR rows have the unit `Ref. B…`). The code names the item, not a series
above it: read as the first token of the holding it stood as the fond, with no unit.
"""

from __future__ import annotations

from ..patterns import compiled

_ITEM = compiled(r"Ref\.\s?[A-Z]\d{11}")


def item_code_unit(row: dict) -> None:
    """``row`` with a reference code read as its fond moved to its unit, where no unit was read.

    >>> row = {"fond": "Ref. B02030123400", "unit": ""}
    >>> item_code_unit(row); row
    {'fond': '', 'unit': 'Ref. B02030123400'}
    """
    if not row.get("unit") and _ITEM.fullmatch(row.get("fond") or ""):
        row["unit"], row["fond"] = row["fond"], ""
