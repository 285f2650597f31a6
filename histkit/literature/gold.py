"""The fields of TEI reference gold as the sequence model is taught them: every field a note prints, per reference.

`histkit.evaluate.read_gold` keeps what the evaluation compares (surnames,
one title, one container). To label a note's tokens the model needs more: the
persons' forenames (a note prints ``N. Luhmann``), the editors, the place,
the publisher, issue and the cited range apart from the pages. `gold_fields`
gives them, one dict per ``biblStruct`` in document order.
"""

from __future__ import annotations

import re
from xml.etree import ElementTree

_TEI = "{http://www.tei-c.org/ns/1.0}"
_NOTE = re.compile(r"^#?fn\s*0*(\d+)$", re.IGNORECASE)


def gold_fields(xml: str | bytes) -> list[dict]:
    """One dict per ``biblStruct``: note (``""`` when tied to none), persons and the printed fields, as lists of strings.

    >>> tei = '''<TEI xmlns="http://www.tei-c.org/ns/1.0"><standOff><listBibl><biblStruct source="fn3">
    ...   <monogr><title level="m">Rechtssoziologie</title><author><persName><forename>Niklas</forename>
    ...   <surname>Luhmann</surname></persName></author><imprint><pubPlace>Reinbek</pubPlace><date>1972</date>
    ...   </imprint></monogr><citedRange>239</citedRange></biblStruct></listBibl></standOff></TEI>'''
    >>> ref = gold_fields(tei)[0]
    >>> ref["note"], ref["author"], ref["title"], ref["place"], ref["year"], ref["pages"]
    ('3', [('Luhmann', 'Niklas')], ['Rechtssoziologie'], ['Reinbek'], ['1972'], ['239'])

    Malformed XML gives no references (the evaluation reports the problem).
    """
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError:
        return []
    return [_one(struct) for struct in root.findall(f".//{_TEI}standOff//{_TEI}biblStruct")]


def _one(struct) -> dict:
    analytic = struct.find(f"{_TEI}analytic")
    monogr = struct.find(f"{_TEI}monogr")
    parts = [p for p in (analytic, monogr) if p is not None]
    m = _NOTE.match((struct.get("source") or "").strip())
    ref = {"note": str(int(m.group(1))) if m else "",
           "author": [p for part in parts for p in _persons(part, "author")],
           "editor": [p for part in parts for p in _persons(part, "editor")]}
    titles = [(t.get("level") or "", _text(t)) for t in monogr.findall(f"{_TEI}title")] if monogr is not None else []
    if analytic is not None:
        ref["title"] = [_text(t) for t in analytic.findall(f"{_TEI}title")]
        ref["container"] = [text for level, text in titles if level != "s"]
    else:
        ref["title"] = [text for level, text in titles if level != "s"][:1]
        ref["container"] = []
    ref["other"] = [text for level, text in titles if level == "s"]
    ref["place"] = [_text(e) for e in struct.iter(f"{_TEI}pubPlace")]
    ref["publisher"] = [_text(e) for e in struct.iter(f"{_TEI}publisher")]
    ref["year"] = [_text(e) or e.get("when", "") for e in struct.iter(f"{_TEI}date")]
    for unit, name in (("volume", "volume"), ("issue", "issue"), ("page", "pages"), ("column", "pages")):
        ref.setdefault(name, [])
        ref[name] += [_scope(e) for e in struct.iter(f"{_TEI}biblScope") if e.get("unit") == unit]
    ref["pages"] += [_scope(e) for e in struct.iter(f"{_TEI}citedRange")]
    return {k: [x for x in v if x] if isinstance(v, list) else v for k, v in ref.items()}


def _persons(part, role: str) -> list[tuple[str, str]]:
    found = []
    for person in part.findall(f"{_TEI}{role}"):
        surname = " ".join(_text(s) for s in person.iter(f"{_TEI}surname"))
        forename = " ".join(_text(s) for s in person.iter(f"{_TEI}forename"))
        org = " ".join(_text(o) for o in person.iter(f"{_TEI}orgName"))
        name = surname or org or _text(person)
        if name:
            found.append((name, forename))
    return found


def _scope(element) -> str:
    text = _text(element)
    if text:
        return text
    start, end = element.get("from") or "", element.get("to") or ""
    return f"{start}-{end}" if start and end and start != end else start or end


def _text(element) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""
