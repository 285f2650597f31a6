"""An exhibition catalogue's designation and a catalogue's number or lot, taken off before a reference is read.

Art historians and archaeologists cite a catalogue as a book, with the words saying what it is after its title or
its editors (`…, ed. H. Carrow, exh. cat. (Bristol: …, 2011)`, `…, hg. v. …, Ausst.-Kat. Landesmuseum Württemberg,
Stuttgart 2013`, `…, cat. expo., Marseille, musée Borély, 1962`, `…, cat. mostra (Bologna, Museo …, 2006-2007), a
cura di …, Bologna, …, 2006`, `…, tent.cat. Amsterdam Museum (Zwolle 2014)`), and the object they mean by its number
in the catalogue or its lot in a sale at the end (`cat. no. 45`, `Kat.-Nr. 12`, `n.º cat. 15`, `scheda 12`, `lot 87`,
`lotto 112`). Neither is a field of the reference gold, and each stands where the readers look for a title's end or
the cited page. An auction's catalogue is cited by the house, its town, the sale's title and day (`Christie's, London,
*Title*, sale 14 June 1996, lot 87`): it is written as a book of the house (`as_sale`). The words are
``catalogue_words.csv``'s (kinds ``exhibition``, ``number`` and ``sale``): a historian adds a language's there.

Where the designation is followed by the exhibition's venue in brackets and an imprint of its own comes after, the
bracket is the venue's and goes with it; a venue printed before a bracketed imprint (`tent.cat. Amsterdam Museum
(Zwolle 2014)`) goes too; a venue with its town and year and no other imprint is the catalogue's imprint and is
written as a book's, in brackets (`cat. expo., Marseille, musée Borély, 1962` as `(Marseille: musée Borély, 1962)`).
"""

from __future__ import annotations

import functools
import re

from .words import CAPITAL, YEAR, alternation
from ..patterns import compiled


@functools.cache
def _designation() -> re.Pattern:
    words = alternation("catalogue_words.csv", "exhibition")
    # (the words, then the venue in brackets before another imprint, or the venue's words before a bracketed imprint)
    return compiled(rf"(?:,\s*|\s+)(?:{words})(?![^\W\d_])(?P<venue>\s*\([^()]{{2,160}}\)(?=.*?(?<!\d){YEAR}(?!\d))"
                    rf"|\s+[^\W\d_][^(),;:]{{1,80}}?(?=\s*\([^()]*(?<!\d){YEAR}(?!\d)[^()]*\)))?", re.IGNORECASE)


# the venue as the catalogue's imprint: its town, then the museum, then the year (`, Marseille, musée Borély, 1962`),
# or the museum, then the town and year (`Altertümersammlung Stuttgart, Stuttgart 1932`)
_TOWN_VENUE_YEAR = compiled(rf"^,?\s*(?P<place>[{CAPITAL}][^\W\d_]+(?:[\s-][^\W\d_]+){{0,2}}),\s*(?P<venue>[^,;()\d]{{2,80}}?),\s*"
                            rf"(?P<year>{YEAR})(?!\d)")
_VENUE_TOWN_YEAR = compiled(rf"^,?\s*(?P<venue>[^,;()\d]{{2,80}}?),\s*(?P<place>[{CAPITAL}][^\W\d_]+(?:[\s-][^\W\d_]+){{0,2}})\s+"
                            rf"(?P<year>{YEAR})(?!\d)")


@functools.cache
def _number() -> re.Pattern:
    words = alternation("catalogue_words.csv", "number")
    number = r"\d+[a-z]?(?:\s*[–—-]\s*\d+[a-z]?)?"
    return compiled(rf"(?:,\s*|\s+)(?:{words})\s*{number}(?:\s*(?:,|and|e|et|y|u\.|und|en)\s*{number})*\s*\.?\s*$",
                    re.IGNORECASE)


