"""Citations in notes: archival documents, literature and Ibid., as two tables.

>>> notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": ["See: TNA, FO 371/1, Minute, 1 May 1950; Ibid., 4."]})
>>> extract_citations(notes).citations[["kind", "archive", "unit", "date_start", "ibid_of"]].values.tolist()
[['archival', 'TNA', '1', '1950-05-01', ''], ['ibid', 'TNA', '1', '1950-05-01', '1:1']]

A note is split into citations (`split_citations`), each citation is read as
archival (it begins with an archive the authority file or the document
itself names), Ibid. (resolved to the citation it repeats), literature, or
``unparsed`` (kept, and counted in a warning). Pure commentary yields no row.
This module builds the tables and resolves Ibid.; the parts live apart:
`histkit.splitter` cuts notes, `histkit.holdings` reads archival citations,
`histkit.references` literature, `histkit.ibid` the Ibid. words and tails.
Newspaper issues and interviews are literature (the paper is the container;
an issue carries its date), so the kinds stay archival, literature, ibid,
unparsed.

The archive may come first (``TNA, FO 371/1, …``), after the document's
description (``Bericht vom 14.6.1956, PA AA, B 42``; Russian ``… // РГАНИ.
Ф. 5``) or last (Chicago: ``Memo, 6 November 1955, RG 59, …, box 2503,
NARA.``); the fields are the same. FRUS is read as an archival series. Ibid.
is also Ebd./Ebenda, Isto, Prav tam, Ivi, Tamże, Tamtéž, Там же, Пак там, Uo., Po aty; ``Idem``/``Id.``, Greek ``Ό.π.``
and a bare ``Op. cit.`` only when nothing but pages follows.

Reference parsers evaluated before writing the literature part: ``refextract``
(PyPI, no model download; built for physics references) was run on eight of
the seed's book and article citations: it got the authors of 1, the article
title of 1, the right year of 4 (it takes years inside titles) and place or
publisher of none, and it pulls in lxml, pypdf, python-magic and
inspire-utils. AnyStyle (Ruby) and GROBID (a Java service) are not Python
packages; CRF parsers need trained models downloaded at run time. So
literature is read by a compact heuristic parser for the humanities styles
(`parse_reference`): authors before the title, quoted article titles,
``(Place: Publisher, Year)``, ``Journal 1/2019, 55–74``, trailing pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from .archives import Archive, ArchiveMatcher, default_matcher, load_archives  # noqa: F401 (load_archives is re-exported)
from .notetext import set_date
from ..dates import find_dates
from ..errors import Problem
from ..text import fold_homoglyphs
from .references import (PUBLISHER, REFERENCE_COLUMNS, REFERENCE_EXTRA, is_literature, issue_dates, parse_reference,
                         short_title_of)
from .holdings import (_CALL_NUMBER_START, _FOND_KEY, _Tokens, _archive_inside, _describe,
                       _is_call_number, _learn_archive, _parse_archival, _parse_archive_inside,
                       _unknown_archive)
from .ibid import _DOCUMENT_FIELDS, _IBID, _IBID_INSIDE, _ibid_target, _read_ibid_tail
from .splitter import Segment, split_citations

__all__ = ["CitationTables", "Segment", "extract_citations", "load_archives", "parse_reference", "split_citations"]

CITATION_COLUMNS = ["doc_id", "note_no", "seq", "kind", "archive", "archive_name", "fond", "collection", "unit",
                    "title", "date_start", "date_end", "date_precision", "pages", "ibid_of", "raw"]

CITATION_EXTRA = ["place", "fond_year", "date_source", "ref_of", "char_start", "char_end"]


@dataclass
class CitationTables:
    """What `extract_citations` returns: the citations and references tables and the warnings."""

    citations: pd.DataFrame
    references: pd.DataFrame
    warnings: list[Problem] = field(default_factory=list)


def _empty_row(doc_id, note_no, seq, seg: Segment) -> dict:
    row = {c: "" for c in CITATION_COLUMNS + CITATION_EXTRA}
    row.update(doc_id=doc_id, note_no=note_no, seq=seq, raw=seg.raw, char_start=seg.start, char_end=seg.end)
    return row


_COPY = ("archive", "archive_name", "fond", "collection", "unit", "title", "date_start", "date_end", "date_precision",
         "place", "fond_year", "date_source", "ref_of")


def _marker_length(text: str, note_no: str) -> int:
    """Length of the note's own number at its start (`12 AJ, ...`), which is not part of any citation."""
    m = re.match(rf"\s*{re.escape(note_no)}(?:\s+|\.\s+|\)\s*)", text) if note_no else None
    return m.end() if m else 0


