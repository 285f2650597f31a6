"""Layout recovery: a PDF-extracted text to blocks (body, notes, heads, ...) and notes.

(Skeleton: the data model is fixed here; the recovery itself is being written.)
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .corpus import Document

#: Zones a block can belong to.
ZONES = ("front", "heading", "body", "note", "running_head", "back", "blank")


@dataclass(frozen=True)
class Block:
    """A contiguous span ``doc.text[start:end]`` with one zone.

    ``raw`` is the exact slice; ``text`` is the cleaned reading (lines joined,
    line-end hyphens repaired). ``note_no`` is set on note blocks (a note that
    runs over a page break has two blocks with the same number).
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


@dataclass(frozen=True)
class Note:
    """A footnote or endnote, joined across page breaks."""

    note_no: str
    text: str
    block_ids: tuple[str, ...]
    page: int | None = None
    marker_block_id: str | None = None
    marker_start: int | None = None


@dataclass
class Layout:
    """What `analyse_layout` recovers from one document."""

    doc: Document
    blocks: list[Block]
    notes: list[Note]
    warnings: list[str] = field(default_factory=list)


def analyse_layout(doc: Document) -> Layout:
    """Recover blocks and notes from a document's text."""
    raise NotImplementedError
