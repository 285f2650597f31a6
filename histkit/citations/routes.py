"""How a cited document was reached, which is no field of its holding: a portal, a scan online, a microfilm, a copy.

A historian names the archive and the call number of a document and then, at the end of the citation, how it was
read: `…, Diözesanarchiv Brixen, eingesehen über Matricula, https://data.matricula-online.eu/`, `…, Archivio storico
diocesano di Trieste, consultato in riproduzione digitale su FamilySearch`, `…, Archiwum Archidiecezjalne w
Przemyślu, dostęp online: https://…`, `…, k. 45, mikrofilm u Arhivu Jugoslavije`. The archive is the one whose
holding is cited; the route's portal, address or copy is where it was seen, not where it lies. The words that open a
route are ``route_words.csv`` (a row: a phrase that, after a comma, says how the document was seen, and its
languages); `without_route` blanks the route from its comma (or the semicolon a note parts it by: `…, 12.6.1742;
digitised by …`) to the note's end, so that the holding ends the citation as it would without it and offsets hold. A
route followed by another sentence or citation is left alone.

The day a scan or a page was seen (`(accessed 3 March 2021)`, `(geraadpleegd 12 mei 2020)`, `(besökt 12 april
2021)`, `(læst 4. maj 2021)`: ``reference_words.csv``, kind ``accessed``) is the reader's, never the document's: it
is blanked wherever it stands, in brackets or after a comma, before the route is looked for (its day's full stops,
`4. maj`, would otherwise end the route as a sentence).
"""

from __future__ import annotations

import functools
import re

from ..dates import find_dates
from .words import alternation
from ..patterns import compiled


@functools.cache
def _route() -> re.Pattern:
    # (after a comma; the route runs to the note's end, a link or a portal's name and the final stop included, and
    # holds no sentence's end nor a semicolon: what follows one is another citation or a remark)
    return compiled(rf"[,;]\s*(?:{alternation('route_words.csv')})(?![^\W_])(?:[^;.]|\.(?!\s))*\.?\s*$", re.IGNORECASE)


@functools.cache
def _seen() -> re.Pattern:
    # (a number in it, a day or a year: `accessed` alone is prose; the phrase ends at its bracket, or before the comma,
    # semicolon, final stop or closing bracket that ends its clause: `(online: https://…, accessed 3 May 2021)` is no
    # imprint of place, publisher and year)
    seen = rf"(?:{alternation('reference_words.csv', 'accessed')})"
    return compiled(rf"[(\[]\s*{seen}\s*:?\s*(?=[^()\[\]]{{0,40}}\d)[^()\[\];]{{1,40}}[)\]]"
                    rf"|,\s*{seen}\s*:?\s*(?=[^,;()]{{0,40}}\d)[^,;()]{{1,40}}?(?=\s*(?:[,;)\]]|\.?\s*$))", re.IGNORECASE)


def without_access_days(text: str) -> str:
    """``text`` with each day it says a page or scan was seen on blanked (the same length).

    >>> without_access_days("NA, VOC, inv. nr. 1, 12 May 1678, https://a.nl/1 (accessed 3 March 2021).")
    'NA, VOC, inv. nr. 1, 12 May 1678, https://a.nl/1 (accessed              ).'
    >>> without_access_days("Smith to Jones, 3 May 1890, accessed 3 March 2020, https://a.org")
    'Smith to Jones, 3 May 1890, accessed             , https://a.org'
    >>> without_access_days("Arolsen Archives, 1.1.5.3/1, card, 2 May 1940 (online: https://a.org/1, accessed 3 May 2021).")
    'Arolsen Archives, 1.1.5.3/1, card, 2 May 1940 (online: https://a.org/1, accessed           ).'
    >>> without_access_days("SCOTUS, Oaths, https://a.gov (Accessed 15 November 2018)."), without_access_days("accessed files")
    ('SCOTUS, Oaths, https://a.gov (Accessed 15 November 2018).', 'accessed files')
    """
    return _seen().sub(lambda found: _day_blanked(found) if _dated(text[:found.start()]) else found.group(), text)


def _dated(text: str) -> bool:
    """Whether a date stands in ``text`` outside its web addresses (`…/oaths2009.aspx` holds no date of the work)."""
    return bool(find_dates(_ADDRESS.sub(lambda m: " " * len(m.group()), text)))


_ADDRESS = compiled(r"(?:https?://|www\.)\S*", re.IGNORECASE)


def _day_blanked(found: re.Match) -> str:
    # only where a date stands before it, the document's (a web page's reference ends at its access day, which the
    # readers of literature need: `SCOTUS, Text …, https://… (Accessed 15 November 2018).`), and the day only: the
    # access word and the brackets stay (`D.A. Green, “…” Financial Times (21 June 2017), https://… (Accessed …).
    # Green notes …`: the reference ends there)
    said = found.group()
    word = _access_word().match(said)
    kept = word.end() if word else 0
    close = said[-1] if said[-1] in ")]" else ""
    return said[:kept] + " " * (len(said) - kept - len(close)) + close


@functools.cache
def _access_word() -> re.Pattern:
    return compiled(rf"[(\[,]\s*(?:{alternation('reference_words.csv', 'accessed')})\s*:?", re.IGNORECASE)


def without_route(text: str) -> str:
    """``text`` with the route that ends it blanked (the same length), else ``text``.

    >>> without_route("Taufbuch, Bd. 9, Diözesanarchiv Brixen, eingesehen über Matricula, https://a.eu/b.")
    'Taufbuch, Bd. 9, Diözesanarchiv Brixen                                          '
    >>> without_route("TNA, FO 371/1, f. 4."), without_route("BArch, R 2/1, online über invenio. Vgl. Smith, Title.")
    ('TNA, FO 371/1, f. 4.', 'BArch, R 2/1, online über invenio. Vgl. Smith, Title.')
    """
    text = without_access_days(text)
    found = _route().search(text)
    return text if found is None else text[:found.start()] + " " * (len(text) - found.start())

