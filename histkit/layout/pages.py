"""Running heads, folios and page numbers: the page furniture, found before the walk.

A running head is a short line set off by blank lines (or a form feed) that
comes back page after page, a journal or author line next to a folio, or the
article's title repeated over later pages; a folio is a page number alone or
at the edge of such a line. `page_numbers` turns the walk's page count and
the folios into printed page numbers.

>>> from histkit.layout.lines import split_lines
>>> running_heads(split_lines("88\\n\\nTito met Spaak.\\n\\nTITO AND THE WEST 89\\n\\nSpaak left.\\n"))
({0, 4}, {0: 88, 4: 89})
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator

from .lines import (HEAD_NUMBERING, SECTION_WORDS, Line, caps_ratio, finished, heading_shape, label_of, letters,
                    looks_like_name)
from .markers import NUM_NOTE, label_text, starts_like_note
from .stamps import stamp_spans, without_stamps
from ..patterns import compiled

# possessive white space (nothing after it can begin with a space): a line of spaces is read once, not once per space
_FOLIO = compiled(r"\s*+(?:[\[(–—-]|(?i:page|p\.|s\.|str\.|стр\.|с\.|seite))?\s*+(\d{1,4})\s*+[\])–—-]?\s*+")
_PAGE_RANGE = compiled(r"(?<![\d/])(\d{1,4})\.?\s*[–—-]\s*(\d{1,4})\.?(?![\d/])")
_ISSUE = compiled(r"\b\d{1,2}\s*/\s*\d{4}\b|\b(?:vol|no|br|nr|jg|heft|bd|god|t|№)\b\.?\s*\d", re.I)
# a folio at either edge of a head: `88 JOURNAL ...`, `... Friends 89`, `VfZ 3/2015 365`
_EDGE_FOLIO = compiled(r"^\s*(\d{1,4})\s+(?=\D)|(?:(?<=[^\d\s/–—-])|(?<=[/\s]\d{4}))\s+(\d{1,4})\s*$")
_DIGITS = compiled(r"\d+")
# a lower-case Roman folio (`xii`), alone or before a head in capitals
_ROMAN_FOLIO = compiled(r"\s*((?=[ivxl])l?x{0,3}(?:ix|iv|v?i{0,3}))(?:\s+\D.*)?\s*")


def running_heads(lines: list[Line]) -> tuple[set[int], dict[int, int]]:
    """Line numbers of running heads and folios, and the folio value of each folio line.

    Each kind of head is looked for in turn; a later step sees the heads found
    before it (a line next to a folio is set off by it).

    >>> from histkit.layout.lines import split_lines
    >>> body = "The delegation arrived in Belgrade and stayed for a week of talks.\\n" * 3
    >>> head = "\\nMarta Horvat\\n\\n"
    >>> heads, folios = running_heads(split_lines(body + head + body + head + body))
    >>> sorted(heads), folios
    ([4, 10], {})
    """
    stamps = stamp_spans(lines)
    # a download stamp is read as no part of its line: the head it is glued to, or a blank line
    search = _HeadSearch(without_stamps(lines, stamps))
    search.stamped_lines(stamps)
    search.bare_folios()
    search.roman_folios()
    search.folios_with_a_title_in_capitals()
    search.repeated_lines()
    search.lines_next_to_heads()
    search.read_folios()
    search.lines_with_a_folio_in_range()
    search.folios_alternating_sides()
    search.repeated_title()
    search.journal_line_with_the_page_range()
    search.read_folios()
    return search.heads, search.folios


def _short(s: str) -> bool:
    t = s.strip()
    return 0 < len(t) <= 120 and len(t.split()) <= 15 and not t.endswith(("-", "\u00ad"))


def _edge_digit(s: str) -> bool:
    """Does a folio stand at an edge of the line (`_EDGE_FOLIO`)? It needs a digit first or last: asked first."""
    t = s.strip()
    return (t[:1].isdigit() or t[-1:].isdigit()) and _EDGE_FOLIO.search(s) is not None


def _edge_folio(s: str) -> int | None:
    """The folio at the edge of a head, a page range before it left out (`NOTES TO PAGES 228–229 231` → 231)."""
    m = _EDGE_FOLIO.search(_PAGE_RANGE.sub(" ", s))
    return int(m.group(1) or m.group(2)) if m else None


class _HeadSearch:
    """The running heads and folios found so far, and the steps that look for more."""

    def __init__(self, lines: list[Line]):
        self.lines, self.n = lines, len(lines)
        self.heads: set[int] = set()
        self.folios: dict[int, int] = {}

    def isolated(self, i: int) -> bool:
        """Is line ``i`` set off by blank lines (or heads) above and below?"""
        # a form feed (`pdftotext` ends each page with one) sets a line off as a blank line does;
        # asked of every line by several steps, so the tests are spelt out here and stop at the first answer
        lines, heads = self.lines, self.heads
        if not (i == 0 or lines[i - 1].blank or i - 1 in heads or lines[i].s.startswith("\f")):
            return False
        j = i + 1
        return j >= self.n or lines[j].blank or j in heads or lines[j].s.startswith("\f")

    def _lone_lines(self) -> Iterator[Line]:
        """The short lines set off by blanks that are no heads yet (checked as each is reached)."""
        for ln in self.lines:
            if not ln.blank and ln.no not in self.heads and self.isolated(ln.no) and _short(ln.s):
                yield ln

    def stamped_lines(self, stamps: dict[int, tuple[int, int]]) -> None:
        """A line holding a download stamp, and nothing else but a short head or a folio."""
        for no in stamps:
            rest = self.lines[no].s.strip(" \t\f")
            if not rest or _short(rest) and not finished(rest):
                self.heads.add(no)

    def bare_folios(self) -> None:
        """A page number alone on its line (`88`, `- 12 -`, `Page 12`)."""
        for ln in self.lines:
            m = _FOLIO.fullmatch(ln.s)
            if m and not ln.blank and self.isolated(ln.no) and 0 < int(m.group(1)) < 5000:
                self.heads.add(ln.no)
                self.folios[ln.no] = int(m.group(1))

    def roman_folios(self) -> None:
        """Front matter folioed in lower-case Roman numerals: `xi` alone, or `xii PREFACE`."""
        for ln in self._lone_lines():
            m = _ROMAN_FOLIO.fullmatch(ln.s)
            rest = ln.s[m.end(1):] if m else ""
            if m and (not rest.strip() or (len(letters(rest)) >= 4 and caps_ratio(rest) >= 0.8)):
                self.heads.add(ln.no)

    def folios_with_a_title_in_capitals(self) -> None:
        """A folio with a title in capitals on one line (`88 JOURNAL OF COLD WAR STUDIES`)."""
        for ln in self._lone_lines():
            # a page range before the folio is part of the title (`NOTES TO PAGES 228–229 231`)
            bare = _PAGE_RANGE.sub(" ", ln.s)
            m = _EDGE_FOLIO.search(bare)
            rest = _EDGE_FOLIO.sub("", bare)
            if m and len(letters(rest)) >= 8 and len(rest.split()) >= 2 and caps_ratio(rest) >= 0.8 \
                    and not re.search(r"[,;]", rest):
                self.heads.add(ln.no)

    def repeated_lines(self) -> None:
        """A line that comes back (its digits aside) set off by blanks, or in capitals with a folio."""
        keys: Counter = Counter()
        key_of: dict[int, str] = {}
        for ln in self.lines:
            # only a line set off by blanks, or carrying a folio, can be a head
            if not ln.blank and ln.no not in self.heads and (self.isolated(ln.no) or _edge_digit(ln.s)) \
                    and _short(ln.s):
                key = _DIGITS.sub("#", " ".join(ln.s.split())).casefold()
                key_of[ln.no] = key
                keys[key] += 1
        for no, key in key_of.items():
            s = self.lines[no].s
            glued_folio = _EDGE_FOLIO.search(s) and caps_ratio(_EDGE_FOLIO.sub("", s)) >= 0.6
            # heads are usually set off by blank lines; a repeated capitals line with a folio need not be
            if keys[key] >= 2 and (self.isolated(no) or glued_folio) and re.search(r"[^\W\d_]", s):
                rest = _EDGE_FOLIO.sub("", s)
                # `204 Zeitgeschichte im Osten 12 (2004)` looks like a note but does not end like one
                if starts_like_note(s) and (finished(s) or re.search(r"[,;]", rest)):
                    continue
                if heading_shape(s) and not re.search(r"\d", s) and caps_ratio(s) < 0.6:
                    # a title-case line seen twice with no folio is too often a real heading,
                    # unless it is a name (the author's, over every other page)
                    if keys[key] < 3 and not looks_like_name(s):
                        continue
                self.heads.add(no)

    def lines_next_to_heads(self) -> None:
        """Lines next to a folio (or to a head found so) that look like a journal or author line."""
        lines, n = self.lines, self.n
        for _ in range(2):
            for no in sorted(self.heads):
                for step in (-1, 1):
                    j, gap = no + step, 0
                    while 0 <= j < n and lines[j].blank and gap < 2:
                        j, gap = j + step, gap + 1
                    if 0 <= j < n and j not in self.heads and not lines[j].blank and self.isolated(j) \
                            and _head_shape(lines[j].s):
                        self.heads.add(j)

    def read_folios(self) -> None:
        """The folio of each head that has a number at its edge (`Tito's Western Friends 89`)."""
        for no in self.heads:
            if no not in self.folios:
                folio = _edge_folio(self.lines[no].s)
                if folio is not None:
                    self.folios[no] = folio

    def lines_with_a_folio_in_range(self) -> None:
        """A short line alone with a number at its edge that fits the folios found.

        (`Tito's Western Friends 89` between `88 JOURNAL ...` and `90 JOURNAL ...`)
        """
        if not self.folios:
            return
        lo, hi = min(self.folios.values()) - 3, max(self.folios.values()) + 3
        for ln in self._lone_lines():
            m = _EDGE_FOLIO.search(ln.s)
            # `366 Aufsätze` begins like a note; a number of three digits next to the folios is none
            if starts_like_note(ln.s) and not (m and m.group(1) and len(m.group(1)) >= 3):
                continue
            if m and lo <= int(m.group(1) or m.group(2)) <= hi and not finished(_EDGE_FOLIO.sub("", ln.s)):
                self.heads.add(ln.no)

    def folios_alternating_sides(self) -> None:
        """Lines alone with a folio at the edge that alternates page by page, in mixed case.

        At the left on even pages, at the right on odd ones (`128 Marco Rossi`, `Diplomazia e sindacato 129`).
        """
        sides: list[tuple[int, int, bool]] = []  # line, folio, folio at the left
        for ln in self._lone_lines():
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
                self.heads.update(no for no, _, _ in chain)
            chain = [cand] if cand is not None else []

    def repeated_title(self) -> None:
        """The article's title repeated over later pages, alone or after the author (`M. HORVAT, <title>`)."""
        opening = []  # the lines of the first page, up to its first footnote
        for ln in self.lines:
            m = NUM_NOTE.match(ln.s)
            if len(opening) >= 40 or m and label_text(m) == "1":
                break
            if not ln.blank:
                opening.append(ln)
        titles = {_norm(ln.s) for ln in opening
                  if len(ln.s.split()) >= 3 and len(ln.s.strip()) >= 15 and ln.no not in self.heads}
        seen_lines = {ln.no for ln in opening}
        for ln in self._lone_lines():
            if ln.no in seen_lines:
                continue
            t = _norm(ln.s)
            if any(t == c or (t.endswith(c) and t[: -len(c)].rstrip().endswith((",", ":", "."))) for c in titles):
                self.heads.add(ln.no)

    def journal_line_with_the_page_range(self) -> None:
        """The journal line over the first page names the article's page range (`2019, VOL. 19, NO. 3, 345–362`).

        It is a head when the folios found fall in that range.
        """
        first = next((ln for ln in self.lines if not ln.blank), None)
        if first is not None and first.no not in self.heads and _short(first.s) and self.folios:
            for m in _PAGE_RANGE.finditer(first.s):
                a, b = int(m.group(1)), int(m.group(2))
                if a < b and all(a <= v <= b for v in self.folios.values()):
                    self.heads.add(first.no)
                    break


