"""Years below 1000 written bare in a history of antiquity or the early Middle Ages: `in 476`, `en 451`, `ca. 830`,
`Rond 260`, `(756)`, `(568-586)`, `van 71 tot 104`, `24 August 410`, `mayo del 589`, `161 r.`, `255–257 гг.`.

The date forms read years from 1000; below it a bare number is as often a count, a page or a line. A document that
marks its years by era (`44 BC`, `AD 14`: `commonera`) is a history of those centuries, and there a number of up to
three digits is a year where a word of ``year_lead_words.csv`` leads into it (`in`, `nel`, `Rond`, `το`), an
abbreviated word for year follows it (`r.`, `гг.`: ``year_words.csv``), a month stands before it, or it stands alone
in brackets. It is read in the era of the marked years of its paragraph, the nearest before it, else after it, else
of the paragraphs before (the date rounds' rule 127: `im Sommer 415` among years `v. Chr.` is 415 BC).
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Iterable

from ..data import data_rows
from ..patterns import compiled
from .commonera import astronomical, era_after, find_era_dates, iso_year, month_before, names_an_era_year, \
    span_joint, with_era_dates, year_of
from .marks import decade_forms
from .values import DateMatch

# a bare number of up to three digits, or a year of two (`406/407`): not a part of a larger number (`7,228`, `1.22`,
# `400 000`), nor glued to letters (`80s`, `5ο`, `370-е`), nor an ordinal (`5. Jh.`: `centuries`)
_NUMBER = r"(?<![\w.,/§])(?P<{0}>\d{{1,3}})(?:/(?P<{0}b>\d{{1,4}}))?(?![\w%]|[.,]\d|\s\d{{3}}(?!\d)|-[^\W\d_]|\.\s*[^\W\d_]{{1,3}}\.)"


def _words() -> list[str]:
    return sorted({row["form"].strip() for row in data_rows("dates", "year_lead_words.csv") if (row.get("form") or "").strip()},
                  key=lambda w: (-len(w), w))


@lru_cache(maxsize=1)
def _led() -> re.Pattern:
    lead = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _words())
    # (an approximating word may stand between: `between c. 400`)
    return compiled(rf"(?<![\w.])(?P<lead>{lead})\s+(?:c\.\s*|ca\.\s*)?{_NUMBER.format('y')}", re.IGNORECASE)


@lru_cache(maxsize=1)
def _year_word_forms() -> str:
    forms = {row["form"].strip() for row in data_rows("dates", "year_words.csv")
             if (row.get("order") or "").strip() == "after" and (row.get("form") or "").strip().endswith(".")}
    return "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f))) or r"(?!)"


@lru_cache(maxsize=1)
def _worded() -> re.Pattern:
    # a year, or a span of two, with an abbreviated word for year after it: `161 r.`, `255–257 гг.`
    return compiled(rf"{_NUMBER.format('y')}(?:\s*[–—-]\s*(?P<z>\d{{1,3}}))?\s*(?:{_year_word_forms()})(?!\w)")


_BRACKETED = compiled(rf"(?<=\()\s*{_NUMBER.format('y')}(?:\s*[–—-]\s*(?P<z>\d{{1,3}}))?\s*(?=\))")
_THREE = compiled(rf"{_NUMBER.format('y')}")


@lru_cache(maxsize=1)
def _between_words() -> frozenset[str]:
    return frozenset(row["form"].strip().casefold() for row in data_rows("dates", "between_words.csv")
                     if (row.get("form") or "").strip())


def _era_at(marked: list[DateMatch], pos: int, default: str) -> str:
    before = [d for d in marked if d.end <= pos]
    if before:
        return "bce" if year_of(before[-1].date_end) <= 0 else "ce"
    after = [d for d in marked if d.start >= pos]
    return ("bce" if year_of(after[0].date_start) <= 0 else "ce") if after else default


def _second(first: int, m: re.Match, tag: str) -> int | None:
    if not m.group(tag):
        return None
    second = int(m.group(tag))
    if m.group(tag) and len(m.group(tag)) < len(str(first)):  # (`406/7`)
        second += first - first % 10 ** len(m.group(tag))
    return second


def _year(text: str, start: int, end: int, first: int, last: int | None, era: str) -> DateMatch | None:
    if first == 0 or last is not None and (last == 0 or (last - first) * (1 if era == "ce" else -1) <= 0):
        return None
    a, b = astronomical(first, era), astronomical(last if last is not None else first, era)
    return DateMatch(start, end, text[start:end], f"{iso_year(a)}-01-01", f"{iso_year(b)}-12-31", "year")


def _led_years(text: str, marked: list[DateMatch], default: str) -> list[DateMatch]:
    out = []
    for m in _led().finditer(text):
        first, end = int(m.group("y")), m.end()
        last = _second(first, m, "yb")
        joint = span_joint(text, end) if last is None else None
        between = m.group("lead").split()[0].casefold() in _between_words()
        if joint is not None and (not joint[1] or between):
            second = _THREE.match(text, joint[0])
            if second is not None:
                last, end = int(second.group("y")), second.end()
        year = _year(text, m.start("y"), end, first, last, _era_at(marked, m.start(), default))
        if year is None and last is not None and end == m.end():
            continue
        out.append(year or _year(text, m.start("y"), m.end("y"), first, None, _era_at(marked, m.start(), default)))
    return [d for d in out if d is not None]


def _other_years(text: str, marked: list[DateMatch], default: str) -> list[DateMatch]:
    out = []
    for m in (*_worded().finditer(text), *_BRACKETED.finditer(text)):
        first = int(m.group("y"))
        last = int(m.group("z")) if m.group("z") else _second(first, m, "yb")
        out.append(_year(text, m.start("y"), m.end(), first, last, _era_at(marked, m.start(), default)))
    for m in _THREE.finditer(text):
        if len(m.group("y")) == 3 and not m.group("yb"):
            era = _era_at(marked, m.start(), default)
            out.append(month_before(text, m.start(), m.end(), astronomical(int(m.group("y")), era)))
    return [d for d in out if d is not None]


@lru_cache(maxsize=1)
def _decade() -> re.Pattern:
    # a decade of one to three digits: `the 80s`, `the 550s`, `370-е годы`, `430er Jahren` (``decade_words.csv``)
    forms = sorted(decade_forms("after"), key=lambda f: (-len(f), f))
    glued = "|".join(re.escape(f) for f in forms if f.startswith("-")) or r"(?!)"
    spaced = "|".join(re.escape(f) for f in forms if not f.startswith("-")) or r"(?!)"
    return compiled(rf"(?<![\w.,/])(?P<n>\d?[1-9]0)(?:s|['’]s|{glued}|(?:er)?\s+(?:{spaced}))(?!\w)")


def _decades(text: str, marked: list[DateMatch], default: str) -> list[DateMatch]:
    out = []
    for m in _decade().finditer(text):
        era, end = era_after(text, m.end()) or (_era_at(marked, m.start(), default), m.end())
        n = int(m.group("n"))
        a, b = (astronomical(n + 9, era), astronomical(n, era)) if era == "bce" else (n, n + 9)
        out.append(DateMatch(m.start(), end, text[m.start():end], f"{iso_year(a)}-01-01", f"{iso_year(b)}-12-31", "year"))
    return out


def find_early_years(text: str, default: str = "ce") -> list[DateMatch]:
    """The bare years below 1000 of ``text``, a paragraph of a history that marks its years by era elsewhere.

    >>> [(d.surface, d.date_start) for d in find_early_years("Odoacer in 476; (756); on 24 August 410; 161 r.")]
    [('476', '0476-01-01'), ('756', '0756-01-01'), ('24 August 410', '0410-08-24'), ('161 r.', '0161-01-01')]
    >>> [(d.surface, d.date_start) for d in find_early_years("um 421 v. Chr., im Sommer 415 aus")]
    [('415', '-0414-01-01')]
    """
    marked = find_era_dates(text)
    out: list[DateMatch] = []
    candidates = _decades(text, marked, default) + _led_years(text, marked, default) + _other_years(text, marked, default)
    for d in sorted(candidates, key=lambda d: (d.start, -d.end)):
        if all(d.end <= m.start or m.end <= d.start for m in marked + out):
            out.append(d)
    return out


# a few words, then a bracket before a marked year: another reckoning's year given with its equivalent (`297 г.
# боспорской эры (1 г. н. э.)`)
_EQUIVALENT = compiled(r"(?:\s+[^\W\d_]+\.?){0,3}\s*\(\s*")


def _with_equivalents(text: str, found: list[DateMatch], early: list[DateMatch],
                      marked: list[DateMatch]) -> tuple[list[DateMatch], list[DateMatch]]:
    """A bare year of another reckoning and the marked year in brackets after it as one date, the marked one's."""
    for year in list(early):
        m = _EQUIVALENT.match(text, year.end)
        equivalent = next((d for d in found if m and d.start == m.end() and d in marked), None)
        if equivalent is None:
            continue
        end = equivalent.end + (text[equivalent.end:equivalent.end + 1] == ")")
        early.remove(year)
        found = [DateMatch(year.start, end, text[year.start:end], d.date_start, d.date_end, d.precision)
                 if d is equivalent else d for d in found]
    return found, early


