"""The title and date of an archival citation from the description written apart from its holding.

A note may describe a document before its archive or in a clause of its own (`Minute by Cheke, 2 January 1951, TNA,
FO 371/1`); `describe` reads that description's title and date into the row its holding gave.
"""

from __future__ import annotations

import re

from ..dates import find_date_groups
from .notetext import Tokens, find_dates_covering, set_date


def describe(row: dict, description: str) -> dict:
    """Title and date of an archival citation from the description written apart from its holding; ``row`` updated.

    >>> describe({}, "Minute by Cheke, 2 January 1951")["title"], describe({}, "Minute, 2 January 1951")["date_start"]
    ('Minute by Cheke', '1951-01-02')
    """
    dates = find_date_groups(description)
    if dates and (row.get("date_source") != "text" or dates[-1].precision == "day"):
        set_date(row, dates)
    last = Tokens.of(description, 0)
    keep = len(last)
    if keep and find_dates_covering(last.token(keep - 1)):
        keep -= 1
    title = re.sub(r",?\s*(?:quoted\s+|printed\s+)?(?:in|u|у|в|dans):?$", "", last.join(0, keep), flags=re.IGNORECASE)
    row["title"] = ", ".join(t for t in (title, row.get("title", "")) if t)
    return row
