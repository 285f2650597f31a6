"""An archive whose name namesakes share, defined with its code and then its town: `Riksarkivet (RA), Stockholm, …`.

Sweden's, Norway's and Finland's national archives are each `Riksarkivet` in Swedish or Norwegian; a note that
defines the code before the town (`Riksarkivet (RA), Stockholm, Kanslikollegiet, E I:12`) names the archive the
authority file spells with that town (`Riksarkivet, Stockholm`, a variant of ``RA Stockholm``), as the town before
the code already does (`Riksarkivet, Stockholm (RA)`). Only a town the authority file spells the name with is read
so: a fonds named like a town stays the holding's (`Archivio di Stato (ASF), Firenze` is no variant).
"""

from __future__ import annotations

from .archives import ArchiveMatcher
from .words import CAPITAL
from ..patterns import compiled

# the town: one or two capitalised words between the definition's bracket and the next comma
_TOWN = compiled(rf",\s*(?P<town>[{CAPITAL}][^\W\d_]+(?:[ -][{CAPITAL}][^\W\d_]+)?)\s*(?=,)")


def town_after(text: str, end: int, name: str, matcher: ArchiveMatcher) -> str:
    """The town after a definition ending at ``end`` when the authority knows ``name`` spelt with it, else "".

    >>> from histkit.citations.archives import default_matcher
    >>> text = "Riksarkivet (RA), Stockholm, Kanslikollegiet, E I:12"
    >>> town_after(text, 16, "Riksarkivet", default_matcher()), town_after(text, 16, "Arkiv X", default_matcher())
    ('Stockholm', '')
    """
    m = _TOWN.match(text, end)
    if m is None:
        return ""
    spelt = f"{name}, {m.group('town')}"
    hit = matcher.match(spelt)
    return m.group("town") if hit is not None and hit[1] == len(spelt) else ""


def known_with_town(text: str, end: int, name: str, matcher: ArchiveMatcher):
    """`town_after`'s archive: the matcher's hit for ``name`` spelt with the town, or None."""
    town = town_after(text, end, name, matcher)
    return matcher.match(f"{name}, {town}") if town else None
