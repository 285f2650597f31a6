"""A document described after its unit and a colon: `LAB, A Rep. 001-02, Nr. 4512: Bericht des Oberbürgermeisters vom
3. Oktober 1929`; `AAN, MPiH, sygn. 4513: protokoły posiedzeń … z 3 i 17 października 1927 r.`

A historian who gives the holding first may describe the document after a colon, as a heading is followed by its
entry. The readers of units take a colon inside a call number for part of it (`B III 2:12`, `33-1914-1:12`), so the
description and its date went into the unit. A colon followed by a space and a word is no call number's: the unit
ends before it, the words after it are the document's description, and their one date (a day, a span of days, a
month, a year) is the document's, unless the row already has one or the description says it is undated. A holding
set between dashes inside the sentence (`… vom 4. Februar 1931 – RKO, Nr. 1302 –, während …`) ends at its closing dash.
"""

from __future__ import annotations

from .notetext import set_date
from ..dates import find_date_groups, says_undated
from ..patterns import compiled

# a unit holding a number, a colon, a space, then a word (not a number: `Ea:45`, `3:5` stay whole)
_DESCRIBED = compiled(r"^(?P<unit>.*\d[^:]*?)\s*:\s+(?P<rest>[^\W\d_].*)$")
# the dash that closes a holding set between dashes inside the sentence
_CLOSING_DASH = compiled(r"\s+[–—][\s,]*$")


def described_after_colon(row: dict) -> None:
    """Cut the description a colon opens from an archival ``row``'s unit; date the row by it when undated.

    >>> row = {"kind": "archival", "unit": "Nr. 4512: Bericht vom 3. Oktober 1929.", "title": "", "date_start": ""}
    >>> described_after_colon(row)
    >>> row["unit"], row["title"], row["date_start"]
    ('Nr. 4512', 'Bericht vom 3. Oktober 1929', '1929-10-03')
    >>> row = {"kind": "archival", "unit": "B III 2:12", "title": "", "date_start": ""}
    >>> described_after_colon(row)
    >>> row["unit"]
    'B III 2:12'
    """
    if row.get("kind") != "archival":
        return
    if _CLOSING_DASH.search(row.get("unit") or ""):  # (`– RKO, Nr. 1302 –, während …`: the dash closes the holding)
        row["unit"] = _CLOSING_DASH.sub("", row["unit"])
    m = _DESCRIBED.match(row.get("unit") or "")
    if m is None:
        return
    rest = m.group("rest").rstrip(" .")
    row["unit"] = m.group("unit").strip()
    row["title"] = row.get("title") or rest
    if not row.get("date_start") and not says_undated(rest):
        dates = find_date_groups(rest)
        if len(dates) == 1:
            set_date(row, dates)
