"""Regnal years, as British statutes and records are dated: `5 Geo. III, c. 12`, `4 & 5 Will. IV`, `30 & 31 Vict.`.

A statute is cited by the session's regnal years, counted from the sovereign's accession: `5 Geo. III` is the fifth
year of George III, from the fourth anniversary of his accession (25 October 1764) to the day before the fifth. The
sovereigns, their abbreviations and accession days are data (``regnal_years.csv``); a session over two regnal years
(`4 & 5 Will. IV`) is one span from the first day of the first to the last of the second. Precision ``year``. The
chapter after it (`c. 12`) is a number, not a date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled
from .anchors import Anchor, holds
from .values import DateMatch

_ROMAN = {"I": 1, "V": 5, "X": 10}


def _roman(numeral: str) -> int:
    values = [_ROMAN[c] for c in numeral]
    return sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values))


@lru_cache(maxsize=1)
def _reigns() -> dict[tuple[str, int], date]:
    reigns = {}
    for row in data_rows("dates", "regnal_years.csv"):
        form, numeral = (row.get("form") or "").strip(), (row.get("numeral") or "").strip()
        if form and (row.get("accession") or "").strip():
            reigns[(form.rstrip(".").casefold(), _roman(numeral) if numeral else 0)] = date.fromisoformat(row["accession"].strip())
    return reigns


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    names = "|".join(sorted({re.escape(name) for name, _ in _reigns()}, key=lambda n: (-len(n), n))) or r"(?!)"
    # the regnal year (or two joined by `&` or a dash, `23–24 Edw. III`), the sovereign's abbreviation with its stop, his numeral in Roman or Arabic
    # figures (`13 Geo. V`, `13 Geo. 5`); not a number inside another (`c. 76`), nor a numeral that goes on as a word
    return compiled(rf"(?<![\w.,/-])(?P<first>[1-9]\d?)(?:\s*(?:&|and|[–-])\s*(?P<second>[1-9]\d?))?\s+(?P<name>{names})\."
                    r"(?:\s*(?P<numeral>[IVX]{1,4}|\d{1,2})(?![\w]))?", re.IGNORECASE)


@lru_cache(maxsize=1)
def _anchor() -> Anchor:
    # every regnal year names its sovereign by the abbreviation and its full stop (`Geo.`, `Will.`)
    return Anchor(words=tuple(f"{name}." for name, _ in _reigns()))


def _year(accession: date, n: int) -> tuple[date, date]:
    def anniversary(k: int) -> date:
        try:
            return accession.replace(year=accession.year + k)
        except ValueError:  # (an accession on 29 February)
            return accession.replace(year=accession.year + k, day=28) + timedelta(days=1)
    return anniversary(n - 1), anniversary(n) - timedelta(days=1)


def find_regnal_years(text: str) -> list[DateMatch]:
    """The regnal years ``text`` names, each the span of its year (or two years) of the reign.

    >>> [(d.surface, d.date_start, d.date_end) for d in find_regnal_years("the Stamp Act (5 Geo. III, c. 12)")]
    [('5 Geo. III', '1764-10-25', '1765-10-24')]
    >>> [(d.surface, d.date_start, d.date_end) for d in find_regnal_years("4 & 5 Will. IV, c. 76; 13 Geo. 5")]
    [('4 & 5 Will. IV', '1833-06-26', '1835-06-25'), ('13 Geo. 5', '1922-05-06', '1923-05-05')]
    """
    found = []
    if not holds(_anchor(), text):  # (most paragraphs cite no statute by its session: one scan of the folded text)
        return found
    for m in _pattern().finditer(text):
        numeral = m.group("numeral") or ""
        number = int(numeral) if numeral.isdigit() else _roman(numeral.upper()) if numeral else 0
        accession = _reigns().get((m.group("name").casefold(), number))
        first, last = int(m.group("first")), int(m.group("second") or m.group("first"))
        if accession is None or not first <= last <= first + 1:
            continue
        start, end = _year(accession, first)[0], _year(accession, last)[1]
        found.append(DateMatch(m.start(), m.end(), m.group(), start.isoformat(), end.isoformat(), "year"))
    return found


# a day and a month's name, written before a regnal year as the rolls and their clerks date (`12 May 14 Edw. III`)
_DAY_MONTH_BEFORE = compiled(r"(?<![\w.])(?P<day>[0-3]?\d)\s+(?P<month>[^\W\d_]{3,10}\.?)\s+$")
_SESSION = compiled(r"&|\band\b|[–-]")


def find_regnal_days(text: str) -> list[DateMatch]:
    """The days ``text`` dates by a day, a month and the regnal year they fall in, as English records are dated.

    The day is that month's day within the regnal year, which runs across two years of grace: Edward III's years
    begin on 25 January, so 12 May 14 Edw. III is 12 May 1340 and 20 January 14 Edw. III is 20 January 1341.

    >>> [(d.surface, d.date_start) for d in find_regnal_days("payment of 12 May 14 Edw. III; 20 Jan. 14 Edw. III")]
    [('12 May 14 Edw. III', '1340-05-12'), ('20 Jan. 14 Edw. III', '1341-01-20')]
    >>> find_regnal_days("4 & 5 Will. IV, c. 76; the 12 Commissioners 14 Edw. III")
    []
    """
    from .words import month_of  # (here: `words` loads dateparser's month names, which a statute's year needs not)

    found = []
    for year in find_regnal_years(text):
        before = _DAY_MONTH_BEFORE.search(text, max(0, year.start - 20), year.start)
        month = month_of(before.group("month")) if before else None
        if month is None or _SESSION.search(year.surface):  # (a session over two regnal years: no one year for a day)
            continue
        first, last = date.fromisoformat(year.date_start), date.fromisoformat(year.date_end)
        try:
            day = date(first.year, month, int(before.group("day")))
            day = day if day >= first else date(first.year + 1, month, int(before.group("day")))
        except ValueError:
            continue
        if day <= last:
            found.append(DateMatch(before.start(), year.end, text[before.start():year.end], day.isoformat(),
                                   day.isoformat(), "day"))
    return found
