"""Archival sources: which archives the argument rests on (the archival_sources notebook).

Archival citations counted per archive, fond or collection; the cited
documents' dates binned by year, quarter or month (undated ones listed, not
guessed); and archival against literature citations per document or section.
"""

from __future__ import annotations

import pandas as pd

from ..errors import ParameterError
from . import pushdown
from .common import NO_SECTION, as_strings, check_choice, iso_span, plain, section_order

GROUP_BY = {"archive": ["archive"], "fond": ["archive", "fond"], "collection": ["archive", "fond", "collection"]}
DATE_BINS = ("year", "quarter", "month")
NONE = "(none)"


_CITATION_COLUMNS = ("doc_id", "note_no", "seq", "kind", "archive", "archive_name", "fond", "collection", "unit", "title",
                     "date_start", "date_end", "date_precision", "ibid_of", "raw")


def _archival_sql(citations, include_ibid: bool) -> str:
    """SQL keeping (at least) the rows `archival_citations` keeps: the filter runs in DuckDB, pandas checks again."""
    types = pushdown.columns(citations, "citations")
    kind = pushdown.text("kind", types.get("kind", "VARCHAR")) if "kind" in types else "''"
    archive = pushdown.text("archive", types.get("archive", "VARCHAR")) if "archive" in types else "''"
    ibid = f" OR ({kind} = 'ibid' AND {archive} <> '')" if include_ibid else ""
    return f"{kind} = 'archival'{ibid}"


def _archival_groups(citations, keys: list[str], include_ibid: bool) -> pd.DataFrame:
    """`archival_citations` with `n`, the citations a row stands for: 1 each, or groups counted in DuckDB."""
    if pushdown.is_duck(citations):
        citations = pushdown.reduce(citations, "citations", keys, where=_archival_sql(citations, include_ibid))
    else:
        citations = citations.assign(n=1)
    frame = archival_citations(citations, include_ibid)
    return frame.assign(n=pd.to_numeric(frame["n"]).astype(int))


def archival_citations(citations: pd.DataFrame, include_ibid: bool = True) -> pd.DataFrame:
    """The citations of archival documents: `kind=archival`, plus Ibid. rows resolved to an archive.

        >>> c = pd.DataFrame({"note_no": ["3", "4", "5"], "kind": ["archival", "ibid", "literature"], "archive": ["TNA", "TNA", ""]})
        >>> archival_citations(c)[["note_no", "kind", "archive", "via_ibid"]].values.tolist()
        [['3', 'archival', 'TNA', False], ['4', 'ibid', 'TNA', True]]

    An Ibid. row counts for the archive it resolves to (the citations table
    copies archive, fond, unit and dates from the citation it repeats), so a
    document cited five times in a row counts five times; ``include_ibid=False``
    counts only the first full citation. Adds column `via_ibid`. Citations
    in DuckDB (see `pushdown`) are filtered there first.
    """
    if pushdown.is_duck(citations):
        citations = pushdown.project(citations, "citations", list(pushdown.columns(citations, "citations")),
                                     _archival_sql(citations, include_ibid))
    frame = as_strings(citations, *_CITATION_COLUMNS)
    keep = frame["kind"].eq("archival")
    if include_ibid:
        keep |= frame["kind"].eq("ibid") & frame["archive"].ne("")
    frame = frame[keep].copy()
    frame["via_ibid"] = frame["kind"].eq("ibid")
    return frame.reset_index(drop=True)


