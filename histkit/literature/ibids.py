"""Reference rows for the Ibid. that repeat a work: `Ibid., 52`, `Tamtéž, s. 215`, `Ivi, p. 12`, `Id. at 41`.

The citations table reads every Ibid. and says which citation it leans on
(``ibid_of``, followed back through Ibid. of Ibid.). When that citation is a
literature reference of the references table, the Ibid. cites the work once
more: it gets a reference row of its own, so that counting a work's rows counts
every time it is cited. The row points (``ref_of``) to the full reference (the
reference's own ``ref_of`` when it is a short title or op. cit.) and takes all
of that one's fields (authors, title, container, volume, issue, place,
publisher, year, editors, script, and its reading's source and confidence) but
its own ``raw`` and pages.

The reference an Ibid. leans on is the one the model read in a note between
the citation and the Ibid. where the rules cut no citation (`Die Protokolle
des badischen Landtags …, hg. v. Otto Reinfried`), else the one at the
citation's label, else the last the model read over the citation's text (where
the rules left it unparsed). An Ibid. of an archival citation makes none; nor
does one whose text a reference row of its note already reads, or one that
names a document of its own (`Ibidem, Wende do MSZ, 14 VII 1948, k. 31`: an
archival document the work led to).
"""

from __future__ import annotations

import pandas as pd

#: What an Ibid.'s row keeps of its own citation; the rest is the work's.
_OWN = ("doc_id", "note_no", "seq", "raw", "pages")


def with_ibid_rows(references: pd.DataFrame, citations: pd.DataFrame | None, notes: pd.DataFrame) -> pd.DataFrame:
    """``references`` with a row for each Ibid. of ``citations`` that repeats one of them, in the notes' order.

    >>> notes = pd.DataFrame({"doc_id": ["d", "d"], "note_no": ["1", "2"], "text": ["Eley, Forging, 2002, 12.", "Ibid., 52."]})
    >>> refs = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "seq": [1], "authors": ["Eley"], "title": ["Forging"],
    ...                      "year": ["2002"], "pages": ["12"], "raw": ["Eley, Forging, 2002, 12."], "ref_of": [""]})
    >>> cits = pd.DataFrame({"doc_id": ["d", "d"], "note_no": ["1", "2"], "seq": [1, 1], "kind": ["literature", "ibid"],
    ...                      "ibid_of": ["", "1:1"], "pages": ["12", "52"], "raw": ["Eley, Forging, 2002, 12.", "Ibid., 52."],
    ...                      "char_start": [0, 0], "char_end": [24, 10]})
    >>> with_ibid_rows(refs, cits, notes)[["note_no", "authors", "title", "year", "pages", "raw", "ref_of"]].values.tolist()
    [['1', 'Eley', 'Forging', '2002', '12', 'Eley, Forging, 2002, 12.', ''], ['2', 'Eley', 'Forging', '2002', '52', 'Ibid., 52.', '1:1']]
    """
    if citations is None or citations.empty or references.empty or "ibid_of" not in citations.columns:
        return references
    ibids = citations[(citations.kind == "ibid") & (citations.ibid_of.fillna("") != "")]
    if ibids.empty:
        return references
    texts = {(doc_id, str(no)): str(text) for doc_id, no, text in zip(notes.doc_id, notes.note_no, notes.text.fillna(""))}
    rows = references.to_dict("records")
    by_label = {(row["doc_id"], _label(row)): row for row in rows}
    by_note: dict = {}
    for row in rows:
        by_note.setdefault((row["doc_id"], str(row["note_no"])), []).append(row)
    cited = {(row["doc_id"], _label(row)): row for row in citations.to_dict("records")}
    order = list(zip(notes.doc_id, notes.note_no.astype(str)))
    place = {key: k for k, key in enumerate(order)}
    added = []
    for ibid in ibids.to_dict("records"):
        doc_id, note = ibid["doc_id"], str(ibid["note_no"])
        if _read_over(ibid, by_note.get((doc_id, note), []), texts.get((doc_id, note), "")):
            continue  # a reference row reads this text already (the model's reading of `Id., ibid., p. 60`)
        leaned = cited.get((doc_id, ibid["ibid_of"]))
        if leaned is not None and _own_document(ibid, leaned):
            continue  # `Ibidem, Wende do MSZ, 14 VII 1948, k. 31`: a document of the archive the work leads to
        target = _read_between(leaned, ibid, by_note, order, place) or by_label.get((doc_id, ibid["ibid_of"])) \
            or _reference_over(leaned, by_note, texts)
        if target is None:  # an Ibid. of an archival citation, or of a reference that names no work
            continue
        full = by_label.get((doc_id, target.get("ref_of") or ""), target)  # an Ibid. of a short title: the work's fields
        row = dict(full, **{k: ibid[k] for k in _OWN}, ref_of=target.get("ref_of") or _label(target))
        by_label[(doc_id, _label(row))] = row
        added.append(row)
    if not added:
        return references
    return _in_note_order(pd.concat([references, pd.DataFrame(added, columns=references.columns)], ignore_index=True),
                          place)


