"""Works a sentence names by their authors' surnames and years, each cited in full in an earlier note: `The wider
argument, in which Pettifer (1993), Ellery (1988) and Voss (1990) take opposed sides, …`, `Zur Kontroverse zwischen
Wehrle (1965), Amsel (1987) und Faber (1996) …`, `discrepan Requena (1971), Arandilla (1998) y Gómez Villar (2001)`;
or by the surname and a word for the work, a page in brackets after them: `Whitcombe's dissertation (at 140) makes
the same point`, `le livre de Vauthier (p. 233-240) est plus nuancé` (the words: ``reference_words.csv``, kind
``work_named``), the author's latest work cited before.

A historian who sums up a debate names its works as the author-date styles cite them, the surname and the year in
brackets, having given them in full before. Such a sentence is prose to every reader (no title, no imprint), so its
works are found here: a capitalised name (one to three words) right before a bracketed year, whose words stand, in
that order, in the authors of a reference of an earlier note of the document of that very year. Each is a repeat of
the latest such reference, with the surname as printed and the note's place in the text as its ``raw``. A name and
year the note's own references already hold (an author-date house's citation) add nothing, nor does a name no
earlier reference of that year has (a person's birth year, a law's date).
"""

from __future__ import annotations

import pandas as pd

from ..evaluate import fold
from .words import UPPER, YEAR, alternation
from ..patterns import compiled

# a capitalised name of one to three words (`Voss`, `Gómez Villar`, `Le Roy Ladurie`), then its year in brackets
_NAME = rf"[{UPPER}][^\W\d_]*(?:[-'’][^\W\d_]+)*(?:\s+[{UPPER}][^\W\d_]*(?:[-'’][^\W\d_]+)*){{0,2}}"
_NAMED_YEAR = compiled(rf"(?<![^\s(\[,;])(?P<name>{_NAME})\s+\((?P<year>{YEAR})\)")
# the page in brackets after a work named by a word for it: `(at 140)`, `(p. 233-240)`, `(S. 12)`
_PAGE = r"\(\s*(?:at\s+|pp?\.\s*|S\.\s*)?(?P<pages{}>\d+(?:\s*[-–]\s*\d+)?)\s*\)"
_WORK = rf"(?:{alternation('reference_words.csv', 'work_named')})"
# the name's possessive, the word (`Whitcombe's dissertation (at 140)`), or the word, `de`, the name (`le livre de
# Vauthier (p. 233)`)
_NAMED_WORK = compiled(rf"(?<![^\s(\[,;])(?P<name>{_NAME})['’]s\s+{_WORK}\s*{_PAGE.format('')}"
                       rf"|(?<![^\W\d_]){_WORK}\s+(?:{alternation('by_words.csv')}|del?|des|di)\s+(?P<name2>{_NAME})\s*{_PAGE.format(2)}")


def author_year_repeats(references: pd.DataFrame, notes: pd.DataFrame) -> pd.DataFrame:
    """``references`` with a repeat row for each work a note's prose names by surname and year (see the docstring).

    >>> notes = pd.DataFrame({"doc_id": ["d", "d"], "note_no": ["1", "2"],
    ...                       "text": ["Joan Pettifer, Commons (Cambridge, 1993).", "As Pettifer (1993) argued, …"]})
    >>> refs = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "seq": [1], "authors": ["Joan Pettifer"],
    ...                      "title": ["Commons"], "year": ["1993"], "raw": ["Joan Pettifer, Commons (Cambridge, 1993)."],
    ...                      "ref_of": [""]})
    >>> author_year_repeats(refs, notes)[["note_no", "authors", "title", "year", "raw", "ref_of"]].values.tolist()[1]
    ['2', 'Pettifer', 'Commons', '1993', 'Pettifer (1993)', '1:1']
    """
    if references.empty or notes.empty or "(" not in "".join(notes.text.fillna("").astype(str)):
        return references
    # (the rows and the notes' columns from lists: `to_dict` and a string column's iteration cost most of the step)
    columns = list(references.columns)
    rows = [dict(zip(columns, values)) for values in zip(*(references[c].tolist() for c in columns))]
    doc_ids, note_nos = notes.doc_id.tolist(), notes.note_no.astype(str).tolist()
    by_note: dict[tuple, list[dict]] = {}
    for row in rows:
        by_note.setdefault((row["doc_id"], str(row["note_no"])), []).append(row)
    in_document: dict[str, list[str]] = {}
    for doc_id, note_no in zip(doc_ids, note_nos):
        in_document.setdefault(doc_id, []).append(note_no)
    added = []
    for doc_id, note_no, text in zip(doc_ids, note_nos, notes.text.fillna("").astype(str).tolist()):
        mine = by_note.get((doc_id, note_no), [])
        seq = max([int(r["seq"]) for r in mine] or [0])
        for start, words, year, pages, end in _mentions(text):
            # (the longest run of the name's last words that names an earlier work: `As Pettifer` is Pettifer)
            for k in range(len(words)):
                name = " ".join(words[k:])
                if any(_names(r, name, year, repeats=True) for r in mine):
                    break  # (the note's own reference: an author-date house's citation)
                target = _latest(by_note, doc_id, in_document[doc_id], note_no, name, year)
                if target is not None:
                    seq += 1
                    at = text.find(name, start)
                    added.append(dict(target, note_no=note_no, seq=seq, authors=name, pages=pages,
                                      raw=text[start if k == 0 else at:end],
                                      ref_of=f"{target['note_no']}:{target['seq']}"))
                    break
    if not added:
        return references
    order = {key: k for k, key in enumerate(zip(doc_ids, note_nos))}
    merged = pd.DataFrame(rows + added, columns=references.columns)
    place = [order.get((d, str(n)), len(order)) for d, n in zip(merged.doc_id, merged.note_no)]
    return merged.assign(_place=place).sort_values(["_place", "seq"], kind="stable").drop(columns="_place") \
        .reset_index(drop=True)


def _mentions(text: str) -> list[tuple[int, list[str], str, str, int]]:
    """Each work ``text`` names by surname: where it starts, the name's words, the year ('' for any), the pages, where
    it ends; in the note's order."""
    if "(" not in text:  # (both kinds end in a bracket: a year's, a page's)
        return []
    found = [(m.start("name"), m.group("name").split(), m.group("year"), "", m.end()) for m in _NAMED_YEAR.finditer(text)]
    for m in _NAMED_WORK.finditer(text):
        name = m.group("name") or m.group("name2")
        found.append((m.start(), name.split(), "", m.group("pages") or m.group("pages2"), m.end()))
    return sorted(found, key=lambda mention: mention[0])


def _names(row: dict, name: str, year: str, repeats: bool = False) -> bool:
    """Whether ``row`` is a work of ``name`` (its words, in order, among the authors') of ``year``; a repeat only
    with ``repeats`` (the note's own `Bello (2020), p. 9` is read already, but repeats none)."""
    if not str(row.get("year") or "").startswith(year) or str(row.get("ref_of") or "") and not repeats:
        return False
    authors, words = fold(str(row.get("authors") or "")).replace(",", " ").split(), fold(name).split()
    return any(authors[k:k + len(words)] == words for k in range(len(authors)))


def _latest(by_note: dict, doc_id: str, order: list[str], note_no: str, name: str, year: str) -> dict | None:
    """The latest reference of a note before ``note_no`` in the document (``order``: its notes) that is ``name``'s
    of ``year``, or None."""
    earlier = order[:order.index(note_no)]
    for before in reversed(earlier):
        for row in reversed(by_note.get((doc_id, before), [])):
            if _names(row, name, year):
                return row
    return None
