"""Text helpers the citation modules share: brackets, top-level commas and semicolons, dates that fill a token."""

from __future__ import annotations

from ..dates import find_dates

_OPEN, _CLOSE = "([{", ")]}"


def _scan(text: str, start: int = 0):
    """Each character from ``start`` with the bracket depth and whether a „…“ quotation is open.

    A list of citations or of a citation's parts can be cut only where depth
    is 0 and no quotation is open.
    """
    depth, quote = 0, False
    for i in range(start, len(text)):
        ch = text[i]
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch in "„«":
            quote = True
        elif ch in "“”»" and quote:
            quote = False
        yield i, ch, depth, quote


def _top_level_semicolons(text: str) -> list[int]:
    return [i for i, ch, depth, quote in _scan(text) if ch == ";" and depth == 0 and not quote]


def _paren_depth(text: str, i: int) -> int:
    depth = 0
    for ch in text[:i]:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
    return depth


def _split_commas(text: str) -> list[str]:
    cuts = [i for i, ch, depth, quote in _scan(text) if ch == "," and depth == 0 and not quote]
    parts = (text[a:b].strip() for a, b in zip([0] + [c + 1 for c in cuts], cuts + [len(text)]))
    return [p for p in parts if p]


def find_dates_covering(tok: str) -> bool:
    found = find_dates(tok)
    return bool(found) and found[-1].end - found[0].start >= len(tok.strip(" .")) - 1
