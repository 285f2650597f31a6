"""A weekday named as the next one after a day the text dates: `Friday, 30 July 1926 … The following Tuesday` is 3 August
1926 (the date rounds' rule 162).

A weekday alone is as often no date (`every Thursday`, a letter headed `'Thursday'`), so it is read only beside a word
that names it as the following one (``weekday_lead_words.csv``: `the following`, `am folgenden`, `le … suivant`), and
only where the date before it in its paragraph is one day: the weekday is the first such day after it. The weekdays'
names are those feasts are reckoned by (``feast_words.csv``, kind weekday). The lead word is not of the surface.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from ..data import data_rows, words_by_kind
from ..patterns import compiled, spaced_alternation, trie_alternation
from .anchors import Anchor, holds
from .feasts import reform_year, weekday
from .values import DateMatch


@lru_cache(maxsize=1)
def _weekdays() -> dict[str, int]:
    return {word: int(value) for word, value in words_by_kind("dates", "feast_words.csv", "value").get("weekday", {}).items()
            if " " not in word}


@lru_cache(maxsize=1)
def _leads() -> dict[str, tuple[str, ...]]:
    """position (before, after) → the lead words."""
    leads: dict[str, list[str]] = {}
    for r in data_rows("dates", "weekday_lead_words.csv"):
        form, position = (r.get("form") or "").strip(), (r.get("position") or "").strip()
        if form and position in ("before", "after"):
            leads.setdefault(position, []).append(form)
    return {k: tuple(sorted(v, key=lambda f: (-len(f), f))) for k, v in leads.items()}


@lru_cache(maxsize=1)
def _languages() -> dict[str, tuple[str, ...]]:
    """lead word (folded, its spaces single) → its languages, whose calendar reform dates its weekdays."""
    return {" ".join(r["form"].split()).casefold(): tuple((r.get("language") or "").split())
            for r in data_rows("dates", "weekday_lead_words.csv") if (r.get("form") or "").strip()}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    # (the weekdays, some seventy names, as one trie: tried at every word of a paragraph that holds a lead)
    days, leads = trie_alternation(sorted(_weekdays())), _leads()
    return compiled(rf"(?<!\w)(?P<lead>{spaced_alternation(leads.get('before', ()))})\s+(?P<w>{days})(?!\w)"
                    rf"|(?<!\w)(?P<w2>{days})\s+(?P<lead2>{spaced_alternation(leads.get('after', ()))})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _anchor() -> Anchor:
    # (every match holds a lead's word: its longest, `following`, `folgenden`, `suivant`)
    return Anchor(words=tuple(sorted({max(f.split(), key=len).casefold() for v in _leads().values() for f in v})))


def find_next_weekdays(text: str, dates: list[DateMatch]) -> list[DateMatch]:
    """The weekdays ``text`` names as the following one, each the first such day after the day of ``dates`` before it.

    >>> from histkit.dates import find_dates
    >>> text = "The conference met on Friday, 30 July 1926. The following Tuesday the delegates met again."
    >>> [(d.surface, d.date_start) for d in find_next_weekdays(text, find_dates(text))]
    [('Tuesday', '1926-08-03')]
    """
    if not dates or not holds(_anchor(), text):  # (most paragraphs hold no lead: one scan in C)
        return []
    out = []
    for m in _pattern().finditer(text):
        group = "w" if m.group("w") else "w2"
        before = [d for d in dates if d.end <= m.start()]
        if not before:
            continue
        last = max(before, key=lambda d: d.end)
        if last.precision != "day" or last.date_start != last.date_end:
            continue
        # (the weekday as the calendar of its day numbers it: before the reform of the lead's language, Julian)
        lead = " ".join((m.group("lead") or m.group("lead2")).split()).casefold()
        day = date.fromisoformat(last.date_start) + timedelta(days=1)
        julian = day.year < reform_year(_languages().get(lead, ()))
        day += timedelta(days=(_weekdays()[m.group(group).casefold()] - weekday(day, julian)) % 7)
        out.append(DateMatch(m.start(group), m.end(group), m.group(group), day.isoformat(), day.isoformat(), "day"))
    return out
