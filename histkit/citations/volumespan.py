"""The years a volume of a source edition covers, in brackets after its number (`Listinář …, sv. 2 (1251–1300), ed. …,
Olomouc 1987`, `Acta …, vol. I (1450–1500), Roma 1960`): the documents' years, no field of the reference, which the
readers would take for its imprint's. A span is the volume's only where the reference goes on to a year of its own
after it: a journal's volume with its years (`Historia Mexicana, vol. 40 (1990-1991), pp. 12-30`) has no other date.
"""

from __future__ import annotations

import functools
import re

from .words import YEAR, alternation
from ..patterns import compiled


@functools.cache
def _volume_span() -> re.Pattern:
    volume = alternation("reference_words.csv", "volume")
    # (the documents' years may be medieval: `(1251–1300)`)
    return compiled(rf",\s*(?:{volume})\s*(?:\d{{1,3}}|[IVXLC]+)(?P<span>\s*\(\s*[1-9]\d{{2,3}}\s*[–—-]\s*[1-9]\d{{2,3}}\s*\))(?=\s*,)")


_YEAR_AFTER = compiled(rf"(?<![\d–—-]){YEAR}(?![\d–—-])")


def without_volume_span(text: str) -> str:
    """``text`` without the years in brackets after a volume's number, where a year of the reference's own follows.

    >>> without_volume_span("Listinář kláštera Hradisko, sv. 2 (1251–1300), ed. B. Kratochvíl, Olomouc 1987, s. 112.")
    'Listinář kláštera Hradisko, sv. 2, ed. B. Kratochvíl, Olomouc 1987, s. 112.'
    >>> without_volume_span("Historia Mexicana, vol. 40 (1990-1991), pp. 12-30.")
    'Historia Mexicana, vol. 40 (1990-1991), pp. 12-30.'
    """
    if "(" not in text:
        return text
    found = _volume_span().search(text)
    if found is None or not _YEAR_AFTER.search(text, found.end()):
        return text
    return text[:found.start("span")] + text[found.end("span"):]
