"""Days named by the feasts of the church year, as medieval and early-modern documents date: `Michaelmas 1642`,
`Montag nach Martini anno 1525`, `feria secunda post Pascha 1349`, `in crastino sancti Hilarii 1339`, `Tuesday after
Whitsunday 1573`.

A fixed feast is its month and day, a movable one its distance from Easter (``feasts.csv``); a weekday reckoned from a
feast is the first such weekday after (before) it, never the feast itself; a vigil, a morrow, an octave the feast's day
moved by one or seven days (``feast_words.csv``). The day is counted in the calendar the document kept: Easter and the
weekdays by the Julian computus before the Gregorian reform of the feast's language (1583 for most, 1753 for English
and Swedish), the day written as that calendar numbers it (the date rounds' rule 27); a double year (`Candlemas
1642/3`) is the later year and its day Julian, read as its Gregorian day (rule 49). The surface runs from the weekday
or the reckoning's word to the year; `am`, `in`, `die` before it are not of it. A reckoning without its year
(`in crastino S. Stanislai`) takes the year of the date before it; a feast named alone without a year (`rents due at
Lady Day and Michaelmas`) is a recurring day, no date.

Only years before 1800 are read so for most names: later a saint's genitive before a year is mostly an author's
(`Martini 1999`), and feasts have given way to the days of the month. The great feasts that are no surname (``modern``
in ``feasts.csv``: `Easter 1916`, `Weihnachten 1918`, `la Toussaint 1954`, `Boże Narodzenie 1981 r.`) date a day in
every century (the date rounds' rule 112). An article a name is listed with (`la Toussaint`, `l'Ascension`) is not of
its surface (``feast_words.csv``, kind article), and a year's mark after the year is (`1981 r.`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from ..data import data_rows, words_by_kind
from ..ignorecase import ignorecase_fold
from ..patterns import compiled, trie_alternation
from .anchors import Anchor, holds
from .calendars import roman_number
from .stylemarks import julian_to_gregorian
from .values import DateMatch

# (the years whose documents date by feasts, and those by the great feasts that are no surname: the module's docstring)
_LAST_YEAR = 1799
_LAST_MODERN_YEAR = 2099
_ROMAN_YEAR = r"M{0,2}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"


@lru_cache(maxsize=1)
def _feasts() -> dict[str, tuple[int | None, int | None, int | None, tuple[str, ...], bool]]:
    """name (folded) → (month, day, days from Easter, languages, whether read in every century)."""
    feasts = {}
    for row in data_rows("dates", "feasts.csv"):
        name = (row.get("name") or "").strip()
        month, day, easter = ((row.get(k) or "").strip() for k in ("month", "day", "easter"))
        if name and (month and day or easter):
            feasts[name.casefold()] = (int(month) if month else None, int(day) if day else None,
                                       int(easter) if easter else None, tuple((row.get("language") or "").split()),
                                       (row.get("modern") or "").strip() == "yes")
    return feasts


@lru_cache(maxsize=1)
def _words() -> dict[str, dict[str, str]]:
    """kind → {word (folded) → value}."""
    return words_by_kind("dates", "feast_words.csv", "value")


def _alternation(words) -> str:
    # (longest first, so `anno Domini` before `anno`; an apostrophe in either form, `Bartholomew's`, `Bartholomew’s`)
    forms = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+") for w in forms) or r"(?!)"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    words = _words()
    kind = lambda k: _alternation(words.get(k, {}))  # noqa: E731
    return compiled(
        rf"(?<![\w])(?:(?P<weekday>{kind('weekday')})\s+(?:(?P<relation>{kind('after')}|{kind('before')})\s+)?)?"
        rf"(?:(?P<shift>{kind('shift')})\s+)?(?:(?:{kind('filler')})\s+)?"
        rf"(?P<feast>{_alternation(_feasts())})(?:\s+(?P<eve>{kind('eve')}))?(?![\w-])"
        rf"(?:\s+(?:(?:{kind('join')})\s+)?(?P<year>1\d\d\d|20\d\d|[1-9]\d\d|(?-i:{_ROMAN_YEAR})(?<=[MDCLXVI]))"
        r"(?:/(?P<tail>\d{1,2}))?(?![\w/]))?", re.IGNORECASE)


@lru_cache(maxsize=1)
def _anchor() -> Anchor:
    # every match names its feast, and so holds the longest word of its name (whatever space or apostrophe parts the
    # words: `Lady  Day`, `Bartholomew’s`); the words, some hundred and fifty, as one trie over the folded text: one scan
    # in C, where as many words would be as many scans
    longest = {max(re.split(r"[\s'’]", ignorecase_fold(name)), key=lambda w: (len(w), w)) for name in _feasts()}
    return Anchor(patterns=(trie_alternation(sorted(longest)),))


@lru_cache(maxsize=1)
def _whole_name() -> re.Pattern:
    # a feast's name as a word of its own, as every match names it: at the match's start (its look-behind) or after a
    # space, and before a space (an `eve` word) or its end's look-ahead; the names as one trie, where `_pattern` tries
    # them one by one after a word's start (the anchor's word, `Jana`, `Thomas`, `Easter`, is mostly some other word's)
    names = trie_alternation(sorted(_feasts())).replace("'", "['’]").replace(r"\ ", r"\s+")
    return compiled(rf"(?<![\w])(?:{names})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=256)  # (the dates table asks of each paragraph twice: `with_feast_days`, then the feasts beside its days)
def names_a_feast(text: str) -> bool:
    """Whether ``text`` names a feast of ``feasts.csv`` as a word of its own.

    >>> names_a_feast("Met Pinksteren 1940"), names_a_feast("12 mei 1940")
    (True, False)
    """
    # (the trie is tried only where the anchor's scan in C found a name's longest word: 0.15 -> 0.02 s CPU of the
    # corpus PDFs' feast search, in the some 450 paragraphs that hold such a word and most no feast)
    return holds(_anchor(), text) and _whole_name().search(text) is not None


def reform_year(languages: tuple[str, ...]) -> int:
    """The first year a text in ``languages`` counts in the Gregorian calendar (``feast_words.csv``, kind reform).

    >>> reform_year(("de",)), reform_year(("en",)), reform_year(("ru",))
    (1583, 1753, 1918)
    """
    reform = _words().get("reform", {})
    years = [int(reform[code]) for code in languages if code in reform]
    return max(years) if years else int(reform.get("*", "1583"))


def easter(year: int, julian: bool) -> date:
    """Easter Sunday of ``year``, by the Julian computus (the day as the Julian calendar numbers it) or the Gregorian.

    >>> easter(1525, julian=True), easter(1690, julian=False)
    (datetime.date(1525, 4, 16), datetime.date(1690, 3, 26))
    """
    if julian:
        a, b, c = year % 4, year % 7, year % 19
        d = (19 * c + 15) % 30
        e = (2 * a + 4 * b - d + 34) % 7
        month, day = divmod(d + e + 114, 31)
        return date(year, month, day + 1)
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    r = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * r) // 451
    month, day = divmod(h + r - 7 * m + 114, 31)
    return date(year, month, day + 1)


def weekday(day: date, julian: bool) -> int:
    """The weekday (Monday 0) of ``day`` as its calendar, Julian or Gregorian, numbers it.

    >>> weekday(date(1525, 3, 3), julian=True), weekday(date(1525, 3, 3), julian=False)
    (4, 1)
    """
    return (julian_to_gregorian(day) if julian else day).weekday()


def _feast_day(name: str, year: int) -> tuple[date, bool] | None:
    """The day of the feast ``name`` in ``year`` and whether it is counted in the Julian calendar."""
    month, day, from_easter, languages, _ = _feasts()[name]
    julian = year < reform_year(languages)
    try:
        if from_easter is not None:
            return easter(year, julian) + timedelta(days=from_easter), julian
        return date(year, month, day), julian
    except ValueError:
        return None


def _reckoned(m: re.Match, year: int) -> tuple[date, bool, int] | None:
    """The day ``m`` names in ``year``, whether it is Julian, and where its surface begins."""
    feast = _feast_day(re.sub(r"\s+", " ", m.group("feast")).replace("’", "'").casefold(), year)
    if feast is None:
        return None
    day, julian = feast
    words = _words()
    if m.group("shift"):
        day += timedelta(days=int(words["shift"][re.sub(r"\s+", " ", m.group("shift")).casefold()]))
    if m.group("eve"):
        day += timedelta(days=int(words["eve"][m.group("eve").casefold()]))
    start = m.start("shift") if m.group("shift") else m.start("feast") + _article_length(m.group("feast"))
    if m.group("weekday"):
        wanted = int(words["weekday"][re.sub(r"\s+", " ", m.group("weekday")).casefold()])
        relation = m.group("relation")
        if relation:
            step = 1 if re.sub(r"\s+", " ", relation).casefold() in words.get("after", {}) else -1
            day += timedelta(days=step)
            while weekday(day, julian) != wanted:
                day += timedelta(days=step)
            start = m.start("weekday")
        elif weekday(day, julian) == wanted:  # (`Sonntag Invocavit`: the feast's own weekday named before it)
            start = m.start("weekday")
    return day, julian, start


def _is_modern(m: re.Match) -> bool:
    feast = _feasts().get(re.sub(r"\s+", " ", m.group("feast")).replace("’", "'").casefold())
    return feast is not None and feast[4]


def _article_length(name: str) -> int:
    """How many characters of the feast's name as written are the article it is listed with (`la Toussaint`)."""
    for article in _words().get("article", {}):
        if name[:len(article)].casefold() == article and (article.endswith("'") or name[len(article):][:1].isspace()):
            return len(article) + len(name[len(article):]) - len(name[len(article):].lstrip())
    return 0


