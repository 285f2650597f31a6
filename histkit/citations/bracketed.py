"""An archive named in brackets at the end of a citation, often after its town.

French and Italian notes describe the document first and put where it lies in
brackets last: ``Lettre du consul, 2.5.1791 (Lyon, AML, 3 WP 12)``,
``Promemoria per il Duce, 2.5.1938 (Roma, ACS, SPD, CR, b. 45)``; or the
holding first and the archive alone in brackets: ``PIDE/DGS, proc. 1234/43
SR, NT 2345 (ANTT)``. The brackets hold the archive (and the shelfmark, if
any); the words before them are the document's title and date, or its holding.
A name then its code in brackets (``Riksarkivet, Stockholm (RA)``) defines the
code: that is no such citation. A writer telling of a letter in prose may date it there and put only where it lies in
brackets right after the date (``Paoli écrit à son frère le 14 novembre 1764 (ASBo, …, b. 45)``): `date_before_bracket`.
"""

from __future__ import annotations


from .archives import Archive, ArchiveMatcher
from ..dates import find_date_groups, find_dates, says_undated
from .holdings import describe, is_place_token, parse_archival
from .notetext import KEPT_LENGTH, set_date, split_commas
from .references import cites_publication
from .words import archive_word
from ..patterns import compiled

# a unit's word just before a number that looks like a year: `códice 1457`, `box 1812` number a unit, date nothing
_NUMBERED = compiled(r"[^\W\d_]\.?\s$")

# the last bracket of a citation, with at most a full stop after it
_LAST_BRACKET = compiled(r"\((?P<inner>[^()]{2,120})\)\s*\.?\s*$")


def archive_in_brackets(piece: str, matcher: ArchiveMatcher) -> tuple[Archive, int, int] | None:
    """The archive a citation names in its last brackets: the archive, where its name starts and ends in ``piece``.

    >>> from histkit.citations.archives import default_matcher
    >>> piece = "Lettre du consul, 2.5.1791 (Lyon, AML, 3 WP 12)."
    >>> archive, start, end = archive_in_brackets(piece, default_matcher())
    >>> archive.code, piece[start:end]
    ('AML', 'AML')

    None when the brackets hold no archive's name or code (a town, a
    publisher), when the citation is a publication, when nothing in it is a
    number (no document is pointed to), when the brackets hold a dated
    citation of their own, or when they define the code of the archive
    named just before them.
    """
    if len(piece) > KEPT_LENGTH:
        return _archive_in_brackets(piece, matcher)
    return matcher.remember(("archive in brackets", piece), lambda: _archive_in_brackets(piece, matcher))


def _archive_in_brackets(piece: str, matcher: ArchiveMatcher) -> tuple[Archive, int, int] | None:
    m = _LAST_BRACKET.search(piece)
    if m is None or m.start() == 0 or not any(map(str.isdigit, piece)):
        return None
    before = piece[:m.start()]
    if cites_publication(before) or _names_archive(before, matcher):
        return None
    inner, pos = m.group("inner"), m.start("inner")
    if any(d.precision != "year" or not _NUMBERED.search(inner, 0, d.start) for d in find_dates(inner)):
        return None  # `… reported (TNA, FO 371/1, Mallet to Eden, 2 March 1953)`: a whole citation in brackets
    first = inner.split(",", 1)[0]
    if "," in inner and is_place_token(first.strip()) and not _whole_name(first.strip(), matcher):
        pos += len(first) + 1  # `(Lyon, AML, …)`: the archive's town first
    skip = len(piece[pos:]) - len(piece[pos:].lstrip())
    pos += skip
    hit = matcher.match(piece[pos:m.end("inner")])
    if hit is None or piece[pos + hit[1]:m.end("inner")].strip()[:1] not in ("", ","):
        return None
    return hit[0], pos, pos + hit[1]


def parse_archive_in_brackets(text: str, archive: Archive, start: int, name_end: int) -> dict:
    """The fields of a citation whose archive `archive_in_brackets` found at ``text[start:name_end]``.

    >>> row = parse_archive_in_brackets("Memorandum, 2.5.1939 (Belgrade, AJ, 37, f. 22)", Archive("AJ", "Arhiv Jugoslavije"), 32, 34)
    >>> row["fond"], row["unit"], row["title"], row["date_start"]
    ('37', 'f. 22', 'Memorandum', '1939-05-02')

    What follows the archive inside the brackets is the holding, and the
    words before the brackets describe the document; with the archive alone
    in the brackets, undated words before them are the holding.
    """
    opening = text.rfind("(", 0, start)
    before = text[:opening].rstrip(" ,")
    holding = text[start:text.rfind(")")]
    if holding[name_end - start:].strip(" ,") or find_dates(before):
        row = parse_archival(holding, archive, name_end - start)
        return describe(row, before)
    code = text[start:name_end]
    return parse_archival(f"{code}, {before}", archive, len(code))


def _whole_name(token: str, matcher: ArchiveMatcher) -> bool:
    hit = matcher.match(token)
    return hit is not None and hit[1] == len(token)


def _names_archive(before: str, matcher: ArchiveMatcher) -> bool:
    """Whether the words just before the brackets name an archive (`Riksarkivet, Stockholm (RA)`): a definition."""
    parts = split_commas(before)[-2:]
    return any(archive_word().search(p) or _whole_name(p, matcher) for p in parts)


# what may stand between the date and the bracket: spaces, a comma
# (the full-width bracket and commas of a Chinese or Japanese note too: `…明治18年2月4日（山口県文書館所蔵、…）`)
_BEFORE_BRACKET = compiled(r"[\s,，、]*[(（]\s*$")


def date_before_bracket(row: dict, text: str, raw: str) -> None:
    """Give an undated archival ``row`` read from ``raw`` the date that ends ``text`` just before ``raw``'s bracket: the
    splitter cuts the brackets' holding out of the sentence, which read alone has no date; when the brackets give none
    and say nothing of it being undated, a day or a month ending the sentence just before the bracket opens (nothing but
    a space or a comma between) is the document's date.

    >>> row = {"kind": "archival", "date_start": ""}
    >>> date_before_bracket(row, "Il écrit le 14 novembre 1764 (ASBo, b. 45, fasc. 3).", "ASBo, b. 45, fasc. 3")
    >>> row["date_start"], row["date_end"]
    ('1764-11-14', '1764-11-14')
    >>> row = {"kind": "archival", "date_start": ""}
    >>> date_before_bracket(row, "In 1764 he wrote (ASBo, b. 45).", "ASBo, b. 45")
    >>> row["date_start"]
    ''
    """
    if row.get("kind") != "archival" or row.get("date_start") or says_undated(raw):
        return
    at = text.find(raw)
    if at <= 0:
        return
    bracket = _BEFORE_BRACKET.search(text, 0, at)
    if bracket is None:
        return
    before = text[:bracket.start()]
    dates = [d for d in find_date_groups(before[-60:]) if d.precision in ("day", "month")]
    if dates and dates[-1].end == len(before[-60:]):
        set_date(row, dates[-1:])
