"""The document's text as the layout read it: each block in its zone, with note markers, actors and dates marked.

Blocks cover the text end to end (``start``/``end`` are offsets into it),
and mentions, dates and note markers are offsets into the same text, so each
block is cut at the edges of the marks that fall in it and every piece is
written once, escaped, inside the marks that cover it. Marks may overlap
(a date inside an actor's name); a piece inside several carries all their
classes.
"""

from __future__ import annotations

import html
from bisect import bisect_right
from dataclasses import dataclass

import pandas as pd
from ..patterns import compiled

_ZONE_CLASS = compiled(r"[^a-z0-9_-]+")


@dataclass
class Mark:
    """A stretch of the text to mark: where, its CSS class, its tooltip, and for a note marker its link and id."""

    start: int
    end: int
    css: str
    title: str = ""
    href: str = ""
    anchor: str = ""


def number(value) -> int | None:
    """A cell as a whole number; None when it is missing.

    >>> number(12), number(None), number(float("nan"))
    (12, None, None)
    """
    if value is None or (isinstance(value, float) and value != value):
        return None
    return int(value)


def text(value) -> str:
    """A cell as text; "" when it is missing.

    >>> text(None), text("AJ"), text(3)
    ('', 'AJ', '3')
    """
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)


def document_marks(mentions: pd.DataFrame, dates: pd.DataFrame, notes: pd.DataFrame, full_text: str) -> list[Mark]:
    """The marks of one document: its actor mentions, its dates and each note's marker (linked to the note).

    >>> notes = pd.DataFrame([{"note_no": "1", "marker_start": 14}])
    >>> empty = pd.DataFrame(columns=["start", "end"])
    >>> [(m.start, m.end, m.css, m.href) for m in document_marks(empty, empty, notes, "Tito met Spaak1")]
    [(14, 15, 'marker', '#note-0')]
    """
    marks = []
    for row in mentions.to_dict("records"):
        start, end = number(row.get("start")), number(row.get("end"))
        if start is not None and end is not None and end > start:
            css = "mention ambiguous" if row.get("ambiguous") else "mention"
            hint = text(row.get("actor_id")) + (f" (or {text(row.get('candidates'))})" if row.get("ambiguous") else "")
            marks.append(Mark(start, end, css, f"actor: {hint}; found by {text(row.get('rule'))}"))
    for row in dates.to_dict("records"):
        start, end = number(row.get("start")), number(row.get("end"))
        if start is not None and end is not None and end > start:
            span = text(row.get("date_start")) + (f" – {text(row.get('date_end'))}"
                                                  if row.get("date_end") != row.get("date_start") else "")
            marks.append(Mark(start, end, "date", f"date: {span} ({text(row.get('precision'))})"))
    for i, row in enumerate(notes.to_dict("records")):
        start = number(row.get("marker_start"))
        if start is None:
            continue
        label = text(row.get("note_no"))
        width = len(label) if full_text.startswith(label, start) else 1
        marks.append(Mark(start, start + width, "marker", f"note {label}", f"#note-{i}", f"marker-{i}"))
    return sorted(marks, key=lambda m: (m.start, -m.end, m.css))


def block_html(raw: str, start: int, marks: list[Mark]) -> str:
    """One block's text, escaped, with the marks that fall in it (offsets are the document's).

    >>> block_html("Tito <met> Spaak", 100, [Mark(100, 104, "mention", "tito"), Mark(111, 116, "mention", "spaak")])
    '<span class="mention" title="tito">Tito</span> &lt;met&gt; <span class="mention" title="spaak">Spaak</span>'
    """
    end = start + len(raw)
    cuts = {0, len(raw)}
    for mark in marks:
        cuts.update(max(0, min(len(raw), p - start)) for p in (mark.start, mark.end))
    points = sorted(cuts)
    out, opened = [], set()
    for a, b in zip(points, points[1:]):
        covering = [m for m in marks if m.start < start + b and m.end > start + a and m.start < end]
        out.append(_piece(html.escape(raw[a:b]), covering, opened))
    return "".join(out)


def _piece(escaped: str, covering: list[Mark], opened: set[int]) -> str:
    if not covering:
        return escaped
    css = " ".join(sorted({c for m in covering for c in m.css.split()}))
    title = html.escape("; ".join(dict.fromkeys(m.title for m in covering if m.title)))
    link = next((m for m in covering if m.href), None)
    if link is None:
        return f'<span class="{css}" title="{title}">{escaped}</span>'
    anchor = ""
    if id(link) not in opened:  # the id once, on the marker's first piece
        opened.add(id(link))
        anchor = f' id="{html.escape(link.anchor)}"'
    return f'<a class="{css}"{anchor} href="{html.escape(link.href)}" title="{title}">{escaped}</a>'


def text_html(blocks: pd.DataFrame, marks: list[Mark], notes_of_blocks: dict[str, int]) -> str:
    """Every block of the document in order: a page line where the page changes, the zone beside each block.

    ``notes_of_blocks`` links a note's block to its note's card. Blank
    blocks are left out (the layout read them as the space between blocks).
    """
    rows = blocks.to_dict("records")
    buckets = _marks_per_block([number(r.get("start")) or 0 for r in rows], marks)
    out, page = [], None
    for row, near in zip(rows, buckets):
        zone = text(row.get("zone"))
        if zone == "blank":
            continue
        if number(row.get("page")) is not None and number(row.get("page")) != page:
            page = number(row.get("page"))
            out.append(f'<div class="page">page {page}</div>')
        # the line end that closes a block is the gap to the next one, which the page's layout already draws
        start, raw = number(row.get("start")) or 0, text(row.get("raw")).rstrip("\n")
        label = zone.replace("_", " ")
        block_id = text(row.get("block_id"))
        if zone == "note" and block_id in notes_of_blocks:
            i = notes_of_blocks[block_id]
            label = f'<a href="#note-{i}">note {html.escape(text(row.get("note_no")))}</a>'
        elif zone == "note":
            label = f"note {html.escape(text(row.get('note_no')))}"
        css = "z-" + _ZONE_CLASS.sub("-", zone.lower())
        out.append(f'<div class="block {css}" id="{html.escape(block_id)}"><div class="zone">{label}</div>'
                   f'<div class="text">{block_html(raw, start, near)}</div></div>')
    return "\n".join(out)


def _marks_per_block(starts: list[int], marks: list[Mark]) -> list[list[Mark]]:
    """The marks that overlap each block (blocks cover the text in order, so a bisection finds them)."""
    buckets: list[list[Mark]] = [[] for _ in starts]
    for mark in marks:
        first = max(bisect_right(starts, mark.start) - 1, 0)
        last = max(bisect_right(starts, mark.end - 1) - 1, first)
        for k in range(first, min(last, len(starts) - 1) + 1):
            buckets[k].append(mark)
    return buckets
