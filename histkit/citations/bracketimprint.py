"""A book's imprint in brackets after its title: `(Place: Publisher, Year)`, as notes in the Chicago and Oxford houses give it.

>>> found = PUBLISHER.search("Les mots (Paris: PUF, 2005 [1966]), 12")
>>> found.group("place"), found.group("publisher"), found.group("year")
('Paris', 'PUF', '2005')
>>> PUBLISHER.search("Recollections, 3 vols (London: printed for the author, 1889–91), 2:114").group("year")
'1889'
"""

from __future__ import annotations

from ..patterns import compiled

# (the first edition's year before or in square brackets after: `(1965; Hobart: …, 2003)`, `(Paris: PUF, 2005 [1966])`; a
# work in volumes printed over several years has the first for its year: `(London: printed for the author, 1889–91)`; a
# stray full stop before the bracket closes: `(New York: Praeger, 1960.)`)
PUBLISHER = compiled(r"\(\s*(?:(?:1[5-9]|20)\d{2};\s*)?(?P<place>[^():;]{2,80}?)\s*:\s*(?P<publisher>[^()]*?)\s*,?\s*"
                     r"(?P<year>(?:1[5-9]|20)\d{2})(?:\s*[–-]\s*(?:1[5-9]|20)?\d{2}(?!\d))?(?:\s*\[(?:1[5-9]|20)\d{2}\])?"
                     r"(?:,\s*[^\W\d_][^():;\d]{2,40})?\.?\s*\)")
