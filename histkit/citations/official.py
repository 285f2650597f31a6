"""Official documents of international and state bodies, cited by their document symbols (kind ``official``).

A historian of international law, human rights, European integration or
decolonisation cites the published documents of organisations and governments
by the symbol their issuer gave them, not as a work of the literature:
`CRC Committee, concluding observations …, 27 June 2022, CRC/C/PRY/CO/7-9, par. 40`,
`UN Doc. A/RES/61/217 (19 December 2006)`, `UNGA Res 1514 (XV)`, `KOM(2002) 517
endgültig`, `CM/Rec(2011)9`, `C.112.M.37.1930.VI.B` (the League of Nations),
`Cmnd 1234`, `H.R. Doc. No. 157`. `find_symbol` tells a symbol in a citation,
`read_official` reads the body, symbol, description, date and paragraph.

The knowledge is ``histkit/data/citations/official_documents.csv``, by kind:
``prefix`` a slashed symbol's first part (`A`, `S`, `E/…`, `CRC`, `CCPR`);
``series`` a symbol that runs to the comma (`OEA/Ser.G …`); ``lead`` the words
before a symbol that are not part of it (`UN Doc.`, `Doc. ONU`, `Dok.`);
``numbered`` a word before a number (`Cmd.`, `Cmnd`, `H.R. Doc. No.`),
``numbered_long`` one before four or five digits (`Doc. 12873`, the Council of
Europe's Parliamentary Assembly; a published edition's `doc. 45` is none);
``dated`` a word before a bracketed year and a number (`COM(2001) 428`,
`CM/Rec(2010)5`, `P6_TA(2006)0321`) and ``final`` the word after it
(`final`, `endgültig`); ``resolution`` a word before a resolution's number
and session or year (`Res 1514 (XV)`, `résolution 1587 (XV)`), ``organ`` the initials of the organ before
`Res.` that make any number after it a resolution's (`S.C. Res. 1234`); ``records`` the titles of an organ's
official records cited without a symbol (`Yearbook of the International Law Commission`, `U.N. SCOR`); ``views`` the
words of a treaty body's views on a communication, which are a ``case``, as a
communication's symbol (`CCPR/C/38/D/171/1984`) is; ``description`` the words
of a treaty body's documents (`concluding observations`, `General Comment`).
The League of Nations' symbols (`C.356.M.243.1932.VI`) and the Council of the
EU's (`Dok. 9876/04 SOC 210`) are told by their shape.

Published editions of documents (`FRUS`, `Documents diplomatiques français`,
cited by `doc.` and a short number), treaties and a parliament's debates are
not official documents here: they stay literature, legislation, parliament.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ..dates import find_date_groups
from ..patterns import compiled
from .notetext import set_date
from .paperseries import published_paper
from .words import alternation, form_pattern, forms, spellings_of

__all__ = ["Symbol", "find_symbol", "official_kind", "official_tail", "read_official"]

_FILE = "official_documents.csv"
_EDGE = r"(?<![\w/.])"  # a symbol opens no word (`FO 371/1234`'s `1234` is none; nor `MS A/123`'s `A`)
# a slashed symbol's later parts: `RES`, `PV.946`, `CN.4`, `C.3`, `CO/7-9`, `Add.2` (or `Add. 13`), `1514(XV)`
_PART = r"/(?:(?:Add|Rev|Corr)\.\s?\d+|[A-Za-z0-9][\w.\-]*)(?:\([IVXLC]+\))?"
_LEAGUE = r"[CA]\.\s?\d{1,4}\s?\.\s?M\.\s?\d{1,4}\s?\.\s?(?:1[89]|20)\d\d(?:\s?\.\s?[IVX]+(?:\s?\.\s?[A-Z]\b)?)?"
_COUNCIL = r"\d{3,5}/\d{2}(?:\s+[A-Z]{2,}\s+\d{1,4})+"  # after a lead word: `Dok. 9876/04 SOC 210`


class Symbol(NamedTuple):
    """A document symbol in a citation: where it is (the lead word before it, if any, left out) and its family."""

    start: int
    end: int
    unit: str
    family: str  # slashed, series, league, council, numbered, dated, resolution, records
    lead: int  # where a lead word (`UN Doc.`) before it starts, else ``start``


@functools.cache
def _patterns() -> list[tuple[str, re.Pattern]]:
    # (each but the council's after a look-ahead of the letters its match opens with, `first_letters`: opening with a
    # look-behind, each is tried at every character of a citation; one test of the class passes over most, to the
    # same matches: the ten patterns over the 7,313 pieces the corpus's PDFs ask about, 0.20 -> 0.12 s)
    prefix, lead = alternation(_FILE, "prefix"), alternation(_FILE, "lead")
    final = alternation(_FILE, "final")
    # (a one-letter organ's symbol needs two parts, or one with a number: `A/RES/…`, `S/PV.946`, `A/4684`; not a
    # company's `A/S`, the PCIJ's `Series A/B`, `A/12`)
    slashed = first_letters("prefix") + rf"{_EDGE}(?:{prefix})(?:(?:{_PART}){{2,}}|/(?:[A-Z][\w\-]*\.\d+|\d{{3,}})(?![\w/]))"
    return [
        ("series", compiled(first_letters("series") + rf"{_EDGE}(?:{alternation(_FILE, 'series')})[A-Z][^,;]*[^,;\s.]")),
        ("league", compiled(rf"(?=[CA]){_EDGE}{_LEAGUE}")),
        # (the Commission's symbols named the year by two digits until 1999: `KOM(95) 245 endg.`, `COM(88) 12 final`)
        ("dated", compiled(first_letters("dated") + rf"{_EDGE}(?:{alternation(_FILE, 'dated')})\s?\((?:(?:1[89]|20)\d\d|\d\d)\)"
                           rf"\s?\d{{1,4}}(?:\s+(?:{final})(?![\w]))?")),
        ("slashed", compiled(slashed)),
        ("council", compiled(rf"(?:{lead})\s*({_COUNCIL})")),
        ("numbered", compiled(first_letters("numbered") + rf"{_EDGE}(?:{alternation(_FILE, 'numbered')})\s?(?:\d{{1,5}}\b|[A-Z]\b)")),
        ("numbered", compiled(first_letters("numbered_long") + rf"{_EDGE}(?-i:{alternation(_FILE, 'numbered_long')})"
                               r"\s?\d{4,5}\b(?![/.]\d)")),
        # (or its year in brackets, as the Security Council's are cited: `SC Res. 1267 (1999)`; or any number after
        # the organ's initials, as the Bluebook cites them: `S.C. Res. 1234, ¶ 3 (Apr. 2, 1999)`, `G.A. Res. 2625`)
        ("resolution", compiled(first_letters("resolution") + rf"{_EDGE}(?:{alternation(_FILE, 'resolution')})\s+\d{{1,4}}"
                                rf"(?:\s?\((?:[IVXL]+|ES-[IVX]+|(?:19|20)\d\d)\)|/\d{{1,3}}\b)")),
        ("resolution", compiled(first_letters("organ") + rf"{_EDGE}(?:{alternation(_FILE, 'organ')})\s?"
                                rf"(?:{alternation(_FILE, 'resolution')})\s+\d{{1,4}}(?![\d/])")),
        # an organ's official records by their title, cited with no symbol (`Yearbook of the International Law Commission
        # 1966, vol. II, p. 214`, `YbILC (2011), vol. II`, `U.N. SCOR, 54th Sess.`)
        ("records", compiled(first_letters("records") + rf"(?<![\w])(?:{alternation(_FILE, 'records')})(?![\w])")),
    ]


def first_letters(kind: str) -> str:
    """A look-ahead of the letters the forms of ``kind`` (``official_documents.csv``) open with, in any of their
    spellings, to stand before a pattern whose match opens with one of those forms; ``""`` where a form may open with
    a space or an apostrophe (which match more), or the kind has none (its pattern then matches nothing).

    >>> first_letters("series"), re.match(first_letters("numbered_long") + "Doc", "Doc. 12873") is not None
    ('(?=[O])', True)
    """
    firsts = {form[:1] for form in forms(_FILE, kind)}
    # (a space's pattern matches any white space, an apostrophe's its look-alikes: a form opening so may open otherwise)
    if not firsts or any(form_pattern(first) not in (re.escape(first), f"[{spellings_of(first)}]") for first in firsts):
        return ""
    return "(?=[" + "".join(sorted({re.escape(s) for first in firsts for s in spellings_of(first)})) + "])"


@functools.cache
def _lead_before() -> re.Pattern:
    return compiled(rf"(?:{alternation(_FILE, 'lead')})\s*$")


def find_symbol(text: str) -> Symbol | None:
    """The first document symbol of ``text`` by family (a slashed one before a resolution's number), or None.

    >>> find_symbol("UN Doc. A/RES/61/217 (19 December 2006), para. 9.")[2:]
    ('A/RES/61/217', 'slashed', 0)
    >>> [find_symbol(t).unit for t in ("Cmnd 1234 (1960)", "KOM(2002) 517 endgültig, 12.9.2002", "UNGA Res 1514 (XV)")]
    ['Cmnd 1234', 'KOM(2002) 517 endgültig', 'Res 1514 (XV)']
    >>> find_symbol("FRUS, 1964–1968, vol. XXXII (Washington: GPO, 2005), doc. 45.") is None
    True
    """
    for family, pattern in _patterns():
        match = pattern.search(text)
        if match is None:
            continue
        start, end = (match.start(1), match.end(1)) if family == "council" else match.span()
        unit = text[start:end].rstrip(".") if family in ("slashed", "series") else text[start:end]
        lead = _lead_before().search(text, 0, start)
        return Symbol(start, start + len(unit), unit, family, lead.start() if lead else start)
    return None


def official_kind(text: str) -> str:
    """``official`` for a citation holding a document symbol (`find_symbol`), ``""`` for anything else.

    >>> official_kind("CRC Committee, concluding observations, 27 June 2022, CRC/C/PRY/CO/7-9, par. 40.")
    'official'
    >>> official_kind("TNA, FO 371/12345"), official_kind("Eley, Forging Democracy (Oxford, 2002), 45")
    ('', '')

    Also one with no symbol that opens with a treaty body's numbered document, after its body if any (`CESCR
    Committee, General Comment No. 12: The Right to Adequate Food, cit., par. 1`): its repeat by title.
    """
    symbol = find_symbol(text)
    if symbol is not None and symbol.family == "numbered" and published_paper(text, symbol.start, symbol.end):
        return ""  # (`Home Office, Title (Cm 3187, 1996)`: a white paper cited as a book, `paperseries`)
    return "official" if symbol is not None or _described().match(text) else ""


@functools.cache
def _described() -> re.Pattern:
    return compiled(rf"(?:[^,;:‘’“”'\"«]{{2,80}},\s+)?(?:{alternation(_FILE, 'description')})\s+"
                    r"(?:No\.?|no\.|n[°º]|n\.º|Nr\.|núm\.)\s?\d{1,3}\b")


@functools.cache
def _views() -> re.Pattern:
    return compiled(rf"(?<!\w)(?:{alternation(_FILE, 'views')})(?!\w)")


_PARTIES = compiled(r"\S\s+(?:v\.|c\.|vs\.|gegen)\s+[A-ZÀ-Ý]")
_PINPOINT = compiled(r"(?<!\w)(?:paras?\.?|par\.|§§?|párrs?\.|Ziff\.|pp?\.|S\.|Rn\.|cols?\.)\s*"
                     r"(?P<pages>\d[\d.]*(?:\s*[-–]\s*\d[\d.]*)?(?:\s*(?:,|and|et|y|und)\s*\d[\d.]*(?!\s*\w{3}))*)")
_BRACKET_YEAR = compiled(r"\((?:[^()]*?[\s,:])?((?:1[89]|20)\d\d)\)")


def read_official(text: str) -> dict:
    """What an official document's citation says: its body (``collection``), symbol (``unit``), description
    (``title``), date and paragraph or page (``pages``); ``kind`` ``case`` for a treaty body's views on a communication.

    >>> row = read_official("CRC Committee, concluding observations on Paraguay, 27 June 2022, CRC/C/PRY/CO/7-9, par. 40.")
    >>> [row[k] for k in ("kind", "collection", "unit", "title", "date_start", "pages")]
    ['official', 'CRC Committee', 'CRC/C/PRY/CO/7-9', 'concluding observations on Paraguay', '2022-06-27', '40']
    >>> row = read_official("Report of the Buganda Inquiry, Cmnd 1387 (1961).")
    >>> [row[k] for k in ("unit", "title", "date_start", "date_end", "date_precision")]
    ['Cmnd 1387', 'Report of the Buganda Inquiry', '1961-01-01', '1961-12-31', 'year']
    """
    row = {"kind": "official"}
    symbol = find_symbol(text)
    if symbol is None:  # (a document's repeat by its title: `_described`; what its title and body are, no symbol)
        cut = _PINPOINT.search(text) or re.search(r",\s*(?:op\.\s*)?cit\.", text)
        symbol = Symbol(*(2 * [cut.start() if cut else len(text)]), "", "", cut.start() if cut else len(text))
    row["unit"] = symbol.unit
    blank = text[:symbol.start] + " " * (symbol.end - symbol.start) + text[symbol.end:]  # (its year is not the date)
    days = [d for d in find_date_groups(blank) if d.precision != "year"]
    if days:
        set_date(row, days)
    else:
        year = _BRACKET_YEAR.search(blank)
        if year:
            set_date(row, find_date_groups(year.group(1)))
    pinpoint = _PINPOINT.search(text, symbol.end) or _PINPOINT.search(text)
    if pinpoint:
        row["pages"] = re.sub(r"\s*(?:and|et|y|und)\s*", ", ", pinpoint.group("pages")).rstrip(".")
    if ("/D/" in symbol.unit or _views().search(text)) and (_PARTIES.search(text) or "/D/" in symbol.unit):
        row["kind"] = "case"  # views on a communication: a decision between parties
    parts = [p.strip() for p in re.split(r",\s+", text[:symbol.lead]) if p.strip()]
    parts = [p for p in parts if not any(d.precision != "year" for d in find_date_groups(p)) and p.rstrip(".") != "cit"]
    if len(parts) > 1:
        row["collection"], row["title"] = parts[0], ", ".join(parts[1:])
    elif parts:
        row["title"] = parts[0]
    return row


def official_tail(row: dict, tail: str) -> bool:
    """Read an Ibid.'s ``tail`` into ``row`` when the Ibid. repeats an official document and names only its paragraph
    or page (`Ibid., par. 42`, `Ebd., S. 11`, `ibid, 91`): ``pages``, not another unit; whether it did. An official
    document is one with a symbol, or a treaty body's numbered document repeated by its title (`_described`).

    >>> row = {"unit": "CRC/C/PRY/CO/7-9", "pages": "40"}
    >>> official_tail(row, "par. 42"), row["pages"], official_tail({"unit": "FO 371/1"}, "par. 42")
    (True, '42', False)
    """
    tail = tail.strip(" ,.")
    if not tail or (find_symbol(row.get("unit") or "") is None and not _described().match(row.get("title") or "")):
        return False
    pinpoint = _PINPOINT.fullmatch(tail) or re.fullmatch(r"(?:at\s+)?(?P<pages>\d[\d.\s,–-]*)", tail)
    if pinpoint is None:
        return False
    row["pages"] = re.sub(r"\s*(?:and|et|y|und)\s*", ", ", pinpoint.group("pages")).strip(" ,.")
    return True
