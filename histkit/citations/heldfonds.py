"""A fonds cited under one archive that another archive of the authority holds: `BArch, MfS` is the BStU's.

Since 2021 the Stasi records are the Bundesarchiv's Stasi-Unterlagen-Archiv, and historians cite them `BArch, MfS,
HA XX 1234` beside `BStU, MfS, AU 123/56`: one fonds, one holder. ``data/citations/held_fonds.csv`` lists such fonds
(the fond as cited, the code cited, the holder's code); a row whose archive and fond are listed takes the holder as its
archive, so a chart by archive counts the fonds once.
"""

from __future__ import annotations

from functools import lru_cache

from .archives import default_matcher
from .words import word_rows


@lru_cache(maxsize=1)
def _holders() -> dict[tuple[str, str], str]:
    return {(row["archive"].strip(), row["form"].casefold()): row["holder"].strip() for row in word_rows("held_fonds.csv")}


def held_by(row: dict) -> dict:
    """``row`` with the archive that holds its fonds, where ``held_fonds.csv`` lists its archive and fond.

    >>> held_by({"archive": "BArch", "archive_name": "Bundesarchiv", "fond": "MfS"})["archive"]
    'BStU'
    >>> held_by({"archive": "BArch", "archive_name": "Bundesarchiv", "fond": "R 58"})["archive"]
    'BArch'
    """
    holder = _holders().get((row.get("archive") or "", (row.get("fond") or "").strip().casefold()))
    found = default_matcher().match(holder) if holder else None
    if found is not None and found[0].code == holder:
        row.update(archive=found[0].code, archive_name=found[0].name)
    return row