def _head_shape(s: str) -> bool:
    """Does a line next to a folio look like a journal or author line, not the page's first heading?"""
    t = s.strip()
    if not _short(t) or starts_like_note(t) and not caps_ratio(_EDGE_FOLIO.sub("", t)) >= 0.8:
        return False
    if "," in t and caps_ratio(t) < 0.6:
        return False
    # `INTRODUCTION` or `2. SOURCES` under a folio is the page's first heading
    if HEAD_NUMBERING.match(t) or label_of(t) in SECTION_WORDS:
        return False
    caps = caps_ratio(t) >= 0.6 and len(letters(t)) >= 4
    return caps or bool(_PAGE_RANGE.search(t)) or bool(_ISSUE.search(t))


def _norm(t: str) -> str:
    return " ".join(_EDGE_FOLIO.sub(" ", t).split()).casefold()


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


def page_numbers(lines: list[Line], page_index: list[int], heads: set[int],
                 folios: dict[int, int]) -> tuple[list[int], str]:
    """Page numbers per line (folio-based when the text gives one) and a warning, if any.

    ``page_index`` is the walk's 1-based page count at each line. A folio
    numbers its page; the pages after it count on from it, those before it
    count back; with no folio, pages count from the article's page range
    named in a head, or from 1.

    >>> from histkit.layout.lines import split_lines
    >>> lines = split_lines("Text.\\n\\n88\\n\\nText.\\n")
    >>> page_numbers(lines, [1, 1, 2, 2, 2], {2}, {2: 88})
    ([87, 87, 88, 88, 88], '')
    """
    page = list(page_index)
    n_pages = max(page) if page else 1
    range_start = _range_start(lines, heads)
    known: dict[int, int] = {}
    if folios:
        footer = _foot_folios(lines, page_index, heads, folios, range_start)
        _move_heads_to_their_page(lines, page, heads, folios, footer)
        for i, v in sorted(folios.items()):
            known.setdefault(page[i], v)
    numbers, warning = _count_pages(known, n_pages, range_start)
    return [numbers[p] for p in page], warning


