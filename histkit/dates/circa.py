"""Years after `c.`, the English *circa*, in running text: `by c. 1500`, `Jan van Eyck (c. 1390–1441)`.

The date forms read a number after `c.` as a page's or leaf's (`c. 145`, an Italian *carta*; `С. 193`, a Russian
page), so they give no year there. In the body of an article a small `c.` and a space before a year of four digits,
with no leaf's `r` or `v` glued after it, is the approximating word of an English historian: the year, or the span
of a person's years, `year`, the word out of the surface (the date rounds' rules 42 and 111). Notes are left to the
readers: there `c. 1450v` is a leaf.
"""

from __future__ import annotations

from ..patterns import compiled
from .values import DateMatch, second_year

# (not after a citation's number or part and its comma, `Foro it., 2001, I, c. 1934`, `b. 12, c. 145`: a column, a leaf)
# (the second end may be short, in the century or decade of the first, `c. 1135–8`; or after the charter editors'
# `×`, not before the first and not after the last, `c. 1180 × 1190`: the date rounds' rules 98 and 155)
_CIRCA = compiled(r"(?<![\w.])(?<![\dIVX],\s)c\.\s?(?P<y1>1\d{3}|20\d\d)"
                  r"(?:(?:\s?[–—-]\s?|\s×\s)(?:c\.\s?)?(?P<y2>1\d{3}|20\d\d|\d{1,2}(?!\d)))?(?![\d/\w])")


def find_circa_years(text: str) -> list[DateMatch]:
    """The years and spans of years ``text`` writes after `c.`.

    >>> [(d.surface, d.date_start, d.date_end) for d in find_circa_years("Jan van Eyck (c. 1390–1441); by c. 1500")]
    [('1390–1441', '1390-01-01', '1441-12-31'), ('1500', '1500-01-01', '1500-12-31')]
    >>> [(d.surface, d.date_end) for d in find_circa_years("assigned to c. 1135–8, or c. 1180 × 1190")]
    [('1135–8', '1138-12-31'), ('1180 × 1190', '1190-12-31')]
    >>> find_circa_years("fasc. 3, c. 1450v; c. 12; Foro it., 2001, I, c. 1934")
    []
    """
    if "c." not in text:  # (most paragraphs have none: one test in C)
        return []
    out = []
    for m in _CIRCA.finditer(text):
        first, last = _ends(m)
        if last < first:
            continue
        out.append(DateMatch(m.start("y1"), m.end(), text[m.start("y1"):m.end()], f"{first}-01-01", f"{last}-12-31",
                             "year"))
    return out


# (a year the historian supplies in square brackets, `s.d. [c. 1330]`, `[c.1480?]`: there `c.` is no leaf's mark)
_BRACKETED = compiled(r"\[\s*c\.\s?(?P<y1>1\d{3}|20\d\d)(?:(?:\s?[–—-]\s?|\s×\s)(?P<y2>1\d{3}|20\d\d|\d{1,2}(?!\d)))?"
                      r"\s*\??\s*\]")


def find_bracketed_circa_years(text: str) -> list[DateMatch]:
    """The years a note supplies in square brackets after `c.`, as a historian dates an undated document.

    In notes `c. 1450` may be a leaf (an Italian *carta*); in square brackets after a no-date mark it is the
    historian's conjectured year, read as that year (the citation rounds' rule since round 32: `s. d. [um 1400]`).

    >>> [(d.surface, d.date_start, d.date_end) for d in find_bracketed_circa_years("petition, s.d. [c. 1330]; c. 1450")]
    [('1330', '1330-01-01', '1330-12-31')]
    """
    if "[" not in text:
        return []
    out = []
    for m in _BRACKETED.finditer(text):
        first, last = _ends(m)
        if last >= first:
            out.append(DateMatch(m.start("y1"), m.end(m.lastgroup), text[m.start("y1"):m.end(m.lastgroup)],
                                 f"{first}-01-01", f"{last}-12-31", "year"))
    return out


def _ends(m) -> tuple[str, str]:
    """The first and last year of a match, a short last one in the first's century or decade (`1135–8`: 1138)."""
    first, tail = m.group("y1"), m.group("y2") or m.group("y1")
    return first, f"{second_year(int(first), tail):04d}"


def with_bracketed_circa_years(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """``found``, the dates of ``text``, with the years and spans it supplies in square brackets after `c.`, in place of
    the dates the forms read inside them (its last year alone: the forms read the first after `c.` as a leaf's).

    >>> text = "grant, n.d. [c. 1180 × 1190]; ibid."
    >>> [d.surface for d in with_bracketed_circa_years(text, [DateMatch(22, 26, "1190", "1190-01-01", "1190-12-31", "year")])]
    ['1180 × 1190']
    """
    supplied = find_bracketed_circa_years(text)
    if not supplied:
        return found
    kept = [d for d in found if not any(c.start <= d.start and d.end <= c.end for c in supplied)]
    return sorted(kept + [c for c in supplied if all(d.end <= c.start or c.end <= d.start for d in kept)],
                  key=lambda d: d.start)
