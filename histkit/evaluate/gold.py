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
from .compare import ascii_digits
from ..patterns import compiled

#: The columns of a gold table.
GOLD_COLUMNS = ["doc_id", "gold_seq", "note_no", "authors", "title", "container", "year", "volume", "pages",
                "cited_range", "raw", "repeat"]

#: The TEI namespace, as ElementTree spells it in a tag.
TEI = "{http://www.tei-c.org/ns/1.0}"
_NOTE_SOURCE = compiled(r"^#?fn\s*0*(\d+)$", re.IGNORECASE)
_YEAR = compiled(r"(?<![0-9])(1[0-9]{3}|20[0-9]{2})(?![0-9])")
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
    structs = root.findall(f".//{TEI}standOff//{TEI}biblStruct")
    if not structs:
        return GoldReferences(_frame([]), [Problem(doc_id, "evaluate", "no standOff/listBibl/biblStruct: no reference gold")])
    rows = _with_repeated_work([dict(_fields(struct), doc_id=doc_id, gold_seq=k) for k, struct in enumerate(structs)],
                               structs)
    problems = []
    odd = sorted({struct.get("source") for struct in structs if struct.get("source") and not note_of(struct)})
    if odd:
        unlinked = sum(1 for struct in structs if struct.get("source") and not note_of(struct))
        problems.append(Problem(doc_id, "evaluate", f"{unlinked} gold reference(s) tied to no numbered note "
                                                    f"(source {', '.join(odd)}): matched anywhere in the article"))
    return GoldReferences(_frame(rows), problems)


def _frame(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=GOLD_COLUMNS).astype({"gold_seq": "int64", "repeat": "bool"})


#: What a repeat (`Ibid.`, `Isto`, `op. cit.`) names through the work it repeats, where it prints none itself.
_WORK_FIELDS = ("authors", "title", "container", "year", "volume")
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _with_repeated_work(rows: list[dict], structs: list) -> list[dict]:
    """Rows where a repeat takes the work's fields it leaves out from the ``biblStruct`` its ``relatedItem`` names.

    A gold repeat says which work it repeats by its link, not by its words
    (`Tamtéž, s. 215` prints no author, title or year): read through the link,
    it is found when a prediction names that work, as a full reference is. Its
    own pages stay its own; links are followed along a chain of repeats.
    """
    by_id = {struct.get(_XML_ID): k for k, struct in enumerate(structs) if struct.get(_XML_ID)}
    target = {}
    for k, struct in enumerate(structs):
        link = struct.find(f"{TEI}relatedItem[@type='repeats']")
        if link is not None and (link.get("target") or "").lstrip("#") in by_id:
            target[k] = by_id[link.get("target").lstrip("#")]
    for k in range(len(rows)):
        seen, j = {k}, target.get(k)
        while j is not None and j not in seen:
            rows[k].update({f: rows[j][f] for f in _WORK_FIELDS if not rows[k][f] and rows[j][f]})
            seen.add(j)
            j = target.get(j)
    return rows


def note_of(struct) -> str:
    """The footnote a ``biblStruct`` is tied to by its ``source`` (``fn12`` → ``'12'``); ``''`` when none.

    >>> note_of(ElementTree.fromstring('<biblStruct source="#fn012"/>')), note_of(ElementTree.fromstring('<biblStruct/>'))
    ('12', '')
    """
    m = _NOTE_SOURCE.match((struct.get("source") or "").strip())
    return str(int(m.group(1))) if m else ""


