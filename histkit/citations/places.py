"""A book's places of publication before the one its year follows: `Chicago, London 1987`, `Cambridge, Mass. 1997`,
`Frankfurt a. M., New York 1990`.

The imprint readers take the place the year follows (`…, London 1987`); a publisher's other towns stand before it,
set off by commas, in the German and English humanities' order (no publisher named). A part before the last place
is taken for a place when it has a place's shape (one or two capitalised words, a town on its river abbreviated:
`Frankfurt a. M.`), and what is left still holds an author's name and a title (two parts or more): in
`Hans Müller, Geschichte, Berlin 1990` the part before `Berlin` is the title.
"""

from __future__ import annotations

import functools
import re

from .notetext import split_commas
from ..dates import find_dates
from .words import LISTED_EDITOR_WORD, UPPER, YEAR, alternation, word_rows
from ..patterns import compiled

# (`Cambridge (MA) 2004`: a town with its state in brackets; `Kiel und Hamburg 1787`, `Frankfurt am Main 1990`: two places joined by "and", a place on its river; `Venezia - Roma
# 1961`: two joined by a spaced dash)
#: The place and year that end a book's reference: `…, München 1980` (or the first of a run: `Zürich 1551–87`).
# (older imprints say "in" before the town, `ἐν Ἀθήναις 1898`, `V Praze 1925`: kind ``place_in`` of reference_words.csv)
# (a town with its river abbreviated, as German imprints print it: `Frankfurt a. M. 1891`, `Freiburg i. Br. 1990`)
PLACE_YEAR = compiled(rf",\s*(?:(?:{alternation('reference_words.csv', 'place_in')})\s+)?(?P<place>[{UPPER}][\w.’'-]+(?:(?:\s[–-]\s|[ /–-])[{UPPER}][\w.-]+)?"
                      rf"(?:\s+[a-z]{{1,2}}\.\s?(?:[a-z]{{1,2}}\.\s?)?[{UPPER}][a-z]?\.)?"
                      rf"(?:\s+(?:und|and|et|e|i|y|u|am|an\s+der)\s+[{UPPER}][\w.-]+)?(?:\s\([{UPPER}][\w.]{{0,10}}\))?)\s+(?P<year>{YEAR})(?:\s*[–—-]\s*(?:{YEAR}|\d\d))?\s*$")

#: A town's shape: one or two capitalised words, or one with its river abbreviated (`Frankfurt a. M.`, `Halle a.d.S.`)
_PLACE = compiled(rf"(?:^|,\s*)(?P<place>[{UPPER}][\w’'-]+\.?(?:\s+[{UPPER}][\w’'-]+\.?|\s+[a-z]{{1,2}}\.\s?"
                  rf"(?:[a-z]{{1,2}}\.\s?)?[{UPPER}]\.)?)\s*$")
# an initial just before a place's word: the word is a firm's name, `M. Rivière`
_INITIAL_BEFORE = compiled(rf"(?:^|\s)[{UPPER}]\.\s?$")
#: At most this many places before the last (`Berlin, New York, London 1990`).
_MORE_PLACES = 2


def places_before(head: str, place: str) -> tuple[str, str]:
    """``head`` (a reference up to the place its year follows) without the places before ``place``, and the places.

    >>> places_before("Peter Galison, How Experiments End, Chicago", "London")
    ('Peter Galison, How Experiments End', 'Chicago, London')
    >>> places_before("Anthony Grafton, The Footnote, Cambridge", "Mass.")
    ('Anthony Grafton, The Footnote', 'Cambridge, Mass.')
    >>> places_before("Hans Müller, Geschichte", "Berlin")
    ('Hans Müller, Geschichte', 'Berlin')
    >>> places_before("S. Jansen, Courts, in: F. Roe, E. Lind (eds), Judicial Lawmaking", "Antwerpen")
    ('S. Jansen, Courts, in: F. Roe, E. Lind (eds), Judicial Lawmaking', 'Antwerpen')
    """
    for _ in range(_MORE_PLACES):
        found = _PLACE.search(head)
        # (no place before a publisher's towns joined by dashes, `Laterza, Roma-Bari 2010`, nor a publisher's name)
        # (nor a name after its initials, a firm's: `M. Rivière, Paris 1908`)
        if found is None or found.start() == 0 or len(split_commas(head[:found.start()])) < 2 \
                or _INITIAL_BEFORE.search(head, 0, found.start("place")) \
                or _editors_mark().search(head, 0, found.start()) or joined_towns(place) \
                or publisher_named(found.group("place")) or _house_before_town(found.group("place"), place):
            break
        head, place = head[:found.start()].rstrip(" ,"), f"{found.group('place')}, {place}"
    return head, place


