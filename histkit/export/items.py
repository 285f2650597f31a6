"""A store's literature references and archival citations as CSL-JSON items: the one model every export writes from.

CSL-JSON is what Zotero and every citation processor read, so the BibTeX
file and the "Sources" list are written from these items too, and all three
say the same. A work cited in several notes is one item; the notes that cite
it are listed in ``custom.histkit.cited_in``, with the parts of an archival
shelfmark that CSL has no variable for (fond, collection, unit, the archive's
code), so that reading the file back loses no field of the tables.
"""

from __future__ import annotations


import pandas as pd

from .keys import assign_keys
from ..patterns import compiled

#: The columns of the references table an item is made from (the work, not the note that cites it).
LITERATURE_FIELDS = ["authors", "title", "container", "volume", "issue", "place", "publisher", "year", "pages"]
#: The columns of the citations table an archival item is made from.
ARCHIVAL_FIELDS = ["archive", "archive_name", "fond", "fond_year", "collection", "unit", "title", "date_start",
                   "date_end", "date_precision", "place", "pages"]
#: How many parts of an ISO date each precision keeps (CSL's date-parts).
_PARTS = {"year": 1, "month": 2, "day": 3}
_ISO = compiled(r"\d{4}(?:-\d{2}){0,2}")
_YEAR = compiled(r"(\d{4})(?:\s*[–—-]\s*(\d{4}))?")


def literature_items(references: pd.DataFrame) -> list[dict]:
    """One CSL item per distinct work of a references table, in the order the works are first cited.

    >>> refs = pd.DataFrame([{"doc_id": "d", "note_no": "1", "seq": 1, "authors": "Ivo Banac", "title": "With Stalin against Tito",
    ...                       "container": "", "volume": "", "issue": "", "place": "Ithaca", "publisher": "Cornell UP",
    ...                       "year": "1988", "pages": "", "ref_of": ""}])
    >>> item = literature_items(refs)[0]
    >>> item["id"], item["type"], item["author"], item["issued"]
    ('banac1988with', 'book', [{'family': 'Banac', 'given': 'Ivo'}], {'date-parts': [[1988]]})

    A short reference (``ref_of`` names the full one) adds its note to the
    full one's ``cited_in`` instead of making an item of its own.
    """
    works = _group(references, LITERATURE_FIELDS)
    items = [_literature_item(fields, cited) for fields, cited in works]
    return assign_keys(items)


def archival_items(citations: pd.DataFrame, cities: dict[str, str] | None = None) -> list[dict]:
    """One CSL ``manuscript`` item per distinct archival document of a citations table.

    >>> cites = pd.DataFrame([{"doc_id": "d", "note_no": "3", "seq": 1, "kind": "archival", "archive": "AJ",
    ...                        "archive_name": "Arhiv Jugoslavije", "fond": "507", "collection": "", "unit": "9/I-12",
    ...                        "title": "Zabeleška", "date_start": "1954-05-12", "date_end": "1954-05-12",
    ...                        "date_precision": "day", "pages": "", "ibid_of": "", "place": "", "fond_year": "", "ref_of": ""}])
    >>> item = archival_items(cites, {"AJ": "Beograd"})[0]
    >>> item["type"], item["archive"], item["archive_location"], item["archive-place"], item["issued"]
    ('manuscript', 'Arhiv Jugoslavije', '507, 9/I-12', 'Beograd', {'date-parts': [[1954, 5, 12]]})

    ``cities`` maps an archive's code to its city (the archives authority's
    ``city``), which becomes ``archive-place``. An Ibid. row adds its note
    to the document it repeats.
    """
    rows = citations[citations["kind"].isin(["archival", "ibid"])] if len(citations) else citations
    archival = rows[(rows["kind"] == "archival") | (rows["archive"] != "")] if len(rows) else rows
    documents = _group(archival, ARCHIVAL_FIELDS, link="ibid_of")
    items = [_archival_item(fields, cited, cities or {}) for fields, cited in documents]
    return assign_keys(items)


def _group(frame: pd.DataFrame, fields: list[str], link: str = "ref_of") -> list[tuple[dict, list[str]]]:
    """Distinct works of the rows (by their fields), each with the notes citing it; a row that points at
    another (``link`` is note:seq of the same document) is counted for that one."""
    works: dict[tuple, tuple[dict, list[str]]] = {}
    by_place: dict[tuple[str, str], tuple] = {}
    pointing = []
    for row in frame.to_dict("records"):
        if row.get(link):
            pointing.append(row)
            continue
        values = {name: _text(row.get(name)) for name in fields}
        key = tuple(values.values())
        works.setdefault(key, (values, []))[1].append(_cited(row))
        by_place[(_text(row.get("doc_id")), f"{_text(row.get('note_no'))}:{_text(row.get('seq'))}")] = key
    for row in pointing:
        key = by_place.get((_text(row.get("doc_id")), _text(row.get(link))))
        if key is None:  # its target is not in the table: the row stands for its work itself
            values = {name: _text(row.get(name)) for name in fields}
            key = tuple(values.values())
            works.setdefault(key, (values, []))
        works[key][1].append(_cited(row))
    return [(values, list(dict.fromkeys(cited))) for values, cited in works.values()]


