"""Which searched blocks the matcher reads together, and the text of such a run.

A name may be cut where the layout cuts the text: a note at a line, a body
paragraph at a page turn, where the page's foot, the form feed and the next
page's running head stand between the parts of a sentence and of a name
(`Strese-` / `mann`). `searched_runs` joins those blocks again, and
`run_text` gives their text with what stands between them blanked, so that
offsets stay the file's.
"""

from __future__ import annotations

from ..layout import Layout
from ..patterns import compiled

#: The zones whose blocks are searched, and the zone each counts in (a heading is body).
SEARCHED_ZONES = {"body": "body", "heading": "body", "note": "note", "front": "front", "back": "back"}


def searched_runs(layout: Layout) -> list[list]:
    """The searched blocks in file order; blocks of one note that touch each other are read as one run, and so are
    the two parts of a body paragraph that a page break cuts in mid-sentence.

    The layout may cut a note at a line (a name split there, `Instituta` /
    `Vandervelde`, would be lost); a page's foot, its form feed and the next
    page's running head may stand inside a sentence, and inside a name
    (`Strese-` / `mann`, `Lloyd` / `George`), where the layout says the
    paragraph goes on (``continued_in``) or its first part stops without a
    stop; other paragraphs of the body are never joined.

    >>> from histkit.layout.model import Block, Layout
    >>> from histkit.read import Document
    >>> text = " The answer came from Strese-\\n\\f88 HARTWIG\\n\\nmann himself.\\n\\f89 HARTWIG\\n Luther signed.\\n"
    >>> blocks = [Block("d:0", "body", 0, 30, text[:30], ""), Block("d:1", "running_head", 30, 42, text[30:42], ""),
    ...           Block("d:2", "blank", 42, 43, "\\n", ""), Block("d:3", "body", 43, 57, text[43:57], ""),
    ...           Block("d:4", "running_head", 57, 69, text[57:69], ""), Block("d:5", "body", 69, 85, text[69:], "")]
    >>> [[b.block_id for b in run] for run in searched_runs(Layout(Document.from_text(text, doc_id="d"), blocks, []))]
    [['d:0', 'd:3'], ['d:5']]
    """
    text = layout.doc.text
    runs: list[list] = []
    between: list = []  # the blocks not searched since the last searched one
    for block in sorted(layout.blocks, key=lambda b: (b.start, b.end)):
        if block.zone not in SEARCHED_ZONES or not block.raw.strip():
            between.append(block)
            continue
        if runs:
            prev = runs[-1][-1]
            if (block.zone == prev.zone == "note" and block.note_no == prev.note_no
                    and not text[prev.end:block.start].strip()):
                runs[-1].append(block)
                between = []
                continue
            if block.zone == prev.zone == "body" and _page_turn(between) and (
                    prev.continued_in == block.block_id or _in_mid_sentence(prev.raw)):
                runs[-1].append(block)
                between = []
                continue
        runs.append([block])
        between = []
    return runs


def _page_turn(between: list) -> bool:
    """Whether the blocks between two searched ones are a page turn: a running head, with blank lines around it."""
    return any(b.zone == "running_head" for b in between) and all(b.zone in ("running_head", "blank") for b in between)


#: The end of a block that leaves its sentence open: a letter, or a hyphen after one (`when Lloyd`, `Strese-`).
_OPEN_END = compiled(r"(?:\w|\w[-\u00ad])\s*$")


def _in_mid_sentence(raw: str) -> bool:
    """Whether a block's text stops inside a sentence (no stop, colon or closing quotation mark at its end)."""
    return _OPEN_END.search(raw[-8:]) is not None


def run_text(text: str, group: list) -> str:
    """The text of a run of blocks, what stands between them (a page's foot and head) blanked to spaces, so that
    offsets stay the file's and a name cut by the page is read whole.

    >>> from histkit.layout.model import Block
    >>> text = "came from Strese-\\n\\f88 HARTWIG\\n\\nmann himself.\\n"
    >>> run_text(text, [Block("d:0", "body", 0, 18, text[:18], ""), Block("d:3", "body", 31, 45, text[31:], "")])
    'came from Strese-\\n             mann himself.\\n'
    """
    first, last = group[0], group[-1]
    if len(group) == 1 or all(a.end == b.start for a, b in zip(group, group[1:])):
        return text[first.start:last.end]
    parts = []
    for a, b in zip(group, group[1:]):
        parts += [text[a.start:a.end], " " * (b.start - a.end)]
    parts.append(text[last.start:last.end])
    return "".join(parts)
