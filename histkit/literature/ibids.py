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

The reference an Ibid. repeats is the last one the model read after the
citation it leans on and before it, where the rules cut no citation (in a note
between the two: `Die Protokolle des badischen Landtags …, hg. v. Otto
Reinfried`; or later in the note of the citation: `Vidalou, op. cit.; …, J.-C.
Aubanel, « Les chambres syndicales … »`); else the one at the citation's label;
else the one the citation points to (``ref_of`` of a bare note reference,
`Stiefvater (wie Anm. 20), S. 345`, which makes no row of its own); else the
last one the model read over the citation's text (where the rules left it
unparsed). An Ibid. of an archival citation makes none, nor one of a newspaper's issue, a parliament's record,
a law or a court decision (`_SOURCES`); nor does one whose text
a reference row of its note already reads, or one that names a document of its
own (`Ibidem, Wende do MSZ, 14 VII 1948, k. 31`: an archival document the work
led to).
"""

from __future__ import annotations

import pandas as pd

from .choose import RULES_ONLY
from .rawspan import found_at
from .samejournal import same_journal_work, titled_ibid_rows

#: What an Ibid.'s row keeps of its own citation; the rest is the work's.
_OWN = ("doc_id", "note_no", "seq", "raw", "pages")
#: The kinds of citations that cite a printed source, not a work: an Ibid. of one makes no reference row. They are the
#: kinds no reading of the model's replaces (`choose.RULES_ONLY`) less archival citations and Ibid.s, met apart.
_SOURCES = tuple(kind for kind in RULES_ONLY if kind not in ("archival", "ibid"))


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
    if not references.empty and "title" in references.columns and "container" in references.columns:
        # (`Name, "Rejoinder," ibid., 410–12`: a work in the journal just cited, read as a title: `samejournal`)
        rows = records(references)
        moved = titled_ibid_rows(rows)
        if moved != rows:
            references = pd.DataFrame(moved, columns=references.columns)
    if citations is None or citations.empty or references.empty or "ibid_of" not in citations.columns:
        return references
    # the citations' columns as lists, once: the Ibid. and the citations they lean on are picked from them in plain
    # Python (selecting them as frames, by a comparison of string columns, was most of the step for one document)
    # (the Ibid. found first: a document citing none spares the lists of the other columns)
    # (an Ibid. that leans on no citation too: the note before it may hold what only the model read, `_model_before`)
    at = [k for k, (kind, of) in enumerate(zip(citations["kind"].tolist(), citations["ibid_of"].tolist()))
          if kind == "ibid" and not pd.isna(of)]
    if not at:
        return references
    columns = {name: citations[name].tolist() for name in citations.columns}
    ibids = _rows(columns, at)
    document = _Cited(references, columns, ibids, notes)
    added = []
    for ibid in ibids:
        work = same_journal_work(ibid, document.by_label.get((ibid["doc_id"], ibid["ibid_of"])))
        if work is not None:  # `Name, "Rejoinder," ibid., 410–12`: another work in the journal just cited
            document.by_label[(ibid["doc_id"], _label(work))] = work
            added.append(work)
            continue
        target = document.repeated(ibid)
        if target is None:  # an Ibid. of an archival citation, or of a reference that names no work
            continue
        full = document.by_label.get((ibid["doc_id"], target.get("ref_of") or ""), target)  # a short title's work
        row = dict(full, **{k: ibid[k] for k in _OWN}, ref_of=target.get("ref_of") or _label(target))
        document.by_label[(ibid["doc_id"], _label(row))] = row
        added.append(row)
    if not added:
        return references
    return _in_note_order(pd.concat([references, pd.DataFrame(added, columns=references.columns)], ignore_index=True),
                          document.place)


class _Cited:
    """The reference rows and citations of the documents, by label and by note, and the notes' text and order."""

    def __init__(self, references: pd.DataFrame, citations: dict[str, list], ibids: list[dict], notes: pd.DataFrame):
        rows = records(references)
        self.by_label = {(row["doc_id"], _label(row)): row for row in rows}
        self.by_note: dict = {}
        for row in rows:
            self.by_note.setdefault((row["doc_id"], str(row["note_no"])), []).append(row)
        labels = list(zip(citations["doc_id"], (f"{no}:{seq}" for no, seq in zip(citations["note_no"],
                                                                                 citations["seq"]))))
        self.labels = set(labels)  # (every citation's; the rows only of those an Ibid. leans on: a table's rows cost)
        self.cited_notes = set(zip(citations["doc_id"], map(str, citations["note_no"])))
        leaned_on = {(ibid["doc_id"], ibid["ibid_of"]) for ibid in ibids}
        kept = _rows(citations, [k for k, label in enumerate(labels) if label in leaned_on])
        self.cited = {(row["doc_id"], _label(row)): row for row in kept}
        self.order = list(zip(notes.doc_id.tolist(), notes.note_no.astype(str).tolist()))
        self.place = {key: k for k, key in enumerate(self.order)}
        self.texts = dict(zip(self.order, notes.text.fillna("").astype(str).tolist()))

    def repeated(self, ibid: dict) -> dict | None:
        """The reference row ``ibid`` repeats (see the module's docstring), or None."""
        doc_id, note = ibid["doc_id"], str(ibid["note_no"])
        if _read_over(ibid, self.by_note.get((doc_id, note), []), self.texts.get((doc_id, note), "")):
            return None  # a reference row reads this text already (the model's reading of `Id., ibid., p. 60`)
        if ibid["ibid_of"] == "":
            return self._model_before(ibid)
        leaned = self.cited.get((doc_id, ibid["ibid_of"]))
        if leaned is None:
            return self.by_label.get((doc_id, ibid["ibid_of"]))
        if leaned.get("kind") in _SOURCES:
            return None  # `Ibid.` after `Borba, 12. 3. 1953, 2`: the newspaper's issue again, a source, not a work
        if _own_document(ibid, leaned):
            return None  # `Ibidem, Wende do MSZ, 14 VII 1948, k. 31`: a document of the archive the work leads to
        key = (doc_id, str(leaned["note_no"]))
        after = self._read_after(leaned, ibid)
        if after is None and self._unread_between(leaned, ibid):
            return None  # `Ibid.` after `Postimees 14. märts 1892, nr 61.`, read by no reader: that again, not the work
        return after or self.by_label.get((doc_id, ibid["ibid_of"])) \
            or self.by_label.get((doc_id, leaned.get("ref_of") or "")) \
            or _read_over(leaned, self.by_note.get(key, []), self.texts.get(key, ""))

    def _read_after(self, leaned: dict, ibid: dict) -> dict | None:
        """The last reference row read after the citation ``leaned`` on and before the Ibid., or None.

        The rules cut no citation there (else the Ibid. would lean on it): the
        model read a reference in a note between the two (`Die Protokolle des
        badischen Landtags …, hg. v. Otto Reinfried, …`), or later in the note
        of the citation leaned on (`Vidalou, op. cit., …; sur les syndicats …,
        J.-C. Aubanel, « Les chambres syndicales … »`): the last work cited
        before the Ibid. Not for an Ibid. that took an archive's fields (`Там
        же, ф. 52` leans on an archival citation further back on purpose).
        """
        if ibid.get("archive"):
            return None
        key = (leaned["doc_id"], str(leaned["note_no"]))
        first, last = self.place.get(key, -1), self.place.get((ibid["doc_id"], str(ibid["note_no"])), -1)
        for between in reversed(self.order[first + 1:last] if 0 <= first < last else []):
            if self._uncited(between):
                return self._uncited(between)[-1]
        if first < 0 or first > last:
            return None
        end = int(ibid["char_start"]) if first == last else len(self.texts[key])
        later = [(at, k) for k, row in enumerate(self._uncited(key))
                 if int(leaned["char_end"]) <= (at := _found_at(row, self.texts[key])) < end]
        return self._uncited(key)[max(later)[1]] if later else None

    def _model_before(self, ibid: dict) -> dict | None:
        """The last reference row of the nearest note before an Ibid. that leans on no citation, when the rules cut
        none there and the model read one (`Smst., s. 52` after `Se Mogens Thygesen, *Lejeret*, 4. udg., …`, which
        the rules did not take for a reference); None after a note the rules cut a citation in, or that cites what
        no reader took."""
        if ibid.get("archive"):
            return None
        last = self.place.get((ibid["doc_id"], str(ibid["note_no"])), -1)
        for key in reversed(self.order[:last] if last > 0 else []):
            if key in self.cited_notes:
                return None
            if self._uncited(key):
                return self._uncited(key)[-1]
            if _cites_unread(self.texts.get(key, "")):
                return None
        return None

    def _unread_between(self, leaned: dict, ibid: dict) -> bool:
        """Whether a note between the citation ``leaned`` on and the Ibid. cites what no reader took (`_cites_unread`)."""
        first = self.place.get((leaned["doc_id"], str(leaned["note_no"])), -1)
        last = self.place.get((ibid["doc_id"], str(ibid["note_no"])), -1)
        return any(key not in self.cited_notes and _cites_unread(self.texts.get(key, ""))
                   for key in (self.order[first + 1:last] if 0 <= first < last else []))

    def _uncited(self, key: tuple[str, str]) -> list[dict]:
        """The reference rows of a note that no citation gave (the model's; a reference the rules read in passing,
        `gl. tudi …`, is one Ibid. does not repeat)."""
        return [row for row in self.by_note.get(key, []) if (row["doc_id"], _label(row)) not in self.labels]


