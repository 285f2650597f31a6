"""Running heads, folios and page numbers, found by repetition and shape.

A running head is a short line set off by blank lines (or a form feed) that
comes back page after page, a journal or author line next to a folio, or the
article's title repeated over later pages; a folio is a page number alone or
at the edge of such a line. `running_heads` finds both before `layout`
walks the text, and `page_numbers` turns the walk's page count and the
folios into printed page numbers. Kept apart from `layout` because telling
page furniture from text is a job of its own, done once, before the walk.

>>> from histkit._lines import split_lines
>>> running_heads(split_lines("88\\n\\nTito met Spaak.\\n\\nTITO AND THE WEST 89\\n\\nSpaak left.\\n"))
({0, 4}, {0: 88, 4: 89})
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from .lines import (HEAD_NUMBERING, SECTION_WORDS, Line, caps_ratio, finished, heading_shape, label_of,
                     letters, looks_like_name)
from .markers import NUM_NOTE, _SUPERSCRIPTS, SYM_NOTE

_FOLIO = re.compile(r"\s*(?:[\[(–—-]|(?i:page|p\.|s\.|str\.|стр\.|с\.|seite))?\s*(\d{1,4})\s*[\])–—-]?\s*")
_PAGE_RANGE = re.compile(r"(?<![\d/])(\d{1,4})\.?\s*[–—-]\s*(\d{1,4})\.?(?![\d/])")
_ISSUE = re.compile(r"\b\d{1,2}\s*/\s*\d{4}\b|\b(?:vol|no|br|nr|jg|heft|bd|god|t|№)\b\.?\s*\d", re.I)
# a folio at either edge of a head: `88 JOURNAL ...`, `... Friends 89`, `VfZ 3/2015 365`
_EDGE_FOLIO = re.compile(r"^\s*(\d{1,4})\s+(?=\D)|(?:(?<=[^\d\s/–—-])|(?<=[/\s]\d{4}))\s+(\d{1,4})\s*$")
_DIGITS = re.compile(r"\d+")
# a lower-case Roman folio (`xii`), alone or before a head in capitals
_ROMAN_FOLIO = re.compile(r"\s*((?=[ivxl])l?x{0,3}(?:ix|iv|v?i{0,3}))(?:\s+\D.*)?\s*")


def running_heads(lines: list[Line]) -> tuple[set[int], dict[int, int]]:
    """Line numbers of running heads and folios, and the folio value of each folio line."""
    n = len(lines)
    heads: set[int] = set()
    folios: dict[int, int] = {}

    def quiet(j: int) -> bool:
        return j < 0 or j >= n or lines[j].blank or j in heads

    def isolated(i: int) -> bool:
        # a form feed (`pdftotext` ends each page with one) sets a line off as a blank line does
        after_feed = lines[i].s.startswith("\f")
        before_feed = i + 1 < n and lines[i + 1].s.startswith("\f")
        return (quiet(i - 1) or after_feed) and (quiet(i + 1) or before_feed)

    def note_like(s: str) -> bool:
        return bool(NUM_NOTE.match(s) or SYM_NOTE.match(s))

    for ln in lines:
        m = _FOLIO.fullmatch(ln.s)
        if m and not ln.blank and isolated(ln.no) and 0 < int(m.group(1)) < 5000:
            heads.add(ln.no)
            folios[ln.no] = int(m.group(1))

    def short(s: str) -> bool:
        t = s.strip()
        return 0 < len(t) <= 120 and len(t.split()) <= 15 and not t.endswith(("-", "\u00ad"))

    # front matter folioed in lower-case Roman numerals: `xi` alone, or `xii PREFACE`
    for ln in lines:
        if ln.blank or ln.no in heads or not isolated(ln.no) or not short(ln.s):
            continue
        m = _ROMAN_FOLIO.fullmatch(ln.s)
        rest = ln.s[m.end(1):] if m else ""
        if m and (not rest.strip() or (len(letters(rest)) >= 4 and caps_ratio(rest) >= 0.8)):
            heads.add(ln.no)

    # a folio with a title in capitals on one line (`88 JOURNAL OF COLD WAR STUDIES`)
    for ln in lines:
        if ln.blank or ln.no in heads or not isolated(ln.no) or not short(ln.s):
            continue
        # a page range before the folio is part of the title (`NOTES TO PAGES 228–229 231`)
        bare = _PAGE_RANGE.sub(" ", ln.s)
        m = _EDGE_FOLIO.search(bare)
        rest = _EDGE_FOLIO.sub("", bare)
        if m and len(letters(rest)) >= 8 and len(rest.split()) >= 2 and caps_ratio(rest) >= 0.8 \
                and not re.search(r"[,;]", rest):
            heads.add(ln.no)

    keys = Counter()
    key_of: dict[int, str] = {}
    for ln in lines:
        # only a line set off by blanks, or carrying a folio, can be a head
        if not ln.blank and ln.no not in heads and (isolated(ln.no) or _EDGE_FOLIO.search(ln.s)) and short(ln.s):
            key = _DIGITS.sub("#", " ".join(ln.s.split())).casefold()
            key_of[ln.no] = key
            keys[key] += 1
    for no, key in key_of.items():
        s = lines[no].s
        glued_folio = _EDGE_FOLIO.search(s) and caps_ratio(_EDGE_FOLIO.sub("", s)) >= 0.6
        # heads are usually set off by blank lines; a repeated capitals line with a folio need not be
        if keys[key] >= 2 and (isolated(no) or glued_folio) and re.search(r"[^\W\d_]", s):
            rest = _EDGE_FOLIO.sub("", s)
            # `204 Zeitgeschichte im Osten 12 (2004)` looks like a note but does not end like one
            if note_like(s) and (finished(s) or re.search(r"[,;]", rest)):
                continue
            if heading_shape(s) and not re.search(r"\d", s) and caps_ratio(s) < 0.6:
                # a title-case line seen twice with no folio is too often a real heading,
                # unless it is a name (the author's, over every other page)
                if keys[key] < 3 and not looks_like_name(s):
                    continue
            heads.add(no)

    def head_shape(s: str) -> bool:
        t = s.strip()
        if not short(t) or note_like(t) and not caps_ratio(_EDGE_FOLIO.sub("", t)) >= 0.8:
            return False
        if "," in t and caps_ratio(t) < 0.6:
            return False
        # `INTRODUCTION` or `2. SOURCES` under a folio is the page's first heading
        if HEAD_NUMBERING.match(t) or label_of(t) in SECTION_WORDS:
            return False
        caps = caps_ratio(t) >= 0.6 and len(letters(t)) >= 4
        return caps or bool(_PAGE_RANGE.search(t)) or bool(_ISSUE.search(t))

    # lines next to a folio (or to a head found so) that look like a journal or author line
    for _ in range(2):
        for no in sorted(heads):
            for step in (-1, 1):
                j, gap = no + step, 0
                while 0 <= j < n and lines[j].blank and gap < 2:
                    j, gap = j + step, gap + 1
                if 0 <= j < n and j not in heads and not lines[j].blank and isolated(j) and head_shape(lines[j].s):
                    heads.add(j)
    # a short line alone with a number at its edge that fits the folios found
    # (`Tito's Western Friends 89` between `88 JOURNAL ...` and `90 JOURNAL ...`)
    for no in heads:
        if no not in folios:
            m = _EDGE_FOLIO.search(_PAGE_RANGE.sub(" ", lines[no].s))
            if m:
                folios[no] = int(m.group(1) or m.group(2))
    if folios:
        lo, hi = min(folios.values()) - 3, max(folios.values()) + 3
        for ln in lines:
            if ln.no in heads or ln.blank or not isolated(ln.no) or not short(ln.s):
                continue
            m = _EDGE_FOLIO.search(ln.s)
            # `366 Aufsätze` begins like a note; a number of three digits next to the folios is none
            if note_like(ln.s) and not (m and m.group(1) and len(m.group(1)) >= 3):
                continue
            if m and lo <= int(m.group(1) or m.group(2)) <= hi and not finished(_EDGE_FOLIO.sub("", ln.s)):
                heads.add(ln.no)
    # lines alone with a folio at the edge that alternates page by page: at the left on even pages,
    # at the right on odd ones (`128 Marco Rossi`, `Diplomazia e sindacato 129`), in mixed case
    sides: list[tuple[int, int, bool]] = []  # line, folio, folio at the left
    for ln in lines:
        if ln.blank or ln.no in heads or not isolated(ln.no) or not short(ln.s):
            continue
        m = _EDGE_FOLIO.search(ln.s)
        rest = _EDGE_FOLIO.sub("", ln.s)
        if m and len(letters(rest)) >= 4 and not finished(rest) and not re.search(r"[,;:]\s*$", rest):
            sides.append((ln.no, int(m.group(1) or m.group(2)), m.group(1) is not None))
    chain: list[tuple[int, int, bool]] = []
    for cand in sides + [None]:
        if cand is not None and chain and 0 < cand[1] - chain[-1][1] <= 4:
            chain.append(cand)
            continue
        if len(chain) >= 2 and len({left for _, _, left in chain}) == 2 \
                and len({(v + left) % 2 for _, v, left in chain}) == 1:
            heads.update(no for no, _, _ in chain)
        chain = [cand] if cand is not None else []

    # the article's title repeated over later pages, alone or after the author (`M. HORVAT, <title>`)
    def norm(t: str) -> str:
        return " ".join(_EDGE_FOLIO.sub(" ", t).split()).casefold()

    opening = []  # the lines of the first page, up to its first footnote
    for ln in lines:
        m = NUM_NOTE.match(ln.s)
        if len(opening) >= 40 or m and (m.group(3) or m.group(1) or m.group(2) or m.group(4).translate(_SUPERSCRIPTS)) == "1":
            break
        if not ln.blank:
            opening.append(ln)
    titles = {norm(ln.s) for ln in opening if len(ln.s.split()) >= 3 and len(ln.s.strip()) >= 15 and ln.no not in heads}
    seen_lines = {ln.no for ln in opening}
    for ln in lines:
        if ln.blank or ln.no in heads or ln.no in seen_lines or not isolated(ln.no) or not short(ln.s):
            continue
        t = norm(ln.s)
        if any(t == c or (t.endswith(c) and t[: -len(c)].rstrip().endswith((",", ":", "."))) for c in titles):
            heads.add(ln.no)

    # the journal line over the first page names the article's page range (`2019, VOL. 19, NO. 3,
    # 345–362`); it is a head when the folios found fall in that range
    first = next((ln for ln in lines if not ln.blank), None)
    if first is not None and first.no not in heads and short(first.s) and folios:
        for m in _PAGE_RANGE.finditer(first.s):
            a, b = int(m.group(1)), int(m.group(2))
            if a < b and all(a <= v <= b for v in folios.values()):
                heads.add(first.no)
                break
    for no in heads:
        if no in folios:
            continue
        s = _PAGE_RANGE.sub(" ", lines[no].s)
        m = _EDGE_FOLIO.search(s)
        if m:
            folios[no] = int(m.group(1) or m.group(2))
    return heads, folios


def _runs(lines: list[Line], heads: set[int]) -> list[list[int]]:
    """The heads in runs with nothing but blank lines between them."""
    runs: list[list[int]] = []
    for i in sorted(heads):
        if runs and not any(not lines[j].blank for j in range(runs[-1][-1] + 1, i)):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


def _roman_value(s: str) -> int | None:
    """The value of a lower-case Roman folio at the start of a head (`xii PREFACE` → 12), else None."""
    m = _ROMAN_FOLIO.fullmatch(s)
    if not m or not m.group(1):
        return None
    digits = [_ROMAN[c] for c in m.group(1)]
    return sum(-d if k + 1 < len(digits) and d < digits[k + 1] else d for k, d in enumerate(digits))


def page_numbers(lines: list[Line], page_index: list[int], heads: set[int], folios: dict[int, int]) -> tuple[list[int], str]:
    """Page numbers per line (folio-based when the text gives one) and a warning, if any.

    ``page_index`` is the walk's 1-based page count at each line.
    """
    page = list(page_index)
    n_pages = max(page) if page else 1
    range_start = None
    for i in sorted(heads):
        m = _PAGE_RANGE.search(lines[i].s)
        if m and int(m.group(1)) < int(m.group(2)) < int(m.group(1)) + 1000:
            range_start = int(m.group(1))
            break
    known_header = {page_index[i]: v for i, v in sorted(folios.items())}
    if known_header:
        k, f = next(iter(known_header.items()))
        footer = False
        if range_start is not None:
            footer = f - (k - 2) == range_start and f - (k - 1) != range_start
        else:
            last = max((i for i in range(len(lines)) if not lines[i].blank), default=-1)
            footer = last in heads and k > 1
        if footer:
            # a foot folio, and heads just above it, close the page above; a head after
            # it, or a head with no folio in its run, opens the next page
            for run in _runs(lines, heads):
                last_folio = max((j for j in run if j in folios), default=-1)
                for j in run:
                    if j <= last_folio:
                        page[j] = max(1, page[j] - 1)
        else:
            # a run of heads holding folios n and n + 1 (`1` at the foot of a chapter's first page,
            # `2 BOOK TITLE` over the next): the lines up to folio n close the page above
            for run in _runs(lines, heads):
                values = [(j, folios.get(j, _roman_value(lines[j].s))) for j in run]
                foot = max((j for j, v in values for k, w in values if v and w and k > j and w == v + 1), default=-1)
                for j in run:
                    if j <= foot and page[j] == page[foot]:
                        page[j] = max(1, page[j] - 1)
        known = {}
        for i, v in sorted(folios.items()):
            known.setdefault(page[i], v)
    else:
        known = {}
    warning = ""
    numbers: dict[int, int] = {}
    ks = sorted(known)
    for idx in range(1, n_pages + 1):
        if not ks:
            numbers[idx] = idx if range_start is None else range_start + idx - 1
            continue
        j = bisect.bisect_right(ks, idx) - 1
        if j >= 0:
            numbers[idx] = known[ks[j]] + idx - ks[j]
        else:
            numbers[idx] = known[ks[0]] - (ks[0] - idx)
    for a, b in zip(ks, ks[1:]):
        if known[b] - known[a] != b - a:
            warning = (f"page numbers jump from {known[a]} to {known[b]} over {b - a} page(s) found in the text; "
                       f"pages in between are counted on from {known[a]}")
    return [numbers[p] for p in page], warning
