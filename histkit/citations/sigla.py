"""A work cited by the siglum of the edition it is printed in and its page there, then its own title and year:
`RW 544, Wissenschaftskritische Ausbildungsreform, 1982`, `GS 2, Über Sprache überhaupt, 1916`.

Collected works and an author's collected papers are cited by a siglum the article defines once (`RW` for the
volume of Rudolf Wiethölter's papers, `MEW` for Marx–Engels–Werke). The siglum is no author and the number no part
of the title: what follows them is read as a reference of its own, the siglum its container, the number its page.
"""

from __future__ import annotations

import re

from .words import UPPER
from ..patterns import compiled

# two to five capitals, a page (or a volume) with its following pages, a comma and a title in capitals
_SIGLUM = compiled(rf"^(?P<siglum>[{UPPER}]{{2,5}})\s+(?P<page>\d+(?:\s*[–—-]\s*\d+)?(?:\s*f+\.?)?)\s*,\s*(?=[{UPPER}][^\W\d_])")


def siglum_head(text: str) -> re.Match | None:
    """The siglum and its page opening ``text``, or None.

    >>> siglum_head("RW 398 ff., Begriffs- oder Interessenjurisprudenz, 1977").group("siglum", "page")
    ('RW', '398 ff.')
    >>> siglum_head("Rüthers, Die unbegrenzte Auslegung, 1968") is None, siglum_head("AJ 507, 12, 1949") is None
    (True, True)
    """
    return _SIGLUM.match(text)


def under_siglum(found: re.Match, ref: dict) -> dict:
    """``ref``, read from what follows the siglum, with the siglum as its container and the page as its pages where
    it has none of its own."""
    ref.update(container=ref["container"] or found["siglum"], pages=ref["pages"] or found["page"])
    return ref
