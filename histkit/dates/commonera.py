"""Years marked as before or in the common era: `44 BC`, `AD 14`, `490 v. Chr.`, `12 av. J.-C.`, `216 a.C.`, `647 г.
до н. э.`, `146 r. p.n.e.`, `323 π.Χ.`, and the spans, double years, months and days written with them.

The date forms read years of four digits from 1000 (`values`); a year an era's mark stands beside is a year whatever
its digits. The marks are data (``era_marks.csv``: the era, before or after the number), matched case-sensitively,
a space in a form standing for any space or none (`v. Chr.`, `v.Chr.`). A year before the era is written as ISO 8601
writes it, with astronomical numbering (the date rounds' rule 125): 1 BC is `0000`, 44 BC `-0043`, so that a span
across the era is continuous (`27 BC–AD 14`: `-0026-01-01` to `0014-12-31`). Read here: a year; a year of two, as
an Athenian archon's or an indiction's year is written (`508/7 v. Chr.`: the span of the two); a span whose last end
carries the mark for both (`490 bis 479 v. Chr.`, `44–42 BC`, `between 1200 and 1150 BC`) or each end its own (`27
BC–AD 14`); a month or a day before the year (`15 March 44 BC`, `1er août 12 av. J.-C.`, `mayo del 589 d. C.`).
Days are read as written, in the Julian calendar the texts count by.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled
from .anchors import behind_first_characters
from .locators import is_located
from .marks import and_words, joining_words, month_span_forms, ordinal_marks, to_words, year_words
from .values import DateMatch
from .words import month_of


def _form_pattern(form: str) -> str:
    # (a space in a mark's form stands for any space or none: `v. Chr.`, `v.Chr.`, `до н. э.`, `до н.э.`)
    return r"\s*".join(re.escape(part) for part in form.split())


@lru_cache(maxsize=None)
def era_marks(position: str) -> dict[str, str]:
    """The marks written ``position`` (before, after) a year, each with its era (``bce``, ``ce``).

    >>> era_marks("after")["v. Chr."], era_marks("before")["AD"]
    ('bce', 'ce')
    """
    return {row["form"].strip(): row["era"].strip() for row in data_rows("dates", "era_marks.csv")
            if (row.get("position") or "").strip() == position and (row.get("era") or "").strip() in ("bce", "ce")
            and (row.get("form") or "").strip()}


def _alternation(position: str) -> str:
    forms = sorted(era_marks(position), key=lambda form: (-len(form), form))
    return "|".join(_form_pattern(form) for form in forms) or r"(?!)"


@lru_cache(maxsize=None)
def _era_of(position: str) -> dict[str, str]:
    """Each mark's form with its spaces taken out → its era (a text's mark is looked up so)."""
    return {re.sub(r"\s+", "", form): era for form, era in era_marks(position).items()}


def era_of(mark: str, position: str) -> str:
    """The era of a mark as a text writes it (`v.Chr.`, `до н.э.`)."""
    return _era_of(position)[re.sub(r"\s+", "", mark)]


@lru_cache(maxsize=1)
def _marked() -> re.Pattern:
    # a year of one to four digits, or a year of two (`508/7`), with the mark after it (a word for year between, `647
    # г. до н. э.`, `146 r. p.n.e.`) or before it (`AD 14`); not a number's part (`94/800/CE`), but a span's second
    # end after its dash (`389/8–349/8 гг. до н. э.`, `27 BC–AD 14`); a mark before the year with a space after it (`AD93`,
    # `AD29`: the French departmental archives by their département's number)
    year = r"(?P<{0}>\d{{1,4}})(?:/(?P<{0}b>\d{{1,4}}))?"
    # (a match begins with its year's digit or a mark's first letter: a look-ahead for them lets the two look-behinds
    # be tried only there, not at every character of every paragraph, twice for most)
    firsts = "".join(sorted({re.escape(form[0]) for form in era_marks("before")}))
    return compiled(rf"(?=[\d{firsts}])(?:(?<![\w.,/]){year.format('y')}(?:\s*(?:{year_words('after')}))?\s*(?P<after>{_alternation('after')})"
                    rf"|(?<!\w)(?P<before>{_alternation('before')})\s+{year.format('x')})(?![^\W\d_])")


def iso_year(year: int) -> str:
    """An astronomical year as ISO 8601 writes it: four digits, a sign before the era.

    >>> iso_year(-43), iso_year(0), iso_year(14)
    ('-0043', '0000', '0014')
    """
    return f"-{-year:04d}" if year < 0 else f"{year:04d}"


def year_of(iso: str) -> int:
    """The astronomical year of an ISO day or year, its sign read (`-0043-03-15` is -43).

    >>> year_of("-0043-03-15"), year_of("0014-08-19")
    (-43, 14)
    """
    return -int(iso[1:5]) if iso.startswith("-") else int(iso[:4])


def astronomical(year: int, era: str) -> int:
    """The astronomical number of a year counted in an era: 1 BC is 0, 44 BC -43.

    >>> astronomical(44, "bce"), astronomical(1, "bce"), astronomical(14, "ce")
    (-43, 0, 14)
    """
    return 1 - year if era == "bce" else year


def _second(first: int, written: str, era: str) -> int | None:
    """The second year of a year of two as written short (`508/7` → 507, `420/19` → 419, `538/9` → 539), or None
    where it is not the year next to the first in the era's direction (no ancient year of two is longer)."""
    width = 10 ** len(written)
    second = int(written) if len(written) >= len(str(first)) else first - first % width + int(written)
    if era == "bce" and second > first:
        second -= width
    elif era == "ce" and second < first:
        second += width
    return second if abs(second - first) == 1 else None