def source_counts(citations: pd.DataFrame, group_by: str = "archive", include_ibid: bool = True) -> pd.DataFrame:
    """Archival citations per archive, per archive and fond, or per archive, fond and collection.

        >>> c = pd.DataFrame({"kind": ["archival", "ibid", "archival", "archival"], "archive": ["TNA", "TNA", "NARA", "TNA"],
        ...                   "fond": ["FO 371", "FO 371", "RG 59", ""]})
        >>> source_counts(c, "fond")[["label", "citations", "via_ibid"]].values.tolist()
        [['TNA / FO 371', 2, 1], ['NARA / RG 59', 1, 0], ['TNA / (none)', 1, 0]]

    Columns: archive, archive_name, fond/collection (as `group_by` asks), label
    (the keys joined by " / ", for figures), citations, via_ibid (how many of
    them are Ibid. rows counted for the archive they resolve to), share (of
    all archival citations). Missing fond/collection show as "(none)". Sorted
    by citations (descending), then the keys. Citations in DuckDB are
    counted there. Raises ParameterError for an unknown `group_by`.
    """
    check_choice("group_by", group_by, GROUP_BY)
    keys = GROUP_BY[group_by]
    frame = _archival_groups(citations, ["kind", "archive", "archive_name"] + keys[1:], include_ibid)
    frame["via_ibid"] = frame["via_ibid"].astype(int) * frame["n"]
    for key in keys[1:]:
        frame[key] = frame[key].replace("", NONE)
    columns = keys[:1] + ["archive_name"] + keys[1:] + ["label", "citations", "via_ibid", "share"]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    names = frame[frame["archive_name"] != ""].drop_duplicates("archive").set_index("archive")["archive_name"]
    counts = frame.groupby(keys, sort=True).agg(citations=("n", "sum"), via_ibid=("via_ibid", "sum")).reset_index()
    counts["archive_name"] = [names.get(code, "") for code in counts["archive"]]  # map + fillna("") warns when no archive is named
    counts["label"] = counts[keys].agg(" / ".join, axis=1)
    if group_by == "archive":  # a code alone means little to a reader who does not know the archive
        named = (counts["archive_name"] != "") & (counts["archive_name"] != counts["archive"])
        counts.loc[named, "label"] = counts["archive"] + " (" + counts["archive_name"] + ")"
    counts["share"] = (counts["citations"] / counts["citations"].sum()).round(4)
    counts = counts.astype({"citations": int, "via_ibid": int})
    counts = counts.sort_values(["citations"] + keys, ascending=[False] + [True] * len(keys), kind="stable")
    return counts[columns].reset_index(drop=True)


def _precision(iso: str, stated: str) -> str:
    if stated in ("day", "month", "year"):
        return stated
    return {1: "year", 2: "month", 3: "day"}.get(len(plain(iso).split("-")), "year")


def time_bin(day: pd.Timestamp, date_bin: str) -> tuple[str, str]:
    """The label and first day (ISO) of the year, quarter or month holding `day`.

        >>> time_bin(pd.Timestamp(1952, 8, 14), "quarter"), time_bin(pd.Timestamp(1952, 8, 14), "month")
        (('1952-Q3', '1952-07-01'), ('1952-08', '1952-08-01'))
    """
    if date_bin == "year":
        return f"{day.year}", f"{day.year}-01-01"
    if date_bin == "quarter":
        q = (day.month - 1) // 3 + 1
        return f"{day.year}-Q{q}", f"{day.year}-{3 * q - 2:02d}-01"
    return f"{day.year}-{day.month:02d}", f"{day.year}-{day.month:02d}-01"


def date_timeline(citations: pd.DataFrame, date_bin: str = "year", include_ibid: bool = True) -> pd.DataFrame:
    """Archival citations per archive and date bin of the cited document's date (date_start).

        >>> c = pd.DataFrame({"kind": "archival", "archive": "TNA", "date_start": ["1952-07-30", "1952", "1952-09"]})
        >>> date_timeline(c, "quarter").values.tolist()
        [['TNA', '1952-Q1', '1952-01-01', 1, 1], ['TNA', '1952-Q3', '1952-07-01', 2, 0]]

    Columns: archive, bin (`1952`, `1952-Q3` or `1952-07`), bin_start (ISO),
    citations, coarser (how many of them are dated less precisely than the bin,
    e.g. only a year in a month bin: they sit in the bin of their first day).
    Undated or unreadable dates are not here: see `undated_citations`. Sorted
    by bin_start, then archive. Citations in DuckDB are counted there, by
    date as written. Raises ParameterError for an unknown bin.
    """
    check_choice("date_bin", date_bin, DATE_BINS)
    finer = {"year": {"year", "month", "day"}, "quarter": {"month", "day"}, "month": {"month", "day"}}[date_bin]
    rows = []
    keys = ["kind", "archive", "date_start", "date_end", "date_precision"]
    for row in _archival_groups(citations, keys, include_ibid).itertuples(index=False):
        span = iso_span(row.date_start, row.date_end)
        if span is None:
            continue
        label, start = time_bin(span[0], date_bin)
        rows.append({"archive": row.archive, "bin": label, "bin_start": start, "n": row.n,
                     "coarser": int(_precision(row.date_start, row.date_precision) not in finer) * row.n})
    columns = ["archive", "bin", "bin_start", "citations", "coarser"]
    if not rows:
        return pd.DataFrame(columns=columns)
    frame = pd.DataFrame(rows)
    out = frame.groupby(["bin_start", "bin", "archive"], sort=True).agg(citations=("n", "sum"), coarser=("coarser", "sum"))
    return out.reset_index()[columns].astype({"citations": int, "coarser": int})


