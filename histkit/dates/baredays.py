"""Days named by their number alone after a date that names their month: `On 14 July 1789 … on the 16th`, `am 9.
November … am 10.`, `le 18 mars 1871 … le 26`, `il 25`, `23-го`, `op de 13e`, `den 12:e`, `from the 5th to the 13th`,
`dal 13 al 22`, `del 7 y 8` (the date rounds' rule 146).

A historian names a month once and then only the days while the story stays in it. A number alone is as often no day
(`the 6th company`, `Article 14`, `le 18e arrondissement`), so it is read only after a word that leads into a day in
its language, with the ordinal mark that language gives a day (``bare_day_leads.csv``: `on the` … `16th`, `am` …
`10.`, `le` … `26`, `op de` … `13e`), not before a noun it orders (``ordinal_nouns.csv``: `century`, `Parteitag`),
and only where the date before it names one month: the day is of that month and year. The lead word is not of the
surface, the mark is. Two such days a word for "to" parts are one span (`5th to the 13th`), a word for "and" two
days (`7 y 8`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled, spaced_alternation
from .daylists import AND_WORDS
from .firstchars import first_character_alternation
from .values import DateMatch, iso_day
from .words import month_names

_NUMBER = r"(?P<d>3[01]|[12]\d|0?[1-9])"
# (the words for "to" between two bare days, each with the second end's own lead: `to the`, `al`, `au`, `bis zum`)
_TO = r"\s*[–—-]\s*|\s+(?:to\s+the|till\s+the|al|au|bis(?:\s+zum)?|tot\s+de|по|до|do|till|til)\s+"


@lru_cache(maxsize=1)
def _leads() -> dict[str, tuple[str, ...]]:
    """Each lead word (``""`` for none) with the ordinal marks a day takes after it (``""`` for no mark)."""
    leads: dict[str, tuple[str, ...]] = {}
    for row in data_rows("dates", "bare_day_leads.csv"):
        marks = tuple("" if m == "-" else m for m in (row.get("marks") or "").split())
        if marks:
            form = " ".join((row.get("form") or "").split()).casefold()
            leads[form] = tuple(dict.fromkeys(leads.get(form, ()) + marks))
    return leads


@lru_cache(maxsize=1)
def _small_after() -> frozenset[str]:
    """The leads after which a day is read only before a word in small letters (``then`` = ``small``)."""
    return frozenset(" ".join((r.get("form") or "").split()).casefold() for r in data_rows("dates", "bare_day_leads.csv")
                     if (r.get("then") or "").strip() == "small")


def bare_day_marks() -> frozenset[str]:
    """The ordinal marks a day takes after its number in ``bare_day_leads.csv``, which are of its surface (`23-го`).

    >>> "-го" in bare_day_marks()
    True
    """
    return frozenset(m for marks in _leads().values() for m in marks if m)


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    """The nouns a number orders (``ordinal_nouns.csv``), and the months of other calendars (``calendar_months.csv``:
    `22 frimaire`, `14. Tischri`), whose days their own readers read."""
    nouns = {(r.get("form") or "").strip().casefold() for r in data_rows("dates", "ordinal_nouns.csv")}
    nouns |= {(r.get("name") or "").strip().casefold() for r in data_rows("dates", "calendar_months.csv")}
    return frozenset(nouns - {""})


def _marks(marks) -> str:
    return "|".join(sorted((re.escape(m) for m in marks), key=len, reverse=True))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    """One alternative per lead word: the lead (a named group ``lN``), the number and one of the lead's marks."""
    parts = []
    for i, (form, marks) in enumerate(sorted(_leads().items(), key=lambda item: (-len(item[0]), item[0]))):
        if not form:
            lead, firsts = r"(?<![\w./-])", _DIGITS
        else:
            # (as written or opening a sentence, not in capitals: a telegram's `VOTRE DU 14` is no day, rule 86)
            written = tuple(dict.fromkeys((form, form[:1].upper() + form[1:])))
            words = f"(?:{spaced_alternation(written)})"
            # (a lead of letters is a word of its own; an apostrophe or a punctuation mark touches the number or not)
            edge = r"(?<!\w)" if form[0].isalnum() else ""  # (`stran; 22.`: a punctuation mark touches its word)
            lead = rf"{edge}{words}(?<=\W)\s*" if not form[-1].isalnum() else rf"{edge}{words}\s+"
            firsts = {f[0] for f in written}
        parts.append((rf"(?P<l{i}>{lead}){_NUMBER.replace('<d>', f'<d{i}>')}(?P<m{i}>{_marks(marks)})", firsts))
    # (no digit, letter, degree or decimal after the day: `le 18e`, `le 18 h`, `le 3,5`, `am 10.11.`)
    # (each lead tried only where its first letter stands: the thirty leads, each tried at every character, made this
    # search a tenth of the dates table's time; `firstchars`)
    return compiled(rf"{first_character_alternation(parts)}(?![\w°º%/-]|[.,:]\d|\s*\d)")


# the characters a day's number begins with (`_NUMBER`): where a lead of no word begins
_DIGITS = "0123456789"