def records(frame: pd.DataFrame) -> list[dict]:
    """The rows of ``frame`` as dicts, from its columns as lists (`to_dict("records")` on string columns cost half the
    step).

    >>> records(pd.DataFrame({"note_no": ["1", "2"], "seq": [1, 2]}))
    [{'note_no': '1', 'seq': 1}, {'note_no': '2', 'seq': 2}]
    """
    columns = list(frame.columns)
    return [dict(zip(columns, values)) for values in zip(*(frame[c].tolist() for c in columns))]


def _rows(columns: dict[str, list], at: list[int]) -> list[dict]:
    """The rows at positions ``at`` of a table given as its columns' lists, as dicts (as `records` gives them).

    >>> _rows({"note_no": ["1", "2", "3"], "seq": [1, 2, 1]}, [0, 2])
    [{'note_no': '1', 'seq': 1}, {'note_no': '3', 'seq': 1}]
    """
    return [{name: values[k] for name, values in columns.items()} for k in at]


def _label(row: dict) -> str:
    return f"{row['note_no']}:{row['seq']}"


def _found_at(row: dict, text: str) -> int:
    """Where a reference row's ``raw`` stands in its note's ``text``, or -1."""
    return found_at(text, str(row.get("raw") or ""))


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


def _read_over(citation: dict, rows: list[dict], text: str) -> dict | None:
    """The last of ``rows`` whose ``raw`` stands in ``text`` over the characters of ``citation`` (an Ibid. repeats
    the last work cited), or None."""
    start, end = int(citation["char_start"]), int(citation["char_end"])
    over = None
    for row in rows:
        at = _found_at(row, text)
        if at >= 0 and at < end and start < at + len(str(row["raw"])):
            over = row
    return over


