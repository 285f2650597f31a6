"""Two units named at once, `dossiers 4513 et 4514`: two documents, each with the rest of the citation and its date.

A plural of a word for a box or file (``unit_words.csv``: `dossier` → `dossiers`, `file` → `files`, `box` →
`boxes`, `fasc.` → `fascc.`) and two numbers joined by a word for "and" (``and_words.csv``) cite two units that share
the archive, the levels above them and the date after them. `one_per_unit` gives the citation once per unit, the
plural written as the singular before each number, the text padded to its length so that offsets hold.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .words import alternation, unit_word_forms
from ..patterns import compiled


@lru_cache(maxsize=1)
def _pair() -> re.Pattern:
    return compiled(rf"(?<![\w.])(?P<word>[^\W\d_][^\s\d]{{3,}}?)\s+(?P<n1>\d[\w/–-]*)\s+"
                      rf"(?:{alternation('and_words.csv')})\s+(?P<n2>\d[\w/–-]*)(?![\w/])", re.IGNORECASE)


def _singular(plural: str) -> str | None:
    """The unit word a plural is of: `dossiers` → `dossier`, `boxes` → `box`, `fascc.` → `fasc.`; or None."""
    forms = unit_word_forms()
    candidates = [plural[:-1], plural[:-2]] if plural.endswith("s") else []
    if plural.endswith(".") and len(plural) > 3 and plural[-2] == plural[-3]:
        candidates.append(plural[:-2] + ".")
    return next((c for c in candidates if c.lower() in forms), None)


def units_apart(text: str) -> list[str]:
    """``text`` once per unit where it names two at once (padded to its length), else ``[text]``.

    >>> units_apart("AN, F7 13245, dossiers 4513 et 4514, 3 mai 1920")
    ['AN, F7 13245, dossier 4513         , 3 mai 1920', 'AN, F7 13245, dossier 4514         , 3 mai 1920']
    >>> units_apart("TNA, FO 371/1, pp. 3 and 4")
    ['TNA, FO 371/1, pp. 3 and 4']
    """
    m = _pair().search(text) if any(c.isdigit() for c in text) else None
    word = _singular(m.group("word")) if m else None
    if word is None:
        return [text]
    size = m.end() - m.start()
    return [text[:m.start()] + f"{word} {m.group(n)}".ljust(size) + text[m.end():] for n in ("n1", "n2")]


def one_per_unit(pieces: list) -> list:
    """The pieces (`extract.Piece`) with each that names two units given once per unit (`units_apart`)."""
    return [piece._replace(text=text) for piece in pieces for text in units_apart(piece.text)]
