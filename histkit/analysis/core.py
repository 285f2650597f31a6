"""The analyses behind the notebooks: pure functions from histkit tables to tables and figures.

Three questions, one section each: who dominates the narrative (actor
frequency, per section, co-mentions), which archives the argument rests on
(citations per archive/fond/collection, cited documents' dates, archival vs
literature shares), and how actors and sources differ between periods
(passages dated by their dates and their cited documents, weighted log-odds
with an informative Dirichlet prior). Every table comes back sorted the same
way on every run; `histkit.figures` draws them.

    >>> tables = build_tables("data/corpus")                       # doctest: +SKIP
    >>> actor_counts(tables["mentions"], tables["actors"], top_n=3).actor_id.tolist()
    ['bevin', 'attlee', 'eden']
"""

from __future__ import annotations

import math
import os
import re
from itertools import combinations
from pathlib import Path

import pandas as pd

from ..errors import ParameterError

ZONES = ("body", "notes", "both")
KINDS = ("person", "organisation", "party", "state", "institution")
GROUP_BY = {"archive": ["archive"], "fond": ["archive", "fond"], "collection": ["archive", "fond", "collection"]}
DATE_BINS = ("year", "quarter", "month")
RULES = ("split", "majority")
DEFAULT_PERIODS = [["1950–1953", 1950, 1953], ["1954–1956", 1954, 1956]]
NO_SECTION = "(no section)"
NONE = "(none)"

_WORD = re.compile(r"\w+(?:[-’']\w+)*", re.UNICODE)
_MENTION_ZONE = {"body": "body", "note": "notes"}  # front matter and résumés are not the narrative
_REPO = Path(__file__).resolve().parents[2]  # the source checkout, when histkit runs from one


# --------------------------------------------------------------------------- helpers


def _str(frame: pd.DataFrame, *columns: str) -> pd.DataFrame:
    """A copy whose `columns` are plain strings ('' for missing), as after a CSV round trip."""
    frame = frame.copy()
    for col in columns:
        if col not in frame.columns:
            frame[col] = ""
        frame[col] = pd.Series([_plain(v) for v in frame[col]], index=frame.index, dtype=object)
    return frame


