"""Front matter of a paged document: the cover, title, authors, abstracts and key words before the article's text.

A PDF's reader tells body, headings and notes apart by where they stand on
the page; front matter stands where body text does, so the reader gives it
as body. The signs the layout of a text file reads say what it is, block by
block:

- a **cover page** — the first page, holding no note, before other pages,
  with at least three lines showing a cover's marks (ISSN, DOI, a URL, ``©``,
  a notice label such as `Zitiervorschlag`, see `cover`);
- **labelled front matter** — on the first two pages of the article, before
  the first block that calls a numbered note: the blocks up to the last one
  that opens with a front label (``Abstract``, ``Keywords``, ``Izvleček``,
  ``Ključne besede``… `lines.FRONT_LABELS`), the title and author lines above
  it included, and, when that label stands alone, its text up to the next heading.

An article with no cover and no labelled abstract keeps its zones: an
unlabelled title is not told from a first paragraph by its words alone.
"""

from __future__ import annotations

from dataclasses import replace

from .cover import is_cover
from .lines import FRONT_LABELS, starts_with_label
from .model import Block, Note

_TEXTY = ("body", "heading")


def with_front_matter(blocks: list[Block], notes: list[Note]) -> list[Block]:
    """The blocks with the cover page and labelled front matter of a paged document as ``front``.

    >>> b = [Block("d:0", "body", 0, 8, "ISSN 1", "ISSN 1", page=1), Block("d:1", "body", 9, 17, "DOI 10.1/x", "DOI 10.1/x", page=1),
    ...      Block("d:2", "body", 18, 30, "https://x.org", "https://x.org", page=1),
    ...      Block("d:3", "heading", 31, 35, "Tito", "Tito", page=2), Block("d:4", "body", 36, 50, "Abstract: On Tito.", "Abstract: On Tito.", page=2),
    ...      Block("d:5", "body", 51, 70, "Tito met Spaak.1", "Tito met Spaak.1", page=2)]
    >>> [x.zone for x in with_front_matter(b, [])]
    ['front', 'front', 'front', 'front', 'front', 'body']
    """
    if not any(b.page for b in blocks):
        return blocks
    front: set[str] = set()
    first_page = min(b.page for b in blocks if b.page)
    cover = [b for b in blocks if b.page == first_page and b.zone in _TEXTY]
    if (cover and max(b.page or 0 for b in blocks) > first_page and not any(
            b.zone == "note" and b.page == first_page for b in blocks)
            and is_cover([line for b in cover for line in b.raw.splitlines()])):
        front.update(b.block_id for b in cover)
        first_page += 1
    calling = {n.marker_block_id for n in notes if n.label and n.label[0].isdigit()}
    candidates: list[Block] = []
    for b in blocks:
        if b.block_id in front or b.zone not in _TEXTY or not b.page:
            continue
        if b.block_id in calling or b.page > first_page + 1:
            break
        candidates.append(b)
    labelled = [k for k, b in enumerate(candidates) if starts_with_label(b.raw.lstrip().split("\n", 1)[0], FRONT_LABELS)]
    if labelled:
        end = labelled[-1] + 1
        # a label standing alone (`Abstract` set as a heading) is over its text: the paragraphs to the next heading
        alone = " ".join(candidates[end - 1].text.split()).rstrip(":：.").casefold()
        if alone in FRONT_LABELS or alone + ":" in FRONT_LABELS:
            while end < len(candidates) and candidates[end].zone == "body":
                end += 1
        front.update(b.block_id for b in candidates[:end])
    if not front:
        return blocks
    return [replace(b, zone="front", section="") if b.block_id in front else b for b in blocks]
