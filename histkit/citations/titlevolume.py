"""A work with no author cited short by its title, its volume and the pages (`Eesti maarahva ajalugu. Kd 2, lk 240`,
`Latvijas vēsture. Sēj. 2, 240. lpp`, `ქართული სოფლის ისტორია, ტ. 2, გვ. 330`, GOST's `Сборник: документы. – Т. 2. – С. 130`):
the volume by a listed word (``reference_words.csv``, kind ``volume``), the pages by their shape.
"""

from __future__ import annotations

import functools
import re

from .caseless import CASELESS, CASELESS_VOLUME
from .editionseries import read_edition_series
from .names import is_name
from .words import UPPER, YEAR, alternation, archive_word, pages_shape
from ..patterns import compiled


@functools.cache
def _title_volume() -> re.Pattern:
    return compiled(rf"^(?P<title>[{UPPER}][^.,;:]{{2,160}})\.\s+(?P<volume>(?:{alternation('reference_words.csv', 'volume')})"
                      rf"\s*(?:\d{{1,3}}|[IVXLC]+\b))\s*,\s*(?P<pages>{pages_shape()})\s*\.?\s*$")


# the same in a script without case, whose title has no capital to open it and a comma to end it (`ქართული სოფლის
# ისტორია, ტ. 2, გვ. 330`): two words or more, not an archive's name (`… არქივი, ფ. 227, აღ. 1` is a file)
@functools.cache
def _caseless_title_volume() -> re.Pattern:
    return compiled(rf"^(?P<title>[{CASELESS}][^.,;:\d]{{1,160}}?\s[^.,;:\d]+?)\s*,\s*(?P<volume>{CASELESS_VOLUME})\s*,"
                      rf"\s*(?P<pages>{pages_shape()})\s*\.?\s*$")


# GOST's areas, a dash after each full stop, and a subtitle's colon inside the title: `Сборник: документы. – Т. 2. – С. 130`
# (DSTU 8302:2015 prints the full stops without the dashes: `Історія кооперації. Т. 1. С. 230`)
@functools.cache
def _gost_title_volume() -> re.Pattern:
    return compiled(rf"^(?P<title>[{UPPER}][^.,;]{{2,160}})\.\s+(?:[–—]\s+)?(?P<volume>(?:{alternation('reference_words.csv', 'volume')})"
                      rf"\s*\d{{1,3}})\.\s+(?:[–—]\s+)?(?P<pages>{pages_shape()})\s*\.?\s*$")


def _title_volume_match(text: str) -> re.Match | None:
    found = _title_volume().match(text) or _caseless_title_volume().match(text) or _gost_title_volume().match(text)
    return None if found is None or archive_word().search(found.group("title")) else found


def read_title_volume(text: str, ref: dict) -> bool:
    """Fill ``ref`` from a work without an author cited short: its title, a full stop, a volume by its listed word
    and the pages by their shape (`Eesti maarahva ajalugu. Kd 2, lk 240`, `Title. Sēj. 2, 240. lpp.`); False (``ref``
    untouched) for anything else.

    >>> ref = {}
    >>> read_title_volume("Latvijas vēsture. Sēj. 2, 240. lpp", ref), ref
    (True, {'title': 'Latvijas vēsture', 'volume': '2', 'pages': '240. lpp'})
    >>> ref = {}
    >>> read_title_volume("ქართული სოფლის ისტორია, ტ. 2, გვ. 330", ref), ref
    (True, {'title': 'ქართული სოფლის ისტორია', 'volume': '2', 'pages': 'გვ. 330'})
    >>> ref = {}
    >>> read_title_volume("Сборник: документы. – Т. 2. – С. 130", ref), ref
    (True, {'title': 'Сборник: документы', 'volume': '2', 'pages': 'С. 130'})
    """
    if read_edition_series(text, ref):  # (`Annales Pegavienses, MGH SS 16, p. 258`: the volume is its series')
        return True
    found = _title_volume_match(text.strip())
    if found is None:
        return False
    ref.update(title=found.group("title").strip(), volume=found.groupdict().get("no") or re.sub(r"^\D*", "", found.group("volume")),
               pages=found.group("pages").strip())
    return True


