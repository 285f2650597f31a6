"""A book's imprint in commas at the end of a reference: `…, Paris, Hachette, 1932`, `…, Beograd, 1970`.

French, Italian, Spanish and South Slavic notes set place, publisher and year
apart by commas (two words of place only without a publisher, `Prehrana
Zagreba, Zagreb, 1980`, or a town on its river, `Frankfurt am Main, 2011`;
`Bologna, il Mulino 1981` too, and an old book's printer, `Venetiis, apud
Hieronymum Polum, 1575`; a publisher's name may end in a number, `Barcelona,
Edicions 62, 2005`). A lone word before the year may be the title after the
author instead of a town (`Luhmann, Rechtssoziologie, 1972`): `imprint_comma`
tells.
"""

from __future__ import annotations

import re

from .names import is_name
from .notetext import split_commas
from .places import publisher_named, region_named, town_named
from .words import LOWER, UPPER, YEAR, alternation
from ..patterns import compiled

# (an old book's printer after the Latin word for "at the house of" or "printed by", ``reference_words.csv`` kind
# ``printer``: `Venetiis, apud Hieronymum Polum, 1575`, `Antverpiae, ex officina Plantiniana, 1605`)
_PUBLISHER = rf"(?P<publisher>(?:(?:{LOWER}{{1,3}}|{alternation('reference_words.csv', 'printer')})\s+)?[{UPPER}][^,\d]{{1,60}}?(?:\s\d{{1,3}})?)"
_TOWN_WORDS = rf"[{UPPER}][\w’'.-]+(?:[ -][{UPPER}][\w’'.-]+)?"
IMPRINT_COMMA = compiled(rf",\s*(?:(?P<place>[{UPPER}][\w’'.-]+)\s*,\s*{_PUBLISHER}(?:\s*,\s*|\s+)"
                         rf"|(?P<town>{_TOWN_WORDS}(?:\s+(?:am|an\s+der|upon|on|sur)\s+[{UPPER}][\w’'.-]+)?)"
                         rf"\s*,\s*)(?P<year>{YEAR})\s*$")
# (a town of two words before a publisher a publisher's word or ``publishers.csv`` names: `New York, Norton, 2011`;
# two capitalised words before an unknown name may be the house and its town, `Il Ponte, Firenze, 1990`)
# (or a firm by its founder's initials: `W.W. Norton`, `J.C.B. Mohr`)
_FOUNDER = compiled(rf"(?:[{UPPER}]\.\s?){{1,3}}[{UPPER}][^\W\d_]+$")
_TWO_WORD_TOWN = compiled(rf",\s*(?P<place>[{UPPER}][\w’'.-]+\s[{UPPER}][\w’'.-]+)\s*,\s*{_PUBLISHER}(?:\s*,\s*|\s+)"
                          rf"(?P<town>)(?P<year>{YEAR})\s*$")
# (the town alone before the year, as `IMPRINT_COMMA`'s own alternative reads it)
_TOWN_YEAR = compiled(rf",\s*(?P<place>)(?P<publisher>)(?P<town>{_TOWN_WORDS})\s*,\s*(?P<year>{YEAR})\s*$")
# (a publisher a publisher's word names and its year, no town: the house of many English and Brazilian notes; its
# empty place and town groups let the readers of `IMPRINT_COMMA`'s match read this one alike)
_PUBLISHER_YEAR = compiled(rf",\s*(?P<place>)(?P<town>)(?P<publisher>[{UPPER}][^,\d()]{{1,60}}?)\s*,\s*(?P<year>{YEAR})\s*$")


