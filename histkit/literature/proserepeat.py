"""A second repeat inside a note's prose, after a first one's pages: `…, *Short title*, 80, and, more fully, Wang, op.
cit., 70, who …`, `Wiersma, *Bûter*, s. 90-91, wylst Verhulst, t.a.p., s. 80, de klam …`.

The rules read such a note as one reference (the first) and the second's surname, op. cit. word and pages run on
into its title or pages. A stretch of the row's ``raw`` that reads, after the pages that end the first reference, a
few words of prose in small letters (`and, more fully,`, `og særlig`, `mas`, `wärend den`, `emma`; none at all after
a comma), a capitalised surname, a word for "the work cited" (the ``op_cit`` kinds of the citations'
``reference_words.csv``) and pages, is cut off and made a row of its own: that author's latest work before it
(``ref_of`` and its fields, as op. cit. reads). The first row keeps what stands before it, its pages the last ones
there. An Ibid. in the next row of the document that the rules linked to the first row's work repeats the second's,
which is now the last work cited.
"""

from __future__ import annotations

import functools
import re

import pandas as pd

from ..data import data_rows
from ..evaluate import fold
from ..patterns import compiled
from .ibids import records
from .repeats import repeat_patterns, short_title, surname
from .table import as_text
from .wordforms import forms_alternation

_NAN = float("nan")
#: The fields a repeat takes from the work it repeats.
_TAKEN = ("title", "container", "volume", "issue", "place", "publisher", "year")
_PAGES = r"(?:[^\W\d_]{1,4}\.\s*)?\d+(?:\s*[–—-]\s*\d+)?(?:\s*f{1,2}\.)?"


@functools.cache
def _inner() -> re.Pattern:
    kinds = {"op_cit", "op_cit_book", "op_cit_article", "op_cit_hu", "cited_mark"}
    # (ties by their letters, so that the pattern is the same in every process and kept in the pattern bank)
    forms = sorted({row["form"] for row in data_rows("citations", "reference_words.csv") if row["kind"] in kinds},
                   key=lambda form: (-len(form), form))
    words = "|".join(re.escape(form.rstrip(".")).replace(r"\ ", r"\s*").replace(r"\.", r"\.\s*") for form in forms)
    return compiled(
        rf"(?<=\d)(?:\s*f{{1,2}}\.)?(?P<cut>\s*[,;]\s+)(?P<lead>(?:[^\W\d_][^\W\d_’'-]*,?\s+){{0,12}}?)"
        rf"(?P<name>[^\W\d_][\w’'-]*),\s*(?:(?P<short>[^\W\d_][^,()\d]{{1,60}}?)\s+(?=cit\.))??(?P<word>(?i:{words}))\.?"
        rf"\s*,?\s*(?P<pages>{_PAGES})(?![\w–—-])")


@functools.cache
def _ibid() -> re.Pattern:
    words = forms_alternation("ibid.csv", {"ibid"}, without_stop=True)
    return compiled(rf"^\s*(?i:{words})\.?\s*(?:,\s*{_PAGES})?\s*\.?\s*$")


def inner_repeat(raw: str, at: int = 0) -> re.Match | None:
    """The second repeat printed inside ``raw`` after a first reference's pages (from ``at`` on), or None; a short title
    may stand between its surname and an Italian `cit.` (`Obermaier, Fornasârs furlans cit., p. 90`).

    >>> m = inner_repeat("Zhou, Guojia yu cansang, 80, and, more fully, Wang, op. cit., 70, who overlooks them.")
    >>> m["name"], m["pages"], m.start("cut")
    ('Wang', '70', 27)
    >>> inner_repeat("Wang, op. cit., 70.") is None, inner_repeat("Zhou, Guojia, 80, and the Wang family.") is None
    (True, True)
    >>> m = inner_repeat("Tessitori, op. cit., p. 60, e Obermaier, Fornasârs furlans cit., p. 90, a insistin.")
    >>> m["name"], m["short"], m["pages"]
    ('Obermaier', 'Fornasârs furlans', 'p. 90')
    """
    for m in _inner().finditer(raw, at):
        lead = m["lead"].split()
        if m["name"][:1].isupper() and all(word[:1].islower() for word in lead):
            return m
    return None


