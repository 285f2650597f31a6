"""Fonds and series an article abbreviates itself: `ACS, Ministero delle finanze, Direzione generale del Tesoro (d'ora
in poi DGT), b. 45`, then `DGT, b. 47` or `ACS, DGT, b. 46`.

A historian who cites one fonds often gives it a short name of their own with the article's word for "hereafter",
as for an archive, but after the archive's name: `…, BP Archive, University of Warwick (hereafter BP), among the
Managing Director's correspondence (hereafter MD files), ARC 70412`; `(BArch, R 3601; im Folgenden: RKO)`. No data
file can know such a name: it is learnt per article from the text. From then on the short name stands for that
fonds of that archive, so a later note that opens with it (`MD files, ARC 70415`, `RKO, Nr. 1302`, `FSR, carton
14`) cites the archive the definition named, with the short name as its fond (written as the note prints it, as the
house writes a later abbreviated fond: `APC`, `RSC`). The definition's brackets are no part of the fond, collection
or unit they follow.
"""

from __future__ import annotations

import re

from .archives import Archive, ArchiveMatcher
from .referencecodes import reference_code_fields
from .words import alternation
from ..patterns import compiled

_HEREAFTER = alternation("hereafter.csv")

# `(hereafter MD files)`, `(im Folgenden: Rep. 87 B)`, `(BArch, R 3601; im Folgenden: RKO)`: the short name after a
# word for "hereafter" in brackets, perhaps after the reference it abbreviates
_DEFINED = compiled(rf"\((?P<before>[^()]{{0,80}}[;,]\s*)?(?:{_HEREAFTER})\s*[:,–—-]?\s*"
                    rf"(?P<abbr>[^\W\d_][^()\s]{{0,11}}(?:\s[^()\s]{{1,11}}){{0,2}})\s*\)", re.IGNORECASE)
# the same brackets inside a field read from the citation
_IN_FIELD = compiled(rf"\s*\((?:[^()]{{0,80}}[;,]\s*)?(?:{_HEREAFTER})\b[^()]*\)", re.IGNORECASE)
# where a citation's clause ends: a sentence or a semicolon between the archive named and the definition
_CLAUSE_END = compiled(r"[;]|[^\W\d_]{2}\.\s")
_NUMBER_AFTER = compiled(r"\s*\d")
_WORD_START = compiled(r"(?:^|(?<=[\s(–—,]))\S")


def learn_fond_codes(text: str, matcher: ArchiveMatcher) -> list[tuple[int, int]]:
    """Teach ``matcher`` the short names ``text`` (a note) gives to fonds of an archive it names; the spans of the
    brackets that define them and name nothing else (`(BArch, R 3601; im Folgenden: RKO)`: the fonds is named to be
    given its short name, not cited).

    >>> from histkit.citations.archives import default_matcher
    >>> matcher = default_matcher().copy()
    >>> learn_fond_codes("TNA, Records of the Mint (hereafter Mint papers), box 4.", matcher)
    [(25, 48)]
    >>> matcher.match("Mint papers, box 5")[0].code
    'TNA'

    >>> learn_fond_codes("NARA, Record Group (henceforth RG) 65/A1-136/122, report.", matcher)
    []

    A definition of the archive itself (`The National Archives, Kew (hereafter TNA)`) and one with no archive named
    before it in the same clause (a journal's, `Kwartalnik Historyczny (hereafter KH)`) teach nothing here.
    """
    taught, spans = {}, []
    for m in _DEFINED.finditer(text):
        abbr = m.group("abbr").rstrip(".,;:")
        if _NUMBER_AFTER.match(text, m.end()):
            continue  # `Record Group (henceforth RG) 65/A1-136`: the short name of a level's word, its number after it
        named = _archive_before(text, m.start() + 1 + len(m.group("before") or ""), matcher, abbr)
        if named is None:
            continue
        archive, end = named
        before_bracket = text[:m.start()].rstrip()
        name = re.split(r"[,;(]", before_bracket)[-1].strip()
        own = matcher.codes.get(abbr)
        if (own is not None and own.code == archive.code) or (end >= m.start() and not m.group("before")) or \
                _CLAUSE_END.search(text, end, m.start()) or _names_archive(name, matcher, abbr):
            continue  # the archive's own short name, or a definition outside the archive's citation
        matcher.define(abbr, archive)
        taught[abbr] = archive
        spans.append((m.start(), m.end()))
    if taught:
        matcher.fond_codes = {**getattr(matcher, "fond_codes", {}), **taught}
    return spans


