"""Days and months written with a two-digit year, as letters, telegrams, forms and minutes write them: `12.5.38`,
`1. 6. 38`, `3/10/38`, `16-5-38`, `12-5-'38`, Swedish `13/5-38` and `12/5 1938`, a telegram's `16 MAY 38 1445`, a
signal's `121530Z MAY 44`, `Feb. '52`, `the spring of '38`.

The date forms read four-digit years; these read the century's years in two digits, in the century of the other
dates of the block, else the twentieth (the date rounds' rules 58 and 87). Each holds a digit and a separator between
two numbers, its anchor. A slashed day reads as the document writes slashed dates (`dayorder`); dotted, hyphened and
Swedish dates put the day first. A named month with a bare two-digit year is read only in capitals, as telegrams
and signals write it: in prose `16 May 38` is as often sixteen May and 38 of something. Not where a file, page or
unit number stands (`ref. 12/38`, `Nr. 12.5.38`: `locators`, `unitnumbers`) nor inside a longer number.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..patterns import compiled
from .anchors import Anchor, holds
from .dayorder import day_first
from .locators import is_located
from .unitnumbers import is_unit_number
from .values import DateMatch, iso_day, month_end
from .words import month_names, month_of

_D = r"(?P<d>3[01]|[12]\d|0?[1-9])"
_M = r"(?P<m>1[0-2]|0?[1-9])"
_Y = r"(?P<y>\d\d)"
_APOSTROPHE = "'’"
_END = r"(?![\d/.,]\d|\d|[^\W\d_])"  # (not inside a longer number, `12.5.38.4`, nor glued to a word)



@lru_cache(maxsize=1)
def _forms() -> tuple[re.Pattern, ...]:
    start = r"(?<![\w/.,:-])"
    # (each form searched on its own: a form that matches and reads nothing, `timed '12`, hides no other's match)
    return tuple(compiled(form) for form in [
        # dotted or hyphened, the day first: `12.5.38`, `1. 6. 38`, `16-5-38`, `12-5-'38`
        rf"(?P<dot>{start}{_D}(?P<s>\.\s?|-){_M}(?P=s)['’]?{_Y}{_END})",
        # slashed: `3/10/38`, `5/23/44` (the document's order), also before a time, `12/5/44 1530`
        rf"(?P<sl>{start}(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<sy>\d\d){_END})",
        # the Scandinavian day and month before a hyphened short year or a spaced full one: `13/5-38`, `12/5 1938`
        rf"(?P<sv>{start}(?P<vd>3[01]|[12]\d|0?[1-9])/(?P<vm>1[0-2]|0?[1-9])(?:\s?-(?P<vy>\d\d)|\s(?P<vyy>1\d{{3}}|20\d\d)){_END})",
        # a signal's date-time group: day, hour and minute, zone letter, month, year: `121530Z MAY 44`
        r"(?P<dtg>(?<![\w])(?P<gd>3[01]|[12]\d|0[1-9])\d{4}[A-Z]\s+(?P<gm>[A-Z]{3})\s+(?P<gy>\d\d)(?!\d))",
        # a telegram's day, month in capitals and short year: `16 MAY 38`, `16 MAGGIO 38`
        rf"(?P<tg>{start}(?P<td>3[01]|[12]\d|0?[1-9])\s+(?P<tm>[^\W\d_]{{3,}}|[IVX]{{1,4}})\s+(?P<ty>\d\d)(?![\d/.,:]\d|\d|[^\W\d_]))",
        # a month and a short year after an apostrophe: `Feb. '52`; or without one, a month's whole name with its
        # capital, as an event is named by its month, `Mai 68`, `Únor 48` (`_read`: a number that is no day)
        rf"(?P<my>(?<![\w.])(?P<mm>[^\W\d_]{{3,}}\.?(?=\s+[{_APOSTROPHE}])|[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ][^\W\d_]{{2,}}(?=\s+\d))\s+(?P<ap>[{_APOSTROPHE}]?)(?P<my_y>\d\d)(?![\d{_APOSTROPHE}%]|[.,]\d|[^\W\d_]))",
        # a year alone after an apostrophe, a word before it: `the spring of '38`
        rf"(?P<ay>(?<=[^\W\d_]\s)[{_APOSTROPHE}](?P<ay_y>\d\d)(?![\d{_APOSTROPHE}%]|[^\W\d_]))",
    ])


# what each form's matches hold, in the folded text (`anchors`): a form is tried only on a text that holds its anchor
# (the first five, of the numeric forms, open with a digit: written as the rest after it, to be sought together)
_NUMERIC_RESTS = (r"(?:\.\s?|-)\d{1,2}(?:\.\s?|-)['’]?\d\d", r"/\d{1,2}/\d\d", r"/\d{1,2}(?:\s?-\d\d|\s\d{4})",
                  r"\d{5}[a-z]\s", r"\s+[^\W\d_]+\s+\d\d(?!\d)")
_ANCHORS = (
    *(Anchor(patterns=(rf"\d{rest}",)) for rest in _NUMERIC_RESTS),
    Anchor(patterns=(r"\s['’]?\d\d",)),
    # (the apostrophe first, the space behind it: the scan in C stops at the rare apostrophes, not at every space; the
    # same texts hold it as hold `\s['’]\d\d`)
    Anchor(patterns=(r"['’](?<=\s['’])\d\d",)),
)
# what one of the numeric forms' anchors holds, one scan to the digits: a text holds it where it holds one of them
# (most texts hold none, and five scans were the forms' dearest part of the dates table: an alternation each of whose
# branches opens with the digit scans no faster than the five, the digit put before them does)
_NUMERIC = Anchor(patterns=(rf"\d(?:{'|'.join(_NUMERIC_RESTS)})",))


def _tried(text: str):
    """The forms whose anchor ``text`` holds, in their order."""
    numeric = holds(_NUMERIC, text)
    return (form for k, (anchor, form) in enumerate(zip(_ANCHORS, _forms()))
            if (numeric or k >= len(_NUMERIC_RESTS)) and holds(anchor, text))


def names_a_short_year(text: str) -> bool:
    """Whether ``text`` holds a date written with a two-digit year (a block without a four-digit year may).

    >>> names_a_short_year("wire of 18/5/38"), names_a_short_year("page 18")
    (True, False)
    """
    return any(form.search(text) for form in _tried(text))


def _century(dates: list[DateMatch]) -> int:
    """The century of the block's days and months (the most of them), else the twentieth: a bare number read as a
    year is as often a time (`16 MAY 38 1445`)."""
    centuries = Counter(int(d.date_start[:2]) for d in dates if d.date_start[:1] in "12" and d.precision != "year")
    return 100 * centuries.most_common(1)[0][0] if centuries else 1900


def _bare_year(d: DateMatch) -> bool:
    return d.precision == "year" and d.surface.isdigit()


def _yields(d: DateMatch, m: re.Match) -> bool:
    """Whether a date read already gives way to the short date ``m`` overlapping it: a bare year inside it (`12/5
    1938`), or a date in capitals that begins inside it, a telegram's month, day and time read as a year (`16 MAY 27
    1445`, read `MAY 27 1445`)."""
    return m.start() <= d.start and (_bare_year(d) or m.start() < d.start and not any(c.islower() for c in d.surface))


def with_short_years(text: str, dates: list[DateMatch], running: bool = True) -> list[DateMatch]:
    """``dates`` (those read in ``text``) with the dates written with a two-digit year that none of them overlaps
    but a bare year inside (`12/5 1938`, the year alone read), in order; and without a bare four-digit number after a
    day, which is its time (`12/5/44 1530`, `LYON 16 MAI 1938 1210`). A year after an apostrophe is read in
    ``running`` text only.

    >>> [(d.surface, d.date_start) for d in with_short_years("Minuted on 3.10.38; wire ROME 16 MAY 38 1445.", [])]
    [('3.10.38', '1938-10-03'), ('16 MAY 38', '1938-05-16')]
    """
    matches = [m for form in _tried(text) for m in form.finditer(text)]
    # (the century of the dates no short one overlaps: `MAY 27 1445` in `16 MAY 27 1445` is a telegram's, no date)
    century = _century([d for d in dates if all(m.end() <= d.start or d.end <= m.start() for m in matches)])
    found: list[DateMatch] = []
    for m in matches:
        if any(d.start < m.end() and m.start() < d.end and not _yields(d, m) for d in dates) \
                or any(f.start < m.end() and m.start() < f.end for f in found) \
                or is_located(text, m.start()) or is_unit_number(text, m.start()) or _in_a_signature(text, m) \
                or not running and m.lastgroup in ("my", "ay"):  # (in notes, `’21` is a title's: `Τα τετράδια του ’21`)
            continue
        read = _read(m, century)
        if read is not None and m.lastgroup in ("my", "ay"):
            read = _nearest(read, m, dates)  # (`the class of '68` after `the 1990s`, beside `1889`: 1968)
        if read is not None and m.lastgroup == "my" and not m["ap"]:
            read = _not_after(read, dates)  # (`Mai 68` beside `1999` and `2000`: 1968, an event the text looks back on)
        if read is not None:
            found.append(DateMatch(m.start(), m.end(), m.group(), *read))
    # (a time stands after a day written as telegrams and forms write it, in numbers or capitals: `12/5/44 1530`; after
    # `13 желтоқсаннан` a year opens the span's other end)
    days = [d for d in dates + found if d.precision == "day" and not any(c.islower() for c in d.surface)]
    kept = [d for d in dates if all(f.end <= d.start or d.end <= f.start for f in found)
            and not (_bare_year(d) and any(_TIME_AFTER.fullmatch(text, day.end, d.end) for day in days))]
    return sorted(kept + found, key=lambda d: d.start)


