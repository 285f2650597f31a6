"""A date an editor queried, completed or corrected inside it, read as the date the editor means.

Editions and notes write a doubt or a correction into a date (the date rounds' rules 153 and 156): a query between its
day and month, `12 [?] March 1591`, `3. [?] Juni 1922`; a month or year the editor supplies inside it, `[May] 1650`,
`12 [octobre]`, `3 June [1650?]`; a correction of its day or year, `13 [recte 14] Sept. 1245`, `5 de octubre de 1520
[sic, por 1521]`, or a denial of a misreading, `13 (not 12) May 1649`. `as_meant` writes each as the date it means,
`12 March 1591`, `May 1650`, `14 Sept. 1245`, `13 May 1649`, and keeps for each character where it stood: the first
character written for a bracket stands where the date's part began and the last where the bracket closed, so a date
found in it has the whole expression as its surface and cuts no bracket in two. A bracket around the whole date
(`[1648]`, `[c. 1150]`, `[1651?]`) is left: the date inside it is read as any other, the brackets out of its
surface. The words of a correction are a table a historian extends, ``histkit/data/dates/correction_words.csv``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled
from ..text import Unwrapped
from .words import month_of

# a query between a day's number (and its point) and the month's name after it: `12 [?] March`, `3. (?) Juni`
_QUERY = compiled(r"(?:(?<=\d)|(?<=\d\.))(?<!\d\d\d\d)(?<!\d\d\d\d\.)(?P<q>\s*[\[(]\?[\])])(?=\s+[^\W\d_])")
# a word in square brackets, the editor's month inside a date: `[May] 1650`, `12 [octobre]`
_BRACKETED_WORD = compiled(r"\[(?P<w>[^\W\d_]{3,}\.?)\]")
# a year the editor supplies after a month's name, queried or not: `3 June [1650?]`
_BRACKETED_YEAR = compiled(r"(?P<m>[^\W\d_]{3,}\.?)\s+\[\??(?P<y>(?:1\d|20)\d\d)\??\]")
_YEAR_AFTER = compiled(r"\s*,?\s*(?:1\d|20)\d\d(?!\d)")
_DAY_BEFORE = compiled(r"(?<![\d.])[0-3]?\d\.?\s+$")


@lru_cache(maxsize=1)
def _corrections() -> tuple[re.Pattern, re.Pattern]:
    """The patterns of a number corrected in a bracket after it: the bracket's the right one, or the wrong one."""
    words: dict[str, list[str]] = {"right": [], "wrong": []}
    for row in data_rows("dates", "correction_words.csv"):
        form, kind = (row.get("form") or "").strip(), (row.get("kind") or "").strip()
        if form and kind in words:
            # (`sic, por` is also written `sic por`, `sic; por`)
            words[kind].append(r"[,;:]?\s+".join(re.escape(w.rstrip(",;:")) for w in form.split()))
    right = "|".join(sorted(words["right"], key=len, reverse=True))
    wrong = "|".join(sorted(words["wrong"], key=len, reverse=True))
    number = r"(?<![\w.])(?P<a>\d{1,2}|(?:1\d|20)\d\d)(?P<dot>\.?)"
    return (compiled(rf"{number}\s*[\[(](?:{right})\s*:?\s*(?P<b>\d{{1,4}})\.?\s*[\])]", re.IGNORECASE),
            compiled(rf"{number}\s*[\[(](?:{wrong})\s+(?P<b>\d{{1,4}})\.?\s*[\])]", re.IGNORECASE))


def as_meant(unwrapped: Unwrapped) -> Unwrapped:
    """``unwrapped`` with each date an editor queried, completed or corrected inside it written as the date meant.

    >>> from histkit.text import unwrap
    >>> read = as_meant(unwrap("fo. 24r, 13 [recte 14] Sept. 1245; '12 [?] November'; [May] 1650"))
    >>> read.text
    "fo. 24r, 14 Sept. 1245; '12 November'; May 1650"
    >>> start = read.text.index("14"); read.span(start, start + len("14 Sept. 1245"))
    (9, 33)

    The same object comes back where no bracket stands (most paragraphs).
    """
    text = unwrapped.text
    if "[" not in text and "(" not in text:
        return unwrapped
    edits = _edits(text)
    if not edits:
        return unwrapped
    out, where, last = [], [], 0
    index = unwrapped.index
    for start, end, new, places in sorted(edits):
        if start < last:
            continue  # (two readings of one bracket: the first kept)
        out.append(text[last:start]), where.extend(index[last:start])
        out.append(new), where.extend(index[p] for p in places)
        last = end
    out.append(text[last:]), where.extend(index[last:])
    return Unwrapped("".join(out), tuple(where))


def _edits(text: str) -> list[tuple[int, int, str, list[int]]]:
    """What `as_meant` writes: (start, end, the text written, the place of each of its characters)."""
    edits = []
    if "?" in text:  # (the query goes, its characters with it)
        edits += [(m.start("q"), m.end("q"), "", []) for m in _QUERY.finditer(text)]
    if "[" in text:
        for m in _BRACKETED_WORD.finditer(text):
            word = m.group("w")
            if month_of(word) and not word[:1].isdigit() and (
                    _YEAR_AFTER.match(text, m.end()) or _DAY_BEFORE.search(text, max(0, m.start() - 6), m.start())):
                edits.append((m.start(), m.end(), word, _ends_at(m.start(), m.end(), word)))
        for m in _BRACKETED_YEAR.finditer(text):
            if month_of(m.group("m")):
                year = m.group("y")
                edits.append((m.end("m"), m.end(), " " + year, [m.end("m")] + _ends_at(m.end("m") + 1, m.end(), year)))
    right, wrong = _corrections()
    for m in right.finditer(text):
        if _alike(m.group("a"), m.group("b")):  # (the bracket's number written in the place of the date's)
            new = m.group("b") + m.group("dot")
            edits.append((m.start(), m.end(), new, _ends_at(m.start(), m.end(), new)))
    for m in wrong.finditer(text):
        if _alike(m.group("a"), m.group("b")):  # (the date's own number kept, the bracket gone)
            new = m.group("a") + m.group("dot")
            edits.append((m.start(), m.end(), new, _ends_at(m.start(), m.end(), new)))
    return edits


def _alike(a: str, b: str) -> bool:
    """Whether two numbers are of one kind, two days or two years: a bracket's other number is no correction."""
    return (len(a) <= 2) == (len(b) <= 2) and (len(b) <= 2 and 1 <= int(b) <= 31 or len(b) == 4)


def _ends_at(start: int, end: int, new: str) -> list[int]:
    """The places of the characters written for ``text[start:end]``: the first at its start, the last at its last
    character, those between at the start's too (a date ends or begins at them only through the ends)."""
    if len(new) == 1:
        return [start]
    return [start] * (len(new) - 1) + [end - 1]