def undated_citations(citations: pd.DataFrame, include_ibid: bool = True) -> pd.DataFrame:
    """Archival citations whose document has no readable date, reported rather than guessed.

        >>> c = pd.DataFrame({"doc_id": "d", "note_no": ["7", "3"], "seq": 1, "kind": "archival", "archive": "NARA",
        ...                   "unit": ["Box 12", "Box 3"], "date_start": ["", "1951"]})
        >>> undated_citations(c)[["note_no", "archive", "unit"]].values.tolist()
        [['7', 'NARA', 'Box 12']]

    Columns: doc_id, note_no, seq, kind, archive, fond, collection, unit,
    title, date_start, raw; in document and note order.
    """
    frame = archival_citations(citations, include_ibid)  # from DuckDB: its archival rows only
    undated = pd.Series([iso_span(s, e) is None for s, e in zip(frame["date_start"], frame["date_end"])], index=frame.index, dtype=bool)
    frame = frame[undated]
    frame = frame.assign(_n=pd.to_numeric(frame["note_no"], errors="coerce").fillna(-1), seq=pd.to_numeric(frame["seq"]))
    frame = frame.sort_values(["doc_id", "_n", "note_no", "seq"], kind="stable")
    return frame[["doc_id", "note_no", "seq", "kind", "archive", "fond", "collection", "unit", "title", "date_start", "raw"]].reset_index(drop=True)


#: Citation kinds counted together as legal sources, and as printed sources (a newspaper's issue, a parliament's record,
#: an official document by its symbol).
_LEGAL = {"case": "legal", "legislation": "legal", "press": "printed", "parliament": "printed", "official": "printed"}


def _citation_kinds(citations: pd.DataFrame) -> pd.Series:
    """archival / literature / legal / printed / unparsed per citation, an Ibid. taking the kind of what it repeats.

    Court decisions and legislation (kinds ``case`` and ``legislation``) are ``legal``, newspaper issues and
    parliaments' records (``press``, ``parliament``) ``printed``: sources the notes read right, neither archival
    nor literature, so not to be counted as unparsed.
    """
    frame = as_strings(citations, "doc_id", "note_no", "seq", "kind", "archive", "ibid_of")
    keys = list(zip(frame["doc_id"], frame["note_no"] + ":" + frame["seq"]))
    kind = dict(zip(keys, frame["kind"]))
    points_to = dict(zip(keys, frame["ibid_of"]))
    resolved = []
    for row in frame.itertuples(index=False):
        k, target, seen = row.kind, row.ibid_of, set()
        while k == "ibid" and target and (row.doc_id, target) not in seen:  # chains of Ibid., never a loop
            seen.add((row.doc_id, target))
            k = kind.get((row.doc_id, target), "unparsed")
            target = points_to.get((row.doc_id, target), "")
        if k == "ibid":
            k = "archival" if row.archive else "unparsed"
        resolved.append(k if k in ("archival", "literature") else _LEGAL.get(k, "unparsed"))
    return pd.Series(resolved, index=citations.index, dtype=object)


