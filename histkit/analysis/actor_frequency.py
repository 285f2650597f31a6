"""Actor frequency: who dominates the narrative (the actor_frequency notebook).

Mentions per actor in the body text and in the notes, ranked, optionally per
10,000 words; the same per section for a heat map; and which actors are named
in the same paragraph or note, as a table of pairs and as a network.
"""

from __future__ import annotations

from itertools import combinations

import pandas as pd

from ..errors import ParameterError
from . import pushdown
from .common import NO_SECTION, as_flags, as_strings, check_choice, section_order, word_count

ZONES = ("body", "notes", "both")
KINDS = ("person", "organisation", "party", "state", "institution")

_MENTION_ZONE = {"body": "body", "note": "notes"}  # front matter and résumés are not the narrative


def _zone_columns(zones: str) -> list[str]:
    check_choice("zones", zones, ZONES)
    return ["body", "notes"] if zones == "both" else [zones]


def _actor_names(actors: pd.DataFrame) -> pd.DataFrame:
    actors = as_strings(actors, "actor_id", "name", "kind")
    return actors[["actor_id", "name", "kind"]].drop_duplicates("actor_id")


#: The columns of the mentions table that decide whether a mention counts.
_FILTERS = ["actor_id", "zone", "ambiguous", "in_call_number"]


def counted_mentions(mentions: pd.DataFrame, actors: pd.DataFrame, zones: str = "both", kinds=None,
                     include_ambiguous: bool = False) -> pd.DataFrame:
    """The mentions that count, with a `column` (body/notes) and the actor's name and kind.

        >>> m = pd.DataFrame({"actor_id": ["bevin", "bevin", "eden"], "zone": ["body", "front", "note"]})
        >>> a = pd.DataFrame({"actor_id": ["bevin"], "name": ["Ernest Bevin"], "kind": ["person"]})
        >>> counted_mentions(m, a)[["actor_id", "column", "name", "kind"]].values.tolist()
        [['bevin', 'body', 'Ernest Bevin', 'person'], ['eden', 'notes', 'eden', '']]

    Only body and note mentions count, in the zones asked for; ambiguous
    mentions only with ``include_ambiguous``; names that are only part of an
    archival call number never. An actor missing from `actors` is named by
    its id. Mentions (and actors) given as DuckDB (see `pushdown`) come
    grouped by the columns the analyses read, `n` mentions a row, `start`
    the first one's. Raises ParameterError for an unknown zone.
    """
    keys = ["doc_id", "section", "note_no", "block_id"]
    return _counted(_mention_rows(mentions, keys), actors, zones, kinds, include_ambiguous)


def _mention_rows(mentions, keys: list[str]) -> pd.DataFrame:
    """The mentions as a DataFrame: as given, one a row (n=1), or from DuckDB grouped by `keys` and the filters."""
    if pushdown.is_duck(mentions):
        return pushdown.reduce(mentions, "mentions", keys + _FILTERS, {"start": "min(start)"})
    return mentions.assign(n=1)


def _counted(mentions: pd.DataFrame, actors, zones: str, kinds, include_ambiguous: bool) -> pd.DataFrame:
    """`counted_mentions` of mention rows that carry `n`, the mentions each stands for."""
    actors = pushdown.frame(actors, "actors")
    columns = _zone_columns(zones)
    frame = as_strings(mentions, "doc_id", "actor_id", "zone", "section", "note_no", "block_id")
    if "ambiguous" in frame.columns and not include_ambiguous:
        frame = frame[~as_flags(frame["ambiguous"])]
    if "in_call_number" in frame.columns:
        # An archive's filing (`…, Belgium file, 11/II-9`) is no mention of an actor in the narrative.
        frame = frame[~as_flags(frame["in_call_number"])]
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


