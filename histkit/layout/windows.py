"""Over-long lines read in bounded windows: a block holding one is cut into blocks of at most `WINDOW` characters.

A line of hundreds of thousands of characters (an OCR garbage run, a base64
blob, a whole article with its line breaks lost) is no paragraph anyone
wrote; the stages after the layout (dates, actors) read a block at a time,
so cut into windows no block costs them more than a window's length. The
pieces follow one another with no character left out or added (the text
is still the blocks' raw slices joined), each cut after a space where the
window's second half has one; every such line is reported as a `Problem`.

>>> from histkit.read import Document
>>> text = "word " * 5000 + "\\n"
>>> b = Block("t:0", "body", 0, len(text), text, text.strip(), line=1)
>>> layout = windowed(Layout(Document.from_text(text, doc_id="t"), [b], []), line_length=1000, window=600)
>>> [len(x.raw) for x in layout.blocks][:3], "".join(x.raw for x in layout.blocks) == text
([600, 600, 600], True)
>>> print(layout.warnings[0])
line 1: the line holds 25,000 characters without a line break: it is read in 42 blocks of at most 600 characters (t:0 to t:0.41), cut after a space; no character is left out
"""

from __future__ import annotations

from dataclasses import replace

from collections.abc import Callable

from ..errors import Problem
from .clean import clean, hyphen_rule
from .model import Block, Layout
from ..patterns import compiled

#: A line longer than this (in characters) is read in windows.
LINE_LENGTH = 100_000
#: The most characters a block cut from such a line holds.
WINDOW = 20_000
_SPACE = compiled(r"\s")


def windowed(layout: Layout, keep: Callable[[str, str], bool] | None = None, line_length: int = LINE_LENGTH,
             window: int = WINDOW) -> Layout:
    """The layout with each block (not blank) holding a line over ``line_length`` characters cut into pieces of at most ``window``.

    The first piece keeps the block's id, the next ones add `.1`, `.2`, …;
    each piece goes on in the next (``continued_in``); a note keeps all its
    pieces and its marker the piece it stands in. A piece's text is read as
    its block's was (`clean`, with the document's hyphen rule ``keep``). A
    layout with no such line comes back as it is.
    """
    pieces: dict[str, list[Block]] = {}
    warnings = list(layout.warnings)
    for b in layout.blocks:
        long = _long_lines(b.raw, line_length) if b.zone != "blank" and len(b.raw) > line_length else []
        if long:
            keep = keep or hyphen_rule(layout.doc.text)
            pieces[b.block_id], inside = _cut(b, window, keep)
            warnings.extend(_report(layout.doc.doc_id, b, long, pieces[b.block_id], inside, window))
    if not pieces:
        return layout
    blocks = [p for b in layout.blocks for p in pieces.get(b.block_id, [b])]
    notes = []
    for note in layout.notes:
        ids = tuple(i for old in note.block_ids for i in ([p.block_id for p in pieces[old]] if old in pieces else [old]))
        marker = note.marker_block_id
        if marker in pieces and note.marker_start is not None:
            marker = next(p.block_id for p in reversed(pieces[marker]) if p.start <= note.marker_start)
        notes.append(replace(note, block_ids=ids, marker_block_id=marker))
    return Layout(layout.doc, blocks, notes, warnings)


def _cut(b: Block, window: int, keep: Callable[[str, str], bool]) -> tuple[list[Block], int]:
    """The pieces of block ``b``, and how many cuts fell inside a word (no space in the window's second half)."""
    raw, out, pos, inside = b.raw, [], 0, 0
    while pos < len(raw):
        end = min(pos + window, len(raw))
        if end < len(raw):
            space = _last_space(raw, pos + window // 2, end)
            if space is None:
                inside += 1
            else:
                end = space + 1
        out.append((pos, end))
        pos = end
    blocks, line = [], b.line
    for k, (a, e) in enumerate(out):
        line += raw.count("\n", out[k - 1][0], a) if k else 0  # (counted from the piece before, not the start)
        piece = raw[a:e]
        block_id = b.block_id if k == 0 else f"{b.block_id}.{k}"
        nxt = f"{b.block_id}.{k + 1}" if k + 1 < len(out) else b.continued_in
        text = "" if b.zone == "blank" else " ".join(piece.split()) if b.zone == "running_head" else clean(piece, keep)
        blocks.append(replace(b, block_id=block_id, start=b.start + a, end=b.start + e, raw=piece, text=text,
                              line=line if b.line else 0, continued_in=nxt))
    return blocks, inside


def _last_space(raw: str, lo: int, hi: int) -> int | None:
    """The last white space in ``raw[lo:hi]`` (searched backwards a chunk at a time, not the window forwards)."""
    for chunk_end in range(hi, lo, -256):
        chunk_start = max(lo, chunk_end - 256)
        found = [m.start() for m in _SPACE.finditer(raw, chunk_start, chunk_end)]
        if found:
            return found[-1]
    return None


def _long_lines(raw: str, line_length: int) -> list[tuple[int, int]]:
    """Where the lines of ``raw`` longer than ``line_length`` start and end (their line break left out)."""
    found, pos = [], 0
    while pos < len(raw):
        end = raw.find("\n", pos)
        end = len(raw) if end == -1 else end
        if end - pos > line_length:
            found.append((pos, end))
        pos = end + 1
    return found


def _report(doc_id: str, b: Block, long: list[tuple[int, int]], pieces: list[Block], inside: int, window: int):
    """One problem per over-long line of block ``b``."""
    how = "cut after a space" if not inside else f"{inside} cut(s) inside a run of characters with no space"
    ids = f"{pieces[0].block_id} to {pieces[-1].block_id}"
    for start, end in long:
        line = f"line {b.line + b.raw.count(chr(10), 0, start)}" if b.line else f"offset {b.start + start}"
        yield Problem(doc_id, "layout", f"the line holds {end - start:,} characters without a line break: it is read "
                                        f"in {len(pieces)} blocks of at most {window:,} characters ({ids}), {how}; "
                                        f"no character is left out", line)