def _by_section(frame: pd.DataFrame, notes: pd.DataFrame | None, blocks: pd.DataFrame | None) -> tuple[pd.DataFrame, list[str]]:
    """Citations with the section of their note's marker, and the sections in reading order."""
    if notes is None or blocks is None:
        raise ParameterError("source_shares(by='section') needs the notes and blocks tables")
    blk = as_strings(blocks, "doc_id", "block_id", "section")
    nts = as_strings(notes, "doc_id", "note_no", "marker_block_id")
    section = dict(zip(blk["block_id"], blk["section"]))
    nts["section"] = [section.get(b, "") or NO_SECTION for b in nts["marker_block_id"]]
    frame = frame.merge(nts[["doc_id", "note_no", "section"]], on=["doc_id", "note_no"], how="left")
    frame["section"] = frame["section"].fillna(NO_SECTION)
    blk["start"] = pd.to_numeric(blk.get("start", 0), errors="coerce").fillna(0)
    order = [s for s in section_order(blk[blk["section"] != ""]) if s in set(frame["section"])]
    order += sorted(set(frame["section"]) - set(order))
    return frame, order


def source_shares(
    citations: pd.DataFrame,
    notes: pd.DataFrame | None = None,
    blocks: pd.DataFrame | None = None,
    by: str = "doc_id",
    documents: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Archival vs literature citations per document or per section, with shares.

        >>> c = pd.DataFrame({"doc_id": "d", "note_no": ["1", "1", "2", "3"], "seq": ["1", "2", "1", "1"],
        ...                   "kind": ["archival", "literature", "ibid", "unparsed"], "archive": "", "ibid_of": ["", "", "1:1", ""]})
        >>> source_shares(c).values.tolist()
        [['d', 2, 1, 0, 0, 1, 4, 0.6667, 0.3333]]

    Columns: doc_id or section, archival, literature, legal (court decisions
    and legislation), printed (newspaper issues and parliaments' records), unparsed, total, archival_share and literature_share (of
    archival + literature; legal, printed and unparsed citations are counted but left
    out of the shares). Ibid. counts as the
    kind of the citation it repeats. A note's section is the section of the
    block holding its marker (`notes` and `blocks` needed for
    ``by="section"``); notes without a marker go to "(no section)". With
    `documents`, per-document rows get the document's `title` after doc_id.
    Rows in document order. The tables may be DuckDB: only the columns read
    leave it. Raises ParameterError for another `by` or missing tables.
    """
    check_choice("by", by, ("doc_id", "section"))
    if pushdown.is_duck(citations):  # the few columns read, every row (an Ibid. may repeat any earlier citation)
        citations = pushdown.project(citations, "citations", ["doc_id", "note_no", "seq", "kind", "archive", "ibid_of"])
    if by == "section" and pushdown.is_duck(notes):
        notes = pushdown.project(notes, "notes", ["doc_id", "note_no", "marker_block_id"])
    if by == "section" and pushdown.is_duck(blocks):
        blocks = pushdown.project(blocks, "blocks", ["doc_id", "block_id", "section", "start"])
    documents = pushdown.frame(documents, "documents")
    frame = as_strings(citations, "doc_id", "note_no")
    frame["resolved"] = _citation_kinds(citations).to_numpy()
    if by == "section":
        frame, order = _by_section(frame, notes, blocks)
    else:
        order = sorted(set(frame["doc_id"]))
    columns = [by, "archival", "literature", "legal", "printed", "unparsed", "total", "archival_share", "literature_share"]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    table = pd.crosstab(frame[by], frame["resolved"]).reindex(index=order, columns=["archival", "literature", "legal", "printed", "unparsed"],
                                                                  fill_value=0)
    table["total"] = table.sum(axis=1)
    cited = (table["archival"] + table["literature"]).astype(float)
    table["archival_share"] = (table["archival"] / cited.where(cited > 0)).round(4)
    table["literature_share"] = (table["literature"] / cited.where(cited > 0)).round(4)
    table.index.name = by
    table.columns.name = None
    table = table.reset_index()[columns]
    if by == "doc_id" and documents is not None:
        titles = as_strings(documents, "doc_id", "title").set_index("doc_id")["title"]
        table.insert(1, "title", [titles.get(doc_id, "") for doc_id in table["doc_id"]])
    return table
