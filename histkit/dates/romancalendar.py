"""Days of the Roman calendar, as medieval charters and letters are dated: `xiv Kal. Ian. anno Domini 1338`, `iii Non.
Mai.`, `Id. Oct. 1360`, `pridie Id. Oct.`, `MCCCXLVIII, XIV Kal. Ianuarii`.

The Kalends are the first of the month, the Nones the 7th in March, May, July and October and the 5th in the other
months, the Ides the 15th and the 13th; a count before them goes back to the day, both days counted (`iii Non. Mai.` =
5 May, `xiv Kal. Ian.` = 19 December, `pridie` the day before). A day counted back from the Kalends of January is in
December of the year the text names with it (the date rounds' rule 79). The day is read as written, in the calendar of
its document (rule 27). A day without its year takes the year of the date before it (rule 7). The words and the months'
first letters are data (``roman_calendar.csv``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from ..data import words_by_kind
from ..patterns import compiled
from .anchors import Anchor, holds
from .calendars import roman_number
from .values import DateMatch

_ROMAN_YEAR = r"(?-i:M{1,2}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))"
# (the days of the nones and ides in March, May, July and October; in every other month two days earlier)
_LATE_MONTHS = (3, 5, 7, 10)


@lru_cache(maxsize=1)
def _words() -> dict[str, dict[str, str]]:
    """kind → {word (folded) → month}."""
    return words_by_kind("dates", "roman_calendar.csv", "month")


def _alternation(words) -> str:
    # (an abbreviation is written with its stop, `Kal.`, `Id.`: Italian `non marzo` is no day)
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) or r"(?!)"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    words = _words()
    days = "|".join(_alternation(words.get(k, {})) for k in ("kalends", "nones", "ides"))
    count = rf"(?:{_alternation(words.get('count', {}))}|(?-i:[ivxIVX]{{1,5}})|[1-9]\d?)"
    year = rf"(?:1[0-7]\d\d|[5-9]\d\d|{_ROMAN_YEAR})"
    # (the year before the day in Roman figures, with a comma, as charters' datings run: `anno Domini MCCCXLVIII, XIV
    # Kal. Ianuarii`, not a number a citation ends with; or after the month, `anno Domini` between them)
    return compiled(rf"(?<![\w])(?:(?P<year_first>{_ROMAN_YEAR}),\s+)?(?:(?P<count>{count})\s+)?(?P<day>{days})(?![\w])\s*"
                    rf"(?P<month>{_alternation(words.get('month', {}))})[^\W\d_]*\.?"
                    rf"(?:\s+(?:anno\s+(?:Domini\s+)?)?(?P<year>{year})(?![\w/]))?", re.IGNORECASE)


# every such day names its kalends, nones or ides and then its month (the anchor's words folded, as the text is)
_ANCHOR = Anchor(patterns=(r"(?:kal|kl|non|id)[a-z]*\.?\s+(?:ian|jan|feb|mar|apr|mai|iun|jun|iul|jul|aug|sep|oct|nov|dec)",))


def _day(kind: str, month: int, count: int, year: int) -> date:
    if kind == "kalends":
        # (counted back from the Kalends of the next year's January, a day stays in the December of ``year``)
        first = date(year + 1, 1, 1) if month == 1 and count > 1 else date(year, month, 1)
        return first - timedelta(days=count - 1)
    named = (7 if kind == "nones" else 15) if month in _LATE_MONTHS else (5 if kind == "nones" else 13)
    return date(year, month, named) - timedelta(days=count - 1)


def _number(written: str) -> int:
    return int(written) if written.isdigit() else roman_number(written)


def find_roman_days(text: str, found: list[DateMatch] = ()) -> list[DateMatch]:
    """The days ``text`` names in the Roman calendar; ``found``, the other dates of the text, give a day without its year
    the year of the date before it.

    >>> [(d.surface, d.date_start) for d in find_roman_days("datum xiv Kal. Ian. anno Domini 1338, iii Non. Mai. 1349")]
    [('xiv Kal. Ian. anno Domini 1338', '1338-12-19'), ('iii Non. Mai. 1349', '1349-05-05')]
    """
    out: list[DateMatch] = []
    if not holds(_ANCHOR, text):  # (most paragraphs name no Roman day: one scan of the folded text)
        return out
    words = _words()
    for m in _pattern().finditer(text):
        written = m.group("year") or m.group("year_first")
        if written:
            year = _number(written)
        else:
            before = [d for d in list(found) + out if d.end <= m.start()]
            if not before:
                continue
            year = int(max(before, key=lambda d: d.end).date_start[:4])
        count = m.group("count") or "1"
        count = int(words["count"][count.casefold()]) if count.casefold() in words.get("count", {}) else _number(count.upper())
        kind = next(k for k in ("kalends", "nones", "ides") if m.group("day").casefold() in words.get(k, {}))
        month = int(words["month"][m.group("month").casefold()])
        if not 500 <= year <= 1799 or not 1 <= count <= 19:
            continue
        day = _day(kind, month, count, year)
        out.append(DateMatch(m.start(), m.end(), m.group(), day.isoformat(), day.isoformat(), "day"))
    return out


def with_roman_days(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """``found``, the dates of ``text``, with the days of the Roman calendar in place of the months and years read
    inside them (`Id. Oct. 1360` is a day, not October).

    >>> from histkit.dates import find_dates
    >>> [(d.surface, d.date_start) for d in with_roman_days("copia: Id. Oct. 1360.", find_dates("copia: Id. Oct. 1360."))]
    [('Id. Oct. 1360', '1360-10-15')]
    """
    days = find_roman_days(text, found)
    if not days:
        return found
    kept = [d for d in found if all(d.end <= r.start or r.end <= d.start for r in days)]
    return sorted(kept + days, key=lambda d: d.start)