@functools.cache
def _editors_mark() -> re.Pattern:
    """The editors' word in brackets that a part ends in (`…, in: F. Roe, E. Lind (eds), Title, Antwerpen 2005`): the
    part after it is the book's title, not a place."""
    return compiled(rf"\((?i:{LISTED_EDITOR_WORD})\.?\)\s*,?\s*$")


@functools.cache
def _publisher_word() -> re.Pattern:
    return compiled(rf"(?<![^\W\d_])(?:{alternation('publisher_words.csv')})(?![^\W\d_])")


# a publisher's towns joined by dashes, as the Italian and German houses print them after its name: `Roma-Bari`,
# `London-New York`, `Dordrecht-Boston-London`
_JOINED_TOWNS = compiled(rf"^[{UPPER}][^\W\d_]+(?:\s[{UPPER}][^\W\d_]+)?(?:\s?[–-]\s?[{UPPER}][^\W\d_]+(?:\s[{UPPER}][^\W\d_]+)?)+$")


def _house_before_town(part: str, town: str) -> bool:
    """Whether ``part``, a few capitalised words before a town books are printed in, is no other town of the
    publisher's: none of the towns listed (`Malta: Church, State, Labour, London 1962`, `Manifestolibri, Roma 2010`,
    beside `Chicago, London 1987`). Before the town alone it stays in the title (`Title, Place Year` prints no house,
    and a title's last words after its comma are as like a house's name as an unknown house is); in brackets before
    the town and its year it is the house (`(Kräner, Stuttgart, 1990)`)."""
    return town_named(town) and not town_named(part) and not region_named(part) and _NAME_PART.match(part.strip()) is not None


def joined_towns(place: str) -> bool:
    """Whether ``place`` names several towns joined by dashes (`Roma-Bari`, `London-New York`), a publisher's.

    >>> joined_towns("Roma-Bari"), joined_towns("Dordrecht-Boston-London"), joined_towns("Paris")
    (True, True, False)
    """
    return _JOINED_TOWNS.match(place) is not None


def publisher_before(head: str, towns: str = "") -> tuple[str, str]:
    """``head`` (a reference up to the place its year follows) without the publisher named before that place, and the
    publisher: the last part after a comma when a publisher's word stands in it (`publisher_words.csv`), an author's
    name and a title still before it. The Italian and French order, `Titolo, Editore, Luogo Anno`.

    >>> publisher_before("P. Fritzsche, Stranded in the Present, Harvard University Press")
    ('P. Fritzsche, Stranded in the Present', 'Harvard University Press')
    >>> publisher_before("Hans Müller, Geschichte der Presse")
    ('Hans Müller, Geschichte der Presse', '')
    >>> publisher_before("V. Ferrone, Lezioni illuministiche, Laterza", "Roma-Bari")
    ('V. Ferrone, Lezioni illuministiche', 'Laterza')
    """
    parts = split_commas(head)
    # (or a part of a few capitalised words before the towns a publisher names: `…, Laterza, Roma-Bari 2010`; or a
    # firm by its founder's initials and name, which no town has: `…, M. Rivière, Paris 1908`, `J.C.B. Mohr`)
    if len(parts) < 3 or not (publisher_named(parts[-1]) or joined_towns(towns) and _NAME_PART.match(parts[-1].strip())
                              or _INITIALS_NAME.match(parts[-1].strip())):
        return head, ""
    cut = head.rstrip().rfind(parts[-1].strip())
    return head[:cut].rstrip(" ,"), parts[-1].strip()


_NAME_PART = compiled(rf"[{UPPER}][^\W\d_]+(?:\s+[{UPPER}][^\W\d_]+){{0,2}}$")
_INITIALS_NAME = compiled(rf"(?:[{UPPER}]\.\s?){{1,3}}[{UPPER}][^\W\d_]+(?:\s+[{UPPER}][^\W\d_]+)?$")