def _plain(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # "12.0" read back from a CSV column with gaps is note 12
    return str(value)


def _choice(name: str, value, allowed) -> None:
    if value not in allowed:
        raise ParameterError(f"{name}={value!r} is not valid; use one of: {', '.join(map(str, allowed))}")


def _bool(series: pd.Series) -> pd.Series:
    return series.map(lambda v: str(v).strip().lower() in ("true", "1", "yes"))


def _words(text) -> int:
    return len(_WORD.findall(_plain(text)))


def _short(label: str, width: int = 38) -> str:
    label = str(label)
    return label if len(label) <= width else label[: width - 1].rstrip() + "…"


def _actor_names(actors: pd.DataFrame) -> pd.DataFrame:
    actors = _str(actors, "actor_id", "name", "kind")
    return actors[["actor_id", "name", "kind"]].drop_duplicates("actor_id")


def _zone_columns(zones: str) -> list[str]:
    _choice("zones", zones, ZONES)
    return ["body", "notes"] if zones == "both" else [zones]


def _section_order(frame: pd.DataFrame) -> list[str]:
    """Section titles in reading order (document, then offset), each once."""
    ordered = frame.sort_values(["doc_id", "start"], kind="stable")
    return list(dict.fromkeys(ordered["section"].replace("", NO_SECTION)))


# --------------------------------------------------------------------------- paths and output


def find_input(path: str | os.PathLike, what: str = "corpus") -> Path:
    """An input path as given if it exists from the cwd, else relative to the repository root.

        >>> find_input("data/corpus").name
        'corpus'

    Raises ParameterError when neither exists (the message names both places).
    """
    given = Path(path).expanduser()
    if given.exists():
        return given
    if not given.is_absolute() and (_REPO / given).exists():
        return _REPO / given
    raise ParameterError(
        f"{what} {str(path)!r} not found in {Path.cwd()} nor in the repository root {_REPO}; "
        "give an existing path (absolute, or relative to either)"
    )


def output_path(path: str | os.PathLike) -> Path:
    """Where a relative output folder goes: the repository root when working inside it, else the cwd.

        >>> output_path("runs/dev") == Path(__file__).resolve().parents[1] / "runs/dev"   # doctest: +SKIP
        True

    So a notebook opened from notebooks/ in JupyterLab writes to the same
    runs/ folder as `make run`. Absolute paths are kept.
    """
    given = Path(path).expanduser()
    if given.is_absolute():
        return given
    cwd = Path.cwd().resolve()
    return _REPO / given if cwd == _REPO or _REPO in cwd.parents else cwd / given


def load_tables(corpus: str | os.PathLike = "data/corpus", actors_file: str | os.PathLike = ""):
    """`build_tables` on a corpus path found by `find_input`; empty `actors_file` = shipped authority.

        >>> sorted(load_tables("data/corpus"))[:2]    # doctest: +SKIP
        ['actors', 'blocks']

    Raises ParameterError for a missing path, and what `build_tables` raises.
    """
    from ..store import build_tables

    actors = find_input(actors_file, "actors_file") if str(actors_file) else None
    return build_tables(find_input(corpus, "corpus"), actors=actors)


def save_table(frame: pd.DataFrame, name: str, output_dir: str | os.PathLike) -> Path:
    """Write `output_dir/tables/<name>.csv` byte for byte the same for the same frame.

        >>> save_table(pd.DataFrame({"a": [1]}), "demo_counts", "out").as_posix()   # doctest: +SKIP
        'out/tables/demo_counts.csv'

    Raises ParameterError when `name` is not a plain file stem.
    """
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", name or ""):
        raise ParameterError(f"table name {name!r} is not a plain file stem; use letters, digits, '_', '-'")
    folder = Path(output_dir) / "tables"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.csv"
    frame.to_csv(path, index=False, lineterminator="\n", encoding="utf-8", float_format="%.6g")
    return path


# --------------------------------------------------------------------------- actor frequency


def _mentions(mentions: pd.DataFrame, actors: pd.DataFrame, zones: str, kinds, include_ambiguous: bool) -> pd.DataFrame:
    """Mentions in the counted zones with a `column` (body/notes) and the actor's name and kind."""
    columns = _zone_columns(zones)
    frame = _str(mentions, "doc_id", "actor_id", "zone", "section", "note_no", "block_id")
    if "ambiguous" in frame.columns and not include_ambiguous:
        frame = frame[~_bool(frame["ambiguous"])]
    if "in_call_number" in frame.columns:
        # An archive's filing (`…, Belgium file, 11/II-9`) is no mention of an actor in the narrative.
        frame = frame[~_bool(frame["in_call_number"])]
    frame["column"] = frame["zone"].map(_MENTION_ZONE)
    frame = frame[frame["column"].isin(columns)]
    frame = frame.merge(_actor_names(actors), on="actor_id", how="left")
    frame["name"] = frame["name"].fillna("").where(frame["name"].fillna("") != "", frame["actor_id"])
    frame["kind"] = frame["kind"].fillna("")
    if kinds is not None:
        kinds = [kinds] if isinstance(kinds, str) else list(kinds)
        frame = frame[frame["kind"].isin(kinds)]
    if "start" not in frame.columns:
        frame["start"] = 0
    return frame


def _zone_words(blocks: pd.DataFrame | None, documents: pd.DataFrame | None, by: list[str], columns: list[str]) -> pd.DataFrame:
    """Words per `by` group in body text (body and headings) and in notes, for rates per 10,000 words."""
    if blocks is not None and len(blocks):
        frame = _str(blocks, "doc_id", "zone", "section", "text")
        frame["column"] = frame["zone"].map({"body": "body", "heading": "body", "note": "notes"})
        frame = frame[frame["column"].notna()]
        frame["words"] = frame["text"].map(_words)
        words = frame.pivot_table(index=by or None, columns="column", values="words", aggfunc="sum", fill_value=0) if by else \
            frame.groupby("column")["words"].sum().to_frame().T
    elif documents is not None and "notes" not in columns and set(by) <= {"doc_id"}:
        docs = _str(documents, "doc_id")
        docs["body"] = pd.to_numeric(docs["n_words"], errors="coerce").fillna(0)
        words = docs.groupby(by)[["body"]].sum() if by else docs[["body"]].sum().to_frame().T
    else:
        raise ParameterError(
            "normalise=True needs word counts: pass blocks= (the blocks table), or documents= when counting "
            "body mentions per corpus or per document"
        )
    words = words.reindex(columns=columns, fill_value=0).rename(columns={c: f"words_{c}" for c in columns})
    return words.reset_index(drop=not by)


def actor_counts(
    mentions: pd.DataFrame,
    actors: pd.DataFrame,
    *,
    zones: str = "both",
    kinds=None,
    min_count: int = 1,
    top_n: int | None = None,
    normalise: bool = False,
    by=(),
    blocks: pd.DataFrame | None = None,
    documents: pd.DataFrame | None = None,
    include_ambiguous: bool = False,
) -> pd.DataFrame:
    """Mentions per actor in the body and in the notes, ranked.

        >>> actor_counts(mentions, actors, zones="both", top_n=2)[["actor_id", "body", "notes", "total"]].values.tolist()
        [['bevin', 7, 3, 10], ['eden', 2, 5, 7]]

    Columns: *by* (e.g. doc_id or section), actor_id, name, kind, then `body`
    and/or `notes` (as `zones` selects), total, and with ``normalise`` the
    word counts `words_body`/`words_notes` and the rates `body_per_10k`,
    `notes_per_10k`, `total_per_10k` (mentions per 10,000 words of that zone;
    words counted in `blocks`, or documents.n_words for body counts), then
    `rank` (1 = most mentioned, within each *by* group). Only body and note
    mentions count (front matter and résumés are not the narrative).
    Ambiguous mentions (one row per candidate) are left out unless
    ``include_ambiguous``; names that are only part of an archival call
    number (mentions.in_call_number) never count. ``min_count`` applies to the raw total, ``top_n``
    to the ranking (by rate when normalised); ties are broken by actor_id.
    Raises ParameterError for an unknown zone or missing word counts.
    """
    by = [by] if isinstance(by, str) else list(by)
    columns = _zone_columns(zones)
    frame = _mentions(mentions, actors, zones, kinds, include_ambiguous)
    if "section" in by:
        frame["section"] = frame["section"].replace("", NO_SECTION)
    keys = by + ["actor_id", "name", "kind"]
    if frame.empty:
        counts = pd.DataFrame(columns=keys + columns)
    else:
        counts = frame.pivot_table(index=keys, columns="column", values="start", aggfunc="size", fill_value=0)
        counts = counts.reindex(columns=columns, fill_value=0).reset_index()
        counts.columns.name = None
    counts[columns] = counts[columns].astype(int)
    counts["total"] = counts[columns].sum(axis=1).astype(int)
    counts = counts[counts["total"] >= max(int(min_count), 1)]
    sort_by = "total"
    if normalise:
        if "section" in by and blocks is not None:
            blocks = _str(blocks, "section")
            blocks["section"] = blocks["section"].replace("", NO_SECTION)
        words = _zone_words(blocks, documents, by, columns)
        counts = counts.merge(words, on=by, how="left") if by else counts.assign(**words.iloc[0].to_dict())
        for col in columns:
            counts[f"{col}_per_10k"] = _rate(counts[col], counts[f"words_{col}"])
        counts["total_per_10k"] = _rate(counts["total"], sum(counts[f"words_{c}"] for c in columns))
        sort_by = "total_per_10k"
    counts = counts.sort_values(by + [sort_by, "actor_id"], ascending=[True] * len(by) + [False, True], kind="stable")
    counts["rank"] = counts.groupby(by, sort=False).cumcount() + 1 if by else range(1, len(counts) + 1)
    if top_n:
        counts = counts[counts["rank"] <= int(top_n)]
    return counts.reset_index(drop=True)


def _rate(count: pd.Series, words) -> pd.Series:
    words = pd.Series(words, index=count.index).astype(float)
    return (count.astype(float) * 10_000 / words.where(words > 0)).round(4)


def section_matrix(
    mentions: pd.DataFrame,
    actors: pd.DataFrame,
    *,
    zones: str = "both",
    kinds=None,
    top_n: int = 15,
    actor_ids=None,
    include_ambiguous: bool = False,
) -> pd.DataFrame:
    """Actors × sections mention counts for a heat map; rows are the top actors, columns in reading order.

        >>> section_matrix(mentions, actors, top_n=2)
                      Introduction  Conclusion
        Ernest Bevin             4           6

    Rows are named by the actor's name (index `actor`), ordered by total
    mentions (ties by actor_id); ``actor_ids`` fixes the rows instead of
    ``top_n``. Columns are section titles in order of first appearance;
    mentions outside any section go to "(no section)". A note counts for the
    section its mention row names. Raises ParameterError for an unknown zone.
    """
    frame = _mentions(mentions, actors, zones, kinds, include_ambiguous)
    frame["section"] = frame["section"].replace("", NO_SECTION)
    if actor_ids is None:
        totals = frame.groupby("actor_id").size().rename("n").reset_index()
        totals = totals.sort_values(["n", "actor_id"], ascending=[False, True], kind="stable")
        actor_ids = totals["actor_id"].head(int(top_n)).tolist() if top_n else totals["actor_id"].tolist()
    actor_ids = list(actor_ids)
    sections = _section_order(frame) if len(frame) else []
    frame = frame[frame["actor_id"].isin(actor_ids)]
    matrix = pd.crosstab(frame["actor_id"], frame["section"]) if len(frame) else pd.DataFrame()
    matrix = matrix.reindex(index=actor_ids, columns=sections, fill_value=0).astype(int)
    names = _actor_names(actors).set_index("actor_id")["name"]
    matrix.index = [names.get(a, a) or a for a in actor_ids]
    matrix.index.name = "actor"
    matrix.columns.name = "section"
    return matrix


def co_mentions(
    mentions: pd.DataFrame,
    actors: pd.DataFrame,
    *,
    zones: str = "both",
    kinds=None,
    actor_ids=None,
    min_weight: int = 1,
    include_ambiguous: bool = False,
) -> pd.DataFrame:
    """Pairs of actors named in the same body paragraph or the same note, with how often.

        >>> co_mentions(mentions, actors).head(1).values.tolist()
        [['bevin', 'eden', 'Ernest Bevin', 'Anthony Eden', 3, 2, 1]]

    Columns: source, target (actor_ids, source < target), source_name,
    target_name, weight (paragraphs + notes naming both), body, notes.
    A note is one unit however many blocks it spans; several mentions of a
    pair in one unit count once. Sorted by weight (descending), then source,
    target. ``actor_ids`` restricts the actors considered.
    """
    frame = _mentions(mentions, actors, zones, kinds, include_ambiguous)
    if actor_ids is not None:
        frame = frame[frame["actor_id"].isin(list(actor_ids))]
    frame["unit"] = frame["block_id"].where(frame["column"] == "body", frame["doc_id"] + "\x1fnote\x1f" + frame["note_no"])
    pairs: dict[tuple[str, str], dict[str, int]] = {}
    for (column, _unit), group in frame.groupby(["column", "unit"], sort=True):
        for a, b in combinations(sorted(set(group["actor_id"])), 2):
            slot = pairs.setdefault((a, b), {"body": 0, "notes": 0})
            slot[column] += 1
    names = _actor_names(actors).set_index("actor_id")["name"]
    rows = [
        {"source": a, "target": b, "source_name": names.get(a, a), "target_name": names.get(b, b),
         "weight": n["body"] + n["notes"], "body": n["body"], "notes": n["notes"]}
        for (a, b), n in pairs.items()
    ]
    edges = pd.DataFrame(rows, columns=["source", "target", "source_name", "target_name", "weight", "body", "notes"])
    edges = edges[edges["weight"] >= max(int(min_weight), 1)]
    edges = edges.sort_values(["weight", "source", "target"], ascending=[False, True, True], kind="stable")
    return edges.reset_index(drop=True).astype({"weight": int, "body": int, "notes": int})


def co_mention_graph(edges: pd.DataFrame, counts: pd.DataFrame | None = None):
    """A networkx Graph of co-mention edges; nodes carry name, kind and total when `counts` is given.

        >>> g = co_mention_graph(co_mentions(mentions, actors)); sorted(g.nodes)[:2]
        ['bevin', 'eden']

    Nodes and edges are added in sorted order so layouts with a seed repeat.
    """
    import networkx as nx

    graph = nx.Graph()
    info = {}
    if counts is not None and len(counts):
        info = counts.drop_duplicates("actor_id").set_index("actor_id")[["name", "kind", "total"]].to_dict("index")
    names = {**dict(zip(edges["source"], edges["source_name"])), **dict(zip(edges["target"], edges["target_name"]))}
    for node in sorted(set(names) | set(info)):
        data = info.get(node, {})
        graph.add_node(node, name=data.get("name", names.get(node, node)), kind=data.get("kind", ""), total=int(data.get("total", 0)))
    for row in edges.sort_values(["source", "target"]).itertuples(index=False):
        graph.add_edge(row.source, row.target, weight=int(row.weight), body=int(row.body), notes=int(row.notes))
    return graph


# --------------------------------------------------------------------------- archival sources


def archival_citations(citations: pd.DataFrame, include_ibid: bool = True) -> pd.DataFrame:
    """The citations of archival documents: `kind=archival`, plus Ibid. rows resolved to an archive.

        >>> archival_citations(citations)[["note_no", "kind", "archive", "via_ibid"]].values.tolist()[:2]
        [['3', 'archival', 'TNA', False], ['4', 'ibid', 'TNA', True]]

    An Ibid. row counts for the archive it resolves to (the citations table
    copies archive, fond, unit and dates from the citation it repeats), so a
    document cited five times in a row counts five times; ``include_ibid=False``
    counts only the first full citation. Adds column `via_ibid`.
    """
    frame = _str(citations, "doc_id", "note_no", "seq", "kind", "archive", "archive_name", "fond", "collection", "unit",
                 "title", "date_start", "date_end", "date_precision", "ibid_of", "raw")
    keep = frame["kind"].eq("archival")
    if include_ibid:
        keep |= frame["kind"].eq("ibid") & frame["archive"].ne("")
    frame = frame[keep].copy()
    frame["via_ibid"] = frame["kind"].eq("ibid")
    return frame.reset_index(drop=True)


def source_counts(citations: pd.DataFrame, group_by: str = "archive", include_ibid: bool = True) -> pd.DataFrame:
    """Archival citations per archive, per archive and fond, or per archive, fond and collection.

        >>> source_counts(citations, "fond")[["archive", "fond", "citations", "via_ibid"]].values.tolist()
        [['TNA', 'FO 371', 3, 1], ['NARA', 'RG 59', 1, 0]]

    Columns: archive, archive_name, fond/collection (as `group_by` asks), label
    (the keys joined by " / ", for figures), citations, via_ibid (how many of
    them are Ibid. rows counted for the archive they resolve to), share (of
    all archival citations). Missing fond/collection show as "(none)". Sorted
    by citations (descending), then the keys. Raises ParameterError for an
    unknown `group_by`.
    """
    _choice("group_by", group_by, GROUP_BY)
    keys = GROUP_BY[group_by]
    frame = archival_citations(citations, include_ibid)
    for key in keys[1:]:
        frame[key] = frame[key].replace("", NONE)
    columns = keys[:1] + ["archive_name"] + keys[1:] + ["label", "citations", "via_ibid", "share"]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    names = frame[frame["archive_name"] != ""].drop_duplicates("archive").set_index("archive")["archive_name"]
    counts = frame.groupby(keys, sort=True).agg(citations=("kind", "size"), via_ibid=("via_ibid", "sum")).reset_index()
    counts["archive_name"] = counts["archive"].map(names).fillna("")
    counts["label"] = counts[keys].agg(" / ".join, axis=1)
    if group_by == "archive":  # a code alone means little to a reader who does not know the archive
        named = (counts["archive_name"] != "") & (counts["archive_name"] != counts["archive"])
        counts.loc[named, "label"] = counts["archive"] + " (" + counts["archive_name"] + ")"
    counts["share"] = (counts["citations"] / counts["citations"].sum()).round(4)
    counts = counts.astype({"citations": int, "via_ibid": int})
    counts = counts.sort_values(["citations"] + keys, ascending=[False] + [True] * len(keys), kind="stable")
    return counts[columns].reset_index(drop=True)


def _iso_span(start: str, end: str = "") -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """First and last day of an ISO date or range (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); None if unreadable."""
    first = _iso_bound(start, last=False)
    if first is None:
        return None
    last = _iso_bound(end or start, last=True)
    if last is None or last < first:
        last = _iso_bound(start, last=True)
    return first, last


def _iso_bound(text: str, last: bool) -> pd.Timestamp | None:
    text = _plain(text).strip()
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", text)
    if not match:
        return None
    year, month, day = match.groups()
    try:
        if day:
            return pd.Timestamp(int(year), int(month), int(day))
        if month:
            first = pd.Timestamp(int(year), int(month), 1)
            return first + pd.offsets.MonthEnd(0) if last else first
        return pd.Timestamp(int(year), 12, 31) if last else pd.Timestamp(int(year), 1, 1)
    except ValueError:
        return None


def _precision(iso: str, stated: str) -> str:
    if stated in ("day", "month", "year"):
        return stated
    return {1: "year", 2: "month", 3: "day"}.get(len(_plain(iso).split("-")), "year")


def _bin(day: pd.Timestamp, date_bin: str) -> tuple[str, str]:
    if date_bin == "year":
        return f"{day.year}", f"{day.year}-01-01"
    if date_bin == "quarter":
        q = (day.month - 1) // 3 + 1
        return f"{day.year}-Q{q}", f"{day.year}-{3 * q - 2:02d}-01"
    return f"{day.year}-{day.month:02d}", f"{day.year}-{day.month:02d}-01"


def date_timeline(citations: pd.DataFrame, date_bin: str = "year", include_ibid: bool = True) -> pd.DataFrame:
    """Archival citations per archive and date bin of the cited document's date (date_start).

        >>> date_timeline(citations, "quarter").values.tolist()[:1]
        [['TNA', '1952-Q3', '1952-07-01', 2, 0]]

    Columns: archive, bin (`1952`, `1952-Q3` or `1952-07`), bin_start (ISO),
    citations, coarser (how many of them are dated less precisely than the bin,
    e.g. only a year in a month bin: they sit in the bin of their first day).
    Undated or unreadable dates are not here: see `undated_citations`. Sorted
    by bin_start, then archive. Raises ParameterError for an unknown bin.
    """
    _choice("date_bin", date_bin, DATE_BINS)
    finer = {"year": {"year", "month", "day"}, "quarter": {"month", "day"}, "month": {"month", "day"}}[date_bin]
    rows = []
    for row in archival_citations(citations, include_ibid).itertuples(index=False):
        span = _iso_span(row.date_start, row.date_end)
        if span is None:
            continue
        label, start = _bin(span[0], date_bin)
        rows.append({"archive": row.archive, "bin": label, "bin_start": start,
                     "coarser": int(_precision(row.date_start, row.date_precision) not in finer)})
    columns = ["archive", "bin", "bin_start", "citations", "coarser"]
    if not rows:
        return pd.DataFrame(columns=columns)
    frame = pd.DataFrame(rows)
    out = frame.groupby(["bin_start", "bin", "archive"], sort=True).agg(citations=("coarser", "size"), coarser=("coarser", "sum"))
    return out.reset_index()[columns].astype({"citations": int, "coarser": int})


def undated_citations(citations: pd.DataFrame, include_ibid: bool = True) -> pd.DataFrame:
    """Archival citations whose document has no readable date, reported rather than guessed.

        >>> undated_citations(citations)[["note_no", "archive", "unit"]].values.tolist()
        [['7', 'NARA', 'Box 12']]

    Columns: doc_id, note_no, seq, kind, archive, fond, collection, unit,
    title, date_start, raw; in document and note order.
    """
    frame = archival_citations(citations, include_ibid)
    undated = pd.Series([_iso_span(s, e) is None for s, e in zip(frame["date_start"], frame["date_end"])], index=frame.index, dtype=bool)
    frame = frame[undated]
    frame = frame.assign(_n=pd.to_numeric(frame["note_no"], errors="coerce").fillna(-1), seq=pd.to_numeric(frame["seq"]))
    frame = frame.sort_values(["doc_id", "_n", "note_no", "seq"], kind="stable")
    return frame[["doc_id", "note_no", "seq", "kind", "archive", "fond", "collection", "unit", "title", "date_start", "raw"]].reset_index(drop=True)


def _citation_kinds(citations: pd.DataFrame) -> pd.Series:
    """archival / literature / unparsed per citation, an Ibid. taking the kind of what it repeats."""
    frame = _str(citations, "doc_id", "note_no", "seq", "kind", "archive", "ibid_of")
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
        resolved.append(k if k in ("archival", "literature") else "unparsed")
    return pd.Series(resolved, index=citations.index, dtype=object)


def source_shares(
    citations: pd.DataFrame,
    notes: pd.DataFrame | None = None,
    blocks: pd.DataFrame | None = None,
    by: str = "doc_id",
    documents: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Archival vs literature citations per document or per section, with shares.

        >>> source_shares(citations, notes, blocks, by="section")[["section", "archival", "literature"]].values.tolist()
        [['Introduction', 0, 3], ['The Crisis', 4, 1]]

    Columns: doc_id or section, archival, literature, unparsed, total,
    archival_share and literature_share (of archival + literature; unparsed
    citations are counted but left out of the shares). Ibid. counts as the
    kind of the citation it repeats. A note's section is the section of the
    block holding its marker (`notes` and `blocks` needed for
    ``by="section"``); notes without a marker go to "(no section)". With
    `documents`, per-document rows get the document's `title` after doc_id.
    Rows in document order. Raises ParameterError for another `by` or
    missing tables.
    """
    _choice("by", by, ("doc_id", "section"))
    frame = _str(citations, "doc_id", "note_no")
    frame["resolved"] = _citation_kinds(citations).to_numpy()
    order: list[str]
    if by == "section":
        if notes is None or blocks is None:
            raise ParameterError("source_shares(by='section') needs the notes and blocks tables")
        blk = _str(blocks, "doc_id", "block_id", "section")
        nts = _str(notes, "doc_id", "note_no", "marker_block_id")
        section = dict(zip(blk["block_id"], blk["section"]))
        nts["section"] = [section.get(b, "") or NO_SECTION for b in nts["marker_block_id"]]
        frame = frame.merge(nts[["doc_id", "note_no", "section"]], on=["doc_id", "note_no"], how="left")
        frame["section"] = frame["section"].fillna(NO_SECTION)
        blk["start"] = pd.to_numeric(blk.get("start", 0), errors="coerce").fillna(0)
        order = [s for s in _section_order(blk[blk["section"] != ""]) if s in set(frame["section"])]
        order += sorted(set(frame["section"]) - set(order))
    else:
        order = sorted(set(frame["doc_id"]))
    columns = [by, "archival", "literature", "unparsed", "total", "archival_share", "literature_share"]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    table = pd.crosstab(frame[by], frame["resolved"]).reindex(index=order, columns=["archival", "literature", "unparsed"], fill_value=0)
    table["total"] = table.sum(axis=1)
    cited = (table["archival"] + table["literature"]).astype(float)
    table["archival_share"] = (table["archival"] / cited.where(cited > 0)).round(4)
    table["literature_share"] = (table["literature"] / cited.where(cited > 0)).round(4)
    table.index.name = by
    table.columns.name = None
    table = table.reset_index()[columns]
    if by == "doc_id" and documents is not None:
        titles = _str(documents, "doc_id", "title").set_index("doc_id")["title"]
        table.insert(1, "title", table["doc_id"].map(titles).fillna(""))
    return table


# --------------------------------------------------------------------------- period comparison


def parse_periods(periods=None) -> pd.DataFrame:
    """Periods as a table: label, start, end (inclusive ISO days), from `[label, start, end]` lists.

        >>> parse_periods([["early", 1950, "1953-06"]]).values.tolist()
        [['early', '1950-01-01', '1953-06-30']]

    Start and end are years or ISO dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`);
    a year as end means its last day. A CSV path (columns label, start, end)
    is read too. Raises ParameterError for a malformed period, an end before
    its start, a repeated label or overlapping periods (a date must belong to
    at most one period).
    """
    if periods is None or (isinstance(periods, str) and not periods.strip()):
        periods = DEFAULT_PERIODS
    if isinstance(periods, (str, os.PathLike)):
        path = find_input(periods, "periods file")
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        if not {"label", "start", "end"} <= set(frame.columns):
            raise ParameterError(f"{path}: a periods file needs the columns label, start, end")
        periods = frame[["label", "start", "end"]].values.tolist()
    rows = []
    for i, period in enumerate(periods, 1):
        if not isinstance(period, (list, tuple)) or len(period) != 3:
            raise ParameterError(f"period {i} is {period!r}; write each period as [label, start, end], e.g. ['1950–1953', 1950, 1953]")
        label, start, end = (_plain(v).strip() for v in period)
        first, last = _iso_bound(start, last=False), _iso_bound(end, last=True)
        if not label or first is None or last is None:
            raise ParameterError(f"period {i} {list(period)!r}: needs a label and start/end as years or ISO dates (1950, 1950-03, 1950-03-01)")
        if last < first:
            raise ParameterError(f"period {label!r} ends ({end}) before it starts ({start})")
        rows.append({"label": label, "start": first, "end": last})
    if not rows:
        raise ParameterError("periods is empty; give at least one [label, start, end]")
    labels = [r["label"] for r in rows]
    if len(set(labels)) != len(labels):
        raise ParameterError(f"period labels repeat: {labels}; give each period its own label")
    ordered = sorted(rows, key=lambda r: r["start"])
    for a, b in zip(ordered, ordered[1:]):
        if b["start"] <= a["end"]:
            raise ParameterError(f"periods {a['label']!r} and {b['label']!r} overlap; a date must fall in at most one period")
    frame = pd.DataFrame(rows)
    frame["start"] = frame["start"].dt.strftime("%Y-%m-%d")
    frame["end"] = frame["end"].dt.strftime("%Y-%m-%d")
    return frame[["label", "start", "end"]]


def passages(blocks: pd.DataFrame, notes: pd.DataFrame) -> pd.DataFrame:
    """Body paragraphs with the notes they call: the units the period comparison dates and counts.

        >>> passages(blocks, notes)[["passage_id", "note_nos"]].values.tolist()[:1]
        [['d1:0003', '1|2']]

    Columns: doc_id, passage_id (the body block's block_id), section, page,
    start, note_nos (`|`-joined, in order), text. A note belongs to the
    paragraph holding its marker (notes.marker_block_id); notes whose marker
    is not in a body paragraph belong to no passage.
    """
    blk = _str(blocks, "doc_id", "block_id", "zone", "section", "text")
    body = blk[blk["zone"] == "body"].copy()
    nts = _str(notes, "doc_id", "note_no", "marker_block_id")
    nts["_n"] = pd.to_numeric(nts["note_no"], errors="coerce").fillna(0)
    called = nts.sort_values(["doc_id", "_n", "note_no"]).groupby("marker_block_id")["note_no"].agg("|".join)
    called = dict(zip(called.index, called.to_numpy()))
    body["note_nos"] = [called.get(b, "") for b in body["block_id"]]
    body["start"] = pd.to_numeric(body["start"], errors="coerce").fillna(0).astype(int)
    body = body.rename(columns={"block_id": "passage_id"}).sort_values(["doc_id", "start", "passage_id"], kind="stable")
    if "page" not in body.columns:
        body["page"] = ""
    return body[["doc_id", "passage_id", "section", "page", "start", "note_nos", "text"]].reset_index(drop=True)


def _passage_notes(passage_table: pd.DataFrame) -> pd.DataFrame:
    """doc_id, note_no, passage_id: which passage each note belongs to."""
    rows = [
        {"doc_id": p.doc_id, "note_no": n, "passage_id": p.passage_id}
        for p in passage_table.itertuples(index=False) for n in _plain(p.note_nos).split("|") if n
    ]
    return pd.DataFrame(rows, columns=["doc_id", "note_no", "passage_id"])


def passage_dates(passage_table: pd.DataFrame, dates: pd.DataFrame, citations: pd.DataFrame) -> pd.DataFrame:
    """Every date that dates a passage: dates named in its paragraph, and dates of the archival documents its notes cite.

        >>> passage_dates(p, dates, citations)[["passage_id", "source", "date_start", "date_end"]].values.tolist()[:1]
        [['d1:0003', 'text', '1952-07-30', '1952-07-30']]

    Columns: doc_id, passage_id, source (`text` or `citation`), surface (the
    date as written, or `note N:seq`), date_start, date_end (first and last
    day, ISO). Dates written in the notes' own text are not used: there they
    are mostly publication years of the literature cited, not the time the
    passage speaks of; the archival documents' dates come from the citations
    (Ibid. rows included, with the date they repeat). Unreadable dates are
    skipped. In passage order.
    """
    order = {pid: i for i, pid in enumerate(passage_table["passage_id"])}
    rows = []
    dts = _str(dates, "doc_id", "block_id", "surface", "date_start", "date_end")
    for d in dts[dts["block_id"].isin(order)].itertuples(index=False):
        span = _iso_span(d.date_start, d.date_end)
        if span:
            rows.append({"doc_id": d.doc_id, "passage_id": d.block_id, "source": "text", "surface": d.surface,
                         "date_start": span[0], "date_end": span[1]})
    owner = _passage_notes(passage_table)
    cited = archival_citations(citations).merge(owner, on=["doc_id", "note_no"], how="inner")
    for c in cited.itertuples(index=False):
        span = _iso_span(c.date_start, c.date_end)
        if span:
            rows.append({"doc_id": c.doc_id, "passage_id": c.passage_id, "source": "citation", "surface": f"note {c.note_no}:{c.seq}",
                         "date_start": span[0], "date_end": span[1]})
    columns = ["doc_id", "passage_id", "source", "surface", "date_start", "date_end"]
    if not rows:
        return pd.DataFrame(columns=columns)
    frame = pd.DataFrame(rows, columns=columns)
    frame["_o"] = frame["passage_id"].map(order)
    frame = frame.sort_values(["_o", "source", "date_start", "date_end", "surface"], ascending=[True, False, True, True, True], kind="stable")
    frame["date_start"] = frame["date_start"].dt.strftime("%Y-%m-%d")
    frame["date_end"] = frame["date_end"].dt.strftime("%Y-%m-%d")
    return frame[columns].reset_index(drop=True)


def _votes(start: str, end: str, periods: pd.DataFrame) -> list[float]:
    """One vote per date, shared among the periods in proportion to the days of its span in each."""
    first, last = pd.Timestamp(start), pd.Timestamp(end)
    days = (last - first).days + 1
    votes = []
    for p in periods.itertuples(index=False):
        overlap = (min(last, pd.Timestamp(p.end)) - max(first, pd.Timestamp(p.start))).days + 1
        votes.append(max(overlap, 0) / days)
    return votes


def assign_periods(passage_table: pd.DataFrame, dates_of_passages: pd.DataFrame, periods=None, rule: str = "split") -> pd.DataFrame:
    """Which period each passage belongs to, with a weight; undated passages get a reason instead.

        >>> assign_periods(p, pdates, [["A", 1950, 1953], ["B", 1954, 1956]])[["passage_id", "period", "weight"]].values.tolist()
        [['d1:0003', 'A', 0.75], ['d1:0003', 'B', 0.25], ['d1:0004', '', 0.0]]

    The rule. Each date of a passage (see `passage_dates`) gives one vote,
    shared among the periods in proportion to the days of its span falling in
    each (`1952` votes wholly for 1950–1953; `1950s` gives 0.4 to 1950–1953,
    0.3 to 1954–1956 and drops the rest); parts outside every period are
    dropped. ``rule="split"`` (default) weights the passage by its votes:
    three dates in A and one in B give A 0.75 and B 0.25, so a passage is
    never counted twice. ``rule="majority"`` gives the whole passage to the
    period with most votes; a tie is not broken but reported.

    Columns: doc_id, passage_id, section, period, weight, votes, n_dates,
    reason. One row per period a passage belongs to (weight > 0); a passage
    with no period has one row with period "" and weight 0 and the reason:
    "no dates", "dates outside every period", or "tie between …". Raises
    ParameterError for bad periods or an unknown rule.
    """
    _choice("rule", rule, RULES)
    table = parse_periods(periods)
    labels = table["label"].tolist()
    votes: dict[str, list[float]] = {}
    n_dates: dict[str, int] = {}
    for d in dates_of_passages.itertuples(index=False):
        share = _votes(d.date_start, d.date_end, table)
        acc = votes.setdefault(d.passage_id, [0.0] * len(labels))
        votes[d.passage_id] = [a + s for a, s in zip(acc, share)]
        n_dates[d.passage_id] = n_dates.get(d.passage_id, 0) + 1
    rows = []
    for p in passage_table.itertuples(index=False):
        base = {"doc_id": p.doc_id, "passage_id": p.passage_id, "section": p.section, "n_dates": n_dates.get(p.passage_id, 0)}
        vote = votes.get(p.passage_id, [0.0] * len(labels))
        total = sum(vote)
        if total <= 0:
            reason = "no dates" if not base["n_dates"] else "dates outside every period"
            rows.append({**base, "period": "", "weight": 0.0, "votes": 0.0, "reason": reason})
            continue
        if rule == "majority":
            best = max(vote)
            winners = [label for label, v in zip(labels, vote) if math.isclose(v, best)]
            if len(winners) > 1:
                rows.append({**base, "period": "", "weight": 0.0, "votes": 0.0, "reason": "tie between " + ", ".join(winners)})
                continue
            vote = [v if label == winners[0] else 0.0 for label, v in zip(labels, vote)]
            weights = [1.0 if label == winners[0] else 0.0 for label in labels]
        else:
            weights = [v / total for v in vote]
        for label, w, v in zip(labels, weights, vote):
            if w > 0:
                rows.append({**base, "period": label, "weight": round(w, 6), "votes": round(v, 6), "reason": ""})
    columns = ["doc_id", "passage_id", "section", "period", "weight", "votes", "n_dates", "reason"]
    return pd.DataFrame(rows, columns=columns).astype({"weight": float, "votes": float, "n_dates": int})


def unassigned_passages(assignments: pd.DataFrame, passage_table: pd.DataFrame, width: int = 120) -> pd.DataFrame:
    """The passages no period could be given to, with why and the start of their text.

        >>> unassigned_passages(assigned, p)[["passage_id", "reason"]].values.tolist()
        [['d1:0004', 'no dates']]

    Columns: doc_id, passage_id, section, reason, n_dates, note_nos, text
    (the first `width` characters). In passage order.
    """
    left = assignments[assignments["period"] == ""][["doc_id", "passage_id", "section", "reason", "n_dates"]]
    info = passage_table[["passage_id", "note_nos", "text"]].copy()
    info["text"] = info["text"].map(lambda t: _short(" ".join(_plain(t).split()), width))
    return left.merge(info, on="passage_id", how="left").reset_index(drop=True)


def period_counts(
    assignments: pd.DataFrame,
    passage_table: pd.DataFrame,
    *,
    mentions: pd.DataFrame | None = None,
    actors: pd.DataFrame | None = None,
    citations: pd.DataFrame | None = None,
    what: str = "actors",
    periods=None,
    zones: str = "both",
    kinds=None,
    include_ambiguous: bool = False,
) -> pd.DataFrame:
    """Weighted counts of actors (mentions) or archives (citations) per period, one column per period.

        >>> period_counts(assigned, p, mentions=m, actors=a, periods=P).values.tolist()[:1]
        [['bevin', 'Ernest Bevin', 3.0, 1.0, 4.0]]

    Columns: item (actor_id or archive code), name, one column per period
    label (in the periods' order), total. A mention in a paragraph, or in a
    note that paragraph calls, counts for the paragraph's periods times the
    paragraph's weight; undated passages count nowhere. Sorted by total
    (descending), then item. Raises ParameterError for an unknown `what` or
    a missing table.
    """
    _choice("what", what, ("actors", "archives"))
    labels = parse_periods(periods)["label"].tolist()
    unknown = sorted(set(assignments["period"]) - set(labels) - {""})
    if unknown:
        raise ParameterError(f"the assignments name periods {unknown} that are not in periods={labels}; pass period_counts the periods given to assign_periods")
    owner = _passage_notes(passage_table)
    if what == "actors":
        if mentions is None or actors is None:
            raise ParameterError("period_counts(what='actors') needs mentions and actors")
        frame = _mentions(mentions, actors, zones, kinds, include_ambiguous)
        in_body = frame[frame["column"] == "body"].assign(passage_id=lambda f: f["block_id"])
        in_notes = frame[frame["column"] == "notes"].merge(owner, on=["doc_id", "note_no"], how="inner")
        items = pd.concat([in_body, in_notes], ignore_index=True).rename(columns={"actor_id": "item"})
    else:
        if citations is None:
            raise ParameterError("period_counts(what='archives') needs citations")
        items = archival_citations(citations).merge(owner, on=["doc_id", "note_no"], how="inner")
        items = items.rename(columns={"archive": "item", "archive_name": "name"})
    weighted = items[["item", "name", "passage_id"]].merge(assignments[assignments["period"] != ""][["passage_id", "period", "weight"]], on="passage_id")
    columns = ["item", "name"] + labels + ["total"]
    if weighted.empty:
        return pd.DataFrame(columns=columns)
    names = weighted.drop_duplicates("item").set_index("item")["name"]
    table = weighted.pivot_table(index="item", columns="period", values="weight", aggfunc="sum", fill_value=0.0)
    table = table.reindex(columns=labels, fill_value=0.0).round(6)
    table["total"] = table.sum(axis=1).round(6)
    table = table.reset_index()
    table["name"] = table["item"].map(names).fillna("")
    table = table.sort_values(["total", "item"], ascending=[False, True], kind="stable")
    table.columns.name = None
    return table[columns].reset_index(drop=True)


def log_odds(counts: pd.DataFrame, prior_size: float = 100.0) -> pd.DataFrame:
    """Weighted log-odds ratio with an informative Dirichlet prior, each period against the rest, with z-scores.

        >>> log_odds(period_counts(...), prior_size=10)[["period", "item", "z"]].values.tolist()[:1]
        [['1946–1949', 'bevin', 1.87]]

    Monroe, Colaresi & Quinn (2008), "Fightin' Words", eq. 16–22. For item w,
    period i and the rest j (all other periods pooled; with two periods, the
    other one): delta = log((y_iw+a_w)/(n_i+a_0-y_iw-a_w)) −
    log((y_jw+a_w)/(n_j+a_0-y_jw-a_w)), var ≈ 1/(y_iw+a_w) + 1/(y_jw+a_w),
    z = delta / sqrt(var). The prior a_w = prior_size × (pooled share of w),
    so a_0 = prior_size: a larger prior shrinks rare items harder. |z| > 1.96
    is the usual "over-represented" line. `counts` is a `period_counts`
    table (item, name, one column per period, total).

    Columns: period, item, name, count, count_rest, n_period, n_rest, prior,
    delta, var, z. Sorted by period (in the table's order), z (descending),
    item. Raises ParameterError for a prior_size ≤ 0.
    """
    if not prior_size or float(prior_size) <= 0:
        raise ParameterError(f"prior_size={prior_size!r}: give a positive number (the prior's total pseudo-count a_0)")
    labels = [c for c in counts.columns if c not in ("item", "name", "total")]
    columns = ["period", "item", "name", "count", "count_rest", "n_period", "n_rest", "prior", "delta", "var", "z"]
    y = counts.set_index("item")[labels].astype(float)
    y = y[y.sum(axis=1) > 0]
    pooled = y.sum(axis=1)
    if pooled.sum() <= 0 or len(labels) < 2:
        return pd.DataFrame(columns=columns)
    a0 = float(prior_size)
    a = a0 * pooled / pooled.sum()
    names = counts.set_index("item")["name"] if "name" in counts.columns else pd.Series(dtype=str)
    out = []
    for label in labels:
        yi, yj = y[label], pooled - y[label]
        ni, nj = yi.sum(), yj.sum()
        delta = (yi + a).map(math.log) - (ni + a0 - yi - a).map(_safe_log) - (yj + a).map(math.log) + (nj + a0 - yj - a).map(_safe_log)
        var = 1 / (yi + a) + 1 / (yj + a)
        z = delta / var.map(math.sqrt)
        part = pd.DataFrame({"period": label, "item": y.index, "name": [names.get(i, "") for i in y.index],
                             "count": yi.values, "count_rest": yj.values, "n_period": ni, "n_rest": nj,
                             "prior": a.values, "delta": delta.values, "var": var.values, "z": z.values})
        out.append(part.sort_values(["z", "item"], ascending=[False, True], kind="stable"))
    table = pd.concat(out, ignore_index=True)
    for col in ("count", "count_rest", "n_period", "n_rest", "prior", "delta", "var", "z"):
        table[col] = table[col].astype(float).round(6)
    return table[columns]


def _safe_log(x: float) -> float:
    # n + a_0 − y − a_w is 0 only when a single item exists; the odds are then undefined.
    return math.log(x) if x > 0 else float("nan")
