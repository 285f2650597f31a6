"""Blocks and notes from the lines' zones: runs of lines become blocks, note blocks become notes.

A block is a run of lines with one zone, note and page; it takes the section
of the heading above it, a note the section of the block that calls it. A
note is the text of its blocks joined, without its label, linked to its
marker; a paragraph cut by a page break points to where it goes on.
"""

from __future__ import annotations

from dataclasses import replace
from collections.abc import Callable

from ..errors import Problem
from .clean import clean
from .lines import BACK_LABELS, Line, finished, label_of, starts_with_label
from .markers import find_markers, number_of, starts_like_note, without_label
from .model import Block, Note
from .numbering import number_notes

Span = tuple[int, int, str, "str | None", int]  # first line, last line, zone, note key, page


def spans(zones: list[str], notes: list[str | None], pages: list[int], back_heads: set[int]) -> list[Span]:
    """Runs of lines with one zone, note and page; a heading, or a back-matter heading, stands alone.

    >>> spans(["body", "body", "blank", "note"], [None, None, None, "1"], [1, 1, 1, 1], set())
    [(0, 1, 'body', None, 1), (2, 2, 'blank', None, 1), (3, 3, 'note', '1', 1)]
    """
    found: list[Span] = []
    for i, (z, nk) in enumerate(zip(zones, notes)):
        if found:
            f, _, pz, pn, pp = found[-1]
            same = pz == z and pn == nk and pp == pages[i] and z != "heading"
            if i in back_heads or (i - 1) in back_heads:
                same = False
            if same:
                found[-1] = (f, i, pz, pn, pp)
                continue
        found.append((i, i, z, nk, pages[i]))
    return found


def blocks_of(doc_id: str, text: str, lines: list[Line], runs: list[Span], back_heads: set[int],
              keep: Callable[[str, str], bool]) -> list[Block]:
    """A block for each run of lines, with its clean text and its section.

    >>> from histkit.layout.clean import hyphen_rule
    >>> from histkit.layout.lines import split_lines
    >>> text = "Introduction\\n\\nA sudden-\\nly changed world.\\n"
    >>> runs = [(0, 0, "heading", None, 1), (1, 1, "blank", None, 1), (2, 3, "body", None, 1)]
    >>> blocks = blocks_of("t", text, split_lines(text), runs, set(), hyphen_rule(text))
    >>> [(b.block_id, b.text, b.section) for b in blocks][::2]
    [('t:0000', 'Introduction', 'Introduction'), ('t:0002', 'A suddenly changed world.', 'Introduction')]
    """
    blocks: list[Block] = []
    width = max(4, len(str(len(runs))))
    section = ""
    for b, (f, last, z, nk, pg) in enumerate(runs):
        start, end = lines[f].start, lines[last].end
        raw = text[start:end]
        if z == "blank":
            reading = ""
        elif z == "running_head":
            reading = " ".join(raw.split())
        else:
            reading = clean(raw, keep)
        if z == "heading" or f in back_heads:
            section = reading
        elif z == "back" and starts_with_label(lines[f].s, BACK_LABELS) and label_of(section) not in BACK_LABELS:
            section = reading.split(":", 1)[0].strip()
        sec = section if z in ("body", "heading", "back", "note") else ""
        blocks.append(Block(f"{doc_id}:{b:0{width}d}", z, start, end, raw, reading, pg, sec, nk, f + 1))
    return blocks