# `(Oxford University Press, Oxford, 2003)`: the bracketed imprint of the English law houses and the Italian ones, the
# publisher before its town (a publisher's word in it, `publisher_words.csv`, tells the order), the pages after it
_PUBLISHER_FIRST = compiled(
    rf"\(\s*(?P<publisher>[{UPPER}][^()\d,;:]{{1,80}}?)\s*,\s*(?P<place>[{UPPER}][\w’'.-]+(?:\s+[{UPPER}a-z][\w’'.-]+){{0,2}})"
    rf"\s*,\s*(?P<year>{YEAR})\s*\)(?=\s*,?\s*(?:[^\W\d_]{{1,4}}\.\s*)?\d|\s*\.?\s*$)")


def publisher_first_bracket(text: str) -> re.Match | None:
    """`(Publisher, Place, Year)` in ``text`` where a publisher's word names the first part.

    >>> publisher_first_bracket("Cassese, Criminal Law (Oxford University Press, Oxford, 2003), p. 402").group("place")
    'Oxford'
    >>> publisher_first_bracket("Titre (Montréal, Boréal, 1989), 17-24") is None
    True
    >>> publisher_first_bracket("Brown, Procedure (Sweet & Maxwell, London, 1965), p. 47").group("publisher", "place")
    ('Sweet & Maxwell', 'London')
    >>> publisher_first_bracket("Kurzke, Handbuch (Kräner, Stuttgart, 1990), p. 678").group("publisher", "place")
    ('Kräner', 'Stuttgart')
    """
    found = _PUBLISHER_FIRST.search(text)
    # (a house no list names before a town one does: `(Kräner, Stuttgart, 1990)`)
    if found is None or not (publisher_named(found.group("publisher")) or _house_before_town(*found.group("publisher", "place"))) \
            or publisher_named(found.group("place")):
        return None
    return found


# a firm's name: two capitalised names joined by an ampersand (`Sweet & Maxwell`, `Duncker & Humblot`)
_FIRM = compiled(rf"[{UPPER}][^\W\d_]+\s*&\s*[{UPPER}][^\W\d_]+")


def publisher_named(part: str) -> bool:
    """Whether ``part`` names a publisher: a publisher's word in it (`publisher_words.csv`), a firm's two names, or a
    house known by its name alone (`publishers.csv`).

    >>> publisher_named("Harvard University Press"), publisher_named("Sweet & Maxwell"), publisher_named("London")
    (True, True, False)
    >>> publisher_named("Flammarion"), publisher_named("Vita e Pensiero")
    (True, True)
    """
    return bool(_publisher_word().search(part) or _FIRM.search(part)) or part.strip(" .,") in _publishers()


@functools.cache
def _publishers() -> frozenset:
    """The houses an imprint names by their name alone (`publishers.csv`: `Einaudi`, `Flammarion`, `Suhrkamp`)."""
    return frozenset(row["form"] for row in word_rows("publishers.csv"))


def month_not_place(ref: dict) -> dict:
    """``ref`` without a month read as its place or its container before the year (`…, Report D2.2, October 2015`,
    `…, Status of Ratification, February 2018`): a month and its year read as a date (`find_dates`) name no town or book.

    >>> month_not_place({"place": "October", "year": "2015"})["place"], month_not_place({"place": "Paris", "year": "2015"})["place"]
    ('', 'Paris')
    >>> month_not_place({"place": "London", "publisher": "20 February", "year": "2018"})["publisher"]
    ''
    """
    year = str(ref.get("year") or "").strip()
    publisher = str(ref.get("publisher") or "").strip()
    # (nor a day and month before the year as its publisher: an interview's or a lecture's date, `(London: 20 February
    # 2018)`)
    # (its day's figure asked: a house may be spelt as a month is in some language, `(Helsinki: Tammi, 1961)`)
    if year and any(ch.isdigit() for ch in publisher) and len(publisher.split()) <= 3 and _date_alone(f"{publisher} {year}"):
        ref["publisher"] = ""
    # (not a town before its publisher's colon, whatever month some language spells like it: `Martin : Osveta, 1987`)
    for field in ("place", "container") if not str(ref.get("publisher") or "").strip() else ("container",):
        before, comma, word = str(ref.get(field) or "").strip().rpartition(",")  # (`Energy Institute, October 2016`)
        word = word.strip()
        if word and year and len(word.split()) == 1 and _date_alone(f"{word} {year}"):
            ref[field] = before.strip()
    return ref


def _date_alone(text: str) -> bool:
    """Whether the whole of ``text`` is one date (`find_dates`)."""
    return any(d.start == 0 and d.end == len(text) for d in find_dates(text))