def _archive_before(text: str, at: int, matcher: ArchiveMatcher, abbr: str) -> tuple[Archive, int] | None:
    """The last archive the text before ``at`` names (by name or code), and where its mention ends; not one the
    definition itself made of the fonds' name (the readers of archives' definitions take any name for an archive's)."""
    found = None
    for w in _WORD_START.finditer(text, 0, at):
        hit = matcher.match(text[w.start():at])
        if hit is not None and hit[1] > 0 and hit[0].code != abbr:
            found = (hit[0], w.start() + hit[1])
    return found


def _names_archive(name: str, matcher: ArchiveMatcher, abbr: str) -> bool:
    hit = matcher.match(name) if name else None
    return hit is not None and hit[1] >= len(name) - 1 and hit[0].code != abbr


def fond_code_fields(row: dict, text: str, matcher: ArchiveMatcher) -> None:
    """Put in ``row`` (read from ``text``) the fond an article's short name names, and drop definitions' brackets from
    its fond, collection and unit.

    >>> from histkit.citations.archives import default_matcher
    >>> matcher = default_matcher().copy()
    >>> _ = learn_fond_codes("TNA, Records of the Mint (hereafter Mint papers), box 4.", matcher)
    >>> row = {"kind": "archival", "archive": "TNA", "fond": "", "collection": "", "unit": "box 5"}
    >>> fond_code_fields(row, "Mint papers, box 5, letter of 3 May 1890.", matcher)
    >>> row["fond"], row["unit"]
    ('Mint papers', 'box 5')
    >>> row = {"kind": "archival", "archive": "TNA", "fond": "Records of the Mint (hereafter Mint papers)", "unit": "4"}
    >>> fond_code_fields(row, "", matcher)
    >>> row["fond"]
    'Records of the Mint'
    >>> row = {"kind": "archival", "archive": "TNA", "fond": "pos. 3", "collection": "", "unit": "box 6"}
    >>> fond_code_fields(row, "Mint papers, pos. 3, box 6.", matcher)
    >>> row["fond"], row["unit"]
    ('Mint papers', 'pos. 3, box 6')
    """
    codes = getattr(matcher, "fond_codes", {})
    for abbr, archive in codes.items():  # (the citation that defined it may have taught it again as an archive's)
        if matcher.codes.get(abbr) != archive:
            matcher.define(abbr, archive)
    if row.get("kind") != "archival":
        return
    reference_code_fields(row)  # (`EAA.1.2.345`: fond `EAA.1`, unit `2.345`, `referencecodes`)
    if row.get("fond") in codes:  # the note that defines the short name prints the fonds' name: that is its fond
        named = next((m for m in _DEFINED.finditer(text) if m.group("abbr").rstrip(".,;:") == row["fond"]), None)
        name = re.split(r"[,;(]", text[:named.start()].rstrip())[-1].strip() if named and not named.group("before") else ""
        row["fond"] = name or row["fond"]
    for key in ("fond", "collection", "unit"):
        if "(" in (row.get(key) or ""):
            row[key] = _IN_FIELD.sub("", row[key]).strip(" ,")
    if not codes:
        return
    if row.get("fond"):
        _below_short_name(row, text, codes)
        return
    for abbr, archive in codes.items():
        if archive.code != row.get("archive"):
            continue
        m = re.search(rf"(?<!\w){re.escape(abbr)}(?=\s*,)", text)
        if m is not None and abbr not in (row.get("collection") or "") + (row.get("unit") or ""):
            row["fond"] = abbr
            return


def _below_short_name(row: dict, text: str, codes: dict) -> None:
    """A citation that opens with a fonds' short name, whose next part, a number, was read as the fond (`ASMAI, pos.
    3/3, fasc. 14`: `pos.` is no unit word): that part is the first link of the unit's chain, the short name the fond
    (not a code in capitals, a fond's own: `Bundesarchiv-Militärarchiv (henceforth BA-MA)`, then `BA-MA, RM 7/1100`).
    (A name there is left alone: `Schomburg, … Papers` opens with a code the article also gives its archive.)"""
    opening = text.lstrip()
    for abbr, archive in codes.items():
        if archive.code == row.get("archive") and row["fond"] != abbr and re.match(rf"{re.escape(abbr)}\s*,", opening) \
                and not row.get("collection") and opening.find(row["fond"]) > len(abbr) and any(map(str.isdigit, row["fond"])) \
                and row["fond"][:1].islower():  # (`pos. 3/3`, a link's word; not a fond's code, `BA-MA, RM 7/1100`)
            row["fond"], row["unit"] = abbr, ", ".join(part for part in (row["fond"], row.get("unit")) if part)
            return
