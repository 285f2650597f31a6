"""A list of abbreviations whose entries give the code, a comma (or a dash) and the name: ``Abreviaturas: ARAy,
Archivo Regional de Ayacucho; ALP, Archivo de La Paz.``

Spanish, Portuguese and Latin American articles (and many English ones) open their notes with such a list, the
entries split by semicolons, a comma (not ``=``, which `definitions` reads) between a code and its name. The shape is
the whole note: every entry opens with a code (a word without spaces holding at least two capitals) then a comma and a
name; a note that cites something (`ARAy, Protocolos, leg. 45; ALP, caja 3`) has numbers in its entries and is not a
list. Whether each name is an archive's is for the caller (`definitions`).
"""

from __future__ import annotations

import re
from ..patterns import compiled

# `ARAy, Archivo Regional de Ayacucho`, `ANH/C, Archivo Nacional de Historia, Sección del Azuay (Cuenca)`; a dash
# between them as well (`AHG – Arquivo Histórico de Goa`)
_ENTRY = compiled(r"\s*(?P<abbr>[^\W\d_][\w./-]{1,11})(?:,|\s+[–—-])\s+(?P<name>[^\W\d_][^;\d]*?)\s*\.?\s*$")
# the word that opens the list, `Abreviaturas:`, `Abbreviations:`, `Siglas:` (any word and a colon)
_HEAD = compiled(r"^\s*[^\W\d_]{3,20}\s*:\s*")
# a word's abbreviation the same list explains beside the archives' codes: small letters ended by a full stop
# (`exp.`, `leg.`, `f./ff.`)
_WORD_ABBREVIATION = compiled(r"[^\W\d_]{1,6}\.(?:/?[^\W\d_]{1,6}\.)*")
# the town in brackets after a name, `Sección del Azuay (Cuenca)`: the rest, commas and all, is the name
_TOWN = compiled(r"\s*\((?P<town>[^()]+)\)$")


def comma_list(text: str) -> list[tuple[int, int, str, str, str]]:
    """The (start, end, code, name, town) of each entry when ``text`` is a list of ``CODE, Name`` entries; else nothing.

    >>> comma_list("Abreviaturas: ARAy, Archivo Regional de Ayacucho; ALP, Archivo de La Paz.")
    [(14, 48, 'ARAy', 'Archivo Regional de Ayacucho', ''), (50, 72, 'ALP', 'Archivo de La Paz', '')]
    >>> comma_list("Siglas: AN/C, Archivo Nacional, Sección X (Quito); AL, Archivo Y.")[0][3:]
    ('Archivo Nacional, Sección X', 'Quito')
    >>> [entry[2:4] for entry in comma_list("Abreviaturas: AHG – Arquivo Histórico de Goa; cx. – caixa; ARM – Arquivo X.")]
    [('AHG', 'Arquivo Histórico de Goa'), ('ARM', 'Arquivo X')]
    >>> comma_list("ARAy, Protocolos Notariales, leg. 45; ALP, caja 3.")
    []
    >>> [entry[2] for entry in comma_list("Siglas: AX, Archivo X; leg., legajo; AY, Archivo Y.")]
    ['AX', 'AY']
    >>> [entry[2] for entry in comma_list("Abbreviations: AX, Archives of X; F., Fasli year; AY, Archives of Y.")]
    ['AX', 'AY']
    """
    if ";" not in text or any(c.isdigit() for c in text):
        return []
    head = _HEAD.match(text)
    entries, at = [], head.end() if head else 0
    for part in text[at:].split(";"):
        m = _ENTRY.match(part)
        if m is not None and _WORD_ABBREVIATION.fullmatch(m.group("abbr")):
            # (`exp., expediente`, `f./ff., folio(s)`, `F., Fasli year`: the list's words, no archive's code)
            at += len(part) + 1
            continue
        if m is None or sum(c.isupper() for c in m.group("abbr")) < 2:
            return []
        start = at + m.start("abbr")
        town = _TOWN.search(m.group("name"))
        name = m.group("name")[:town.start()] if town else m.group("name")
        entries.append((start, at + m.end("name"), m.group("abbr"), name, town.group("town") if town else ""))
        at += len(part) + 1
    return entries if len(entries) >= 2 else []


def listed_name(entry: str, name: str, town: str) -> str:
    """The name an entry of a list of abbreviations gives: all of the entry but its town, when ``name`` (read, as a
    bracketed definition's is, from the entry's end) is only its last part. A list entry holds nothing but the name,
    so a body before its department is the name's too.

    >>> listed_name("Bayer AG, Corporate History & Archives, Leverkusen", "Corporate History & Archives", "Leverkusen")
    'Bayer AG, Corporate History & Archives'
    >>> listed_name("Archives départementales du Rhône (Lyon)", "Archives départementales du Rhône", "Lyon")
    'Archives départementales du Rhône'
    """
    whole = entry.strip().rstrip(".").strip()
    if town:
        whole = re.sub(rf"\s*(?:,\s*{re.escape(town)}|\(\s*{re.escape(town)}\s*\))$", "", whole)
    if whole != name and whole.endswith(name) and whole[:1].isupper() and not any(c.isdigit() for c in whole) \
            and len(whole.split()) <= 12:
        return whole
    return name
