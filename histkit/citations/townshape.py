"""The town written after the name of an archive the authority lacks, told by its shape: `Archifau Morgannwg, Caerdydd,
DNCB/14/3`.

`locate.unknown_archive` finds such an archive by its word for archive; what follows its name may be its town or the
first level of its holdings, and the authority file can only tell a town it lists. The shape tells the rest (see
`town_after_name`).
"""

from __future__ import annotations

from .archives import known_towns, normalise
from .holdings import is_unit_token
from .notetext import Tokens
from .shelfmarks import is_shelfmark
from ..patterns import compiled


# `Rio de Janeiro`, `Frankfurt am Main`, `Stratford-upon-Avon`: capitalised words joined by short particles
_TOWN = compiled(r"[^\W\d_][^\W\d_'’-]*(?:-[^\W\d_]+)*(?:\s+(?:[^\W\d_]{1,3}\s+)?[A-ZÀ-ÖØ-Þ][^\W\d_'’-]*(?:-[^\W\d_]+)*){0,2}")


def town_after_name(tokens: Tokens, k: int) -> str:
    """The town written after an unlisted archive's name (`Archifau Morgannwg, Caerdydd, DNCB/14/3`), or ''.

    A town the authority file names, one of several words joined by particles (`Rio de Janeiro`), or a single
    capitalised word when a shelfmark with numbers follows it: two capitalised words alone are as often a collection,
    and one word before a unit whose word no shelfmark opens with is its fonds (`Stadtarchiv Zell, Ratsprotokolle,
    Nr. 46`; `Bd. 45`, `vol. 3`).
    """
    if k + 2 >= len(tokens):
        return ""
    town, after = tokens.token(k + 1), tokens.token(k + 2)
    numbered = any(map(str.isdigit, after)) and not (is_unit_token(after) and not is_shelfmark(after))
    if not town[:1].isupper() or not _TOWN.fullmatch(town) or any(map(str.isdigit, town)):
        return ""
    words = town.split()
    # (a word the name holds, its town: `Kandy Regional Archives, Kandy, Lot 12`; not words ending so: a body of that
    of_its_town = normalise(words[-1]) in normalise(tokens.token(k)).split()  # town, `…w Białymstoku, Sąd … w Białymstoku`)
    if normalise(town) in known_towns() or (len(words) >= 3 and any(w.islower() for w in words) and not of_its_town) \
            or (len(words) == 1 and (numbered or normalise(town) in normalise(tokens.token(k)).split())):
        return town
    return ""
