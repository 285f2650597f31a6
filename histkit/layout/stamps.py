"""Download and licence stamps: the line a platform prints on every page it delivers.

`Downloaded from https://… by University of X on 3 March 2024` or
`Document téléchargé depuis www.cairn.info - … - 03/03/2024 09:12 - © Belin`
is no part of the article. PDF text glues it to the running head (before
or after it, at times with no space) or leaves it alone on a line. The
phrases that open a stamp, in several languages, are in
``histkit/data/layout/stamps.csv``, a list a user can extend; a stamp also
shows a URL, an IP address, a full date or a `|`, so a sentence that merely
says "downloaded from" is none.

>>> from histkit.layout.lines import split_lines
>>> stamp = "Downloaded from https://x.org by Y on 3 March 2024"
>>> lines = split_lines(f"12 JOURNAL {stamp}\\nText.\\n{stamp}JOURNAL 13\\n")
>>> stamp_spans(lines)
{0: (11, 61), 2: (0, 50)}
>>> [ln.s for ln in without_stamps(lines)]
['12 JOURNAL', 'Text.', 'JOURNAL 13']
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache

from ..data import word_column
from .lines import Line
from ..patterns import compiled

# what only a stamp shows next to its phrase: a URL or domain, an IP address, a full date, a `|`
_EVIDENCE = compiled(
    r"https?://|www\.|\b\w[\w-]*\.(?:org|com|net|info|edu|ac\.\w\w|\w\w)/|\b\d{1,3}(?:\.\d{1,3}){3}\b"
    r"|\b\d{1,2}\s*[./]\s*\d{1,2}\s*[./]\s*(?:\d{2}|\d{4})\b|\b\d{1,2}\.?\s+[^\W\d_]{3,}\.?\s+(?:1[89]|20)\d\d\b"
    r"|^\s*\|")


@lru_cache(maxsize=1)
def stamp_phrases() -> tuple[str, ...]:
    """The phrases that open a download or licence stamp, from the shipped list (longest first).

    >>> "downloaded from" in stamp_phrases()
    True
    """
    rows = [w.casefold() for w in word_column("layout", "stamps.csv", "phrase")]
    return tuple(sorted(set(rows), key=len, reverse=True))


def stamp_spans(lines: list[Line]) -> dict[int, tuple[int, int]]:
    """Where each line holds a stamp: line number -> (start, end) in the line.

    A stamp found on two lines or more runs as far as its copies agree
    (digits aside: the time of the download changes); a stamp met once
    must open its line, and runs to the line's end, a folio after it aside.

    >>> from histkit.layout.lines import split_lines
    >>> stamp_spans(split_lines("The files were downloaded from the archive.\\n"))
    {}
    """
    hits: dict[str, list[tuple[Line, int]]] = {}
    for ln, start, phrase in _phrases_met(lines):
        if _EVIDENCE.search(ln.s, start + len(phrase)):
            hits.setdefault(phrase, []).append((ln, start))
    spans: dict[int, tuple[int, int]] = {}
    for found in hits.values():
        if len(found) >= 2:
            spans.update(_agreeing_spans(found))
        else:
            ln, start = found[0]
            if not ln.s[:start].strip(" \t\f"):
                folio = re.search(r"\s+\d{1,4}\s*$", ln.s[start:])
                spans[ln.no] = (start, start + folio.start() if folio else len(ln.s.rstrip()))
    return spans


def _phrases_met(lines: list[Line]) -> list[tuple[Line, int, str]]:
    """Each line holding a stamp phrase, where it starts, and which (the longest that starts there)."""
    # one search of the whole text per phrase: a stamp is rare and most texts hold none
    flat = "\n".join(ln.s for ln in lines).casefold()
    if len(flat) != sum(len(ln.s) + 1 for ln in lines) - 1:  # casefolding changed lengths (`ß`): go line by line
        return [(ln, k, p) for ln in lines for k, p in _first_phrase(ln.s.casefold())]
    starts = [0]
    for ln in lines[:-1]:
        starts.append(starts[-1] + len(ln.s) + 1)
    met: dict[int, tuple[Line, int, str]] = {}
    for phrase in stamp_phrases():
        at = flat.find(phrase)
        while at != -1:
            no = bisect.bisect_right(starts, at) - 1
            if no not in met and _ends_word(flat, at + len(phrase)):
                met[no] = (lines[no], at - starts[no], phrase)
            at = flat.find(phrase, at + 1)
    return [met[no] for no in sorted(met)]


def _first_phrase(s: str) -> list[tuple[int, str]]:
    found = [(s.find(p), p) for p in stamp_phrases() if p in s]
    return [min(found, key=lambda kp: (kp[0], -len(kp[1])))] if found else []


def _ends_word(s: str, end: int) -> bool:
    return end >= len(s) or not s[end].isalnum()


def _agreeing_spans(found: list[tuple[Line, int]]) -> dict[int, tuple[int, int]]:
    """The stamp in each of its copies: from its phrase as far as all copies agree, digits made alike."""
    tails = [re.sub(r"\d", "0", ln.s[start:].rstrip()) for ln, start in found]
    shortest = min(tails, key=len)
    common = len(shortest)
    for t in tails:
        k = 0
        while k < common and t[k] == shortest[k]:
            k += 1
        common = k
    # copies that part inside a word (`Sat` / `Sun`) end the stamp before that word
    going_on = [t for t in tails if len(t) > common]
    if len(going_on) >= 2 and common and all(_same_kind(t[common - 1], t[common]) for t in going_on):
        while common and not shortest[common - 1].isspace():
            common -= 1
    return {ln.no: (start, start + common) for ln, start in found}


def _same_kind(a: str, b: str) -> bool:
    return (a.isalpha() and b.isalpha()) or (a.isdigit() and b.isdigit())


def without_stamps(lines: list[Line], spans: dict[int, tuple[int, int]] | None = None) -> list[Line]:
    """The lines with their stamps cut out (a form feed that opened the line kept), for the search of heads.

    >>> from histkit.layout.lines import split_lines
    >>> [ln.s for ln in without_stamps(split_lines("\\fDownloaded from https://x.org on 3 March 2024 203\\n"))]
    ['\\x0c203']
    """
    spans = stamp_spans(lines) if spans is None else spans
    if not spans:
        return lines
    out = list(lines)
    for no, (a, b) in spans.items():
        s = lines[no].s
        feed = "\f" if s.startswith("\f") else ""
        rest = " ".join((s[:a].lstrip("\f") + " " + s[b:]).split())
        out[no] = replace(lines[no], s=feed + rest)
    return out