def split_prose_repeats(rows: list[dict], columns: list[str], last_seq: dict) -> tuple[list[dict], dict]:
    """``rows`` (the merged references, dicts, in document order) as dicts of ``columns`` (a missing value NaN, as a
    frame of them would hold it: a document's frame made per step cost more than the steps), with each second
    repeat `inner_repeat` finds in a row's ``raw`` made a row of its own after it; and, by (doc_id, the new row's
    label), the work of the row it was cut from and its own (for `ibids_after`). ``last_seq``: each note's last
    ``seq`` of the rules' tables, after which a new row is numbered.

    >>> rows = [{"doc_id": "d", "note_no": "1", "seq": 1, "authors": "Ole Brekke", "title": "Sjøfolk", "year": "1986",
    ...          "pages": "12", "raw": "Ole Brekke, Sjøfolk, 1986, 12", "ref_of": "", "source": "rules"},
    ...         {"doc_id": "d", "note_no": "2", "seq": 1, "authors": "Nesheim", "title": "Staten, 80, og særlig Brekke",
    ...          "year": "1972", "pages": "70", "raw": "Nesheim, Staten, 80, og særlig Brekke, op.cit., 70, som …",
    ...          "ref_of": "", "source": "rules"}]
    >>> out, added = split_prose_repeats(rows, list(rows[0]), {})
    >>> [(r["note_no"], r["seq"], r["authors"], r["title"], r["pages"], r["ref_of"]) for r in out[1:]], added
    ([('2', 1, 'Nesheim', 'Staten', '80', ''), ('2', 2, 'Brekke', 'Sjøfolk', '70', '1:1')], {('d', '2:2'): ('2:1', '1:1')})
    """
    out: list[dict] = []
    added: dict[tuple[str, str], tuple[str, str]] = {}
    for row in ({c: _NAN if row.get(c, _NAN) is None else row.get(c, _NAN) for c in columns} for row in rows):
        out.append(row)
        raw, at, first = as_text(row.get("raw")), 0, None
        while raw and as_text(row.get("authors")):  # (each repeat after the one before: three in one note's prose)
            m = inner_repeat(raw, at)
            target = _latest_work(m["name"], row["doc_id"], out[:-1], m["short"]) if m else ""
            if not target:
                break
            if first is None:
                first = out[-1] = _cut(row, raw, m.start("cut"), m.start("name"))
            key = (row["doc_id"], str(row["note_no"]))
            seq = max([last_seq.get(key, 0)] + [int(r["seq"]) for r in out if (r["doc_id"], str(r["note_no"])) == key])
            repeat = dict({c: _NAN for c in row}, doc_id=row["doc_id"], note_no=row["note_no"], seq=seq + 1,
                          authors=m["name"], pages=m["pages"], raw=raw[m.start("name"):m.end("pages")], ref_of=target,
                          source=row.get("source", "rules"), **({"editors": ""} if "editors" in row else {}))
            out.append(_taking(repeat, out, target))
            added[(row["doc_id"], _label(repeat))] = (_work(first), target)
            at = m.end("pages")
    return out, added


def ibids_after(references: pd.DataFrame, added: dict) -> pd.DataFrame:
    """``references`` (a document-ordered table) with `relinked_ibids`."""
    rows = relinked_ibids(records(references), added) if added else None
    return references if rows is None else pd.DataFrame(rows, columns=references.columns)