def _cites_unread(text: str) -> bool:
    """Whether a note no citation came from is shaped as a citation rather than a sentence of prose: a number in it, and
    of its words that open with a letter that has a case, fewer than seven in ten in small letters (`Εφημερίδα
    Μακεδονία, 12 Μαΐου 1926`, `Postimees 14. (26.) märts 1892, nr 61`), or, in a script without case, a dozen
    words or fewer.

    >>> _cites_unread("Postimees 14. (26.) märts 1892, nr 61."), _cites_unread("Of the 143 orders, 97 concern widows.")
    (True, False)
    >>> _cites_unread("სცსა, ფ. 227, აღ. 1, საქ. 300, ფფ. 5–7.")
    True
    """
    if not any(ch.isdigit() for ch in text):
        return False
    words = [w for w in text.split() if w[:1].isalpha() or w[:1] == "("]
    firsts = [w.lstrip("(")[:1] for w in words]
    # (Georgian's Mkhedruli has capitals, Mtavruli, that no running text uses: its words are of a script without case)
    cased = [ch for ch in firsts if (ch.isupper() or ch.islower()) and not "\u10d0" <= ch <= "\u10ff"]
    if len(cased) < 3:
        return len(words) <= 12
    return sum(ch.islower() for ch in cased) < 0.7 * len(cased)


def _in_note_order(references: pd.DataFrame, place: dict) -> pd.DataFrame:
    """The rows sorted by their note's ``place`` in the notes, then ``seq``; rows of one place keep their order."""
    order = [(place.get((doc_id, str(no)), len(place)), int(seq))
             for doc_id, no, seq in zip(references.doc_id.tolist(), references.note_no.tolist(), references.seq.tolist())]
    kept = sorted(range(len(order)), key=order.__getitem__)
    return references.iloc[kept].reset_index(drop=True)