def publisher_not_place(ref: dict) -> dict:
    """``ref`` with a publisher read as its place moved to the publisher, when `publisher_named` names it (a
    publisher's word, a firm, a house of `publishers.csv`) and no publisher was read: the AGLC and OSCOLA print no
    town, only the publisher before the year (`(Federation Press, 2008) 45`, `(Hart 2015)`), which the imprint readers
    take for the town a year follows.

    >>> publisher_not_place({"place": "Federation Press", "publisher": ""})
    {'place': '', 'publisher': 'Federation Press'}
    >>> publisher_not_place({"place": "Sydney", "publisher": ""})["place"]
    'Sydney'
    >>> publisher_not_place({"place": "Ann Arbor: University of Michigan Press", "publisher": ""})
    {'place': 'Ann Arbor', 'publisher': 'University of Michigan Press'}
    """
    place = str(ref.get("place") or "").strip()
    town, colon, named = place.rpartition(":")  # (`Ann Arbor: University of Michigan Press`: town and publisher both)
    if named.strip() and not ref.get("publisher") and "," not in named and publisher_named(named):  # (`(Hart 2015)`)
        ref.update(place=town.strip(), publisher=named.strip())
    return ref


def is_place_token(tok: str) -> bool:
    """Whether a token looks like a place name: one or two capitalised words, no digits.

    >>> is_place_token("Abilene"), is_place_token("box 11")
    (True, False)
    """
    words = tok.split()
    return 1 <= len(words) <= 2 and all(w[:1].isupper() and w[1:].islower() for w in words) \
        and not any(map(str.isdigit, tok))


# towns set apart by a dash or slash, as a publisher's several towns are printed: `Milano-Udine`, `Paris/Genève`
_TOWN_JOINS = compiled(r"\s*[–/-]\s*")


def town_named(part: str) -> bool:
    """Whether ``part`` is a town books are printed in (``imprint_towns.csv``, kind ``town``), or several such towns
    joined by dashes or slashes: what tells the town from an unknown house beside it (`…, Kräner, Stuttgart, 1990`).

    >>> town_named("Stuttgart"), town_named("Milano-Udine"), town_named("Москва"), town_named("Kräner")
    (True, True, True, False)
    """
    part = part.strip(" ,")
    towns = _imprint_places("town")
    return part in towns or all(piece in towns for piece in _TOWN_JOINS.split(part)) if part else False


def region_named(part: str) -> bool:
    """Whether ``part`` is a state, province or county printed after its town (``imprint_towns.csv``, kind
    ``region``): `Totowa, New Jersey`, `Harmondsworth, Middlesex`, `Neuchâtel, Suisse`.

    >>> region_named("New Jersey"), region_named("Mass."), region_named("Bedminster Press")
    (True, True, False)
    """
    return part.strip(" ,") in _imprint_places("region")


@functools.cache
def _imprint_places(kind: str) -> frozenset:
    return frozenset(row["form"] for row in word_rows("imprint_towns.csv") if row.get("kind", "").strip() == kind)


def town_before_region(head: str, place: str) -> tuple[str, str]:
    """``head`` without the town before ``place`` where that is a region (`region_named`), and the town with it.

    >>> town_before_region("L. v. Stein, The History of the Social Movement, Totowa", "New Jersey")
    ('L. v. Stein, The History of the Social Movement', 'Totowa, New Jersey')
    >>> town_before_region("Hans Müller, Geschichte, Berlin", "Leipzig")
    ('Hans Müller, Geschichte, Berlin', 'Leipzig')
    """
    found = _PLACE.search(head) if region_named(place) else None
    if found is None or found.start() == 0:
        return head, place
    return head[:found.start()].rstrip(" ,"), f"{found.group('place')}, {place}"


_TOWN_LIST = compiled(r"\s*(?:,|\band\b|&)\s*")


def house_before_towns(place: str, publisher: str) -> tuple[str, str]:
    """``place`` and ``publisher`` of an imprint read as `Place: Publisher`, swapped where the house was printed first
    (`(Continuum: New York, London, 2005)`): the part after the colon is listed towns only, the part before none.

    >>> house_before_towns("Continuum", "New York, London"), house_before_towns("New York", "Continuum")
    (('New York, London', 'Continuum'), ('New York', 'Continuum'))
    """
    towns = [part for part in _TOWN_LIST.split(publisher) if part]
    if towns and all(map(town_named, towns)) and not town_named(place) and not region_named(place):
        return publisher, place
    return place, publisher
