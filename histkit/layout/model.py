"""What layout recovery gives: blocks of the text, notes, and the layout of one document.

Every other module of `layout` builds or reads these; they import nothing
from the rest of the stage.

>>> b = Block("t:0000", "body", 0, 17, "Tito met Spaak.1\\n", "Tito met Spaak.1", page=1)
>>> b.zone, b.raw[b.start:b.end].strip() == b.text
('body', True)
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import Problem
from ..read import Document

#: Zones a block can belong to. ``blank`` holds empty lines and the rule some
#: PDFs draw above the footnotes; ``running_head`` holds folios and running heads.
ZONES = ("front", "heading", "body", "note", "running_head", "back", "blank")


@dataclass(frozen=True)
class Block:
    """A contiguous span ``doc.text[start:end]`` with one zone.

    ``raw`` is the exact slice; ``text`` is the cleaned reading (lines joined,
    line-end hyphens repaired). ``note_no`` is set on note blocks (a note that
    runs over a page break has two blocks with the same number). ``line`` is
    the 1-based line number where the block starts. ``continued_in`` names the
    block where a paragraph cut by a page break (and the notes under it) goes
    on, so a reader can join `...especially en-` to `gaged in this regard`.
    """

    block_id: str
    zone: str
    start: int
    end: int
    raw: str
    text: str
    page: int | None = None
    section: str = ""
    note_no: str | None = None
    line: int = 0
    continued_in: str | None = None
    box: tuple[float, float, float, float] | None = None  # x0, y0, x1, y1 in PDF points, where the source has pages


@dataclass(frozen=True)
class Note:
    """A footnote or endnote, joined across page breaks."""

    note_no: str
    text: str
    block_ids: tuple[str, ...]
    page: int | None = None
    marker_block_id: str | None = None
    marker_start: int | None = None
    label: str = ""  # the number (or symbol) printed before the note, where note_no numbers it otherwise
    # where the same number is raised again later (a note called twice): those calls' starts, in reading order;
    # left out of the repr, as most notes are called once
    later_marker_starts: tuple[int, ...] = field(default=(), repr=False)


@dataclass
class Layout:
    """What `analyse_layout` recovers from one document."""

    doc: Document
    blocks: list[Block]
    notes: list[Note]
    warnings: list[Problem] = field(default_factory=list)
