"""Text scanning every citation module shares: brackets and quotes, top-level commas and semicolons, dates.

A note or a citation may be cut only outside brackets and „…“ quotations;
these helpers find where. `set_date` writes the date a citation gives its
document into a citation row.
"""

from __future__ import annotations

from ..dates import find_dates

OPEN, CLOSE = "([{", ")]}"


def scan(text: str, start: int = 0):
    """Each character from ``start`` with the bracket depth and whether a „…“ quotation is open.

    >>> [(ch, depth) for _, ch, depth, _ in scan("a(b)c")]
    [('a', 0), ('(', 1), ('b', 1), (')', 0), ('c', 0)]

    A list of citations or of a citation's parts can be cut only where depth
    is 0 and no quotation is open.
    """
    depth, quote = 0, False
    for i in range(start, len(text)):
        ch = text[i]
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE:
            depth = max(0, depth - 1)
        elif ch in "„«":
            quote = True
        elif ch in "“”»" and quote:
            quote = False
        yield i, ch, depth, quote


def top_level_semicolons(text: str) -> list[int]:
    """Where ``text`` has a semicolon outside brackets and quotations.

    >>> top_level_semicolons("TNA, FO 371/1; AJ (fond 507; IX)")
    [13]
    """
    return [i for i, ch, depth, quote in scan(text) if ch == ";" and depth == 0 and not quote]


def paren_depth(text: str, i: int) -> int:
    """How many brackets are open before position ``i``.

    >>> paren_depth("Title (Zagreb: Naklada, 1990)", 10)
    1
    """
    depth = 0
    for ch in text[:i]:
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE:
            depth = max(0, depth - 1)
    return depth


def split_commas(text: str) -> list[str]:
    """The parts of ``text`` between commas outside brackets and quotations, stripped, empty ones left out.

    >>> split_commas("AJ, 507 (IX, 11), „Tito, Kardelj“, 4")
    ['AJ', '507 (IX, 11)', '„Tito, Kardelj“', '4']
    """
    cuts = [i for i, ch, depth, quote in scan(text) if ch == "," and depth == 0 and not quote]
    parts = (text[a:b].strip() for a, b in zip([0] + [c + 1 for c in cuts], cuts + [len(text)]))
    return [p for p in parts if p]


def find_dates_covering(tok: str) -> bool:
    """Whether dates fill ``tok`` (but for a final full stop): the token is a date, not a title with one.

    >>> find_dates_covering("12 March 1953."), find_dates_covering("Minute of 12 March 1953")
    (True, False)
    """
    found = find_dates(tok)
    return bool(found) and found[-1].end - found[0].start >= len(tok.strip(" .")) - 1


def best_date(dates: list) -> object:
    """The document's date among those in a citation: the last to the day or month, else the last.

    >>> best_date(find_dates("Report, 1952, of 3 May 1952, file 1953")).date_start
    '1952-05-03'
    """
    precise = [d for d in dates if d.precision in ("day", "month")]
    return (precise or dates)[-1]


def set_date(row: dict, dates: list) -> None:
    """Write the document's date (`best_date` of ``dates``) into a citation row; nothing when there is none.

    >>> row = {}
    >>> set_date(row, find_dates("Minute, 12 March 1953"))
    >>> row
    {'date_start': '1953-03-12', 'date_end': '1953-03-12', 'date_precision': 'day', 'date_source': 'text'}
    """
    if dates:
        date = best_date(dates)
        row.update(date_start=date.date_start, date_end=date.date_end, date_precision=date.precision, date_source="text")
