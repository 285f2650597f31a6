"""A short reference naming several authors repeats the work of them all: `Brandell & Molin a.a. s. 22` is the book
of Olof Brandell and Sten Molin, not Sten Molin's own article cited after it."""

from __future__ import annotations


from .archives import normalise
from ..patterns import compiled

_WORD = compiled(r"[^\W\d_]{2,}")
# the persons of a short reference: joined by `&`, `;`, `/`, a comma, a spaced dash or a word for "and" (any short word
# in small letters between two capitalised names: `og`, `och`, `i`, `und`; `Szroeder, Lesińskô, Dzëlewsczi`)
_JOINED = compiled(r"\s*(?:[&;/,]|\s[–—]\s)\s*|\s+[^\W\d_A-ZÀ-Þ]{1,4}\s+(?=[^\W\d_])")


def all_named_first(authors: str, found: list[tuple[str, dict]]) -> list[tuple[str, dict]]:
    """``found`` (label, reference: the works of the short reference's author, latest first) cut to those whose authors
    name every person ``authors`` names, in their order, when there are such (a word for the kind of work repeated,
    `dz. cyt.` a book, does not pass over them); the same list when ``authors`` names one person or none has them all.

    >>> found = [("10:2", {"authors": "Sten Molin"}), ("10:1", {"authors": "Olof Brandell & Sten Molin"})]
    >>> [label for label, _ in all_named_first("Brandell & Molin", found)], all_named_first("Molin", found) == found
    (['10:1'], True)
    """
    persons = [normalise(part.split()[-1]) for part in _JOINED.split(authors.strip()) if part.split()]
    if len(persons) < 2:
        return found
    wanted = set(persons)
    return [work for work in found if wanted <= {normalise(w) for w in _WORD.findall(work[1].get("authors") or "")}] \
        or found