def _range_start(lines: list[Line], heads: set[int]) -> int | None:
    """The first page of the article's page range, when a head names it (`3/2021. 121–143`)."""
    for i in sorted(heads):
        m = _PAGE_RANGE.search(lines[i].s)
        if m and int(m.group(1)) < int(m.group(2)) < int(m.group(1)) + 1000:
            return int(m.group(1))
    return None


def _foot_folios(lines: list[Line], page_index: list[int], heads: set[int], folios: dict[int, int],
                 range_start: int | None) -> bool:
    """Does the text set its folios at the foot of the page (under the page they number)?"""
    # the first page with a folio, and the last folio on it
    k, f = next(iter({page_index[i]: v for i, v in sorted(folios.items())}.items()))
    if range_start is not None:
        return f - (k - 2) == range_start and f - (k - 1) != range_start
    last = max((i for i in range(len(lines)) if not lines[i].blank), default=-1)
    return last in heads and k > 1


def _move_heads_to_their_page(lines: list[Line], page: list[int], heads: set[int], folios: dict[int, int],
                              footer: bool) -> None:
    """Count heads that close a page on the page above: the walk counts every run of heads as the next page's."""
    for run in _runs(lines, heads):
        if footer:
            # a foot folio, and heads just above it, close the page above; a head after
            # it, or a head with no folio in its run, opens the next page
            last_folio = max((j for j in run if j in folios), default=-1)
            for j in run:
                if j <= last_folio:
                    page[j] = max(1, page[j] - 1)
        else:
            # a run of heads holding folios n and n + 1 (`1` at the foot of a chapter's first page,
            # `2 BOOK TITLE` over the next): the lines up to folio n close the page above
            values = [(j, folios.get(j, _roman_value(lines[j].s))) for j in run]
            foot = max((j for j, v in values for k, w in values if v and w and k > j and w == v + 1), default=-1)
            for j in run:
                if j <= foot and page[j] == page[foot]:
                    page[j] = max(1, page[j] - 1)


def _count_pages(known: dict[int, int], n_pages: int, range_start: int | None) -> tuple[dict[int, int], str]:
    """The printed number of each page (by its index) from the folios known, and a warning if they jump."""
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
    return numbers, warning
