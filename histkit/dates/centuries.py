"""Centuries named in running text: `the nineteenth century`, `XIXe siècle`, `19. Jahrhundert`, `siglo XX`, `20世紀`,
`उन्नीसवीं सदी`, `Quattrocento` (a century's own name, ``century_names.csv``), read as the hundred years historians
mean by them (the nineteenth: 1800-1899), precision ``year`` as a decade's is.

A century is written with no year of four digits, so the date forms, which look near such years, never see it. The
words for *century* are data (``century_words.csv``: before or after the number, ``*`` for an inflected ending), and
so are the ordinals written as words (``century_ordinals.csv``); otherwise the number is a Roman numeral or digits,
with an ordinal mark or full stop (`XIXe`, `19th`, `XX.`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_rows
from ..ignorecase import ignorecase_fold
from .anchors import Anchor, holds
from .commonera import era_after, hundred_years, joins_a_span, year_of
from ..patterns import compiled
from .marks import numeral_marks
from .values import DateMatch

_ROMAN = {"I": 1, "V": 5, "X": 10}
# the centuries of the years the date readers read: before the common era too, with its mark (`commonera`)
_FIRST, _LAST = 1, 21


def _alternation(forms: list[str]) -> str:
    ordered = sorted(set(forms), key=lambda form: (-len(form), form))
    # (an abbreviation of three letters or fewer as written: `XIX w.` is a century, `7 W.` an initial after a number)
    return "|".join(re.escape(f[:-1]) + r"\w*" if f.endswith("*") else f"(?-i:{re.escape(f)})"
                    if f.endswith(".") and len(f) <= 4 else re.escape(f) for f in ordered) or r"(?!)"


@lru_cache(maxsize=1)
def _ordinals() -> dict[str, int]:
    return {row["form"].strip().casefold(): int(row["number"]) for row in data_rows("dates", "century_ordinals.csv")
            if (row.get("form") or "").strip() and (row.get("number") or "").strip().isdigit()}


def _forms(position: str, unit: str = "century") -> list[str]:
    return [r["form"].strip() for r in data_rows("dates", f"{unit}_words.csv")
            if (r.get("position") or "").strip() == position and (r.get("form") or "").strip()]


@lru_cache(maxsize=None)
def _words(unit: str = "century") -> tuple[str, ...]:
    """The words for century (or millennium), folded (`ignorecase_fold`; an inflected one's stem): every century
    named holds one."""
    return tuple(sorted({ignorecase_fold(form.removesuffix("*")) for p in ("before", "after") for form in _forms(p, unit)}))


@lru_cache(maxsize=None)
def _anchor(unit: str = "century") -> Anchor:
    return Anchor(words=_words(unit))


@lru_cache(maxsize=None)
def _pattern(unit: str = "century") -> re.Pattern:
    words = {p: _alternation(_forms(p, unit)) for p in ("before", "after")}
    ordinal = _alternation(list(_ordinals()))
    marks = numeral_marks("century", "after")  # (`19ος αιώνας`: numeral_marks.csv)

    def number(tag: str) -> str:
        return (rf"(?P<{tag}>(?-i:[XVI]{{1,5}})(?:ème|er|e|\.|{marks})?|\d{{1,2}}(?:st|nd|rd|th|ème|e|\.|वीं|{marks})?|{ordinal})")

    # (a word ending in a hyphen is joined to its number: Indonesian `abad ke-20`)
    return compiled(rf"(?<![\w.]){number('n1')}[\s-]*(?:{words['after']})"
                    # (or touching it, in a script written without spaces between words: Khmer `សតវត្សទី១៩`)
                    rf"|(?<!\w)(?:{words['before']})(?:\s+|(?<=-)|(?<=[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff])){number('n2')}(?!\w)",
                    re.IGNORECASE)


def _value(numeral: str) -> int | None:
    if numeral.casefold() in _ordinals():
        return _ordinals()[numeral.casefold()]
    bare = numeral.rstrip(".").removesuffix("ème").removesuffix("वीं")
    digits = re.match(r"\d+", bare)
    if digits:
        return int(digits.group())
    roman = re.match(r"[XVI]*", bare).group()  # (before its mark: `XIXe`, `XIX-lea`, `Ier`)
    if not roman or bare[len(roman):] not in ("", "e", "er") and not _mark().fullmatch(bare[len(roman):]):
        return None
    values = [_ROMAN[c] for c in roman]
    return sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values))


@lru_cache(maxsize=1)
def _mark() -> re.Pattern:
    return compiled(numeral_marks("century", "after"))


@lru_cache(maxsize=1)
def _names() -> dict[str, int]:
    """A century's own name as written (``century_names.csv``: `Quattrocento`) → its number."""
    return {r["form"].strip(): int(r["century"]) for r in data_rows("dates", "century_names.csv")
            if (r.get("form") or "").strip() and (r.get("century") or "").strip().isdigit()}


@lru_cache(maxsize=1)
def _named() -> re.Pattern:
    # (with its capital: the lower-cased `cinquecento` is a number)
    return compiled(rf"(?<!\w)(?:{'|'.join(map(re.escape, sorted(_names(), key=lambda f: (-len(f), f))))})(?!\w)")


def _named_centuries(text: str) -> list[DateMatch]:
    if not any(name in text for name in _names()):  # (most texts name none: a few `in` tests in C)
        return []
    out = []
    for m in _named().finditer(text):
        first = (_names()[m.group()] - 1) * 100
        out.append(DateMatch(m.start(), m.end(), m.group(), f"{first:04d}-01-01", f"{first + 99:04d}-12-31", "year"))
    return out


def find_centuries(text: str) -> list[DateMatch]:
    """The centuries named in ``text``, each as its hundred years.

    >>> [(d.surface, d.date_start, d.date_end) for d in find_centuries("au XXe siècle, im 19. Jahrhundert")]
    [('XXe siècle', '1900-01-01', '1999-12-31'), ('19. Jahrhundert', '1800-01-01', '1899-12-31')]
    >>> [(d.surface, d.date_start) for d in find_centuries("Il Quattrocento fiorentino")]
    [('Quattrocento', '1400-01-01')]
    """
    # (and a millennium with an era's mark after it, `the first millennium BC`: ``millennium_words.csv``)
    return sorted(_numbered_centuries(text) + _named_centuries(text) + _numbered_centuries(text, "millennium"),
                  key=lambda d: d.start)


def _numbered_centuries(text: str, unit: str = "century") -> list[DateMatch]:
    out = []
    if not holds(_anchor(unit), text):  # (most texts name no century: their folded text is scanned in C, not tried
        return out                         # by the pattern at every character)
    for m in _pattern(unit).finditer(text):
        n = _value(m.group("n1") or m.group("n2"))
        if n is None or not _FIRST <= n <= (_LAST if unit == "century" else 3):
            continue
        # after a word, the number's full stop ends the sentence (`siglo XIX.`, `abad ke-20.`): an ordinal's stop
        # stands only before the word (`19. Jahrhundert`)
        end = m.end() - 1 if m.group("n2") and m.group().endswith(".") else m.end()
        # (an era's mark after it is of it: `5. Jh. v. Chr.`, `VII в. до н. э.`, `siglo IV d. C.`: `commonera`)
        era, end = era_after(text, end) or ("", end)
        if not era and unit == "millennium":  # (a millennium named without an era's mark: a count as often)
            continue
        out.append(DateMatch(m.start(), end, text[m.start():end], *hundred_years(n, era or "ce", 100 if unit == "century"
                                                                                  else 1000), "year"))
    return _spans(text, out)


def _spans(text: str, centuries: list[DateMatch]) -> list[DateMatch]:
    """Two centuries a word for "to" parts as one span: `od I w. p.n.e. do IV w. n.e.` (`commonera.joins_a_span`)."""
    out: list[DateMatch] = []
    for d in centuries:
        last = out[-1] if out else None
        if last is not None and year_of(last.date_start) < year_of(d.date_start) and joins_a_span(text[last.end:d.start]):
            out[-1] = DateMatch(last.start, d.end, text[last.start:d.end], last.date_start, d.date_end, "year")
        else:
            out.append(d)
    return out


def names_a_century(text: str) -> bool:
    """Whether ``text`` may name a century (a quick test before `find_centuries`).

    >>> names_a_century("the nineteenth century"), names_a_century("no date here")
    (True, False)
    """
    return (holds(_anchor(), text) and bool(_pattern().search(text))) or bool(_named_centuries(text))
