"""A colonial government's proceedings cited by month and numbers: `NAI, Foreign Dept., Secret-E, Progs., March 1897,
nos 12–15`.

The Government of India and its provinces filed each department's papers into monthly proceedings of a branch
(`Secret-E`, `External-A`, `Public-A`), numbered within the month; the archives still retrieve them so. The month is
part of the reference, as a file's year is part of `dosar 45/1921`: the unit is the month's proceedings with their
numbers (`Progs., March 1897, nos 12–15`), the department the fond and the branch the collection. Read as a holding
of commas, the word and the month had become two more collections and the numbers alone the unit. The month dates
the row only where the note gives no document's own day: a note by an officer of 14 February, filed in April's
proceedings, is of 14 February; the proceedings alone are the papers recorded that month. The words for proceedings
are in ``proceedings_words.csv``.
"""

from __future__ import annotations

import functools
import re

from ..dates import find_dates
from ..patterns import compiled
from .words import forms

# the proceedings' numbers: `nos 12–15`, `no. 4`, `Nos. 112-118 and 120`
_NUMBERS = compiled(r"nos?\.?\s*\d+[a-z]?(?:\s*(?:[–—-]|,|and|&)\s*\d+[a-z]?)*", re.IGNORECASE)


@functools.cache
def _words() -> dict[str, str]:
    # each word as it is printed, with or without its full stop (a holding's tokens lose a final one) → the list's form
    return {form.rstrip(".").casefold(): form for form in forms("proceedings_words.csv")}


def proceedings_unit(row: dict) -> None:
    """The month's proceedings and their numbers as the unit of ``row``; the month as its date where it has none.

    >>> row = {"fond": "Foreign Dept", "collection": "Secret-E / Progs / March 1897", "unit": "nos 12–15"}
    >>> proceedings_unit(row); row["collection"], row["unit"], row["date_start"], row["date_precision"]
    ('Secret-E', 'Progs., March 1897, nos 12–15', '1897-03-01', 'month')
    >>> row = {"collection": "External-A / Progs / July 1898", "unit": "nos 112–118", "date_start": "1898-06-02"}
    >>> proceedings_unit(row); row["unit"], row["date_start"]
    ('Progs., July 1898, nos 112–118', '1898-06-02')
    """
    parts = (row.get("collection") or "").split(" / ")
    unit = row.get("unit") or ""
    if len(parts) < 2 or not _NUMBERS.fullmatch(unit):
        return
    word = _words().get(parts[-2].rstrip(".").casefold())
    months = find_dates(parts[-1])
    if word is None or len(months) != 1 or months[0].precision != "month" or months[0].end - months[0].start != len(parts[-1]):
        return
    row["collection"] = " / ".join(parts[:-2])
    row["unit"] = f"{word}, {parts[-1]}, {unit}"
    if not row.get("date_start"):
        month = months[0]
        row.update(date_start=month.date_start, date_end=month.date_end, date_precision="month", date_source="text")
