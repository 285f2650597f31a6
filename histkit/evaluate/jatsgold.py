"""Reference gold from JATS: a reference list's entries as printed (`mixed-citation`) and as fields (`element-citation`).

SciELO and PubMed Central give many references twice: the string the
journal printed, and its fields tagged by the publisher (surnames, year,
article or chapter title, source, volume, first and last page). Those tagged
fields are gold that neither histkit nor we wrote, for every house style a
journal prints, so `jats_reference_gold` reads the pairs and
`scripts/measure_jats_references.py` scores histkit's reference parser on the
printed strings. An entry is kept only where both are given and the printed
one has punctuation of its own (some files tag fields only, their "mixed"
citation no more than the fields run together).

The fields map to the gold's as the TEI gold's do (`gold.py`): authors are
surnames (editors where there is no author, a collaboration's name as given);
an article or a chapter is the title and its journal or book the container; a
book alone is the title; pages are the first and last page.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pandas as pd

from ..read import child_named, local, named_entities

#: The gold's columns: the entry, its printed text, its fields, and the article's language.
JATS_GOLD_COLUMNS = ("doc_id", "ref_id", "kind", "language", "raw", "authors", "title", "container", "year", "volume",
                     "pages")
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_YEAR = re.compile(r"(1[5-9]\d\d|20\d\d)")


def jats_reference_gold(xml: bytes, doc_id: str) -> pd.DataFrame:
    """Each reference of a JATS article printed and tagged: its printed text and its fields.

    >>> xml = (b'<article xml:lang="pt"><back><ref-list><ref id="r1"><mixed-citation>GOMES, A. C. '
    ...        b'<italic>A invencao do trabalhismo</italic>. Rio de Janeiro: Vertice, 1988.</mixed-citation>'
    ...        b'<element-citation publication-type="book"><person-group person-group-type="author"><name>'
    ...        b'<surname>Gomes</surname><given-names>A. C.</given-names></name></person-group>'
    ...        b'<source>A invencao do trabalhismo</source><year>1988</year></element-citation></ref>'
    ...        b'</ref-list></back></article>')
    >>> jats_reference_gold(xml, "a")[["raw", "authors", "title", "year"]].values.tolist()
    [['GOMES, A. C. A invencao do trabalhismo. Rio de Janeiro: Vertice, 1988.', 'Gomes', 'A invencao do trabalhismo', '1988']]

    Raises `xml.etree.ElementTree.ParseError` on XML that does not parse.
    """
    root = ET.fromstring(named_entities(xml))
    language = root.get(_XML_LANG, "")
    # (a translation's reference list repeats the article's)
    translated = {id(e) for s in root.iter() if local(s.tag) == "sub-article" for e in s.iter()}
    rows = []
    for ref in (e for e in root.iter() if local(e.tag) == "ref" and id(e) not in translated):
        mixed = _first(ref, "mixed-citation")
        cited = _first(ref, "element-citation")
        if mixed is None or cited is None or not _punctuated(mixed):
            continue
        rows.append({"doc_id": doc_id, "ref_id": ref.get("id", ""), "kind": cited.get("publication-type", ""),
                     "language": language, "raw": _text(mixed), **_fields(cited)})
    return pd.DataFrame(rows, columns=list(JATS_GOLD_COLUMNS))


def _first(element, name: str):
    return next((e for e in element.iter() if local(e.tag) == name), None)


def _text(element) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def _punctuated(mixed) -> bool:
    return any(t.strip() for t in [mixed.text or ""] + [c.tail or "" for c in mixed])


def _names(cited, role: str) -> list[str]:
    groups = [g for g in cited if local(g.tag) == "person-group" and g.get("person-group-type", "author") == role]
    loose = [cited] if role == "author" and not groups else []  # (names straight in the citation: its authors)
    return [_text(child_named(n, "surname")) or _text(n) for g in groups + loose for n in g
            if local(n.tag) in ("name", "collab", "string-name")]


def _fields(cited) -> dict:
    authors = _names(cited, "author") or _names(cited, "editor")
    part = next((c for c in cited if local(c.tag) in ("article-title", "chapter-title", "part-title")), None)
    source = _text(child_named(cited, "source"))
    first, last = _text(child_named(cited, "fpage")), _text(child_named(cited, "lpage"))
    year = _YEAR.search(_text(child_named(cited, "year")))
    return {"authors": "; ".join(a for a in authors if a), "title": _text(part) if part is not None else source,
            "container": source if part is not None else "", "year": year.group(1) if year else "",
            "volume": _text(child_named(cited, "volume")),
            "pages": f"{first}–{last}" if first and last else first or _text(child_named(cited, "page-range"))}
