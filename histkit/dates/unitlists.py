"""The bare item of a list of decades or centuries: `ve 30. a 40. letech 19. století`, `nos anos 30 ou 40`, `W latach
70. i 80. XX wieku`, `de zeventiende en achttiende eeuw`, `XVIII и XIX в.` (the date rounds' rules 28, 36, 117, 120).

A list of two decades or centuries writes the words for decade and century once: before the first item or after the
last. The readers read the item with the words; the other is a bare number, which alone is no date. It is read here
where it has the shape of the number its neighbour was read from (two digits with the same stop, a Roman numeral with
the same mark, an ordinal in words) and a word for "and" or "or" (``and_words.csv``, ``or_words.csv``) joins them: a
row of its own, in the neighbour's century, or in that of a century read just after it (`80. XX wieku`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled
from .daylists import AND_WORDS
from .marks import and_words
from .values import DateMatch


@lru_cache(maxsize=1)
def _join() -> str:
    ors = sorted({r["form"].strip() for r in data_rows("dates", "or_words.csv") if (r.get("form") or "").strip()},
                 key=lambda f: (-len(f), f))
    # (the Czech and Slovak `a`, "and", after an item with its ordinal stop: `30. a 40. letech`; the Romance `a` is "to")
    return rf"(?:\s*,\s*|\s+(?:{AND_WORDS}|{and_words()}|{'|'.join(map(re.escape, ors))}|(?<=\.\s)a)\s+)"


@lru_cache(maxsize=1)
def _ordinals() -> dict[str, int]:
    return {r["form"].strip().casefold(): int(r["number"]) for r in data_rows("dates", "century_ordinals.csv")
            if (r.get("form") or "").strip() and (r.get("number") or "").strip().isdigit()}


_ROMAN = {"I": 1, "V": 5, "X": 10}
# a decade's two digits (with an apostrophe before or a stop after), a century's Roman numeral or digits with their
# mark, or an ordinal in words: the first or last token of a date's surface
_DECADE_TOKEN = compiled(r"(?P<ap>['’]?)(?P<n>\d0)(?P<stop>\.?)")
_CENTURY_TOKEN = compiled(r"(?-i:(?P<roman>[XVI]{1,5}))(?P<mark>e|ème|\.)?|(?P<digits>\d\d)(?P<dmark>\.|e|th|st|nd|rd)"
                          r"|(?P<word>[^\W\d_]+)")


def _kind(d: DateMatch) -> str | None:
    first, last = int(d.date_start[:4]), int(d.date_end[:4])
    if d.date_start[5:] != "01-01" or d.date_end[5:] != "12-31":
        return None
    return "decade" if last - first == 9 and not first % 10 else "century" if last - first == 99 and not first % 100 \
        else None


def _item(token: re.Match, kind: str) -> str:
    """A pattern for a bare item of the shape of ``token``."""
    if kind == "decade":
        return rf"{re.escape(token.group('ap'))}\d0{re.escape(token.group('stop'))}"
    if token.group("roman"):
        return rf"(?-i:[XVI]{{1,5}}){re.escape(token.group('mark') or '')}"
    if token.group("digits"):
        return rf"\d\d{re.escape(token.group('dmark'))}"
    return "|".join(sorted(map(re.escape, _ordinals()), key=lambda f: (-len(f), f)))


def _century_of(item: str) -> int | None:
    if item.casefold() in _ordinals():
        return _ordinals()[item.casefold()]
    bare = item.rstrip(".").removesuffix("ème").removesuffix("e")
    if bare[:2].isdigit():
        return int(bare[:2])
    values = [_ROMAN.get(c, 0) for c in bare]
    return sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values)) or None


def _row(text: str, start: int, end: int, first: int, kind: str) -> DateMatch:
    last = first + (9 if kind == "decade" else 99)
    return DateMatch(start, end, text[start:end], f"{first:04d}-01-01", f"{last:04d}-12-31", "year")


def with_listed_units(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """``found`` (the dates of a body paragraph ``text``) with the bare items of its lists of decades and centuries.

    >>> from histkit.dates.centuries import find_centuries
    >>> text = "de zeventiende en achttiende eeuw"
    >>> [(d.surface, d.date_start[:4]) for d in with_listed_units(text, find_centuries(text))]
    [('zeventiende', '1600'), ('achttiende eeuw', '1700')]
    """
    out = list(found)
    for d in found:
        kind = _kind(d)
        if kind is None:
            continue
        pattern = _DECADE_TOKEN if kind == "decade" else _CENTURY_TOKEN
        head = pattern.match(d.surface)
        if head and head.end() < len(d.surface):
            out += _item_before(text, d, head, kind, out)
        tail = re.search(rf"(?<![\w'’.])(?:{pattern.pattern})$", d.surface)
        if tail and tail.start() > 0 and kind == "decade":
            out = _item_after(text, d, pattern.match(d.surface, tail.start()), out)
    return sorted(out, key=lambda d: d.start)


def _item_before(text: str, d: DateMatch, token: re.Match, kind: str, taken: list[DateMatch]) -> list[DateMatch]:
    m = compiled(rf"(?<![\w'’.,])(?P<item>{_item(token, kind)}){_join()}$", re.IGNORECASE).search(
        text, max(0, d.start - 40), d.start)
    if m is None or any(o.start < m.end("item") and m.start("item") < o.end for o in taken):
        return []
    if kind == "decade":
        return [_row(text, m.start("item"), m.end("item"),
                     int(d.date_start[:4]) // 100 * 100 + int(m.group("item").strip("'’.")), kind)]
    number = _century_of(m.group("item"))
    return [_row(text, m.start("item"), m.end("item"), (number - 1) * 100, kind)] if number and 11 <= number <= 21 else []


def _item_after(text: str, d: DateMatch, token: re.Match, taken: list[DateMatch]) -> list[DateMatch]:
    m = compiled(rf"{_join()}(?P<item>{_item(token, 'decade')})(?![\w'’])").match(text, d.end)
    if m is None or any(o.start < m.end("item") and m.start("item") < o.end for o in taken if o is not d):
        return taken
    digits = int(m.group("item").strip("'’."))
    gap = re.match(r"\s+", text[m.end("item"):])
    century = next((c for c in taken if gap and c.start == m.end("item") + gap.end() and _kind(c) == "century"), None)
    if century is not None:
        row = _row(text, m.start("item"), century.end, int(century.date_start[:4]) + digits, "decade")
        return [o for o in taken if o is not century] + [row]
    if not re.match(r"\s*(?:[.,;:)]|$)", text[m.end("item"):]):
        return taken  # (a bare number before a word is as often a count: `anos 30 ou 40 mil`)
    return taken + [_row(text, m.start("item"), m.end("item"), int(d.date_start[:4]) // 100 * 100 + digits, "decade")]