@dataclass(frozen=True)
class _Year:
    start: int
    end: int
    first: int  # astronomical
    last: int
    era: str


@lru_cache(maxsize=4096)
def _marked_years(text: str) -> tuple[_Year, ...]:
    # (kept per text: the dates table asks of each block's text twice before it reads the block, `EraReading`'s count
    # and its test of a block with no year of four digits, and again of the block as read where reading changed
    # nothing; each a search tried at every character. Enough for a book's blocks, asked in two passes)
    out = []
    for m in _marked().finditer(text):
        position = "after" if m.group("after") else "before"
        era = era_of(m.group(position), position)
        tag = "y" if position == "after" else "x"
        written = int(m.group(tag))
        if written == 0 or era == "bce" and written > 9999:
            continue
        if position == "before" and _ARCHIVE_CODE.match(text, m.end()):
            continue  # (`AD 13, 5 M 12`: the French departmental archives, by their département's number)
        if position == "after" and is_located(text, m.start()):
            continue  # (`artículo 43 CE`, `Art. 81 CE`: a treaty's article, CE the European Community's)
        first = last = astronomical(written, era)
        if m.group(tag + "b"):
            second = _second(written, m.group(tag + "b"), era)
            if second is None:
                continue
            last = astronomical(second, era)
        out.append(_Year(m.start(), m.end(), first, last, era))
    return tuple(out)


# after a year marked before it, a series and its number: an archive's code (`AD 13, 5 M 12`), no year
_ARCHIVE_CODE = compiled(r"\s*,\s*(?:\d+\s*)?[A-Z]{1,3}\s*\d")


def _joint_body() -> str:
    # what joins two ends of a span: a dash, a word for "to", or a word for "and" after a word for "between"
    # (`between c. 1200 and 1150 BC`, `tra il 133 e il 121 a.C.`: the longer words of ``and_words.csv`` first)
    to = "|".join(re.escape(w) for w in sorted({*month_span_forms(), "au", "à", "al", "a", "tot", "по", "до"}))
    return rf"(?:\s*[–—-]\s*|\s+(?:{to}|{to_words()})\s+|\s+(?P<and>{and_words()}|and|und|et|e|y|i|и)\s+)"


