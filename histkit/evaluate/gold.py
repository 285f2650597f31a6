"""Reference gold in TEI: the literature an article's footnotes cite, one row per occurrence (`gold_references`).

The gold is a TEI file whose ``standOff/listBibl`` holds one ``biblStruct`` per
reference as printed in a note (the format of pdf-tei-editor and of GROBID's
training data). ``@source="fnN"`` ties it to footnote N; files without it
hold references in document order, tied to no note. The row keeps what the
evaluation compares: the authors' surnames (editors' when no author is
named: they are the persons a note names first), the title (the part's
when there is an ``analytic``, else the book's), the container (the journal or
book an ``analytic`` is in), year, volume, pages (``biblScope`` then
``citedRange``, as a note prints them) and the raw text when the gold gives it
(``note[@type="raw_reference"]``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple
from xml.etree import ElementTree

import pandas as pd

from ..errors import Problem

#: The columns of a gold table.
GOLD_COLUMNS = ["doc_id", "gold_seq", "note_no", "authors", "title", "container", "year", "volume", "pages",
                "cited_range", "raw", "repeat"]

_TEI = "{http://www.tei-c.org/ns/1.0}"
_NOTE_SOURCE = re.compile(r"^#?fn\s*0*(\d+)$", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(1\d{3}|20\d{2})(?!\d)")
#: Units of a cited range that are pages (a section, rule or chapter is not).
_PAGE_UNITS = ("", "page", "pp", "p")


class GoldReferences(NamedTuple):
    """The gold references of one file (`GOLD_COLUMNS`) and what could not be read as it should."""

    table: pd.DataFrame
    problems: list[Problem]


def read_gold(path: str | Path, doc_id: str | None = None) -> GoldReferences:
    """The gold references of a TEI file; ``doc_id`` defaults to the file name without ``.tei.xml``.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "art.tei.xml"
    ...     _ = path.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"><standOff><listBibl>'
    ...                         '<biblStruct source="fn2"><monogr><title level="m">Rechtssoziologie</title>'
    ...                         '</monogr></biblStruct></listBibl></standOff></TEI>', encoding="utf-8")
    ...     read_gold(path).table[["doc_id", "note_no", "title"]].values.tolist()
    [['art', '2', 'Rechtssoziologie']]

    A file that cannot be read gives an empty table and a `Problem`, never an exception.
    """
    path = Path(path)
    doc_id = doc_id if doc_id is not None else re.sub(r"(\.tei)?\.xml$", "", path.name)
    try:
        data = path.read_bytes()
    except OSError as error:
        return GoldReferences(_frame([]), [Problem(doc_id, "evaluate", f"gold not read: {error}", str(path))])
    return gold_references(data, doc_id)


def gold_references(xml: str | bytes, doc_id: str) -> GoldReferences:
    """The gold references of a TEI document given as text: one row per ``biblStruct`` of its ``standOff``.

    >>> tei = '''<TEI xmlns="http://www.tei-c.org/ns/1.0"><standOff><listBibl>
    ...   <biblStruct source="fn4"><analytic><title level="a">Arbeit als Handeln</title>
    ...     <author><persName><surname>Böhle</surname></persName></author></analytic>
    ...   <monogr><title level="m">Handbuch Arbeitssoziologie</title><imprint><date>2010</date></imprint>
    ...     <biblScope unit="page">151-176</biblScope></monogr><citedRange>160</citedRange></biblStruct>
    ... </listBibl></standOff></TEI>'''
    >>> row = gold_references(tei, "art").table.iloc[0]
    >>> row.note_no, row.authors, row.title, row.container, row.year, row.pages
    ('4', 'Böhle', 'Arbeit als Handeln', 'Handbuch Arbeitssoziologie', '2010', '151-176, 160')

    ``note_no`` is "" for a reference the gold ties to no numbered note.
    """
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as error:
        return GoldReferences(_frame([]), [Problem(doc_id, "evaluate", f"gold is not well-formed XML: {error}")])
    structs = root.findall(f".//{_TEI}standOff//{_TEI}biblStruct")
    if not structs:
        return GoldReferences(_frame([]), [Problem(doc_id, "evaluate", "no standOff/listBibl/biblStruct: no reference gold")])
    rows = [dict(_fields(struct), doc_id=doc_id, gold_seq=k) for k, struct in enumerate(structs)]
    problems = []
    odd = sorted({struct.get("source") for struct in structs if struct.get("source") and not _note_of(struct)})
    if odd:
        unlinked = sum(1 for struct in structs if struct.get("source") and not _note_of(struct))
        problems.append(Problem(doc_id, "evaluate", f"{unlinked} gold reference(s) tied to no numbered note "
                                                    f"(source {', '.join(odd)}): matched anywhere in the article"))
    return GoldReferences(_frame(rows), problems)


def _frame(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=GOLD_COLUMNS).astype({"gold_seq": "int64", "repeat": "bool"})


def _note_of(struct) -> str:
    m = _NOTE_SOURCE.match((struct.get("source") or "").strip())
    return str(int(m.group(1))) if m else ""


def _fields(struct) -> dict:
    analytic = struct.find(f"{_TEI}analytic")
    monogr = struct.find(f"{_TEI}monogr")
    parts = [p for p in (analytic, monogr) if p is not None]
    persons = next((names for names in (_surnames(p, "author") for p in parts) if names), [])
    if not persons:
        persons = next((names for names in (_surnames(p, "editor") for p in parts) if names), [])
    title = _text(_title(analytic)) if analytic is not None else _text(_title(monogr))
    container = _text(_title(monogr)) if analytic is not None else ""
    scopes = struct.findall(f".//{_TEI}biblScope")
    cited = [_span(c) for c in struct.findall(f"{_TEI}citedRange") if (c.get("unit") or "") in _PAGE_UNITS]
    pages = [_span(s) for s in scopes if s.get("unit") == "page"]
    raw = struct.find(f"{_TEI}note[@type='raw_reference']")
    return {"note_no": _note_of(struct), "authors": "; ".join(persons), "title": title, "container": container,
            "year": _year(struct), "volume": ", ".join(_span(s) for s in scopes if s.get("unit") == "volume"),
            "pages": ", ".join(p for p in pages + cited if p), "cited_range": ", ".join(p for p in cited if p),
            "raw": _text(raw) if raw is not None else "",
            # a short form (op. cit., nav. delo) that the gold marks as repeating an earlier reference
            "repeat": struct.get("type") == "repeat"}


def _surnames(part, role: str) -> list[str]:
    names = []
    for person in part.findall(f"{_TEI}{role}"):
        surname = " ".join(_text(s) for s in person.iter(f"{_TEI}surname"))
        org = " ".join(_text(o) for o in person.iter(f"{_TEI}orgName"))
        name = surname or org or _text(person)
        if name:
            names.append(name)
    return names


def _title(part):
    if part is None:
        return None
    for level in ("a", "j", "m", None):
        found = part.find(f"{_TEI}title" + (f"[@level='{level}']" if level else ""))
        if found is not None:
            return found
    return None


def _year(struct) -> str:
    dates = struct.findall(f".//{_TEI}imprint/{_TEI}date")
    # a first edition's date is not the one the note cites, unless it is the only one
    dates = [d for d in dates if d.get("type") != "firstEdition"] or dates
    for date in dates:
        m = _YEAR.search(date.get("when") or "") or _YEAR.search(_text(date))
        if m:
            return m.group(1)
    return ""


def _span(scope) -> str:
    text = _text(scope)
    if text:
        return text
    start, end = scope.get("from") or "", scope.get("to") or ""
    return f"{start}-{end}" if start and end and start != end else start or end


def _text(element) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""