def notes_and_markers(blocks: list[Block], keep: Callable[[str, str], bool]
                      ) -> tuple[list[Block], list[Note], list[Problem]]:
    """The notes, each joined from its blocks and linked to its marker, and warnings of notes and markers unmatched.

    The walk keys a page's notes numbered from 1 again `series.number`
    (`2.1`), which the markers are found by; the notes and their blocks are
    then keyed as every route keys them (`number_notes`: once through in
    reading order, the printed number the note's ``label``), and the blocks
    come back so keyed.

    >>> body = Block("t:0", "body", 0, 17, "Tito met Spaak.1\\n", "Tito met Spaak.1")
    >>> note = Block("t:1", "note", 17, 28, "1 AJ, 507.\\n", "1 AJ, 507.", note_no="1")
    >>> notes_and_markers([body, note], lambda left, right: False)[1:]
    ([Note(note_no='1', text='AJ, 507.', block_ids=('t:1',), page=None, marker_block_id='t:0', marker_start=15, label='1')], [])
    """
    parts: dict[str, list[Block]] = {}
    for b in blocks:
        if b.zone == "note" and b.note_no is not None:
            parts.setdefault(b.note_no, []).append(b)
    parts = {key: _label_first(bl) for key, bl in parts.items()}
    markers, warnings = find_markers(blocks, parts)
    public = _public_keys(list(parts))

    notes: list[Note] = []
    last_num = 0  # a later series is counted on past every key before it: one count through the document
    if parts and not markers:
        warnings.append(Problem("", "layout", f"no note markers found in the text for {len(parts)} notes; "
                                "check that the PDF extraction kept superscript numbers"))
    for key, bl in parts.items():
        if len(bl) == 1:
            text = bl[0].text
        else:
            text = clean("\n".join(b.raw.rstrip("\n") for b in bl), keep)
        text = without_label(text)
        mk = markers.get(key)
        no = public[key]
        if mk is None and markers:
            warnings.append(Problem("", "layout", f"note {no} (line {bl[0].line}) has no marker in the text"))
        if no.isdecimal():
            if int(no) < last_num:
                warnings.append(Problem("", "layout", f"note {no} (line {bl[0].line}) comes after note {last_num}"))
            last_num = max(last_num, int(no))
        number = number_of(key)
        notes.append(Note(no, text, tuple(b.block_id for b in bl), bl[0].page,
                          mk[0] if mk else None, mk[1] if mk else None, key if number is None else str(number)))
    for key, (bid, off) in markers.items():
        if key not in parts:
            warnings.append(Problem("", "layout", f"marker {number_of(key) or key} at offset {off} ({bid}) has no note"))
    blocks = [replace(b, note_no=public[b.note_no]) if b.note_no in public and public[b.note_no] != b.note_no else b
              for b in blocks]
    return blocks, notes, warnings


def _public_keys(keys: list[str]) -> dict[str, str]:
    """The walk's note keys (`3`, `2.1`, `*`), in reading order, to the keys of `number_notes`.

    A symbol note stands in the series of the numbered note before it.

    >>> _public_keys(["1", "2", "2.1", "*", "3.1"])
    {'1': '1', '2': '2', '2.1': '3', '*': '2.*', '3.1': '4'}
    """
    printed, restarts, series = [], [], ""
    for key in keys:
        ser, sep, num = key.rpartition(".") if number_of(key) is not None else (series, "", key)
        printed.append(num)
        restarts.append(ser != series)
        series = ser
    return dict(zip(keys, number_notes(printed, restarts)))


def _label_first(parts: list[Block]) -> list[Block]:
    """A note's blocks from the one with its number on: a piece printed above its numbered start goes last."""
    first = next((k for k, b in enumerate(parts) if starts_like_note(b.raw)), 0)
    return parts[first:] + parts[:first]


def with_note_sections(blocks: list[Block], notes: list[Note]) -> list[Block]:
    """The blocks, each note block in the section of the block that calls its note.

    >>> body = Block("t:0", "body", 0, 5, "Text.", "Text.", section="Introduction")
    >>> note = Block("t:1", "note", 5, 10, "1 A.", "1 A.", note_no="1")
    >>> [b.section for b in with_note_sections([body, note], [Note("1", "A.", ("t:1",), None, "t:0", 4)])]
    ['Introduction', 'Introduction']
    """
    by_id = {b.block_id: b for b in blocks}
    note_section = {nt.note_no: by_id[nt.marker_block_id].section for nt in notes if nt.marker_block_id}
    # a block whose section stays is kept as it is (a frozen dataclass is slow to copy)
    return [replace(b, section=note_section[b.note_no])
            if b.zone == "note" and note_section.get(b.note_no, b.section) != b.section else b for b in blocks]


def link_cut_paragraphs(blocks: list[Block]) -> list[Block]:
    """Point each text block that stops in mid-sentence at a page break to the block that goes on.

    >>> parts = [Block("t:0", "body", 0, 4, "The ", "The", page=1),
    ...          Block("t:1", "running_head", 4, 7, "12\\n", "12", page=2),
    ...          Block("t:2", "body", 7, 12, "end.", "end.", page=2)]
    >>> [b.continued_in for b in link_cut_paragraphs(parts)]
    ['t:2', None, None]
    """
    links: dict[int, str] = {}
    texty = ("front", "body", "back")
    for k, b in enumerate(blocks):
        if b.zone not in texty or finished(b.raw) or not b.raw.strip():
            continue
        crossed = False  # notes or a running head stand between the two parts
        for j in range(k + 1, len(blocks)):  # (not a copy of the rest of the list for each block: quadratic)
            nxt = blocks[j]
            if nxt.zone in ("blank", "note", "running_head"):
                crossed = crossed or nxt.zone != "blank"
                continue
            if nxt.zone == b.zone and nxt.page != b.page and crossed:
                links[k] = nxt.block_id
            break
    return [replace(b, continued_in=links[k]) if k in links else b for k, b in enumerate(blocks)]
