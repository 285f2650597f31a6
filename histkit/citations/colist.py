"""An op. cit. that names its work's several authors by their surnames alone, parted by commas and a word for "and"
(or the body that is its author, by its name: `INSTITUTO DE ESTUDOS SOCIAIS, op. cit., p. 31`).

Houses that print co-authors so in a full reference repeat them so: `Szroeder, Lesińskô, Dzëlewsczi, dz. cyt., s. 45`,
`Álvarez, Suárez y Rodríguez Cueto: ob. cit., páx. 45`, `Guillou, Bozec ha Morvan, op. cit., p. 45`. Read as an author
and a short title, the names after the first pass for a title, and the author's latest work is taken for the one
repeated (an edition Szroeder co-edited, not the article of the three). The names are the authors when an earlier
reference names every one of them; a short title that only looks like names (`Smith, War and Peace, op. cit.`) names
no earlier work's authors and stays a title. The words for "and" are data (``and_words.csv``).
"""

from __future__ import annotations

import functools
import re

from .archives import normalise
from .gost import op_cit
from .words import UPPER, alternation
from ..patterns import compiled

_WORD = compiled(r"[^\W\d_]{2,}")


@functools.cache
def _joins() -> re.Pattern:
    # a comma, a spaced dash, a slash, `&` or a word for "and" between two names
    # (or ABNT's `;`: `ALMEIDA; KOWALSKI, op. cit.`)
    return compiled(rf"\s*(?:,|;|\s[–—]\s|/|&)\s*|\s+(?:{alternation('and_words.csv')})\s+")


# a surname as printed: capitalised words, a particle or two before them (`de la Fuente Rubiera`, `von Puttkamer`)
_SURNAME = compiled(rf"(?:[^\W\d_]{{1,4}}\s+){{0,2}}[{UPPER}][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*(?:\s+[{UPPER}][^\W\d_'’-]+){{0,2}}")


def co_authors_named(ref: dict, earlier: list[tuple[str, dict]]) -> dict:
    """``ref`` with the names its op. cit. prints after the first author made its authors, when the authors of an
    earlier reference (``earlier``: label, reference) hold them all; else ``ref`` as it is.

    >>> earlier = [("3:1", {"authors": "P. Szroeder, M. Lesińskô, K. Dzëlewsczi"}),
    ...            ("13:1", {"authors": "K. Wiczkòwskô i P. Szroeder"})]
    >>> ref = {"authors": "Szroeder", "title": "Lesińskô, Dzëlewsczi", "raw": "Szroeder, Lesińskô, Dzëlewsczi, dz. cyt., s. 45"}
    >>> co_authors_named(ref, earlier)["authors"], ref["title"]
    ('Szroeder, Lesińskô, Dzëlewsczi', '')
    >>> co_authors_named({"authors": "Smith", "title": "War and Peace", "raw": "Smith, War and Peace, op. cit., 4"},
    ...                  earlier)["title"]
    'War and Peace'
    >>> co_authors_named({"authors": "", "title": "SZROEDER; LESIŃSKÔ", "raw": "SZROEDER; LESIŃSKÔ, op. cit., p. 4"},
    ...                  earlier)["authors"]
    'SZROEDER; LESIŃSKÔ'
    >>> co_authors_named({"authors": "", "title": "Instituto Social, op. cit.", "raw": "Instituto Social, op. cit., p. 4"},
    ...                  [("1:1", {"authors": "INSTITUTO SOCIAL"})])["authors"]
    'Instituto Social'
    """
    raw, first, title = ref.get("raw") or "", ref.get("authors") or "", ref.get("title") or ""
    said = op_cit(raw)
    if not (said and title):
        return ref
    printed = raw[:said.start()].rstrip(" ,:")
    if not printed.startswith(first) or not first and not title.startswith(printed):
        return ref  # (no author read: every name was taken for the title, `ALMEIDA; KOWALSKI, op. cit.`)
    if not first and any(normalise(printed) == normalise(full.get("authors") or "") for _, full in earlier):
        ref.update(authors=printed, title="")  # (a body's name, read as a title: the earlier reference's author)
        return ref
    names = [name for name in _joins().split(printed[len(first):].lstrip(" ,:")) if name]
    if len(names) < (1 if first else 2) or not all(_SURNAME.fullmatch(name) for name in names):
        return ref
    wanted = {normalise(name.split()[-1]) for name in [first, *names] if name}
    if any(wanted <= {normalise(word) for word in _WORD.findall(full.get("authors") or "")} for _, full in earlier):
        ref.update(authors=printed, title="")
    return ref