def _zone_words(blocks, documents, by: list[str], columns: list[str]) -> pd.DataFrame:
    """Words per `by` group in body text (body and headings) and in notes, for rates per 10,000 words."""
    if pushdown.is_duck(blocks) or (blocks is not None and len(blocks)):
        frame = _block_words(blocks, by)
        words = frame.pivot_table(index=by or None, columns="column", values="words", aggfunc="sum", fill_value=0) if by else \
            frame.groupby("column")["words"].sum().to_frame().T
    elif documents is not None and "notes" not in columns and set(by) <= {"doc_id"}:
        docs = as_strings(pushdown.frame(documents, "documents"), "doc_id")
        docs["body"] = pd.to_numeric(docs["n_words"], errors="coerce").fillna(0)
        words = docs.groupby(by)[["body"]].sum() if by else docs[["body"]].sum().to_frame().T
    else:
        raise ParameterError(
            "normalise=True needs word counts: pass blocks= (the blocks table), or documents= when counting "
            "body mentions per corpus or per document"
        )
    words = words.reindex(columns=columns, fill_value=0).rename(columns={c: f"words_{c}" for c in columns})
    return words.reset_index(drop=not by)


def _block_words(blocks, by: list[str]) -> pd.DataFrame:
    """Words of the blocks of body text and notes, a row per block (or per group, counted in DuckDB)."""
    if pushdown.is_duck(blocks):
        frame = as_strings(pushdown.reduce(blocks, "blocks", ["doc_id", "zone", "section"], {"words": pushdown.WORDS}),
                           "doc_id", "zone", "section")
    else:
        frame = as_strings(blocks, "doc_id", "zone", "section", "text")
        frame["words"] = frame["text"].map(word_count)
    if "section" in by:
        frame["section"] = frame["section"].replace("", NO_SECTION)
    frame["column"] = frame["zone"].map({"body": "body", "heading": "body", "note": "notes"})
    return frame[frame["column"].notna()]


def _rate(count: pd.Series, words) -> pd.Series:
    words = pd.Series(words, index=count.index).astype(float)
    return (count.astype(float) * 10_000 / words.where(words > 0)).round(4)


