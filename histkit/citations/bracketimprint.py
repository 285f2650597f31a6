"""A book's imprint in brackets after its title: `(Place: Publisher, Year)`, as notes in the Chicago and Oxford houses give it.

>>> found = PUBLISHER.search("Les mots (Paris: PUF, 2005 [1966]), 12")
>>> found.group("place"), found.group("publisher"), found.group("year")
('Paris', 'PUF', '2005')
"""

from __future__ import annotations

from ..patterns import compiled

# (the first edition's year before or in square brackets after: `(1965; Hobart: …, 2003)`, `(Paris: PUF, 2005 [1966])`)
PUBLISHER = compiled(r"\(\s*(?:(?:1[5-9]|20)\d{2};\s*)?(?P<place>[^():;]{2,80}?)\s*:\s*(?P<publisher>[^()]*?)\s*,?\s*"
                     r"(?P<year>(?:1[5-9]|20)\d{2})(?:\s*\[(?:1[5-9]|20)\d{2}\])?(?:,\s*[^\W\d_][^():;\d]{2,40})?\s*\)")