def relinked_ibids(rows: list[dict], added: dict) -> list[dict] | None:
    """``rows`` (the references in document order) with an Ibid. right after a row `split_prose_repeats` added,
    which the rules linked to the work of the row it was cut from, linked to the added row's work and taking its
    fields; None when there is none.

    >>> rows = [{"doc_id": "d", "note_no": "1", "seq": 1, "authors": "Brekke", "title": "Sjøfolk", "ref_of": ""},
    ...         {"doc_id": "d", "note_no": "2", "seq": 1, "authors": "Nesheim", "title": "Staten", "ref_of": ""},
    ...         {"doc_id": "d", "note_no": "2", "seq": 2, "authors": "Brekke", "title": "Sjøfolk", "ref_of": "1:1"},
    ...         {"doc_id": "d", "note_no": "3", "seq": 1, "authors": "Nesheim", "title": "Staten", "ref_of": "2:1",
    ...          "raw": "Ibid."}]
    >>> [(r["authors"], r["ref_of"]) for r in relinked_ibids(rows, {("d", "2:2"): ("2:1", "1:1")})[3:]]
    [('Brekke', '1:1')]
    """
    if not added:
        return None
    out, changed = [], False
    for row in rows:
        before = out[-1] if out else None
        if before is not None and before["doc_id"] == row["doc_id"] and _is_ibid(row):
            first, now = added.get((before["doc_id"], _label(before)), ("", ""))
            if now and as_text(row.get("ref_of")) == first:
                row, changed = _taking(dict(row, ref_of=now), out, now, authors=True), True
        out.append(row)
    return out if changed else None


def _latest_work(name: str, doc_id: str, rows: list[dict], short: str | None = None) -> str:
    """The label of the work of the latest of ``rows`` by ``name`` (whose title begins with ``short``, if given): the
    one it repeats, or the work its title is a short title of when the rules linked it to none (`Wang, *Jiangnan
    sichou shi*, 60` after the full title with its characters)."""
    for k in range(len(rows) - 1, -1, -1):
        row = rows[k]
        if row["doc_id"] == doc_id and surname(as_text(row.get("authors"))) == surname(name) \
                and (not short or fold(as_text(row.get("title"))).startswith(fold(short))):
            if as_text(row.get("ref_of")):
                return _work(row)
            earlier = [(_label(r), str(r["note_no"]), dict(r, title=as_text(r.get("title")))) for r in rows[:k]
                       if r["doc_id"] == doc_id]
            return short_title(dict(row, title=as_text(row.get("title"))), earlier) or _label(row)
    return ""


def _cut(row: dict, raw: str, at: int, name_at: int) -> dict:
    """``row`` with its ``raw`` ending at ``at``; a title that ran on into the prose after it cut before its pages,
    and pages taken from the second repeat the last ones before ``at``."""
    kept = raw[:at].rstrip(" ,;")
    cut = dict(row, raw=kept)
    title, after = as_text(row.get("title")), raw[name_at:]
    name = after.split(",")[0]
    if title and name and name in title:
        cut["title"] = re.split(rf"\s*,\s*{_PAGES}\s*,", title + ",")[0].strip(" ,;")
    pages = re.search(rf"({_PAGES})\s*$", kept)
    if pages and as_text(row.get("pages")) not in kept:
        cut["pages"] = pages.group(1)
    return cut


def _taking(row: dict, rows: list[dict], target: str, authors: bool = False) -> dict:
    """``row`` with the fields of the row labelled ``target`` (and its ``authors``: an Ibid. prints none)."""
    work = next((r for r in reversed(rows) if _label(r) == target and r["doc_id"] == row["doc_id"]), None)
    if work is None:
        return row
    taken = {field: work.get(field) for field in _TAKEN + (("authors",) if authors else ()) if field in row}
    return dict(row, **taken)


def _is_ibid(row: dict) -> bool:
    """Whether ``row`` prints an Ibid. and its pages only: a form of the citations' ``ibid.csv`` or a ``previous``
    pattern of ``repeats.csv`` (`Samme sted.`)."""
    raw = as_text(row.get("raw"))
    if _ibid().match(raw):
        return True
    m = next((m for m in (pattern.match(raw) for pattern, kind in repeat_patterns() if kind == "previous") if m), None)
    return m is not None and re.fullmatch(rf"\s*(?:,\s*{_PAGES})?\s*\.?\s*", raw[m.end():]) is not None


def _work(row: dict) -> str:
    return as_text(row.get("ref_of")) or _label(row)


def _label(row: dict) -> str:
    return f"{row['note_no']}:{row['seq']}"
