"""Zones of the body lines: front matter, headings, body and back matter.

After the walk, body lines are grouped into paragraphs; labelled paragraphs
(`Abstract`, `Keywords`) and the short title lines over the first text are
front matter, a `Summary` or `References` late in the article opens the back
matter, and a short line set off like a heading is one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cover import cover_lines, notice_lines
from .lines import (BACK_LABELS, FRONT_LABELS, SECTION_WORDS, Line, finished, heading_shape, label_of, looks_like_name,
                    starts_with_label)
from .markers import has_glued_marker
from .walk import Walk
from ..patterns import compiled

_FRONT_LABEL_START = compiled(r"\s*(?:%s)\s*[:：፦፥]" % "|".join(re.escape(x.rstrip(":")) for x in FRONT_LABELS), re.I)
_CHAPTER_NO = compiled(r"\s*(?:(?i:chapter|chapitre|kapitel|capitolo|capítulo|rozdział|poglavje|poglavlje)\s+)?"
                         r"(?:\d{1,2}|[IVXLC]{1,6})\.?\s*")
_ZONE_OF_KIND = {"blank": "blank", "head": "running_head", "note": "note", "body": "body"}
#: Key words in a language whose label the file lacks: a label of one to four words, a colon, and three or more
#: short items parted by semicolons, no full stop (`Baat yu am solo: BDS; UPS; PAI; Senegaal`); read as front
#: only as a paragraph of one line among the first, just over a heading.
_KEYWORD_LIST = compiled(r"\s*[^\W\d_]+(?: [^\W\d_]+){0,3} ?[:：]\s*[^;.:\n]{1,40}(?:;\s*[^;.:\n]{1,40}){2,}\s*")
#: An epigraph's source line: a dash, then a name (`— Otto von Bismarck, Reichstag, 14. Mai 1872`); and the most lines
#: of an epigraph with its source.
_ATTRIBUTION = compiled(r"\s*[—–―]\s*[^\W\d_]")
_EPIGRAPH_LINES = 6
#: The paragraphs, from the first, among which a key-words line is looked for by its shape.
_KEYWORD_LIST_WITHIN = 8


@dataclass
class Zones:
    """The zone of each line, and the back-matter headings (`Summary`) that each open a section."""

    zone: list[str]
    back_heads: set[int]


def zones(lines: list[Line], walk: Walk) -> Zones:
    """The zone of each line, from the kind the walk gave it and the shape of the body's paragraphs.

    >>> from histkit.layout.lines import split_lines
    >>> from histkit.layout.walk import walk
    >>> text = "Abstract: On Tito.\\n\\nIntroduction\\n\\nTito met Spaak.1\\n\\n1 AJ, 507.\\n"
    >>> lines = split_lines(text)
    >>> zones(lines, walk(lines, set(), text)).zone
    ['front', 'blank', 'heading', 'blank', 'body', 'blank', 'note']
    """
    zone = [_ZONE_OF_KIND[k] for k in walk.kind]
    # a cover page is front matter, whatever its shape, and the article's own front matter follows it
    cover = cover_lines(lines, walk.kind)
    for i in cover:
        zone[i] = "front"
    body = [i for i, k in enumerate(walk.kind) if k == "body" and i not in cover]
    if not body:
        return Zones(zone, set())
    paras = _Paragraphs(lines, walk, body)
    front_end = paras.labelled_front_end()
    if front_end < 0:
        front_end = paras.unlabelled_front_end()
    back_start = paras.back_start(front_end)
    back_heads = set()
    # each body line is in one paragraph: look its paragraph up instead of scanning them all
    para_of = {j: k for k, para in enumerate(paras.paras) for j in para}
    furnished = [paras.has_furniture(para) for para in paras.paras]
    # so are citation and licence notices (`To cite this article`, `© A. Author, 2023`)
    notices = notice_lines(lines, walk.kind)
    for i in body:
        if i <= front_end or furnished[para_of[i]] or i in notices:
            zone[i] = "front"
        elif i >= back_start:
            zone[i] = "back"
            if paras.is_heading(i) and label_of(lines[i].s) in BACK_LABELS:
                back_heads.add(i)
        elif paras.is_heading(i):
            zone[i] = "heading"
    return Zones(zone, back_heads)


class _Paragraphs:
    """The body lines in paragraphs (lists of line numbers, in order), and what decides where they fall."""

    def __init__(self, lines: list[Line], walk: Walk, body: list[int]):
        self.lines, self.kind, self.n = lines, walk.kind, len(lines)
        self.endnote_heads, self.furniture = walk.endnote_heads, walk.furniture
        # a heading is shorter than a full line of text
        widths = sorted(len(lines[i].s.strip()) for i in body)
        self.full = widths[len(widths) * 3 // 4] if widths else 80
        self.first_note = next((i for i in range(self.n) if self.kind[i] == "note"), self.n)
        self._headings: dict[int, bool] = {}  # each line is asked up to three times
        self.paras: list[list[int]] = []
        for i in body:
            # `title_line` reads the paragraphs found so far
            if self.paras and self.paras[-1][-1] == i - 1 and not self.is_heading(i) and not self.is_heading(i - 1) \
                    and not self._title_line(i):
                self.paras[-1].append(i)
            else:
                self.paras.append([i])

    def has_furniture(self, para: list[int]) -> bool:
        return any(j in self.furniture for j in para)

    def _chapter_number(self, i: int) -> bool:
        """A chapter's number alone over its title (`1` / `Unions and the State`), the pair set off by blanks."""
        kind, lines = self.kind, self.lines
        return (0 <= i < self.n - 2 and kind[i] == "body" and kind[i + 1] == "body"
                and _CHAPTER_NO.fullmatch(lines[i].s) is not None
                and (i == 0 or kind[i - 1] in ("blank", "head")) and kind[i + 2] in ("blank", "head")
                and heading_shape(lines[i + 1].s) and not finished(lines[i + 1].s))

    def is_heading(self, i: int) -> bool:
        known = self._headings.get(i)
        if known is None:
            known = self._headings[i] = self._is_heading(i)
        return known

    def _is_heading(self, i: int) -> bool:
        if i in self.endnote_heads or self._chapter_number(i) or self._chapter_number(i - 1):
            return True
        kind, n, full = self.kind, self.n, self.full
        s = self.lines[i].s
        # `Introduction`, `Summary`, `Uvod` alone on a line is a heading wherever it stands
        known = len(s) <= 48 and (label_of(s) in SECTION_WORDS or label_of(s) in FRONT_LABELS)
        before = i == 0 or kind[i - 1] in ("blank", "head") or s[:1].isspace() or known
        after = i + 1 >= n or kind[i + 1] in ("blank", "head")
        if not (before and heading_shape(s)):
            return False
        width = len(s.strip())
        if width > max(40, 0.8 * full):
            return False
        if not after:
            # set directly over its text: a known section word, or a line too short to
            # open the full-width paragraph that follows it
            nxt = self.lines[i + 1].s.strip()
            if kind[i + 1] != "body" or not (known or (width <= 0.7 * full and len(nxt) >= 0.8 * full)):
                return False
        j = i + 1
        while j < n and kind[j] in ("blank", "head"):
            j += 1
        return j >= n or kind[j] != "note"

    def _title_line(self, i: int) -> bool:
        """Line ``i - 1`` a short title or author line over the first text, with nothing set off between."""
        paras, lines = self.paras, self.lines
        if not paras or len(paras) > 4 or i >= self.first_note or any(
                len(p) > 3 or any(finished(lines[j].s) for j in p) for p in paras):
            return False
        return len(lines[i - 1].s.strip()) <= 0.7 * self.full and heading_shape(lines[i - 1].s)

    def labelled_front_end(self) -> int:
        """The last line of front matter: of the last labelled paragraph (Abstract, Keywords) before the body; or -1."""
        lines, front_end = self.lines, -1
        front_paras = [p for p in self.paras if p[0] < self.first_note]
        for k, para in enumerate(front_paras):
            first = para[0]
            s = lines[first].s
            # `Sažetak:`/`Résumé:` before the keywords is the abstract; after them, a summary
            later_front = any(starts_with_label(lines[q[0]].s, FRONT_LABELS) for q in front_paras[k + 1:k + 3])
            # a label may open any line of a paragraph when nothing sets it off (`Ključne riječi: ...`)
            labelled = (starts_with_label(s, FRONT_LABELS) or any(_FRONT_LABEL_START.match(lines[j].s) for j in para[1:])
                        or self._keyword_list(k, front_paras))
            if labelled or self.has_furniture(para) or (later_front and starts_with_label(s, BACK_LABELS)):
                front_end = para[-1]
            # a title set as a heading between the journal's line and the abstract (`Öz:` two paragraphs on) is front
            elif starts_with_label(s, BACK_LABELS) or (self.is_heading(first) and front_end >= 0 and not later_front):
                break
        return self._epigraph_end(front_end, front_paras) if front_end >= 0 else front_end

    def _epigraph_end(self, front_end: int, paras: list[list[int]]) -> int:
        """The front matter's last line, moved over an epigraph between it and the first heading: a short paragraph
        closed by its source after a dash (`— Heinrich Heine, Nachtgedanken (1844)`)."""
        after = [p for p in paras if p[0] > front_end]
        if len(after) >= 2 and len(after[0]) <= _EPIGRAPH_LINES and self.is_heading(after[1][0]) \
                and _ATTRIBUTION.match(self.lines[after[0][-1]].s) and not self.is_heading(after[0][0]):
            return after[0][-1]
        return front_end

    def _keyword_list(self, k: int, paras: list[list[int]]) -> bool:
        """Whether paragraph ``k`` is a key-words line by its shape alone (`_KEYWORD_LIST`), over a heading."""
        para = paras[k]
        return (k < _KEYWORD_LIST_WITHIN and len(para) == 1 and k + 1 < len(paras)
                and _KEYWORD_LIST.fullmatch(self.lines[para[0]].s) is not None and self.is_heading(paras[k + 1][0]))

    def unlabelled_front_end(self) -> int:
        """The last line of front matter when nothing labels it: the title and author lines before the first section."""
        lines, paras, front_end = self.lines, self.paras, -1
        for k, para in enumerate(paras):
            nxt = paras[k + 1] if k + 1 < len(paras) else None
            if para[0] > self.first_note or len(para) > 2 or nxt is None:
                break
            if any(has_glued_marker(lines[j].s) or finished(lines[j].s) for j in para):
                break
            if label_of(lines[para[0]].s) in SECTION_WORDS:
                break
            if self.is_heading(para[0]) and len(nxt) >= 3 and k > 0 and not looks_like_name(lines[para[0]].s):
                break  # a section heading followed by its text
            front_end = para[-1]
            if len(nxt) >= 3:
                break
        return front_end

    def back_start(self, front_end: int) -> int:
        """The first line of back matter (a `Summary`, `References` or closing abstract late in the article), or n."""
        lines, paras = self.lines, self.paras
        for k, para in enumerate(paras):
            first = para[0]
            if first <= front_end or first in self.endnote_heads:
                continue
            s = lines[first].s
            lab = label_of(s)
            # an `Abstract` in another language closing the article (after the body and its notes) is back matter
            closing_abstract = lab in FRONT_LABELS and self.is_heading(first) and first > self.first_note
            if (lab in BACK_LABELS and self.is_heading(first)) or closing_abstract or (
                starts_with_label(s, BACK_LABELS) and ":" in s[:40] and len(s.strip()) > len(lab) + 2
            ):
                # a `Sources` heading early in the article is a section; back matter ends it
                body_before = any(front_end < q[0] < first and not self.is_heading(q[0]) for q in paras)
                late = lines[first].start >= 0.5 * lines[-1].end
                if (late or not body_before) and (body_before or not closing_abstract):
                    above = paras[k - 1] if k else []
                    return above[0] if self._summary_title(above, first, front_end) else first
        return self.n

    def _summary_title(self, above: list[int], first: int, front_end: int) -> bool:
        """Is the paragraph ``above`` the back-matter label at line ``first`` the summary's own title and authors?"""
        lines = self.lines
        return bool(above) and len(above) <= 3 and above[0] > front_end and above[0] not in self.endnote_heads \
            and all(self.kind[j] in ("blank", "head") for j in range(above[-1] + 1, first)) and all(
                heading_shape(lines[j].s) and len(lines[j].s.strip()) <= max(40, 0.8 * self.full) for j in above)