_WORD_AND_YEAR = compiled(r"\s+[^\W\d_]+\.?\s+(?:1\d{3}|20\d\d)(?!\d)")
# a numeric form after a series' capitals (`GOV 02/1/15`, `1/PMB 3/2/15`, `DY 30/IV 2/20/78`), or after a name and a
# comma with a signature's label and number after it (`Koloniën, 2.10.14, inv. nr. 3`), is a signature's number
_CAPITALS_BEFORE = compiled(r"(?:^|\s)[\d/]*[A-Z]{2,}\s+$")
_NAME_BEFORE = compiled(r"(?<![^\W\d_])[^\W\d_]*[A-ZÀ-Þ][^\W\d_]*,\s*$")
_LABEL_AFTER = compiled(r",\s*(?:[^\W\d_]{1,5}\.\s*){1,2}\d")


def _in_a_signature(text: str, m: re.Match) -> bool:
    if m.lastgroup not in ("dot", "sl", "sv"):
        return False
    before = text[max(0, m.start() - 30):m.start()]
    return bool(_CAPITALS_BEFORE.search(before)) or bool(
        _NAME_BEFORE.search(before) and _LABEL_AFTER.match(text, m.end()))


# a day, white space and four digits that read as a time of day, 0000-2359: `16 MAY 38 1445`
_TIME_AFTER = compiled(r"\s+(?:[01]\d|2[0-3])[0-5]\d")


