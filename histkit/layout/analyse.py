"""Layout recovery, start to end: a document's text to blocks (body, notes, heads, …) and linked notes.

`analyse_layout` runs the steps: running heads and folios (`pages`), the
walk that tells body from notes (`walk`), zones (`zones`), page numbers,
then blocks and notes (`blocks`). Every character of the text belongs to
exactly one block.

>>> lay = analyse_layout(Document.from_text("Tito met Spaak.1\\n\\n1 AJ, 507.\\n", doc_id="t"))
>>> [(b.zone, b.text) for b in lay.blocks], lay.notes[0].marker_start
([('body', 'Tito met Spaak.1'), ('blank', ''), ('note', '1 AJ, 507.')], 15)
"""

from __future__ import annotations

from dataclasses import replace

from ..errors import Problem
from ..read import Document
from .blocks import blocks_of, link_cut_paragraphs, notes_and_markers, spans, with_note_sections
from .clean import hyphen_rule
from .lines import split_lines
from .model import Layout
from .pages import page_numbers, running_heads
from .structured import layout_from_regions
from .walk import walk
from .windows import windowed
from .zones import zones


def analyse_layout(doc: Document) -> Layout:
    """Recover blocks, notes, pages and sections from a document's text.

    >>> lay = analyse_layout(Document.from_text("A sudden-\\nly changed world.1\\n\\n1 See AJ.\\n"))
    >>> lay.blocks[0].text, [n.text for n in lay.notes]
    ('A suddenly changed world.1', ['See AJ.'])

    ``Block.page`` is the printed page number when a folio in the text gives
    one (counted forward from the nearest folio before, or back from the
    first one); with no folio it is the page range's first page plus the page
    index, and with neither the 1-based page index. Problems (a marker with
    no note, a note with no marker, numbers out of order, page numbers that
    jump) go to ``Layout.warnings``; nothing raises. A block holding a line of
    more than 100,000 characters is cut into blocks of at most 20,000
    (`windowed`), and the line reported.
    """
    if doc.regions:  # the reader of a PDF, Word or TEI file says what each span is
        return windowed(layout_from_regions(doc))
    text = doc.text
    lines = split_lines(text)
    heads, folios = running_heads(lines)
    walked = walk(lines, heads, text)
    warnings = list(walked.warnings)
    zoned = zones(lines, walked)
    pages, page_warning = page_numbers(lines, walked.page, heads, folios)
    if page_warning:
        warnings.append(Problem("", "layout", page_warning))
    keep = hyphen_rule(text)
    runs = spans(zoned.zone, walked.note, pages, zoned.back_heads)
    blocks = blocks_of(doc.doc_id, text, lines, runs, zoned.back_heads, keep)
    if text and (not lines or lines[-1].end != len(text)):  # pragma: no cover - split_lines covers all
        raise AssertionError("layout lost the end of the text")
    blocks, notes, more = notes_and_markers(blocks, keep)
    warnings.extend(more)
    blocks = link_cut_paragraphs(with_note_sections(blocks, notes))
    layout = Layout(doc=doc, blocks=blocks, notes=notes, warnings=[replace(w, doc_id=doc.doc_id) for w in warnings])
    return windowed(layout, keep)