def _label(row: dict) -> str:
    return f"{row['note_no']}:{row['seq']}"


def _own_document(ibid: dict, leaned: dict) -> bool:
    """Whether an Ibid. names a document of its own: a date, or a title of two words or more (not `Id` of `Id.,
    ibid.`), that the citation it leans on does not give.

    >>> _own_document({"date_start": "1948-07-14", "title": "Wende do MSZ"}, {"date_start": "", "title": "Komunizm"})
    True
    >>> _own_document({"date_start": "", "title": "Id"}, {"date_start": "", "title": "Les camps"})
    False
    """
    title = str(ibid.get("title") or "")
    return ibid.get("date_start", "") != leaned.get("date_start", "") \
        or (title != leaned.get("title", "") and len(title.split()) > 1)


def _reference_over(citation: dict | None, by_note: dict, texts: dict) -> dict | None:
    """The reference row read over ``citation``'s text in its note (the model's reading of a citation the rules left
    unparsed), or None."""
    if citation is None:
        return None
    key = (citation["doc_id"], str(citation["note_no"]))
    return _read_over(citation, by_note.get(key, []), texts.get(key, ""))


def _read_over(citation: dict, rows: list[dict], text: str) -> dict | None:
    """The last of ``rows`` whose ``raw`` stands in ``text`` over the characters of ``citation`` (an Ibid. repeats
    the last work cited), or None."""
    start, end = int(citation["char_start"]), int(citation["char_end"])
    over = None
    for row in rows:
        raw = str(row.get("raw") or "")
        at = text.find(raw) if raw else -1
        if at >= 0 and at < end and start < at + len(raw):
            over = row
    return over


def _read_between(leaned: dict | None, ibid: dict, by_note: dict, order: list[tuple[str, str]], place: dict) -> dict | None:
    """The last reference row of a note after the one of the citation ``leaned`` on and before the Ibid.'s, or None.

    Such a note gave no citation (else the Ibid. would lean on it): the rules
    did not cut it (`Die Protokolle des badischen Landtags …, hg. v. Otto
    Reinfried, …`) and the model read a reference there, the last work cited
    before the Ibid. Not for an Ibid. that took an archive's fields (`Там же,
    ф. 52` leans on an archival citation further back on purpose).
    """
    if leaned is None or ibid.get("archive"):
        return None
    first = place.get((leaned["doc_id"], str(leaned["note_no"])), -1)
    last = place.get((ibid["doc_id"], str(ibid["note_no"])), -1)
    for key in reversed(order[first + 1:last] if 0 <= first < last else []):
        if by_note.get(key):
            return by_note[key][-1]
    return None


def _in_note_order(references: pd.DataFrame, place: dict) -> pd.DataFrame:
    """The rows sorted by their note's ``place`` in the notes, then ``seq``; rows of one place keep their order."""
    order = [(place.get((doc_id, str(no)), len(place)), int(seq))
             for doc_id, no, seq in zip(references.doc_id, references.note_no, references.seq)]
    kept = sorted(range(len(order)), key=order.__getitem__)
    return references.iloc[kept].reset_index(drop=True)