@functools.cache
def _volume_first() -> re.Pattern:
    return compiled(rf"^(?:{alternation('reference_words.csv', 'volume')})\s*(?:\d{{1,3}}|[IVXLC]+\b)", re.IGNORECASE)


def name_title_before_volume(ref: dict) -> dict:
    """``ref``, changed in place: a title read as the volume and what follows it (`t. 1 : Le défi victorieux`) takes
    back the person's name the authors took from it, the last of two or more (a biography titled by its subject:
    `Jean-Claude Allain, Joseph Caillaux, t. 1 : Le défi victorieux, …`). A title opens with its own words, never with
    the volume of itself.

    >>> ref = name_title_before_volume({"authors": "Jean-Claude Allain, Joseph Caillaux", "title": "t. 1 : Le défi"})
    >>> ref["authors"], ref["title"]
    ('Jean-Claude Allain', 'Joseph Caillaux, t. 1 : Le défi')
    """
    authors, title = ref.get("authors") or "", ref.get("title") or ""
    head, comma, last = authors.rpartition(",")
    if comma and head.strip() and last.strip() and _volume_first().match(title):
        ref.update(authors=head.strip(), title=f"{last.strip()}, {title}")
    return ref


# a person by initials and surname: `K. Pietrzyk`, `J.-P. Dupont`, `A. M. Kowalska-Nowak`
_INITIALS_NAME = compiled(rf"(?:[{UPPER}]\.(?:-[{UPPER}]\.)?\s?)+[{UPPER}][^\W\d_]+(?:-[{UPPER}][^\W\d_]+)?")


def author_read_as_title(ref: dict) -> dict:
    """``ref``, changed in place: a reference with no author whose title is a person's initials and surname, in a
    container, is that person's part of it (a commentary on an article of a code: `K. Pietrzyk, [w:] Kodeks cywilny.
    Komentarz, t. I, red. E. Lisowicz, …, art. 417`): the name is the author's, and the part has no title.

    >>> ref = author_read_as_title({"authors": "", "title": "K. Pietrzyk", "container": "Kodeks cywilny. Komentarz"})
    >>> ref["authors"], ref["title"]
    ('K. Pietrzyk', '')

    So is a person's full name before a commentary cited by its margin number (`Rainer Obermaier, in: B. Kessel
    (Hrsg.), Charta der Vereinten Nationen. Kommentar, 1991, Art. 103 Rn. 12`): a chapter's title cites no margin number.

    >>> author_read_as_title({"title": "Rainer Obermaier", "container": "Charta. Kommentar, 1991, Art. 103 Rn. 12"})["authors"]
    'Rainer Obermaier'
    """
    title, container = (ref.get("title") or "").strip(), (ref.get("container") or "").strip()
    if not (ref.get("authors") or "").strip() and container and (_INITIALS_NAME.fullmatch(title) or (
            _MARGIN.search(f"{container} {ref.get('pages') or ''}") and len(title.split()) >= 2 and is_name(title))):
        ref.update(authors=title, title="")
        tail = _COMMENTARY_TAIL.search(container) if not ref.get("year") else None
        if tail:  # (the commentary's year and the article and margin number cited, left in its container)
            ref.update(container=container[:tail.start()], year=tail.group("year"), pages=ref.get("pages") or tail.group("cited"))
    return ref


# a commentary's margin number: `Rn. 12`, `Rz 4`, `MN 28`; its year and the provision cited ending the container
_MARGIN = compiled(r"(?<![^\W_])(?:Rn|Rz|MN)\.?\s*\d")
_COMMENTARY_TAIL = compiled(rf",\s*(?P<year>{YEAR}),\s*(?P<cited>(?:Art\.|§)\s*\d[^,]*?(?:Rn|Rz|MN)\.?\s*\d+)\s*\.?$")