def extract_citations(notes: pd.DataFrame, archives: pd.DataFrame | None = None) -> CitationTables:
    """Citations and references tables from a notes table (doc_id, note_no, text, in document order).

    >>> notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": ["TNA, FO 371/107832, Minute, 12 March 1953."]})
    >>> extract_citations(notes).citations[["archive", "fond", "unit", "date_start"]].values.tolist()
    [['TNA', 'FO 371', '107832', '1953-03-12']]

    Citations columns: doc_id, note_no, seq, kind (archival, literature, ibid,
    unparsed), archive, archive_name, fond, collection, unit, title,
    date_start, date_end, date_precision, pages, ibid_of, raw, then place,
    fond_year, date_source (text or fond year), ref_of, char_start, char_end.
    References: doc_id, note_no, seq, authors, title, container, volume,
    issue, place, publisher, year, pages, script, raw, ref_of. ``archives``
    defaults to the shipped authority file. Raises `AuthorityError` only from
    loading that file.
    """
    # the shipped authority is read and compiled once per process
    base = ArchiveMatcher.from_table(archives) if archives is not None else default_matcher()
    rows: list[dict] = []
    by_label: dict[tuple[str, str], dict] = {}
    refs: list[dict] = []
    warnings: list[Problem] = []
    unparsed: dict[str, list[str]] = {}
    orphans: dict[str, list[str]] = {}
    for doc_id, group in notes.groupby("doc_id", sort=False):
        matcher = base.copy()
        doc_abbr: dict[str, str] = {}
        last: dict | None = None
        last_archival: dict | None = None
        earlier_refs: list[tuple[str, dict]] = []
        for note_no, text in zip(group["note_no"].astype(str), group["text"].fillna("").astype(str)):
            seq = 0
            skip = _marker_length(text, note_no)
            # fold look-alike letters once per note (same length); raw texts come from the original
            folded_note = fold_homoglyphs(text)
            for seg in split_citations(folded_note[skip:], matcher):
                seg = Segment(seg.start + skip, seg.end + skip, text[seg.start + skip:seg.end + skip], seg.role)
                if seg.role != "citation":
                    continue
                seq += 1
                row = _empty_row(doc_id, note_no, seq, seg)
                folded = folded_note[seg.start:seg.end]
                ibid = _IBID.match(folded)
                learned = _learn_archive(folded, matcher)
                hit = matcher.match(folded)
                if ibid and ibid.end() > 0:
                    row["kind"] = "ibid"
                    tail = re.sub(r"(?<=\d)\s*\.$", "", (ibid.group("tail") or ibid.group("pages") or "").strip())
                    repeated = last
                    if last is not None and last["kind"] != "archival" and last_archival is not None \
                            and _FOND_KEY.match(tail):  # `Там же, ф. 52, …` after a book: the same archive
                        repeated = last_archival
                    if repeated is not None:
                        last = repeated
                        row["ibid_of"] = _ibid_target(last)
                        for col in _COPY:
                            row[col] = last[col]
                    else:
                        orphans.setdefault(doc_id, []).append(note_no)
                    _read_ibid_tail(row, tail)
                elif hit or learned:
                    archive, end = learned if learned and (not hit or learned[1] >= hit[1]) else hit
                    row.update(_parse_archival(folded, archive, end, doc_abbr))
                    row["kind"] = "archival"
                    if row.get("_abbr"):  # the archive's own abbreviation, defined after its town
                        matcher.add_code(row["_abbr"], archive)
                elif _CALL_NUMBER_START.match(folded) and last is not None and last["note_no"] == note_no and last["archive"]:
                    # `TNA, FO 371/124263; FO 371/124264`: another file of the same archive
                    code = last["archive"]
                    again = _parse_archival(f"{code}, {folded}", Archive(code, last["archive_name"]), len(code), doc_abbr)
                    for col in _COPY:
                        row[col] = last[col]
                    if again["fond"] and (again["unit"] or not last["unit"]) and _is_call_number(_Tokens.of(folded, 0).token(0)):
                        row.update(again)
                    else:  # `33/I-143`: another unit of the same fond and collection
                        row.update(unit=again["fond"] or again["unit"], title=again["title"], pages=again["pages"],
                                   date_start="", date_end="", date_precision="", date_source="")
                        if again.get("date_start"):
                            row.update({k: again[k] for k in ("date_start", "date_end", "date_precision", "date_source")})
                    row["kind"] = "archival"
                elif (inner_ibid := _IBID_INSIDE.search(folded)) and last is not None and not PUBLISHER.search(folded):
                    row["kind"] = "ibid"
                    row["ibid_of"] = _ibid_target(last)
                    for col in _COPY:
                        row[col] = last[col]
                    _read_ibid_tail(row, folded[inner_ibid.end():].strip().rstrip("."))
                    description = _describe({}, folded[:inner_ibid.start()])
                    row["title"] = description["title"]
                    for col in ("date_start", "date_end", "date_precision", "date_source"):
                        if description.get(col):
                            row[col] = description[col]
                elif inside := _archive_inside(folded, matcher):
                    row.update(_parse_archive_inside(folded, *inside, doc_abbr))
                    row["kind"] = "archival"
                elif is_literature(folded):
                    ref = parse_reference(seg.raw)
                    ref["raw"] = seg.raw
                    label = f"{note_no}:{seq}"
                    ref["ref_of"] = short_title_of(ref, earlier_refs)
                    earlier_refs.append((label, ref))
                    refs.append({"doc_id": doc_id, "note_no": note_no, "seq": seq, **ref})
                    # the publication year stays in references: the date columns are the documents' dates
                    row.update(kind="literature", title=ref["title"], pages=ref["pages"], ref_of=ref["ref_of"])
                    set_date(row, issue_dates(folded, ref))
                elif unknown := _unknown_archive(folded):
                    row.update(_parse_archive_inside(folded, *unknown, doc_abbr))
                    row["kind"] = "archival"
                else:
                    archive = matcher.find_name(folded)
                    dated = [d for d in find_dates(folded) if d.precision != "year"]
                    if archive is None and dated and last is not None and last["note_no"] == note_no and last["archive"] \
                            and seg.raw[:1].islower():  # `die Aufzeichnung …`, `i bilješku …`: no source of its own
                        # `…, Bericht vom 3. März 1955; vgl. auch die Aufzeichnung vom 7. April 1955`: another
                        # document of the file just cited, in the same note
                        row["kind"] = "ibid"
                        row["ibid_of"] = _ibid_target(last)
                        for col in _COPY:
                            row[col] = last[col]
                        row["title"] = _describe({}, folded.rstrip(" ."))["title"]
                        set_date(row, dated)
                    elif archive is not None:
                        row.update(kind="archival", archive=archive.code, archive_name=archive.name, title=seg.raw)
                        set_date(row, find_dates(folded))
                    else:
                        row["kind"] = "unparsed"
                        unparsed.setdefault(doc_id, []).append(note_no)
                row.pop("_abbr", None)
                if row["kind"] == "ibid" and row["ibid_of"]:
                    source = by_label.get((doc_id, row["ibid_of"]))
                    row["_new_document"] = source is not None and any(row[c] != source[c] for c in _DOCUMENT_FIELDS)
                by_label[(doc_id, f"{note_no}:{seq}")] = row
                rows.append(row)
                last = row
                if row["kind"] == "archival" or (row["kind"] == "ibid" and row["archive"]):
                    last_archival = row
    for doc_id, where in orphans.items():
        warnings.append(Problem(doc_id, "citations", f"{len(where)} Ibid. with no earlier citation to repeat, left "
                                f"unresolved (notes {', '.join(dict.fromkeys(where))})"))
    for doc_id, where in unparsed.items():
        warnings.append(Problem(doc_id, "citations", f"{len(where)} citation(s) not understood, kept as "
                                f"kind=unparsed (notes {', '.join(dict.fromkeys(where))})"))
    citations = pd.DataFrame(rows, columns=CITATION_COLUMNS + CITATION_EXTRA)
    references = pd.DataFrame(refs, columns=REFERENCE_COLUMNS + REFERENCE_EXTRA)
    if not citations.empty:
        citations["seq"] = citations["seq"].astype(int)
        citations["char_start"] = citations["char_start"].astype(int)
        citations["char_end"] = citations["char_end"].astype(int)
    return CitationTables(citations, references, warnings)
