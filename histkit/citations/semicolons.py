"""Which top-level semicolons of a note join two parts of one citation rather than start another (`semicolon_joins`).

Each rule lives with the shape it reads: two places of one imprint (`М.; Л., 1930`, `gost`) or two publishers
(`Brasília: IPRI; FUNAG, 1993`, `beforecolon`), names of authors or of those responsible listed with semicolons
(`leads`, `responsibility`), the two parts of one call number (`signatures`), a container after its work (`leads`),
the covering letter of an enclosure (`enclosures`), and a Vancouver imprint's or journal's year
(`Dublin: Four Courts Press; 2009`, `2012;25(3):612-31`, `vancouver`).
"""

from __future__ import annotations

from .beforecolon import joins_publishers
from .enclosures import joins_enclosure
from .gost import joins_places
from .leads import joins_authors, joins_container
from .responsibility import joins_responsibilities
from .signatures import joins_signature
from .vancouver import joins_vancouver

_JOINS = (joins_places, joins_publishers, joins_authors, joins_responsibilities, joins_signature, joins_container,
          joins_enclosure, joins_vancouver)


def semicolon_joins(text: str, at: int) -> bool:
    """Whether the semicolon at ``text[at]`` is no cut between two citations.

    >>> text = "Report, 3 May 1956; enclosed in A to B, 5 May 1956, TNA, FO 371/1; TNA, FO 371/2"
    >>> [semicolon_joins(text, i) for i, c in enumerate(text) if c == ";"]
    [True, False]
    """
    return any(joins(text, at) for joins in _JOINS)
