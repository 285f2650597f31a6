"""How a cited document was reached, which is no field of its holding: a portal, a scan online, a microfilm, a copy.

A historian names the archive and the call number of a document and then, at the end of the citation, how it was
read: `…, Diözesanarchiv Brixen, eingesehen über Matricula, https://data.matricula-online.eu/`, `…, Archivio storico
diocesano di Trieste, consultato in riproduzione digitale su FamilySearch`, `…, Archiwum Archidiecezjalne w
Przemyślu, dostęp online: https://…`, `…, k. 45, mikrofilm u Arhivu Jugoslavije`. The archive is the one whose
holding is cited; the route's portal, address or copy is where it was seen, not where it lies. The words that open a
route are ``route_words.csv`` (a row: a phrase that, after a comma, says how the document was seen, and its
languages); `without_route` blanks the route from its comma to the note's end, so that the holding ends the citation
as it would without it and offsets hold. A route followed by another sentence or citation is left alone.
"""

from __future__ import annotations

import functools
import re

from .words import alternation
from ..patterns import compiled


@functools.cache
def _route() -> re.Pattern:
    # (after a comma; the route runs to the note's end, a link or a portal's name and the final stop included, and
    # holds no sentence's end nor a semicolon: what follows one is another citation or a remark)
    return compiled(rf",\s*(?:{alternation('route_words.csv')})(?![^\W_])(?:[^;.]|\.(?!\s))*\.?\s*$", re.IGNORECASE)


def without_route(text: str) -> str:
    """``text`` with the route that ends it blanked (the same length), else ``text``.

    >>> without_route("Taufbuch, Bd. 9, Diözesanarchiv Brixen, eingesehen über Matricula, https://a.eu/b.")
    'Taufbuch, Bd. 9, Diözesanarchiv Brixen                                          '
    >>> without_route("TNA, FO 371/1, f. 4."), without_route("BArch, R 2/1, online über invenio. Vgl. Smith, Title.")
    ('TNA, FO 371/1, f. 4.', 'BArch, R 2/1, online über invenio. Vgl. Smith, Title.')
    """
    found = _route().search(text)
    return text if found is None else text[:found.start()] + " " * (len(text) - found.start())

