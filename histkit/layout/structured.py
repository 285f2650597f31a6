"""Layout of a document whose reader states the zones: regions become blocks, note marks link the notes.

A PDF, Word or TEI reader knows from the source which spans are notes,
headings or running heads, and where each note is called (see
`histkit.read.structure`). Nothing is guessed here: the regions become
blocks, the text between them blank blocks, and every note its marker.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache

from ..errors import Problem
from ..read import Document
from .blocks import link_cut_paragraphs, with_note_sections
from .clean import clean, hyphen_rule
from .frontpages import with_front_matter
from .model import Block, Layout, Note
from .numbering import number_notes
from .textbefore import notes_before, set_apart
from ..patterns import compiled


def layout_from_regions(doc: Document) -> Layout:
    """Blocks and notes from the regions and marks a structured reader gave the document.

    >>> from histkit.read.structure import TextBuilder
    >>> built = TextBuilder()
    >>> built.add("Introduction", "heading")
    >>> built.add("Tito met Spaak.", "body", page=3)
    >>> built.mark("1")
    >>> built.add("AJ, 507.", "note", note_no="1", page=3)
    >>> text, regions, marks = built.result()
    >>> lay = layout_from_regions(Document("t", "t.docx", text, regions=regions, marks=marks))
    >>> [(b.zone, b.text, b.section) for b in lay.blocks if b.zone != "blank"]
    [('heading', 'Introduction', 'Introduction'), ('body', 'Tito met Spaak.1', 'Introduction'), ('note', '1 AJ, 507.', 'Introduction')]
    >>> lay.notes
    [Note(note_no='1', text='AJ, 507.', block_ids=('t:0004',), page=3, marker_block_id='t:0002', marker_start=29, label='1')]
    """
    text = doc.text
    keep = hyphen_rule(text)
    pieces = _tile(doc)
    width = max(4, len(str(len(pieces))))
    blocks: list[Block] = []
    warnings: list[Problem] = []
    section = ""
    line, counted = 1, 0  # line numbers counted on from the block before, not from the start each time
    for k, (start, end, region) in enumerate(pieces):
        line += text.count("\n", counted, start)
        counted = start
        raw = text[start:end]
        zone = region.zone if region else ("blank" if not raw.strip() else "body")
        if region is None and raw.strip():
            warnings.append(Problem(doc.doc_id, "layout", "text outside every region the reader gave; read as body",
                                    f"offset {start}"))
        reading = "" if zone == "blank" else " ".join(raw.split()) if zone == "running_head" else clean(raw, keep)
        if zone == "heading":
            section = reading
        page = region.page if region else (blocks[-1].page if blocks else None)
        blocks.append(Block(f"{doc.doc_id}:{k:0{width}d}", zone, start, end, raw, reading, page,
                            section if zone in ("body", "heading", "back", "note") else "",
                            region.note_no if region and zone == "note" else None,
                            line, box=region.box if region else None))
    before = notes_before(blocks)
    blocks, apart = set_apart(blocks, before)
    if before:
        warnings.append(Problem(doc.doc_id, "layout", f"notes {', '.join(sorted(apart, key=int))} on the first page, "
                                "before the document's note 1, end the text before it: read as front matter",
                                f"line {blocks[before[0]].line}"))
    blocks, printed = _series(blocks)
    # (the calls of the text before, on its page, are no calls of the document's notes of the same numbers)
    end = blocks[before[-1]].end if before else 0
    notes = _notes(doc, blocks, printed, keep, warnings, {m.start for m in doc.marks
                                                           if m.start < end and m.note_no in apart})
    blocks = link_cut_paragraphs(with_note_sections(with_front_matter(blocks, notes), notes))
    return Layout(doc=doc, blocks=blocks, notes=notes, warnings=warnings)


def _tile(doc: Document) -> list[tuple[int, int, object]]:
    """(start, end, region or None) covering the whole text, in order; overlapping regions are cut back."""
    pieces, at = [], 0
    for region in sorted(doc.regions, key=lambda r: (r.start, r.end)):
        start, end = max(region.start, at), region.end
        if start > at:
            pieces.append((at, start, None))
        if end > start:
            pieces.append((start, end, region))
            at = end
    if at < len(doc.text):
        pieces.append((at, len(doc.text), None))
    return pieces


def _series(blocks: list[Block]) -> tuple[list[Block], dict[str, str]]:
    """Note blocks keyed as `number_notes` numbers them, once through in reading order, and each key's printed number.

    The printed number (the notes table's ``label``) is what the reader
    gave; a note's continuation (the same number right after itself) keeps
    its note's key.
    """
    at = [k for k, b in enumerate(blocks) if b.zone == "note" and b.note_no is not None]
    out, printed = list(blocks), {}
    for k, key in zip(at, number_notes([blocks[k].note_no for k in at])):
        printed[key] = blocks[k].note_no
        if key != blocks[k].note_no:
            out[k] = replace(blocks[k], note_no=key)
    return out, printed


def _notes(doc: Document, blocks: list[Block], printed: dict[str, str], keep, warnings: list[Problem],
           not_calls: set[int] = frozenset()) -> list[Note]:
    parts: dict[str, list[Block]] = {}
    for b in blocks:
        if b.zone == "note" and b.note_no is not None:
            parts.setdefault(b.note_no, []).append(b)
    # the k-th call of a printed number goes to the k-th note that carries it
    keys_of: dict[str, list[str]] = {}
    for key in parts:
        keys_of.setdefault(printed[key], []).append(key)
    marks: dict[str, object] = {}
    calls: dict[str, int] = {}
    again: dict[str, list[int]] = {}  # a number raised more often than it has notes: the last such note, called again
    for mark in sorted(doc.marks, key=lambda m: m.start):
        if mark.start in not_calls:
            continue
        k = calls.get(mark.note_no, 0)
        calls[mark.note_no] = k + 1
        keys = keys_of.get(mark.note_no, [])
        if k < len(keys):
            marks[keys[k]] = mark
        elif k == 0:
            marks[mark.note_no] = mark
        else:  # a note called again (`ibid.` spared by citing the note once more): no loss, no warning
            again.setdefault(keys[-1] if keys else mark.note_no, []).append(mark.start)
    starts = [b.start for b in blocks]  # the blocks tile the text in order
    notes = []
    for key, bl in parts.items():
        joined = bl[0].text if len(bl) == 1 else clean("\n".join(b.raw.rstrip("\n") for b in bl), keep)
        mark = marks.get(key)
        if mark is None:
            warnings.append(Problem(doc.doc_id, "layout", f"note {key} is called nowhere in the text",
                                    f"line {bl[0].line}"))
        holder = blocks[bisect_right(starts, mark.start) - 1].block_id if mark and blocks else None
        # a Word or TEI note numbered by its format (Roman, `1)`) prints its call otherwise: that is its label
        shown = doc.text[mark.start:mark.end].strip() if mark else ""
        label = shown if shown and shown != mark.note_no else printed[key]
        notes.append(Note(key, _without_label(joined, printed[key]), tuple(b.block_id for b in bl), bl[0].page,
                          holder, mark.start if mark else None, label, tuple(again.get(key, ()))))
    for key, mark in marks.items():
        if key not in parts:
            warnings.append(Problem(doc.doc_id, "layout", f"marker {key} has no note", f"offset {mark.start}"))
    return notes


_SPACE_RUN = compiled(r"\s*")
_AFTER_LABEL = compiled(r"[\])]?\.?\s*")


def _without_label(text: str, note_no: str) -> str:
    """The note's text without its printed label (``12``, ``12.``, ``[12]``, ``*``).

    What `_label_pattern` matches, found without compiling a pattern per
    number (a document's hundreds of notes cost as many compilations):
    the label is looked for after the spaces and one bracket, and what may
    follow it is taken. A label that itself starts with a space or a
    bracket goes to the pattern, which may then match it otherwise.

    >>> _without_label(" [12]. Tito", "12"), _without_label("12 Tito", "1")
    ('Tito', '2 Tito')
    """
    if not note_no or note_no[0] in "[(" or note_no[0].isspace():
        label = _label_pattern(note_no).match(text)
        return text[label.end():] if label else text
    at = _SPACE_RUN.match(text).end()
    at += text.startswith(("[", "("), at)
    if not text.startswith(note_no, at):
        return text
    return text[_AFTER_LABEL.match(text, at + len(note_no)).end():]


@lru_cache(maxsize=1024)
def _label_pattern(note_no: str) -> re.Pattern:
    # one pattern per printed number, kept here: re's own cache is shared with every other stage's patterns
    return re.compile(rf"\s*[\[(]?{re.escape(note_no)}[\])]?\.?\s*")
