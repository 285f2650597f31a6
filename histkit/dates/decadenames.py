"""Decades named in words without their century: `anni Trenta`, `jaren dertig`, `snin sebgħin`, `miaka ya sabini`
(``decade_names.csv``), read in the century of the nearest year the text names.

Such a decade has no year of four digits, so the date forms never see it; its century is the one the writer's dates
around it are in (`anni Trenta` beside `1932` is the 1930s). Without a dated year in the text there is no row: the
words alone do not say which century.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled, trie_alternation
from .anchors import Anchor, holds
from .values import DateMatch
from .words import first_letters


@lru_cache(maxsize=1)
def _names() -> dict[str, int]:
    return {r["form"].strip().casefold(): int(r["decade"]) for r in data_rows("dates", "decade_names.csv")
            if (r.get("form") or "").strip() and (r.get("decade") or "").strip().isdigit()}


@lru_cache(maxsize=1)
def _forms() -> tuple[str, ...]:
    # the names as written, lower-cased: a case-folded `dreißiger` is `dreissiger`, which `re` does not match to `ß`
    return tuple(sorted({r["form"].strip().lower() for r in data_rows("dates", "decade_names.csv")
                         if (r.get("form") or "").strip() and (r.get("decade") or "").strip().isdigit()}))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    # (the words may stand on two lines or with two spaces: any white space between them)
    forms = "|".join(r"\s+".join(map(re.escape, f.split())) for f in sorted(_forms(), key=lambda f: (-len(f), f)))
    # (behind a look-ahead of the names' first letters: in any case `re` builds no prefix check, and tried the
    # look-behind and every name at each character of each paragraph; the same matches)
    return compiled(rf"{first_letters(_forms())}(?<!\w)(?:{forms})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _named() -> re.Pattern:
    # `_pattern`'s names as one trie: it matches where `_pattern` does, and is asked first where the anchor holds (its
    # words, `lat`, `let`, `anni`, stand in some 500 of the corpus PDFs' 2,100 paragraphs, a decade's name in 13), where
    # `_pattern` tries the names one by one at each word (0.06 -> 0.015 s CPU of the corpus PDFs' dates table)
    names = trie_alternation(sorted(" ".join(f.split()) for f in _forms())).replace(r"\ ", r"\s+")
    return compiled(rf"{first_letters(_forms())}(?<!\w)(?:{names})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _anchor() -> Anchor:
    # every match holds each word of its name
    return Anchor.of_forms(_names())


def find_decade_names(text: str, dates: list[DateMatch]) -> list[DateMatch]:
    """The decades ``text`` names in words, each in the century of the nearest of ``dates`` (those read in it).

    >>> from histkit.dates import find_dates
    >>> text = "Negli anni Trenta, dopo il 1932, il regime si consolidò."
    >>> [(d.surface, d.date_start, d.date_end) for d in find_decade_names(text, find_dates(text))]
    [('anni Trenta', '1930-01-01', '1939-12-31')]
    """
    if not dates or not holds(_anchor(), text):  # (most paragraphs name no decade in words: one scan in C)
        return []
    if _named().search(text) is None:  # (and most that hold an anchor's word hold it in another word: `lat`, `let`)
        return []
    out = []
    for m in _pattern().finditer(text):
        nearest = min(dates, key=lambda d: min(abs(d.start - m.end()), abs(m.start() - d.end)))
        century = int(nearest.date_start[:4]) // 100 * 100
        first = century + 10 * _names()[re.sub(r"\s+", " ", m.group().casefold())]
        out.append(DateMatch(m.start(), m.end(), m.group(), f"{first:04d}-01-01", f"{first + 9:04d}-12-31", "year"))
    return out


# (a decade and its century: `padesátých letech 20. století`, `latach trzydziestych XX wieku`, `anni Venti del Novecento`)
_TO_CENTURY = compiled(r"\s+(?:del\s+)?")


def with_their_centuries(text: str, named: list[DateMatch], centuries: list[DateMatch]) -> tuple[list, list]:
    """The decades of ``named`` (`find_decade_names`) with the century of ``centuries`` that follows one of them as
    one date in that century, and the centuries no decade took.

    >>> from histkit.dates import find_dates
    >>> from histkit.dates.centuries import find_centuries
    >>> text = "W latach trzydziestych XX wieku, po 1935 r., sądy orzekały."
    >>> named, centuries = with_their_centuries(text, find_decade_names(text, find_dates(text)), find_centuries(text))
    >>> [(d.surface, d.date_start, d.date_end) for d in named], centuries
    ([('latach trzydziestych XX wieku', '1930-01-01', '1939-12-31')], [])
    """
    out, taken = [], set()
    for name in named:
        century = next((c for c in centuries if c.start >= name.end and _TO_CENTURY.fullmatch(text, name.end, c.start)),
                       None)
        if century is None or century.date_end[:4] != f"{int(century.date_start[:4]) + 99:04d}":
            out.append(name)
            continue
        first = int(century.date_start[:4]) + int(name.date_start[:4]) % 100
        out.append(DateMatch(name.start, century.end, text[name.start:century.end], f"{first:04d}-01-01",
                             f"{first + 9:04d}-12-31", "year"))
        taken.add(century.start)
    return out, [c for c in centuries if c.start not in taken]
