"""Months named without their day or year in running text, dated by the date before them: `Ferragosto del 1943 … i
bombardamenti di agosto`, `Pfingsten 1525 … bis Anfang Juli`, `в мае того же года`, `6 December … the following
January` (the date rounds' rules 7 and 113).

A month alone is as often no date (`May` the verb, a month that recurs), so it is read only after a word that leads
into a time (``month_lead_words.csv``: `in`, `im`, `di`, `sinds`, `Anfang`, `early`), and only where the date before it
in its paragraph lies within one year: the month is of that year, or, after a word for *the following*, the first such
month after it (in the next year where it comes earlier in the year). The lead word is not of the surface.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_rows
from ..ignorecase import ignorecase_fold
from ..patterns import compiled
from .anchors import Anchor, holds
from .values import DateMatch, month_end
from .words import month_names


@lru_cache(maxsize=1)
def _leads() -> dict[str, str]:
    return {" ".join(r["form"].split()).casefold(): (r.get("kind") or "").strip()
            for r in data_rows("dates", "month_lead_words.csv") if (r.get("form") or "").strip()}


def _alternation(kinds: tuple[str, ...]) -> str:
    forms = sorted((f for f, kind in _leads().items() if kind in kinds), key=lambda f: (-len(f), f))
    return "|".join(r"\s+".join(map(re.escape, f.split())) for f in forms)


@lru_cache(maxsize=1)
def _other_year() -> re.Pattern:
    # (a month the phrase after it puts in another year, `In September the following year`: no row, rule 113)
    return compiled(rf"\s*,?\s*(?:{_alternation(('next_year',))})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=2)
def _pattern(same_year: bool = True) -> re.Pattern:
    """The months after a lead word, and (``same_year``) those before a phrase for *the same year*."""
    leads = _alternation(("in", "next"))
    # (the month a word of its own, no day or year after it: those the date forms read)
    led = rf"(?<!\w)(?P<lead>{leads})(?:\s+|(?<=-))(?P<month>[^\W\d_]{{3,}})(?![\w'’-])(?!\s*,?\s*\d)"
    if not same_year:  # (a text without such a phrase: the month after a lead alone, tried only at a lead's first letter)
        firsts = "".join(sorted({re.escape(f[0]) for f, kind in _leads().items() if kind in ("in", "next")}))
        return compiled(rf"(?=[{firsts}]){led}" if firsts else led, re.IGNORECASE)
    same = _alternation(("same_year",))
    # (or before a phrase for *the same year*, `октябрём того же года`, which leads into it as the word before does)
    return compiled(rf"{led}|(?<![\w-])(?P<month_s>[^\W\d_]{{3,}})\s+(?:{same})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _same_year_anchor() -> Anchor:
    # (the phrases as the pattern reads them, in the folded text `holds` searches: their words any space apart)
    forms = [f for f, kind in _leads().items() if kind == "same_year"]
    return Anchor(patterns=("|".join(r"\s+".join(re.escape(ignorecase_fold(w)) for w in f.split()) for f in forms) or r"(?!)",))


@lru_cache(maxsize=256)
def _candidates(text: str) -> tuple[re.Match, ...]:
    """The pattern's matches in ``text``, kept: the dates table asks twice of a body paragraph (its days' months, then
    its named units). A month before a phrase for *the same year* is sought only where the text holds one: most
    paragraphs hold none, and that branch was tried at every word. The word after a lead may itself lead into the
    month (`until the following November`: `until` and `the`, no month, then `the following` and `November`), so
    after a word that is no month the search goes on from that word (`_matches`)."""
    return _matches(_pattern(holds(_same_year_anchor(), text)), text)


def _matches(pattern: re.Pattern, text: str) -> tuple[re.Match, ...]:
    """The matches of one of `_pattern`'s patterns in ``text``, each search going on from the word after a lead where
    that word is no month, else from the match's end."""
    search, out, pos, names = pattern.search, [], 0, month_names()
    while (m := search(text, pos)) is not None:
        out.append(m)
        pos = m.start("month") if m.group("month") and m.group("month").lower() not in names else m.end()
    return tuple(out)


def names_another_year(text: str, end: int) -> bool:
    """Whether a phrase at ``end``, after a month or a day and month, puts it in another year than the date before it
    (`In September the following year`, `1. ledna následujícího roku`): such a date is relative, no row (rule 113).

    >>> names_another_year("1. ledna následujícího roku", 8)
    True
    """
    return _other_year().match(text, end) is not None


def find_bare_months(text: str, dates: list[DateMatch]) -> list[DateMatch]:
    """The months ``text`` names alone after a lead word, each in the year the date of ``dates`` before it gives.

    >>> from histkit.dates import find_dates
    >>> text = "The Treaty was signed in December 1921, and the Dáil approved it the following January; in May."
    >>> [(d.surface, d.date_start, d.date_end) for d in find_bare_months(text, find_dates(text))]
    [('January', '1922-01-01', '1922-01-31'), ('May', '1922-05-01', '1922-05-31')]
    >>> find_bare_months("He came in September 1950. In September the following year he wrote.", find_dates("1950"))
    []
    >>> [d.surface for d in find_bare_months("около 15 сентября 1919 г.; датировали октябрём того же года", find_dates("около 15 сентября 1919 г."))]
    ['октябрём']
    """
    if not dates:
        return []
    out: list[DateMatch] = []
    for m in _candidates(text):
        group = "month" if m.group("month") else "month_s"
        month = month_names().get(m.group(group).lower())
        before = [d for d in dates + out if d.end <= m.start(group)]
        if month is None or not before or any(d.start < m.end() and m.start(group) < d.end for d in dates) \
                or _other_year().match(text, m.end()):
            continue
        last = max(before, key=lambda d: d.end)
        if last.date_start[:4] != last.date_end[:4]:  # (after `1914–1918` or `the 1920s` the year is not known)
            continue
        year = int(last.date_start[:4])
        if group == "month" and _leads().get(" ".join(m.group("lead").split()).casefold()) == "next" \
                and month <= int(last.date_start[5:7]):
            year += 1
        out.append(DateMatch(m.start(group), m.end(group), m.group(group), f"{year:04d}-{month:02d}-01",
                             f"{year:04d}-{month:02d}-{month_end(year, month):02d}", "month"))
    return out
