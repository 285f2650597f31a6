"""An old book cited in its reprint, whose imprint stands in brackets after the original's: `…, Venetiis, apud
Hieronymum Polum, 1575 (rist. anast. Torino, Bottega d'Erasmo, 1970), vol. III`, `…, Venetiis 1574 (rist. anast.
Torino, Bottega d'Erasmo, 1963), col. 412`, `…, Salamanca, Andrea de Portonariis, 1555 (ed. facsímil Madrid, Boletín
Oficial del Estado, 1974), t. II`.

The edition cited is the reprint: its year is the reference's, as the rounds' gold and `literature.reprint` read it.
`reprint_imprint` writes the reprint's place, publisher and year in place of the original's imprint and the
bracket, so that the readers of the comma styles find them where they look. The original's imprint is as many
comma-parted pieces before its year as the reprint's has (one where the original prints its place before its year
with no comma between); the word for the reprint (`rist. anast.`, `ed. facsímil`, `reimpr.`) is known by its shape,
one to three words in front of the reprint's place, the first in small letters (a place of two words is no such
word), and the bracket must end in a year later than the original's.
"""

from __future__ import annotations

from .words import LOWER, UPPER, YEAR
from ..patterns import compiled

# (the word in small letters: not a place of two words, `…, 1947–1960 (New York: Columbia University Press, 1989)`;
# the original's year no run's end)
_BRACKET = compiled(rf"(?P<sep>,?)\s*(?<![–—-])(?P<year>{YEAR})\s*\(\s*(?P<word>{LOWER}[^\W\d]*\.?(?:\s+[^\W\d_][^\W\d]*\.?){{0,2}}?)"
                    rf"\s+(?P<imprint>[{UPPER}][^()]{{1,100}}?),\s*(?P<later>{YEAR})\s*\)")


def reprint_imprint(text: str) -> str:
    """``text`` with the reprint's imprint in place of the original's and of the bracket (see the module's docstring).

    >>> reprint_imprint("B. de Ubaldis, Consilia, Venetiis, Giunti, 1575 (rist. anast. Torino, Bottega d'Erasmo, 1970), p. 4")
    "B. de Ubaldis, Consilia, Torino, Bottega d'Erasmo, 1970, p. 4"
    >>> reprint_imprint("Hostiensis, Summa aurea, Venetiis 1574 (rist. anast. Torino, Bottega d'Erasmo, 1963), col. 412")
    "Hostiensis, Summa aurea, Torino, Bottega d'Erasmo, 1963, col. 412"
    >>> reprint_imprint("Name, Title, Paris, Vrin, 1990 (Paris, Vrin, 1980)")
    'Name, Title, Paris, Vrin, 1990 (Paris, Vrin, 1980)'
    >>> reprint_imprint("H. Brands, The Specter, 1947–1960 (New York: Columbia University Press, 1989), 301")
    'H. Brands, The Specter, 1947–1960 (New York: Columbia University Press, 1989), 301'
    """
    found = _BRACKET.search(text) if "(" in text else None
    if found is None or int(found["later"]) <= int(found["year"]):
        return text
    pieces = found["imprint"].count(",") + 1 if found["sep"] else 1
    head = text[:found.start()].split(",")
    if len(head) <= pieces + 1:  # (an author and a title stay before it)
        return text
    kept = ",".join(head[:-pieces]).rstrip()
    return f"{kept}, {found['imprint']}, {found['later']}{text[found.end():]}"