# (a name and a year in brackets or before a page are an author's, `(Jacobi 1785, p. 12)`, `Andreae 1619: 33`: many saints'
# genitives are surnames)
_OPENING_BRACKET = compiled(r"[(\[]\s*$")
_PAGE_AFTER = compiled(r"\s*(?:,\s*(?:pp?|S|s)\.\s*\d|:\s*\d)")


def _cites_an_author(text: str, m: re.Match) -> bool:
    return (_OPENING_BRACKET.search(text, max(0, m.start() - 3), m.start()) is not None
            or _PAGE_AFTER.match(text, m.end()) is not None)


def _named_beside(text: str, m: re.Match, dates: list[DateMatch]) -> int | None:
    """The year of the day just before the feast ``m`` where that day is the feast's own fixed day, else None."""
    before = [d for d in dates if d.end <= m.start() and m.start() - d.end <= _BESIDE and d.precision == "day"
              and _APPOSITION.match(text, d.end)]
    feast = _feasts().get(re.sub(r"\s+", " ", m.group("feast")).replace("’", "'").casefold())
    if not before or feast is None or feast[0] is None or m.group("weekday"):
        return None
    last = max(before, key=lambda d: d.end)
    month, day = int(last.date_start[5:7]), int(last.date_start[8:10])
    return int(last.date_start[:4]) if (month, day) == feast[:2] and last.date_start == last.date_end else None