@lru_cache(maxsize=1)
def _joined_by() -> re.Pattern:
    # (at the end of the text before the second end)
    return compiled(rf"{_joint_body()}$")


@lru_cache(maxsize=1)
def _joint() -> re.Pattern:
    # (after the first end, an approximating word before the second: `between c. 400 and c. 800`)
    return compiled(rf"{_joint_body()}(?:c\.\s*|ca\.\s*)?")


def span_joint(text: str, pos: int) -> tuple[int, bool] | None:
    """Where the second end of a span starts if a dash or a word for "to" or "and" stands at ``pos``, and whether
    the word is one for "and" (a span only after a word for "between").

    >>> span_joint("400 and c. 800", 3), span_joint("71 tot 104", 2), span_joint("476, 480", 3)
    ((11, True), (7, False), None)
    """
    m = _joint().match(text, pos)
    return (m.end(), m.group("and") is not None) if m else None


@lru_cache(maxsize=1)
def _bare_end() -> re.Pattern:
    return compiled(rf"(?<![\w.,/–-])(?P<y>\d{{1,4}})(?:/(?P<yb>\d{{1,4}}))?(?:\s*(?:{year_words('after')}))?$")


@lru_cache(maxsize=1)
def _between_before() -> re.Pattern:
    words = sorted({row["form"].strip() for row in data_rows("dates", "between_words.csv") if (row.get("form") or "").strip()},
                   key=lambda w: (-len(w), w))
    # (an article or an approximating word may stand between it and the year: `entre el`, `tra il`, `between c.`)
    return compiled(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})(?:\s+\S{{1,4}})?\s+$", re.IGNORECASE)


def _span_start(text: str, year: _Year, before: tuple[_Year, ...]) -> tuple[int, int] | None:
    """Where a span ending at ``year`` starts and its first astronomical year, or None where no end stands before."""
    window = text[max(0, year.start - 60):year.start]
    joint = _joined_by().search(window)
    if joint is None:
        return None
    at = year.start - len(window) + joint.start()
    marked = [b for b in before if b.end == at]
    if marked:
        first = marked[-1]
        return (first.start, first.first) if first.first <= year.first else None
    bare = _bare_end().search(text, max(0, at - 20), at)
    if bare is None or joint.group("and") and not _between_before().search(text, max(0, bare.start() - 30), bare.start()):
        return None
    first = astronomical(int(bare.group("y")), year.era)
    return (bare.start(), first) if 0 < int(bare.group("y")) and first <= year.first else None


@lru_cache(maxsize=1)
def _month_before() -> re.Pattern:
    # a day and a month, or a month alone, before a marked year: `15 March 44 BC`, `1er août 12 av. J.-C.`, `19 agosto
    # del 14 d.C.`, `Σεπτέμβριο του 480 π.Χ.`, `wrześniu 9 r. n.e.`; or a month and day with a comma, `March 15, 44 BC`
    day = rf"(?P<d>\d{{1,2}})(?:\.|er|º|°|st|nd|rd|th|{ordinal_marks()})?\s+(?:{joining_words('day_month')})?"
    return compiled(rf"(?<!\w)(?:{day})?(?P<m>[^\W\d_]+\.?)\s+(?:{joining_words('month_year')})?$"
                    rf"|(?<!\w)(?P<m2>[^\W\d_]+\.?)\s+(?P<d2>\d{{1,2}}),\s+$")


def _month_length(year: int, month: int) -> int:
    # (the Julian calendar's: every fourth astronomical year is a leap year)
    return 29 if month == 2 and year % 4 == 0 else (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]


