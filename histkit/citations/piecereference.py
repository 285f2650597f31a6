"""A reference that ends at its piece, and the registry number printed after it: `IOR/L/PS/10/123, file 456/1912`.

Some archives' references are complete at the piece: the India Office Records' `IOR/L/PS/10/123` is the series
`IOR/L/PS/10` (the Political and Secret Department's separate files) and the piece `123`, which is what a reader
orders. Historians print the department's own registry number of the papers after it (`file 456/1912`), as they print
a despatch's number: it names the papers, it is no unit below the piece. Read as a lettered signature followed by a
file, the whole shelfmark had become the fond and the registry number the unit. Which references end so, and the word
that opens their registry numbers, are in ``piece_references.csv``.
"""

from __future__ import annotations

import functools
import re

from ..data import data_rows
from ..patterns import compiled

# the shelfmark's last part after its last slash, a number: the piece
_PIECE = compiled(r"^(?P<series>\S+)/(?P<piece>\d+[A-Za-z]?)$")


@functools.cache
def _openings() -> tuple[tuple[str, re.Pattern], ...]:
    rows = data_rows("citations", "piece_references.csv")
    return tuple((row["opening"].strip(), compiled(rf"^{re.escape(row['registry_word'].strip())}\s+\S*\d\S*$", re.IGNORECASE))
                 for row in rows if (row.get("opening") or "").strip())


def piece_not_registry(row: dict) -> None:
    """The series and the piece of ``row``'s shelfmark as its fond and unit, the registry number after it dropped.

    >>> row = {"fond": "IOR/L/PS/10/123", "unit": "file 456/1912"}
    >>> piece_not_registry(row); row["fond"], row["unit"]
    ('IOR/L/PS/10', '123')
    >>> row = {"fond": "CA/IR/1/5", "unit": "box 31"}
    >>> piece_not_registry(row); row["fond"], row["unit"]
    ('CA/IR/1/5', 'box 31')
    """
    fond, unit = (row.get("fond") or "").strip(), (row.get("unit") or "").strip()
    for opening, registry in _openings():
        piece = _PIECE.match(fond) if fond.startswith(opening) else None
        if piece and registry.match(unit):
            row["fond"], row["unit"] = piece.group("series"), piece.group("piece")
            return