class EraReading:
    """How one document's years are read around the beginning of the era: the marked ones always (`commonera`), the
    bare ones below 1000 where the document marks any (`find_early_years`), each paragraph in the era of the last
    marked year before it."""

    def __init__(self, texts: Iterable[str]):
        # (two marked years at least: one alone is as often a stray, `76 A.D. Nagy`, an author's initials after a note's
        # number, as a history of antiquity)
        self.active = sum(len(find_era_dates(text)) for text in texts if names_an_era_year(text)) >= 2
        self.era = "ce"

    def names_a_year(self, text: str) -> bool:
        """Whether ``text`` may hold a year only this reading reads."""
        return names_an_era_year(text) or self.active and _THREE.search(text) is not None

    def dates(self, text: str, found: list[DateMatch]) -> list[DateMatch]:
        """``found`` with the years read here, in place of what the date forms read where they stand."""
        found = with_era_dates(text, found)
        if not self.active:
            return found
        early = [d for d in find_early_years(text, self.era) if all(d.end <= f.start or f.end <= d.start for f in found)]
        marked = find_era_dates(text)
        found, early = _with_equivalents(text, found, early, marked)
        if marked:
            self.era = "bce" if year_of(marked[-1].date_end) <= 0 else "ce"
        return sorted(found + early, key=lambda d: d.start)