def month_before(text: str, start: int, end: int, year: int) -> DateMatch | None:
    """The day or month written before the year ``text[start:end]`` (astronomical ``year``) with it, or None.

    >>> month_before("le 31 décembre 406", 15, 18, 406).surface
    '31 décembre 406'
    """
    m = _month_before().search(text, max(0, start - 40), start)
    if m is None:
        return None
    month = month_of(m.group("m") or m.group("m2"))
    if month is None or not 1 <= month <= 12:
        return None
    y = iso_year(year)
    day = m.group("d") or m.group("d2")
    if day is None:
        first = m.start("m")
        value = (f"{y}-{month:02d}-01", f"{y}-{month:02d}-{_month_length(year, month):02d}", "month")
    elif 1 <= int(day) <= _month_length(year, month):
        first = m.start()
        value = (f"{y}-{month:02d}-{int(day):02d}",) * 2 + ("day",)
    else:
        return None
    return DateMatch(first, end, text[first:end], *value)


def find_era_dates(text: str) -> list[DateMatch]:
    """The years, spans, months and days of ``text`` marked as before or in the common era.

    >>> [(d.surface, d.date_start, d.date_end) for d in find_era_dates("from 27 BC–AD 14 to 15 March 44 BC")]
    [('27 BC–AD 14', '-0026-01-01', '0014-12-31'), ('15 March 44 BC', '-0043-03-15', '-0043-03-15')]
    >>> [(d.surface, d.date_start, d.date_end) for d in find_era_dates("von 490 bis 479 v. Chr., 508/7 v.Chr.")]
    [('490 bis 479 v. Chr.', '-0489-01-01', '-0478-12-31'), ('508/7 v.Chr.', '-0507-01-01', '-0506-12-31')]
    """
    years = _marked_years(text)
    out: list[DateMatch] = []
    for k, year in enumerate(years):
        if out and out[-1].end > year.start:
            continue
        span = _span_start(text, year, years[:k])
        if span is not None:
            out = [d for d in out if d.end <= span[0]]
            out.append(DateMatch(span[0], year.end, text[span[0]:year.end], f"{iso_year(span[1])}-01-01",
                                 f"{iso_year(year.last)}-12-31", "year"))
            continue
        month = month_before(text, year.start, year.end, year.first) if year.first == year.last else None
        out.append(month or DateMatch(year.start, year.end, text[year.start:year.end], f"{iso_year(year.first)}-01-01",
                                      f"{iso_year(year.last)}-12-31", "year"))
    return _with_reckonings(text, out)


def names_an_era_year(text: str) -> bool:
    """Whether ``text`` holds a year marked as before or in the common era (`44 BC`, `AD 14`).

    >>> names_an_era_year("in 44 BC"), names_an_era_year("según el artículo 43 CE del Tratado")
    (True, False)
    """
    return bool(_marked_years(text))