# (how far a feast may stand after the day it names, set off by a comma or a bracket: `, día de`, `, w dzień`)
_BESIDE = 25
_APPOSITION = compiled(r"\s*[,(]")


def find_feast_days(text: str, found: list[DateMatch] = ()) -> list[DateMatch]:
    """The days ``text`` names by feasts; ``found``, the other dates of the text, give a reckoning without its year the
    year of the date before it.

    >>> [(d.surface, d.date_start) for d in find_feast_days("uff Montag nach Martini anno 1525; at Michaelmas 1642")]
    [('Montag nach Martini anno 1525', '1525-11-13'), ('Michaelmas 1642', '1642-09-29')]
    >>> [(d.surface, d.date_start) for d in find_feast_days("by Candlemas 1642/3; rents at Lady Day and Michaelmas")]
    [('Candlemas 1642/3', '1643-02-12')]
    """
    out: list[DateMatch] = []
    alone: list[re.Match] = []  # (feasts named without a year: recurring days, or the first of a span)
    if not names_a_feast(text):  # (most paragraphs name no feast: one scan of the folded text)
        return out
    for m in _pattern().finditer(text):
        if not (m.group("weekday") or m.group("shift")) and _cites_an_author(text, m):
            continue
        written = m.group("year")
        if written:
            year = int(written) if written.isdigit() else roman_number(written)
            if m.group("tail"):  # (`1642/3`: the later year, whose day the double year marks Julian)
                tail = m.group("tail")
                year = int(str(year)[:-len(tail)] + tail)
        elif m.group("relation") or m.group("shift"):
            before = [d for d in list(found) + out if d.end <= m.start()]
            if not before:
                continue
            year = int(max(before, key=lambda d: d.end).date_start[:4])
        else:
            # (a feast alone is a recurring day, `at Lady Day and Michaelmas`, unless it names the day just before it:
            # `7 de octubre de 1571, día de Santa Justina`)
            year = _named_beside(text, m, list(found) + out)
            if year is None:
                alone.append(m)
                continue
        if not 500 <= year <= (_LAST_MODERN_YEAR if written and _is_modern(m) else _LAST_YEAR):
            continue
        reckoned = _reckoned(m, year)
        if reckoned is None:
            continue
        day, julian, start = reckoned
        if m.group("tail") and julian:
            day = julian_to_gregorian(day)
        end = m.end() if written else m.end("eve") if m.group("eve") else m.end("feast")
        out.append(DateMatch(start, end, text[start:end], day.isoformat(), day.isoformat(), "day"))
    return _joined(text, out, alone) if alone and out else out


