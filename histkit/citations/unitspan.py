"""The years in brackets after a unit are the row's date, not part of the unit: `t. 4 (1820–1830)` → `t. 4`.

A register's or volume's span (`Księga zmarłych …, t. 4 (1820–1830), s. 112`, `Bd. 9 (1930–1945)`) dates the row
(rounds 28–31: a year or span in brackets after a unit is its date). Read with the archive named last, the bracket
left the unit; with the archive first it stayed in it. It is taken out only where the row's date is that span, so a
bracket that is no date (`MS Russ 13.1 (4567)`) stays.
"""

from __future__ import annotations

from ..patterns import compiled

_SPAN_AFTER = compiled(r"\s*\(\s*(?P<first>1\d{3}|20\d{2})(?:\s*[–—-]\s*(?P<last>1\d{3}|20\d{2}))?\s*\)$")


def unit_without_span(row: dict) -> None:
    """Drop from ``row``'s unit the years in brackets closing it when they are the row's date.

    >>> row = {"unit": "t. 4 (1820–1830)", "date_start": "1820-01-01", "date_end": "1830-12-31"}
    >>> unit_without_span(row); row["unit"]
    't. 4'
    >>> row = {"unit": "MS Russ 13.1 (4567)", "date_start": "1937-05-09", "date_end": "1937-05-09"}
    >>> unit_without_span(row); row["unit"]
    'MS Russ 13.1 (4567)'
    """
    unit = row.get("unit") or ""
    span = _SPAN_AFTER.search(unit)
    if span is None or not span.start():
        return
    first, last = span.group("first"), span.group("last") or span.group("first")
    if (row.get("date_start") or "")[:4] == first and (row.get("date_end") or "")[:4] == last:
        row["unit"] = unit[:span.start()]