def _cited(row: dict) -> str:
    return f"{_text(row.get('doc_id'))}:{_text(row.get('note_no'))}"


def _text(value) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return str(value)


def _literature_item(ref: dict, cited: list[str]) -> dict:
    item = {"type": literature_type(ref)}
    names = [name_parts(n) for n in ref["authors"].split(",") if n.strip()]
    if names:
        item["author"] = names
    for csl, column in (("title", "title"), ("container-title", "container"), ("volume", "volume"),
                        ("issue", "issue"), ("page", "pages"), ("publisher", "publisher"),
                        ("publisher-place", "place")):
        if ref[column]:
            item[csl] = ref[column]
    issued = year_date(ref["year"])
    if issued:
        item["issued"] = issued
    item["custom"] = {"histkit": {"authors": ref["authors"], "year": ref["year"], "cited_in": cited}}
    return item


def _archival_item(doc: dict, cited: list[str], cities: dict[str, str]) -> dict:
    item = {"type": "manuscript"}
    if doc["title"]:
        item["title"] = doc["title"]
    archive = doc["archive_name"] or doc["archive"]
    if archive:
        item["archive"] = archive
    location = archive_location(doc)
    if location:
        item["archive_location"] = location
    if cities.get(doc["archive"]):
        item["archive-place"] = cities[doc["archive"]]
    issued = iso_date(doc["date_start"], doc["date_end"], doc["date_precision"])
    if issued:
        item["issued"] = issued
    if doc["place"]:
        item["publisher-place"] = doc["place"]  # where the document was written: Zotero's "Place" of a manuscript
    if doc["pages"]:
        item["page"] = doc["pages"]
    own = {name: doc[name] for name in ("archive", "fond", "fond_year", "collection", "unit", "date_start",
                                         "date_end", "date_precision")}
    item["custom"] = {"histkit": {**own, "cited_in": cited}}
    return item


def literature_type(ref: dict) -> str:
    """The CSL type of a reference: a journal article, a chapter in a book, or a book.

    >>> literature_type({"container": "Acta Histriae", "volume": "27", "issue": "1"})
    'article-journal'
    >>> literature_type({"container": "Jugoslavija u Hladnom ratu", "volume": "", "issue": ""})
    'chapter'
    >>> literature_type({"container": "", "volume": "", "issue": ""})
    'book'
    """
    if ref.get("container"):
        return "article-journal" if ref.get("volume") or ref.get("issue") else "chapter"
    return "book"


def archive_location(doc: dict) -> str:
    """Where a document lies within its archive, as the citation gave it: fond, its year, collection, unit.

    >>> archive_location({"fond": "PA", "fond_year": "1950", "collection": "Francija", "unit": "f. 9, br. 423366"})
    'PA, 1950, Francija, f. 9, br. 423366'
    """
    return ", ".join(doc[name] for name in ("fond", "fond_year", "collection", "unit") if doc.get(name))


def name_parts(name: str) -> dict:
    """A person's name as CSL name parts: the last word is the family name, lower-case words before it its particle.

    >>> name_parts("Dušan V. Hebrang")
    {'family': 'Hebrang', 'given': 'Dušan V.'}
    >>> name_parts("Ludwig van Beethoven")
    {'family': 'Beethoven', 'given': 'Ludwig', 'non-dropping-particle': 'van'}
    >>> name_parts("Хебранг")
    {'family': 'Хебранг'}
    """
    words = name.split()
    if len(words) < 2:
        return {"family": name.strip()}
    start = len(words) - 1
    while start > 1 and words[start - 1][:1].islower():
        start -= 1
    parts = {"family": words[-1], "given": " ".join(words[:start])}
    if start < len(words) - 1:
        parts["non-dropping-particle"] = " ".join(words[start:-1])
    return parts


def year_date(year: str) -> dict | None:
    """A reference's year as a CSL date: one year, a span of two, or the text as given.

    >>> year_date("1991"), year_date("1950–1951"), year_date("s.a."), year_date("")
    ({'date-parts': [[1991]]}, {'date-parts': [[1950], [1951]]}, {'literal': 's.a.'}, None)
    """
    if not year:
        return None
    m = _YEAR.fullmatch(year.strip())
    if not m:
        return {"literal": year}
    return {"date-parts": [[int(m.group(1))]] + ([[int(m.group(2))]] if m.group(2) else [])}


def iso_date(start: str, end: str, precision: str) -> dict | None:
    """A citation's ISO start and end days as a CSL date, as precise as the citation was.

    >>> iso_date("1951-03-01", "1951-03-31", "month"), iso_date("1954-02-25", "1954-03-06", "day")
    ({'date-parts': [[1951, 3]]}, {'date-parts': [[1954, 2, 25], [1954, 3, 6]]})
    """
    if not start:
        return None
    if not _ISO.fullmatch(start) or (end and not _ISO.fullmatch(end)):
        return {"literal": start if not end or end == start else f"{start}/{end}"}
    keep = _PARTS.get(precision, 3)
    first = [int(p) for p in start.split("-")[:keep]]
    last = [int(p) for p in (end or start).split("-")[:keep]]
    return {"date-parts": [first] if first == last else [first, last]}