def _per_10k(counts: pd.DataFrame, by: list[str], columns: list[str], blocks, documents) -> pd.DataFrame:
    """`counts` with the words of each zone and the mentions per 10,000 of them."""
    words = _zone_words(blocks, documents, by, columns)
    counts = counts.merge(words, on=by, how="left") if by else counts.assign(**words.iloc[0].to_dict())
    for col in columns:
        counts[f"{col}_per_10k"] = _rate(counts[col], counts[f"words_{col}"])
    counts["total_per_10k"] = _rate(counts["total"], sum(counts[f"words_{c}"] for c in columns))
    return counts


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

        >>> m = pd.DataFrame({"actor_id": ["bevin", "eden", "bevin", "eden", "eden"],
        ...                   "zone": ["body", "body", "note", "note", "note"]})
        >>> a = pd.DataFrame({"actor_id": ["bevin", "eden"], "name": ["Ernest Bevin", "Anthony Eden"], "kind": "person"})
        >>> actor_counts(m, a)[["actor_id", "body", "notes", "total", "rank"]].values.tolist()
        [['eden', 1, 2, 3, 1], ['bevin', 1, 1, 2, 2]]

    Columns: *by* (e.g. doc_id or section), actor_id, name, kind, then `body`
    and/or `notes` (as `zones` selects), total, and with ``normalise`` the
    word counts `words_body`/`words_notes` and the rates `body_per_10k`,
    `notes_per_10k`, `total_per_10k` (mentions per 10,000 words of that zone;
    words counted in `blocks`, or documents.n_words for body counts), then
    `rank` (1 = most mentioned, within each *by* group). Which mentions count:
    see `counted_mentions`. ``min_count`` applies to the raw total, ``top_n``
    to the ranking (by rate when normalised); ties are broken by actor_id.
    The tables may be DuckDB, e.g. ``actor_counts(db, db, blocks=db)`` with
    ``db = histkit.connect(store)``: the counting then runs in DuckDB (see
    `pushdown`). Raises ParameterError for an unknown zone or missing word
    counts.
    """
    by = [by] if isinstance(by, str) else list(by)
    columns = _zone_columns(zones)
    frame = _counted(_mention_rows(mentions, by), actors, zones, kinds, include_ambiguous)
    if "section" in by:
        frame["section"] = frame["section"].replace("", NO_SECTION)
    keys = by + ["actor_id", "name", "kind"]
    if frame.empty:
        counts = pd.DataFrame(columns=keys + columns)
    else:
        counts = frame.pivot_table(index=keys, columns="column", values="n", aggfunc="sum", fill_value=0)
        counts = counts.reindex(columns=columns, fill_value=0).reset_index()
        counts.columns.name = None
    counts[columns] = counts[columns].astype(int)
    counts["total"] = counts[columns].sum(axis=1).astype(int)
    counts = counts[counts["total"] >= max(int(min_count), 1)]
    sort_by = "total"
    if normalise:
        counts = _per_10k(counts, by, columns, blocks, documents)
        sort_by = "total_per_10k"
    counts = counts.sort_values(by + [sort_by, "actor_id"], ascending=[True] * len(by) + [False, True], kind="stable")
    counts["rank"] = counts.groupby(by, sort=False).cumcount() + 1 if by else range(1, len(counts) + 1)
    if top_n:
        counts = counts[counts["rank"] <= int(top_n)]
    return counts.reset_index(drop=True)


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

        >>> m = pd.DataFrame({"doc_id": "d", "actor_id": ["bevin", "bevin", "eden"], "zone": "body",
        ...                   "section": ["Crisis", "Introduction", "Crisis"], "start": [500, 10, 520]})
        >>> a = pd.DataFrame({"actor_id": ["bevin", "eden"], "name": ["Ernest Bevin", "Anthony Eden"], "kind": "person"})
        >>> section_matrix(m, a, top_n=2).values.tolist()
        [[1, 1], [0, 1]]

    Rows are named by the actor's name (index `actor`), ordered by total
    mentions (ties by actor_id); ``actor_ids`` fixes the rows instead of
    ``top_n``. Columns are section titles in order of first appearance;
    mentions outside any section go to "(no section)". A note counts for the
    section its mention row names. The tables may be DuckDB (see
    `actor_counts`). Raises ParameterError for an unknown zone.
    """
    actors = pushdown.frame(actors, "actors")
    frame = _counted(_mention_rows(mentions, ["doc_id", "section"]), actors, zones, kinds, include_ambiguous)
    frame["section"] = frame["section"].replace("", NO_SECTION)
    if actor_ids is None:
        totals = frame.groupby("actor_id")["n"].sum().rename("n").reset_index()
        totals = totals.sort_values(["n", "actor_id"], ascending=[False, True], kind="stable")
        actor_ids = totals["actor_id"].head(int(top_n)).tolist() if top_n else totals["actor_id"].tolist()
    actor_ids = list(actor_ids)
    # A section's first mention: a group from DuckDB carries its first mention's start.
    sections = section_order(frame) if len(frame) else []
    frame = frame[frame["actor_id"].isin(actor_ids)]
    matrix = frame.pivot_table(index="actor_id", columns="section", values="n", aggfunc="sum", fill_value=0) \
        if len(frame) else pd.DataFrame()
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

        >>> m = pd.DataFrame({"doc_id": "d", "actor_id": ["eden", "bevin", "bevin", "eden"],
        ...                   "zone": ["body", "body", "note", "note"], "block_id": ["d:1", "d:1", "d:7", "d:8"], "note_no": "4"})
        >>> a = pd.DataFrame({"actor_id": ["bevin", "eden"], "name": ["Ernest Bevin", "Anthony Eden"], "kind": "person"})
        >>> co_mentions(m, a).values.tolist()
        [['bevin', 'eden', 'Ernest Bevin', 'Anthony Eden', 2, 1, 1]]

    Columns: source, target (actor_ids, source < target), source_name,
    target_name, weight (paragraphs + notes naming both), body, notes.
    A note is one unit however many blocks it spans; several mentions of a
    pair in one unit count once. Sorted by weight (descending), then source,
    target. ``actor_ids`` restricts the actors considered. With mentions in
    DuckDB (see `actor_counts`) the pairs are counted there.
    """
    actors = pushdown.frame(actors, "actors")
    if pushdown.is_duck(mentions):
        pairs = _duck_pairs(mentions, actors, zones, kinds, actor_ids, include_ambiguous)
    else:
        pairs = _pairs(counted_mentions(mentions, actors, zones, kinds, include_ambiguous), actor_ids)
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


def _pairs(frame: pd.DataFrame, actor_ids) -> dict[tuple[str, str], dict[str, int]]:
    """Pairs of actors (a < b) with the paragraphs and the notes naming both, from counted mentions."""
    if actor_ids is not None:
        frame = frame[frame["actor_id"].isin(list(actor_ids))]
    frame["unit"] = frame["block_id"].where(frame["column"] == "body", frame["doc_id"] + "\x1fnote\x1f" + frame["note_no"])
    pairs: dict[tuple[str, str], dict[str, int]] = {}
    for (column, _unit), group in frame.groupby(["column", "unit"], sort=True):
        for a, b in combinations(sorted(set(group["actor_id"])), 2):
            slot = pairs.setdefault((a, b), {"body": 0, "notes": 0})
            slot[column] += 1
    return pairs


def _duck_pairs(mentions, actors: pd.DataFrame, zones: str, kinds, actor_ids, include_ambiguous: bool) -> dict:
    """`_pairs` counted in DuckDB: the mentions that count as (column, unit, actor), joined with themselves."""
    types = pushdown.columns(mentions, "mentions")
    cell = {c: pushdown.text(c, types.get(c, "VARCHAR")) if c in types else "''"
            for c in ("doc_id", "actor_id", "zone", "note_no", "block_id")}
    zone = [{"body": "body", "notes": "note"}[c] for c in _zone_columns(zones)]
    where = [f"{cell['zone']} IN ({', '.join(map(pushdown.literal, zone))})"]
    if "ambiguous" in types and not include_ambiguous:
        where.append(f"NOT {pushdown.flag('ambiguous', types['ambiguous'])}")
    if "in_call_number" in types:
        where.append(f"NOT {pushdown.flag('in_call_number', types['in_call_number'])}")
    where += _actor_filters(cell["actor_id"], actors, kinds, actor_ids)
    unit = f"CASE WHEN {cell['zone']} = 'body' THEN {cell['block_id']} ELSE {cell['doc_id']} || chr(31) || 'note' || chr(31) || {cell['note_no']} END"
    sql = (f"WITH u AS (SELECT DISTINCT {cell['zone']} AS zone, {unit} AS unit, {cell['actor_id']} AS actor FROM rows "
           f"WHERE {' AND '.join(where)}) "
           "SELECT a.actor AS source, b.actor AS target, a.zone AS zone, count(*) AS n FROM u AS a JOIN u AS b "
           "ON a.zone = b.zone AND a.unit = b.unit AND a.actor < b.actor GROUP BY ALL")
    pairs: dict[tuple[str, str], dict[str, int]] = {}
    for source, target, where_named, n in pushdown.relation(mentions, "mentions").query("rows", sql).fetchall():
        pairs.setdefault((source, target), {"body": 0, "notes": 0})[_MENTION_ZONE[where_named]] += int(n)
    return dict(sorted(pairs.items()))


def _actor_filters(actor: str, actors: pd.DataFrame, kinds, actor_ids) -> list[str]:
    """SQL conditions on an actor id: of the `kinds` (an id the authority lacks has kind ''), among `actor_ids`."""
    def among(ids) -> str:
        return f"{actor} IN ({', '.join(map(pushdown.literal, ids))})" if len(ids) else "false"

    found = []
    if kinds is not None:
        kinds = [kinds] if isinstance(kinds, str) else list(kinds)
        names = _actor_names(actors)
        known = dict(zip(names["actor_id"], names["kind"]))
        unknown = f" OR NOT ({among(list(known))})" if "" in kinds else ""
        found.append(f"({among([a for a, k in known.items() if k in kinds])}{unknown})")
    if actor_ids is not None:
        found.append(among(list(actor_ids)))
    return found


def co_mention_graph(edges: pd.DataFrame, counts: pd.DataFrame | None = None):
    """A networkx Graph of co-mention edges; nodes carry name, kind and total when `counts` is given.

        >>> edges = pd.DataFrame({"source": ["bevin"], "target": ["eden"], "source_name": ["Ernest Bevin"],
        ...                       "target_name": ["Anthony Eden"], "weight": [2], "body": [1], "notes": [1]})
        >>> graph = co_mention_graph(edges)
        >>> sorted(graph.nodes), graph.edges["bevin", "eden"]["weight"], graph.nodes["eden"]["name"]
        (['bevin', 'eden'], 2, 'Anthony Eden')

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