@functools.cache
def _sale() -> tuple[re.Pattern, re.Pattern]:
    words, town = alternation("catalogue_words.csv", "sale"), rf"[{CAPITAL}][^\W\d_’']+(?:[\s-][^\W\d_]+){{0,2}}"
    # (the house, its town, the sale's title, the word for "sale" and its day: `Christie's, London, Title, sale 14 June
    # 1996`; or the town and the day in the bracket after the title: `(Amsterdam, veiling 14 november 1893)`)
    first = compiled(rf"^(?P<house>[{CAPITAL}][^,;()]{{1,60}}),\s*(?P<place>{town}),\s*(?P<title>[^;()]{{3,200}}?),\s*"
                     rf"(?:{words})\s+(?P<day>[^,;()]{{0,30}}?(?<!\d){YEAR})(?!\d)")
    bracket = compiled(rf"(?<=\()\s*(?P<place>{town}),\s*(?:{words})\s+(?=[^()]{{0,30}}?(?<!\d){YEAR}\s*\))")
    return first, bracket


def as_sale(text: str) -> str:
    """An auction's catalogue written as a book of its house: the house, the sale's title quoted, the town and the day
    in brackets; the word for "sale" left out.

    >>> as_sale("Christie's, London, Important British Pictures, sale 14 June 1996")
    "Christie's, “Important British Pictures” (London, 14 June 1996)"
    >>> as_sale("Frederik Muller & Cie, Catalogue des tableaux (Amsterdam, veiling 14 november 1893)")
    'Frederik Muller & Cie, Catalogue des tableaux (Amsterdam, 14 november 1893)'
    """
    first, bracket = _sale()
    found = first.match(text)
    if found is not None:
        return f"{found['house']}, “{found['title']}” ({found['place']}, {found['day'].strip()}){text[found.end():]}"
    return bracket.sub(lambda m: f"{m['place']}, ", text, count=1)


def without_catalogue(text: str) -> str:
    """``text`` without a catalogue's designation and without the catalogue number or lot ending it.

    >>> without_catalogue("Trésors de la Provence antique, cat. expo., Marseille, musée Borély, 1962, n° 45")
    'Trésors de la Provence antique (Marseille: musée Borély, 1962), n° 45'
    >>> without_catalogue("Schätze aus Schwabens Boden, Ausst.-Kat. Altertümersammlung Stuttgart, Stuttgart 1932")
    'Schätze aus Schwabens Boden (Stuttgart: Altertümersammlung Stuttgart, 1932)'
    >>> without_catalogue("Meesters op de markt. Kunsthandel, tent.cat. Amsterdam Museum (Zwolle 2014) cat.nr. 23.")
    'Meesters op de markt. Kunsthandel (Zwolle 2014)'
    >>> without_catalogue("Mozart a Bologna, cat. mostra (Bologna, Museo, 2006-2007), a cura di L. Bernardi, "
    ...                   "Bologna, Bononia University Press, 2006, pp. 45-62, scheda 12.")
    'Mozart a Bologna, a cura di L. Bernardi, Bologna, Bononia University Press, 2006, pp. 45-62'
    >>> without_catalogue("Faces of Commerce, ed. H. Carrow, exh. cat. (Bristol: Bristol Museum, 2011), cat. no. 45")
    'Faces of Commerce, ed. H. Carrow (Bristol: Bristol Museum, 2011)'

    A text holding neither is returned as it is: `Cat. 3` opening a text, a lot in a sentence.
    """
    bare = as_sale(_number().sub("", text, count=1))
    found = _designation().search(bare)
    if found is None or found.start() == 0:
        return bare
    rest = bare[found.end():]
    imprint = None if found.group("venue") else (_TOWN_VENUE_YEAR.match(rest) or _VENUE_TOWN_YEAR.match(rest))
    if imprint is not None:  # (written as the readers read a book's imprint, which a catalogue's is)
        rest = f" ({imprint['place']}: {imprint['venue'].strip()}, {imprint['year']}){rest[imprint.end():]}"
    rest = rest.lstrip()
    return bare[:found.start()] + {",": "", "(": " "}.get(rest[:1], ", ") + rest