def imprint_comma(head: str) -> re.Match | None:
    """`IMPRINT_COMMA` ending ``head``, unless its town is the title after the author.

    >>> imprint_comma("Marc Bloch, La société féodale, Paris, Albin Michel, 1939").group("place")
    'Paris'
    >>> imprint_comma("Luhmann, Rechtssoziologie, 1972") is None
    True
    """
    two = _TWO_WORD_TOWN.search(head)
    if two is not None and (publisher_named(two.group("publisher")) or _FOUNDER.match(two.group("publisher").strip())) \
            and not _person_alone(head[:two.start()]):
        return two
    found = IMPRINT_COMMA.search(head)
    if found is None:
        return publisher_year(head)
    # (the "place" after a person's name alone is the title, `J. Smith, Britain, Penguin, 1990`, and the "publisher"
    # then the town, `Saparmyrat Türkmenbaşy, Ruhnama, Aşgabat, 2001`, unless a house is named)
    if not found.group("town"):
        return (publisher_year(head) or _TOWN_YEAR.search(head)) if _person_alone(head[:found.start()]) else found
    if publisher_named(found.group("town")):  # (`…, Macmillan, 1977`: a house, not a town, `publishers.csv`)
        return publisher_year(head) or found
    return None if names_alone(head[:found.start()]) else found


def _person_alone(before: str) -> bool:
    """`names_alone`, and a person's name of three words at most: a title naming one is longer (`Correspondance du P.
    Marin Mersenne, Paris, CNRS, 1955`)."""
    return names_alone(before) and len(before.split()) <= 3


def names_alone(before: str) -> bool:
    """Whether what precedes a `Place: Publisher, Year` is the authors' names alone: then no title came before it, and
    the "place" is the title before its subtitle's colon (`W. Thomas, The Ethics of Destruction: Norms and Force in
    International Relations, 2001`).

    >>> names_alone("W. Thomas, "), names_alone("Kennan, Memoirs. ")
    (True, False)
    """
    parts = split_commas(before.strip(" ,"))
    return len(parts) == 1 and is_name(parts[0])


def publisher_year(head: str) -> re.Match | None:
    """A publisher that a publisher's word names and its year ending ``head``, no town (`_PUBLISHER_YEAR`).

    >>> publisher_year("Hedley Bull, The Anarchical Society, Columbia University Press, 1977").group("publisher")
    'Columbia University Press'
    >>> publisher_year("Hedley Bull, The Anarchical Society, London, 1977") is None
    True
    """
    found = _PUBLISHER_YEAR.search(head)
    return found if found and found.start() > 0 and publisher_named(found.group("publisher")) \
        and not names_alone(head[:found.start()]) else None


# a US state or another country's region after its town: `DC`, `CA`, `Mass.`
_STATE = compiled(r"[A-Z]{2}|[A-Z][a-z]{1,4}\.")
# a town with its river abbreviated, as German imprints print it: `Frankfurt a.M.`, `Freiburg i. Br.`
_RIVER_TOWN = compiled(rf"^[{UPPER}][^\W\d_]+\s+[a-z]{{1,2}}\.\s?(?:[a-z]{{1,2}}\.\s?)?[{UPPER}][a-z]?\.$")


def imprint_order(found: dict) -> tuple[str, str]:
    """The place and the publisher of an `imprint_comma` match's groups, in the order the Italian houses print them
    too, the publisher first (`…, Adelphi, Milano, 1986`, `…, Fischer, Frankfurt a.M., 1979`): when the first part is a
    publisher `publishers.csv` names, or the second a town by its river's shape, and not the other way round.

    >>> imprint_order({"place": "Adelphi", "publisher": "Milano"}), imprint_order({"place": "Paris", "publisher": "Seuil"})
    (('Milano', 'Adelphi'), ('Paris', 'Seuil'))
    >>> imprint_order({"place": "Washington", "publisher": "DC"})
    ('Washington, DC', '')
    >>> imprint_order({"place": "Kräner", "publisher": "Stuttgart"}), imprint_order({"place": "Totowa", "publisher": "New Jersey"})
    (('Stuttgart', 'Kräner'), ('Totowa, New Jersey', ''))
    """
    place, publisher = found.get("place") or found.get("town") or "", (found.get("publisher") or "").strip()
    if place and (_STATE.fullmatch(publisher) or region_named(publisher)):  # (a town and its state, `Washington, DC`,
        return f"{place}, {publisher}", ""  # `Cambridge, Mass.`, `Totowa, New Jersey`: the place)
    # (or where the second is a town books are printed in and the first is not: an unknown house, `Kräner, Stuttgart`)
    first = place and publisher and (publisher_named(place) or _RIVER_TOWN.match(publisher) is not None
                                     or town_named(publisher) and not town_named(place))
    return (publisher, place) if first and not publisher_named(publisher) else (place, publisher)