def _groups(m: re.Match) -> tuple[int, str, str]:
    i = next(int(name[1:]) for name, value in m.groupdict().items() if name[0] == "d" and value is not None)
    return i, m.group(f"l{i}"), m.group(f"m{i}")


_NEXT_WORD = compiled(r"\s*\(?([^\W\d_][\w-]*)")


@lru_cache(maxsize=64)
def _then(marks: tuple[str, ...]) -> re.Pattern:
    """A second day after a word for "to" or "and", with one of the first day's marks: `5th to the 13th`, `7 y 8`."""
    return compiled(rf"(?P<join>{_TO}|\s+(?:{AND_WORDS})\s+){_NUMBER}(?P<mark>{_marks(marks)})"
                    rf"(?![\w°º%/-]|[.,:]\d|\s*\d)")


def _orders_a_noun(text: str, end: int, lead: str) -> bool:
    """Whether the number ending at ``end`` orders the noun after it (`6th company`), is a day with its month (`1°
    ottobre`, which the date forms read) or, after a lead that wants it, is not followed by a word in small letters
    (`; 22. se sešel`, not `, 2. Auflage` nor `, 12. cs.`)."""
    word = _NEXT_WORD.match(text, end)
    if word and (word.group(1).casefold() in _nouns() or word.group(1).lower() in month_names()):
        return True
    # (and not an abbreviation's: a note's `K 589, 12. cs.`, `3. t.` count an archive's bundles and items)
    return " ".join(lead.split()).casefold() in _small_after() and (
        word is None or not word.group(1)[0].islower() or text.startswith(".", word.end()))


# (a day the forms read as the first of a span or a night whose last end names the month: `vom 27. auf den 28. Februar
# 1933`; a bare day is not one: a word or two and no punctuation part it from a date after it)
_JOINED = compiled(r"\s+(?:[^\W\d_]{1,4}\s+){1,2}|\s*[–—-]\s*")
# (nor a day before a month no list knows and its year, another calendar's: `am 14. Tischri 5699`)
_WORD_AND_YEAR = compiled(r"\s+[^\W\d_]+\.?,?\s+\d{3,4}(?!\d)")


def _anchor(dates: list[DateMatch], start: int) -> tuple[int, int] | None:
    """The year and month of the date of ``dates`` nearest before ``start``, if it names one month."""
    before = [d for d in dates if d.end <= start]
    if not before:
        return None
    last = max(before, key=lambda d: d.end)
    if last.precision not in ("day", "month") or last.date_start[:7] != last.date_end[:7]:
        return None
    return int(last.date_start[:4]), int(last.date_start[5:7])


def find_bare_days(text: str, dates: list[DateMatch]) -> list[DateMatch]:
    """The days ``text`` names by their number alone after a lead word, each in the month of the date of ``dates``
    before it.

    >>> from histkit.dates import find_dates
    >>> text = "On 14 July 1789 the crowd took the Bastille; on the 16th Necker was recalled, with the 6th company."
    >>> [(d.surface, d.date_start) for d in find_bare_days(text, find_dates(text))]
    [('16th', '1789-07-16')]
    >>> text = "Le 18 mars 1871, l'armée marcha sur Montmartre ; du 20 au 22, puis le 26, Paris vota."
    >>> [(d.surface, d.date_start, d.date_end) for d in find_bare_days(text, find_dates(text))]
    [('20 au 22', '1871-03-20', '1871-03-22'), ('26', '1871-03-26', '1871-03-26')]
    """
    if not any(d.precision in ("day", "month") for d in dates):
        return []
    out: list[DateMatch] = []
    taken = [(d.start, d.end) for d in dates]
    first = min(d.end for d in dates)
    for m in _pattern().finditer(text, first):
        i, lead, _ = _groups(m)
        start = m.start(f"d{i}")
        if any(s < m.end() and start < e for s, e in taken) or out and out[-1].end > start \
                or _orders_a_noun(text, m.end(), lead):
            continue
        if _WORD_AND_YEAR.match(text, m.end()) or any(_JOINED.fullmatch(text, m.end(), d.start)
                                                      for d in dates if d.start >= m.end()):
            continue
        month = _anchor(dates + out, start)
        day = iso_day(month[0], month[1], int(m.group(f"d{i}"))) if month else None
        if day is None:
            continue
        end, last = m.end(), day
        then = _then(_leads()[" ".join(lead.split()).casefold()]).match(text, end)
        if then and not any(s < then.end() and then.start() < e for s, e in taken) \
                and not _orders_a_noun(text, then.end(), ""):
            second = iso_day(month[0], month[1], int(then.group("d")))
            if second and second > day and not re.fullmatch(rf"\s+(?:{AND_WORDS})\s+", then.group("join")):
                end, last = then.end(), second
            elif second and second > day:  # (a list: `del 7 y 8`, two rows)
                out.append(DateMatch(start, end, text[start:end], day, day, "day"))
                start, end, day, last = then.start("d"), then.end(), second, second
        out.append(DateMatch(start, end, text[start:end], day, last, "day"))
    return out
