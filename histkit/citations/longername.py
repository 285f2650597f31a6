"""A known archive's name that the note's name goes on past: ``Nationaal Archief Suriname`` is not the Nationaal Archief.

Archives of former colonies and of regions took their metropole's or their country's name with their own place after
it (``Nationaal Archief Suriname``, ``Nationaal Archief Curaçao``, ``National Archives Buea``): the authority's name
matches the head of theirs, and the place after it became the fond. A known name followed, with no comma, by one more
capitalised word and then a comma or a bracket is such a longer name when that word is no town the authority knows
(``Arhiv Jugoslavije Beograd, …`` names the Arhiv Jugoslavije and its town): the matcher's answer is dropped, and the name is
read as an archive the authority lacks.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from ..data import authority_file
from ..patterns import compiled
from ..text import fold_homoglyphs, strip_diacritics

# one capitalised word right after the name, then a comma or a bracket
_ONE_MORE_WORD = compiled(r" (?P<word>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)(?=\s*[,(;])")


def name_goes_on(found: tuple | None, head: str) -> bool:
    """Whether the known name ``found`` at the start of ``head`` is only the head of a longer name written there.

    >>> from histkit.citations.archives import Archive
    >>> na = Archive("NL-NA", "Nationaal Archief", "Den Haag")
    >>> name_goes_on((na, 17), "Nationaal Archief Suriname, Koloniaal Secretariaat")
    True
    >>> name_goes_on((Archive("AJ", "Arhiv Jugoslavije", "Beograd"), 17), "Arhiv Jugoslavije Beograd, fond 507")
    False
    """
    if found is None:
        return False
    archive, end = found
    written = head[:end]
    if " " not in written.strip() or written.strip() == archive.code:
        return False
    more = _ONE_MORE_WORD.match(head, end)
    if more is None:
        return False
    word = _plain(more.group("word"))
    return word not in _towns() and word != _plain(archive.city or "")


def _plain(text: str) -> str:
    return strip_diacritics(fold_homoglyphs(text)).strip().lower()


@lru_cache(maxsize=1)
def _towns() -> frozenset[str]:
    # the towns of the authority file (`archives.known_towns`, which this module, asked by the matcher, cannot import)
    with open(authority_file("archives.csv"), encoding="utf-8", newline="") as handle:
        return frozenset(_plain(re.sub(r"\s*\(.*\)$", "", row.get("city") or "")) for row in csv.DictReader(handle)
                         if (row.get("city") or "").strip())