# a count after the number (`In May 45 deputies voted`, `Mai 68 députés`): a word in small letters that is no verb is
# as often its noun; the event's name is followed by its verb or stands alone
_COUNTED = compiled(r"\s+(?:%|[^\W\d_]+\s+(?:of|de|der|di|van|z|из)\s)")


# a day's number before the month: `On 16 May 38 men were lost` names a day and a count
_DAY_BEFORE = compiled(r"\d\.?\s+$")


def _not_after(read: tuple[str, str, str], dates: list[DateMatch]) -> tuple[str, str, str]:
    """A month an event is named by, in the century before where the century of the days beside it puts it after the
    latest year the text names: it is the text's past (`Mai 68` in a paragraph of 1999 and 2000)."""
    latest = max((int(d.date_end[:4]) for d in dates), default=None)
    year = int(read[0][:4])
    if latest is None or year <= latest:
        return read
    month = int(read[0][5:7])
    return f"{year - 100:04d}-{month:02d}-01", f"{year - 100:04d}-{month:02d}-{month_end(year - 100, month):02d}", read[2]


def _nearest(read: tuple[str, str, str], m: re.Match, dates: list[DateMatch]) -> tuple[str, str, str]:
    """A year or month prose names with two digits (`the class of '68`, `Mai 68`) a century later than the block's
    days put it, where that is no later than the latest year the block names and nearer the date closest to it: a
    paragraph that looks back from 2008 or the 1990s on 1968 may also name the 1840s, whose days tell no century of
    its prose."""
    four = [d for d in dates if d.date_start[:1] in "12" and d.date_end[:4].isdigit()]
    year = int(read[0][:4])
    if not four or year + 100 > max(int(d.date_end[:4]) for d in four):
        return read
    near = min(four, key=lambda d: max(d.start - m.end(), m.start() - d.end))
    first, last = int(near.date_start[:4]), int(near.date_end[:4])
    if max(first - year - 100, year + 100 - last, 0) >= max(first - year, year - last, 0):
        return read
    return tuple(f"{int(v[:4]) + 100:04d}{v[4:]}" for v in read[:2]) + (read[2],)