def _fields(struct) -> dict:
    analytic = struct.find(f"{TEI}analytic")
    monogr = struct.find(f"{TEI}monogr")
    parts = [p for p in (analytic, monogr) if p is not None]
    persons = next((names for names in (_surnames(p, "author") for p in parts) if names), [])
    if not persons:
        persons = next((names for names in (_surnames(p, "editor") for p in parts) if names), [])
    title = tei_text(_title(analytic)) if analytic is not None else tei_text(_title(monogr))
    container = tei_text(_title(monogr)) if analytic is not None else ""
    scopes = struct.findall(f".//{TEI}biblScope")
    cited = [scope_text(c) for c in struct.findall(f"{TEI}citedRange") if (c.get("unit") or "") in _PAGE_UNITS]
    pages = [scope_text(s) for s in scopes if s.get("unit") == "page"]
    raw = struct.find(f"{TEI}note[@type='raw_reference']")
    return {"note_no": note_of(struct), "authors": "; ".join(persons), "title": title, "container": container,
            "year": _year(struct), "volume": ", ".join(scope_text(s) for s in scopes if s.get("unit") == "volume"),
            "pages": ", ".join(p for p in pages + cited if p), "cited_range": ", ".join(p for p in cited if p),
            "raw": tei_text(raw) if raw is not None else "",
            # a short form (op. cit., nav. delo) that the gold marks as repeating an earlier reference
            "repeat": struct.get("type") == "repeat"}


def _surnames(part, role: str) -> list[str]:
    return [name for name, _ in persons(part, role)]


def persons(part, role: str) -> list[tuple[str, str]]:
    """(name, forename) of each ``author`` or ``editor`` (``role``) of a TEI ``analytic`` or ``monogr``.

    >>> part = ElementTree.fromstring('<monogr xmlns="http://www.tei-c.org/ns/1.0"><author><persName>'
    ...     '<forename>Niklas</forename><surname>Luhmann</surname></persName></author>'
    ...     '<editor><orgName>Max-Planck-Institut</orgName></editor></monogr>')
    >>> persons(part, "author"), persons(part, "editor")
    ([('Luhmann', 'Niklas')], [('Max-Planck-Institut', '')])

    The name is the surname, else an organisation's name, else the whole
    element's text; a person with none of them is left out.
    """
    found = []
    for person in part.findall(f"{TEI}{role}"):
        surname = " ".join(tei_text(s) for s in person.iter(f"{TEI}surname"))
        forename = " ".join(tei_text(s) for s in person.iter(f"{TEI}forename"))
        org = " ".join(tei_text(o) for o in person.iter(f"{TEI}orgName"))
        name = surname or org or tei_text(person)
        if name:
            found.append((name, forename))
    return found


def _title(part):
    if part is None:
        return None
    for level in ("a", "j", "m", None):
        found = part.find(f"{TEI}title" + (f"[@level='{level}']" if level else ""))
        if found is not None:
            return found
    return None


def _year(struct) -> str:
    # the day a web page was seen is no date of the work (`Acesso em: 3 mar. 2021`, `accessed 5 May 2020`)
    dates = [d for d in struct.findall(f".//{TEI}imprint/{TEI}date") if d.get("type") != "access"]
    # a first edition's date is not the one the note cites, unless it is the only one
    dates = [d for d in dates if d.get("type") != "firstEdition"] or dates
    for date in dates:
        m = _YEAR.search(date.get("when") or "") or _YEAR.search(ascii_digits(tei_text(date)))  # (`۱۳۸۸`: its value)
        if m:
            return m.group(1)
    return ""


def scope_text(scope) -> str:
    """A ``biblScope`` or ``citedRange`` as printed: its text, else its ``from``-``to`` attributes.

    >>> scope_text(ElementTree.fromstring('<biblScope unit="page" from="227" to="252"/>'))
    '227-252'
    """
    text = tei_text(scope)
    if text:
        return text
    start, end = scope.get("from") or "", scope.get("to") or ""
    return f"{start}-{end}" if start and end and start != end else start or end


def tei_text(element) -> str:
    """An element's text with its children's, white space squeezed; ``''`` for no element.

    >>> tei_text(ElementTree.fromstring('<title>Recht  <hi>und</hi>\\n Staat</title>')), tei_text(None)
    ('Recht und Staat', '')
    """
    return " ".join("".join(element.itertext()).split()) if element is not None else ""
