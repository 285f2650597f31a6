"""The fields of TEI reference gold as the sequence model is taught them: every field a note prints, per reference.

`histkit.evaluate.read_gold` keeps what the evaluation compares (surnames,
one title, one container). To label a note's tokens the model needs more: the
persons' forenames (a note prints ``N. Luhmann``), the editors, the place,
the publisher, issue and the cited range apart from the pages. `gold_fields`
gives them, one dict per ``biblStruct`` in document order.
"""

from __future__ import annotations

from xml.etree import ElementTree

from ..evaluate import TEI, note_of, persons, scope_text, tei_text


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
    return [_one(struct) for struct in root.findall(f".//{TEI}standOff//{TEI}biblStruct")]


def _one(struct) -> dict:
    analytic = struct.find(f"{TEI}analytic")
    monogr = struct.find(f"{TEI}monogr")
    parts = [p for p in (analytic, monogr) if p is not None]
    ref = {"note": note_of(struct),
           "author": [p for part in parts for p in persons(part, "author")],
           "editor": [p for part in parts for p in persons(part, "editor")]}
    titles = [(t.get("level") or "", tei_text(t)) for t in monogr.findall(f"{TEI}title")] if monogr is not None else []
    if analytic is not None:
        ref["title"] = [tei_text(t) for t in analytic.findall(f"{TEI}title")]
        ref["container"] = [text for level, text in titles if level != "s"]
    else:
        ref["title"] = [text for level, text in titles if level != "s"][:1]
        ref["container"] = []
    ref["other"] = [text for level, text in titles if level == "s"]
    ref["place"] = [tei_text(e) for e in struct.iter(f"{TEI}pubPlace")]
    ref["publisher"] = [tei_text(e) for e in struct.iter(f"{TEI}publisher")]
    ref["year"] = [tei_text(e) or e.get("when", "") for e in struct.iter(f"{TEI}date")]
    for unit, name in (("volume", "volume"), ("issue", "issue"), ("page", "pages"), ("column", "pages")):
        ref.setdefault(name, [])
        ref[name] += [scope_text(e) for e in struct.iter(f"{TEI}biblScope") if e.get("unit") == unit]
    ref["pages"] += [scope_text(e) for e in struct.iter(f"{TEI}citedRange")]
    return {k: [x for x in v if x] if isinstance(v, list) else v for k, v in ref.items()}