def _names_an_event(m: re.Match) -> bool:
    """Whether a month and two digits without an apostrophe name a month of a year: the month's whole name with its
    capital (`Mai 68`, `Únor 48`, `Sierpień 80`; not `Dec 45`, `mar 45`) and a number no day can be (32-99)."""
    name = m["mm"]
    return name[:1].isupper() and name.lower() in month_names() and int(m["my_y"]) > 31 \
        and not _COUNTED.match(m.string, m.end()) and not _DAY_BEFORE.search(m.string, max(0, m.start() - 8), m.start())


def _read(m: re.Match, century: int) -> tuple[str, str, str] | None:
    kind = m.lastgroup
    if kind == "dot":
        day, month, year = int(m["d"]), int(m["m"]), century + int(m["y"])
    elif kind == "sl":
        a, b = int(m["a"]), int(m["b"])
        # (one number above 12 says which is the day; else the document's order)
        day, month = (a, b) if a > 12 or (b <= 12 and day_first()) else (b, a)
        year = century + int(m["sy"])
    elif kind == "sv":
        day, month = int(m["vd"]), int(m["vm"])
        year = int(m["vyy"]) if m["vyy"] else century + int(m["vy"])
    elif kind in ("dtg", "tg"):
        name = m["gm"] if kind == "dtg" else m["tm"]
        if not name.isupper():
            return None
        day, month, year = int(m["gd"] if kind == "dtg" else m["td"]), month_of(name), \
            century + int(m["gy"] if kind == "dtg" else m["ty"])
    elif kind == "my":
        month, year = month_of(m["mm"]), century + int(m["my_y"])
        if month is None or m["mm"].rstrip(".").isdigit() or not m["ap"] and not _names_an_event(m):
            return None
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{month_end(year, month):02d}", "month"
    else:
        # (a quotation that opens with a day, `'25 Ap. 1570'`, `'12 November'`: the number before a month, a number or
        # a word and a year is no year; the quotation may close after the month)
        after = m.string[m.end():m.end() + 20].split()
        if after and (after[0][:1].isdigit() or month_of(after[0].rstrip(",;:." + _APOSTROPHE)) is not None) \
                or _WORD_AND_YEAR.match(m.string, m.end()):
            return None
        year = century + int(m["ay_y"])
        return f"{year:04d}-01-01", f"{year:04d}-12-31", "year"
    iso = iso_day(year, month, day) if month else None
    return (iso, iso, "day") if iso else None