def with_era_dates(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """``found`` with the dates an era's mark makes (`find_era_dates`), in place of those read where they stand (`c.
    1274 BC` read as 1274, `CIL XIII 1036 date de 19 apr. J.-C.` as 19 April 1036)."""
    marked = find_era_dates(text)
    if not marked:
        return found
    kept = [d for d in found if all(d.end <= m.start or m.end <= d.start for m in marked)]
    return sorted(kept + marked, key=lambda d: d.start)


@lru_cache(maxsize=1)
def _mark_after() -> re.Pattern:
    return compiled(rf"\s*(?P<mark>{_alternation('after')})(?![^\W\d_])")


def era_after(text: str, pos: int) -> tuple[str, int] | None:
    """The era of a mark written at ``pos`` after a unit (`5. Jh. v. Chr.`, `the third century AD`), and where it ends.

    >>> era_after("V в. до н. э.", 4)
    ('bce', 13)
    """
    m = _mark_after().match(text, pos)
    return (era_of(m.group("mark"), "after"), m.end()) if m else None


def hundred_years(n: int, era: str, unit: int = 100) -> tuple[str, str]:
    """The first and last day of the ``n``th century (or millennium, ``unit`` 1000) of an era, as historians count
    them (the date rounds' rules 4 and 128): the nineteenth century is 1800-1899, the years whose hundreds number is 18,
    so the fifth century BC is 499-400 BC, the first 99-1 BC, and the first century AD 1-99.

    >>> hundred_years(5, "bce"), hundred_years(1, "bce"), hundred_years(1, "ce"), hundred_years(19, "ce")
    (('-0498-01-01', '-0399-12-31'), ('-0098-01-01', '0000-12-31'), ('0001-01-01', '0099-12-31'), ('1800-01-01', '1899-12-31'))
    """
    if era == "bce":
        first, last = astronomical(n * unit - 1, "bce"), astronomical(max((n - 1) * unit, 1), "bce")
    else:
        first, last = max((n - 1) * unit, 1), n * unit - 1
    return f"{iso_year(first)}-01-01", f"{iso_year(last)}-12-31"


def joins_a_span(between: str) -> bool:
    """Whether the text between two dates makes them a span: a dash or a word for "to" (`I w. p.n.e. do IV w. n.e.`).

    >>> joins_a_span(" do "), joins_a_span("–"), joins_a_span(" and ")
    (True, True, False)
    """
    m = _joined_by().fullmatch(between)
    return m is not None and not m.group("and")


@lru_cache(maxsize=1)
def _reckonings() -> dict[str, str]:
    return {row["form"].strip(): row["kind"].strip() for row in data_rows("dates", "reckonings.csv")
            if (row.get("form") or "").strip() and (row.get("kind") or "").strip()}


@lru_cache(maxsize=1)
def _reckoned() -> re.Pattern:
    # (a space in a form stands for any space or none, `_form_pattern`; each form's look-behind after its first letter,
    # `behind_first_characters`: the search skips in C to the forms' first letters, not trying every character)
    forms = behind_first_characters(sorted(_reckonings(), key=lambda f: (-len(f), f)), r"(?<!\w)", r"\s*")
    # a reckoning, its year (and an Olympiad's year in it, `Ol. 89,3`), and a bracket or slash before its equivalent
    return compiled(rf"(?P<r>{forms})\s*(?P<n>\d{{1,4}})(?:[.,](?P<k>[1-4]))?(?!\d)(?P<to>\s*[(/]\s*)?")


def _with_reckonings(text: str, out: list[DateMatch]) -> list[DateMatch]:
    """``out`` with the ancient reckonings of ``text``: before their equivalent, of its surface (`AUC 709 (45 BC)`, `AH
    132 / AD 750`); alone, an AUC year by Varro's count and an Olympiad's year by its four (``reckonings.csv``)."""
    for m in _reckoned().finditer(text):
        equivalent = next((d for d in out if d.start == m.end()), None) if m.group("to") else None
        if equivalent is not None:
            end = equivalent.end + (text[equivalent.end:equivalent.end + 1] == ")" and "(" in m.group("to"))
            out = [DateMatch(m.start(), end, text[m.start():end], equivalent.date_start, equivalent.date_end,
                             equivalent.precision) if d is equivalent else d for d in out]
            continue
        kind, n = _reckonings().get(re.sub(r"\s+", " ", m.group("r")), "other"), int(m.group("n"))
        if kind == "auc" and 0 < n:
            first = last = n - 753
        elif kind == "olympiad" and m.group("k") and 0 < n:
            first = astronomical(776 - 4 * (n - 1) - (int(m.group("k")) - 1), "bce")
            last = first + 1
        else:
            continue
        end = m.end("k") if m.group("k") else m.end("n")
        if all(end <= d.start or d.end <= m.start() for d in out):
            out.append(DateMatch(m.start(), end, text[m.start():end], f"{iso_year(first)}-01-01",
                                 f"{iso_year(last)}-12-31", "year"))
    return sorted(out, key=lambda d: d.start)
