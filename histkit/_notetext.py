"""Text helpers the citation modules share: brackets, top-level commas and semicolons, dates that fill a token."""

from __future__ import annotations

from .dates import find_dates

_OPEN, _CLOSE = "([{", ")]}"


def _top_level_semicolons(text: str) -> list[int]:
    depth, quote, cuts = 0, False, []
    for i, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch in "„«":
            quote = True
        elif ch in "“”»" and quote and ch != "„":
            quote = False
        elif ch == ";" and depth == 0 and not quote:
            cuts.append(i)
    return cuts


def _paren_depth(text: str, i: int) -> int:
    depth = 0
    for ch in text[:i]:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
    return depth


def _split_commas(text: str) -> list[str]:
    parts, depth, quote, cur = [], 0, False, []
    for ch in text:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch in "„«":
            quote = True
        elif ch in "“”»" and quote:
            quote = False
        if ch == "," and depth == 0 and not quote:
            parts.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur).strip())
    return [p for p in parts if p]


def find_dates_covering(tok: str) -> bool:
    found = find_dates(tok)
    return bool(found) and found[-1].end - found[0].start >= len(tok.strip(" .")) - 1