@lru_cache(maxsize=1)
def _joining() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    words = _words()
    between = sorted({r["form"].strip() for r in data_rows("dates", "between_words.csv") if (r.get("form") or "").strip()})
    return (compiled(rf"\s+(?:{_alternation(words.get('span', {}))})\s+", re.IGNORECASE),
            compiled(rf"\s+(?:{_alternation(words.get('and', {}))})\s+", re.IGNORECASE),
            compiled(rf"(?<![\w])(?:{_alternation(between)})\s+$", re.IGNORECASE))


def _joined(text: str, days: list[DateMatch], alone: list[re.Match]) -> list[DateMatch]:
    """``days`` with each feast named alone before a word for *to* or *and* and a dated feast in that feast's year:
    one span with it after *to* or after *between … and* (`Ostern bis Pfingsten 1525`, `tussen Pasen en Pinksteren
    1672`), a day of its own after a bare *and* (`Lady Day and Michaelmas 1640`, the date rounds' rules 5 and 6)."""
    to, and_, between = _joining()
    out = list(days)
    for m in alone:
        last = next((d for d in out if d.start > m.end()), None)
        if last is None or last.date_start != last.date_end:
            continue
        spanned = to.fullmatch(text, m.end(), last.start) is not None
        listed = not spanned and and_.fullmatch(text, m.end(), last.start) is not None
        reckoned = _reckoned(m, int(last.date_start[:4])) if spanned or listed else None
        if reckoned is None or reckoned[0].isoformat() >= last.date_start:
            continue
        first, start = reckoned[0].isoformat(), reckoned[2]
        if spanned or between.search(text, max(0, start - 20), start):
            out[out.index(last)] = DateMatch(start, last.end, text[start:last.end], first, last.date_end, "day")
        else:
            out.insert(out.index(last), DateMatch(start, m.end("feast"), text[start:m.end("feast")], first, first, "day"))
    return out


def with_feast_days(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """``found``, the dates of ``text``, with the days named by feasts in place of the years read inside them.

    >>> from histkit.dates import find_dates
    >>> text = "die Bauern zogen am Dienstag nach Jacobi 1525 ab"
    >>> [(d.surface, d.date_start) for d in with_feast_days(text, find_dates(text))]
    [('Dienstag nach Jacobi 1525', '1525-08-01')]
    """
    feasts = find_feast_days(text, found)
    if not feasts:
        return found
    # (a year's mark after the feast's year is of its date, as of the year read alone: `Boże Narodzenie 1981 r.`)
    feasts = [max([f] + [DateMatch(f.start, d.end, text[f.start:d.end], f.date_start, f.date_end, f.precision)
                         for d in found if f.start <= d.start < f.end < d.end and d.precision == "year"],
                  key=lambda d: d.end) for f in feasts]
    kept = [d for d in found if all(d.end <= f.start or f.end <= d.start for f in feasts)]
    return sorted(kept + feasts, key=lambda d: d.start)
