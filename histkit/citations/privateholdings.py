"""Sources in private hands: a family's or a collector's holding, and the author's own (an interview, a letter).

Not every source a historian cites lies in a public archive. A note names a holding in private hands by a word that
opens its name, `Privatbesitz der Familie Schulte, Bochum, Fotoalbum, Bl. 12`, `Collection particulière de la famille
Roux, Marseille, lettre …`, `Zbiory prywatne rodziny Malinowskich, Kraków, list …`, `Private collection of the Wood
family, Leeds, letter …`: the holding up to its first comma is the archive, as the note names it (the town after it
dropped), and the rest is read as any archival citation is (`private_holding`).

The author's own sources, an interview the author recorded or a letter the author received, lie in no archive at all:
`Interview with Jan Novák by the author, Brno, 12 May 1998`, `Entretien de l'auteur avec Ahmed B., Lyon, 23 avril
2004`, `Wywiad autora z Haliną S., Warszawa, 14 XI 2011 r.`, `…, 3 May 1950, in the author's possession`. They are
archival rows (unpublished, the historian's evidence) with no archive, dated by their day (`own_source`); the table of
archives counts no 'author' among its archives. The words are ``private_holdings.csv``'s: kind ``private`` opens a
holding's name, kind ``author`` says in a citation's first part that the author made or received it, kind
``possession`` anywhere that the author holds it.
"""

from __future__ import annotations

import functools
import re

from .archives import Archive
from .holdings import is_place_token
from ..dates import find_date_groups
from .words import alternation
from ..patterns import compiled


@functools.cache
def _private() -> re.Pattern:
    # (the word opens the citation, a lead-in's `see` aside; the name runs to the first comma or bracket)
    return compiled(rf"(?P<name>(?:{alternation('private_holdings.csv', 'private')})(?![^\W\d_])[^,;()]*[^\W_])\s*,",
                    re.IGNORECASE)


@functools.cache
def _author() -> re.Pattern:
    return compiled(rf"(?<![^\W\d_])(?:{alternation('private_holdings.csv', 'author')})(?![^\W\d_])", re.IGNORECASE)


@functools.cache
def _possession() -> re.Pattern:
    return compiled(rf"(?<![^\W\d_])(?:{alternation('private_holdings.csv', 'possession')})(?![^\W\d_])",
                    re.IGNORECASE)


def private_holding(text: str) -> tuple[Archive, int] | None:
    """The private holding that opens ``text`` as an archive, and where its name (and a town after it) ends; else None.

    >>> archive, end = private_holding("Privatbesitz der Familie Schulte, Bochum, Fotoalbum, Bl. 12, Mai 1955.")
    >>> archive.code, end
    ('Privatbesitz der Familie Schulte', 40)
    >>> private_holding("Private collections in Britain are described by Smith, Archives (London, 1990), 12.") is None
    True
    """
    found = _private().match(text)
    if found is None:
        return None
    name, end = found.group("name"), found.end("name")
    town = re.match(r",\s*(?P<town>[^,;()]+?)\s*(?=[,;]|$)", text[end:])
    if town is not None and is_place_token(town.group("town")):  # (its town is no level of the holding)
        end += town.end()
    return Archive(name, name), end


def own_source(text: str) -> bool:
    """``text`` cites a source the author made, received or holds (see the module), and dates it.

    >>> own_source("Interview with Jan Novák by the author, Brno, 12 May 1998.")
    True
    >>> own_source("Smith, Title (London, 1990), 45, translated by the author.")
    False
    >>> own_source("Photograph of the Grange hall, 1875, collection of the author.")
    True
    """
    first = text.split(",", 1)[0]
    held = _possession().search(text) is not None
    if not (held or _author().search(first)):
        return False
    # (a day or month: no book's year; what the author holds may be dated by its year alone, `…, 1875, collection of
    # the author`, unless the year is a book's imprint, in brackets)
    dates = find_date_groups(text)
    return any(d.precision != "year" for d in dates) or (held and bool(dates) and "(" not in text)
