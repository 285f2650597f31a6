"""Period comparison: which actors and archives belong to which period (the period_comparison notebook).

The text is cut into passages (a body paragraph with the notes it calls),
each dated by the dates it names and the dates of the archival documents its
notes cite, and given to the periods (see `periods`) those dates fall in.
Weighted counts per period are then compared with the weighted log-odds
ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008).
"""

from __future__ import annotations

import math

import pandas as pd

from ..errors import ParameterError
from . import pushdown
from .actor_frequency import counted_mentions
from .archival_sources import archival_citations
from .common import as_strings, check_choice, iso_span, plain, shorten
from .periods import parse_periods

RULES = ("split", "majority")


def passages(blocks: pd.DataFrame, notes: pd.DataFrame) -> pd.DataFrame:
    """Body paragraphs with the notes they call: the units the period comparison dates and counts.

        >>> blocks = pd.DataFrame({"doc_id": "d", "block_id": ["d:1", "d:2", "d:3"], "zone": ["body", "note", "body"],
        ...                        "start": [0, 50, 90], "text": ["Bevin spoke.", "1 TNA.", "Eden agreed."]})
        >>> notes = pd.DataFrame({"doc_id": "d", "note_no": ["2", "1"], "marker_block_id": "d:1"})
        >>> passages(blocks, notes)[["passage_id", "note_nos", "text"]].values.tolist()
        [['d:1', '1|2', 'Bevin spoke.'], ['d:3', '', 'Eden agreed.']]

    Columns: doc_id, passage_id (the body block's block_id), section, page,
    start, note_nos (`|`-joined, in order), text. A note belongs to the
    paragraph holding its marker (notes.marker_block_id); notes whose marker
    is not in a body paragraph belong to no passage. Tables in DuckDB (see
    `pushdown`) give only their body blocks and the notes' markers.
    """
    if pushdown.is_duck(blocks):
        zone = pushdown.text("zone", pushdown.columns(blocks, "blocks").get("zone", "VARCHAR"))
        blocks = pushdown.project(blocks, "blocks", ["doc_id", "block_id", "zone", "section", "page", "start", "text"],
                                  f"{zone} = 'body'")
    if pushdown.is_duck(notes):
        notes = pushdown.project(notes, "notes", ["doc_id", "note_no", "marker_block_id"])
    blk = as_strings(blocks, "doc_id", "block_id", "zone", "section", "text")
    body = blk[blk["zone"] == "body"].copy()
    nts = as_strings(notes, "doc_id", "note_no", "marker_block_id")
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
        for p in passage_table.itertuples(index=False) for n in plain(p.note_nos).split("|") if n
    ]
    return pd.DataFrame(rows, columns=["doc_id", "note_no", "passage_id"])


def passage_dates(passage_table: pd.DataFrame, dates: pd.DataFrame, citations: pd.DataFrame) -> pd.DataFrame:
    """Every date that dates a passage: dates named in its paragraph, and dates of the archival documents its notes cite.

        >>> p = pd.DataFrame({"doc_id": "d", "passage_id": ["d:1"], "note_nos": ["1"]})
        >>> dates = pd.DataFrame({"doc_id": "d", "block_id": ["d:1"], "surface": ["July 1952"], "date_start": ["1952-07"]})
        >>> citations = pd.DataFrame({"doc_id": "d", "note_no": ["1"], "seq": ["1"], "kind": "archival", "date_start": ["1951-03-02"]})
        >>> passage_dates(p, dates, citations)[["source", "surface", "date_start", "date_end"]].values.tolist()
        [['text', 'July 1952', '1952-07-01', '1952-07-31'], ['citation', 'note 1:1', '1951-03-02', '1951-03-02']]

    Columns: doc_id, passage_id, source (`text` or `citation`), surface (the
    date as written, or `note N:seq`), date_start, date_end (first and last
    day, ISO). Dates written in the notes' own text are not used: there they
    are mostly publication years of the literature cited, not the time the
    passage speaks of; the archival documents' dates come from the citations
    (Ibid. rows included, with the date they repeat). Unreadable dates are
    skipped. In passage order. Dates and citations may be DuckDB: only the
    columns read leave it.
    """
    if pushdown.is_duck(dates):
        dates = pushdown.project(dates, "dates", ["doc_id", "block_id", "surface", "date_start", "date_end"])
    order = {pid: i for i, pid in enumerate(passage_table["passage_id"])}
    rows = []
    dts = as_strings(dates, "doc_id", "block_id", "surface", "date_start", "date_end")
    for d in dts[dts["block_id"].isin(order)].itertuples(index=False):
        span = iso_span(d.date_start, d.date_end)
        if span:
            rows.append({"doc_id": d.doc_id, "passage_id": d.block_id, "source": "text", "surface": d.surface,
                         "date_start": span[0], "date_end": span[1]})
    owner = _passage_notes(passage_table)
    cited = archival_citations(citations).merge(owner, on=["doc_id", "note_no"], how="inner")
    for c in cited.itertuples(index=False):
        span = iso_span(c.date_start, c.date_end)
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


def _assigned(base: dict, labels: list[str], vote: list[float], rule: str) -> list[dict]:
    """The rows of one passage: one per period it belongs to, or one with the reason it belongs to none."""
    total = sum(vote)
    if total <= 0:
        reason = "no dates" if not base["n_dates"] else "dates outside every period"
        return [{**base, "period": "", "weight": 0.0, "votes": 0.0, "reason": reason}]
    if rule == "majority":
        best = max(vote)
        winners = [label for label, v in zip(labels, vote) if math.isclose(v, best)]
        if len(winners) > 1:
            return [{**base, "period": "", "weight": 0.0, "votes": 0.0, "reason": "tie between " + ", ".join(winners)}]
        vote = [v if label == winners[0] else 0.0 for label, v in zip(labels, vote)]
        weights = [1.0 if label == winners[0] else 0.0 for label in labels]
    else:
        weights = [v / total for v in vote]
    return [{**base, "period": label, "weight": round(w, 6), "votes": round(v, 6), "reason": ""}
            for label, w, v in zip(labels, weights, vote) if w > 0]


def assign_periods(passage_table: pd.DataFrame, dates_of_passages: pd.DataFrame, periods=None, rule: str = "split") -> pd.DataFrame:
    """Which period each passage belongs to, with a weight; undated passages get a reason instead.

        >>> p = pd.DataFrame({"doc_id": "d", "passage_id": ["d:1", "d:2"], "section": ""})
        >>> found = pd.DataFrame({"passage_id": "d:1", "date_start": ["1951-05-01", "1952-01-01", "1953-03-01", "1955-06-01"]})
        >>> found["date_end"] = found["date_start"]
        >>> assign_periods(p, found, [["A", 1950, 1953], ["B", 1954, 1956]])[["passage_id", "period", "weight", "reason"]].values.tolist()
        [['d:1', 'A', 0.75, ''], ['d:1', 'B', 0.25, ''], ['d:2', '', 0.0, 'no dates']]

    Each date of a passage (see `passage_dates`) gives one vote, shared
    among the periods in proportion to the days of its span falling in each
    (`1952` votes wholly for 1950–1953; `1950s` gives 0.4 to 1950–1953, 0.3
    to 1954–1956 and drops the rest); parts outside every period are dropped.
    ``rule="split"`` (default) weights the passage by its votes: three dates
    in A and one in B give A 0.75 and B 0.25, so a passage is never counted
    twice. ``rule="majority"`` gives the whole passage to the period with
    most votes; a tie is not broken but reported. `periods` as
    `parse_periods` takes them (default: the shipped periods.csv).

    Columns: doc_id, passage_id, section, period, weight, votes, n_dates,
    reason. One row per period a passage belongs to (weight > 0); a passage
    with no period has one row with period "" and weight 0 and the reason:
    "no dates", "dates outside every period", or "tie between …". Raises
    ParameterError (AuthorityError for a periods file) for bad periods, and
    ParameterError for an unknown rule.
    """
    check_choice("rule", rule, RULES)
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
        rows += _assigned(base, labels, votes.get(p.passage_id, [0.0] * len(labels)), rule)
    columns = ["doc_id", "passage_id", "section", "period", "weight", "votes", "n_dates", "reason"]
    return pd.DataFrame(rows, columns=columns).astype({"weight": float, "votes": float, "n_dates": int})


def unassigned_passages(assignments: pd.DataFrame, passage_table: pd.DataFrame, width: int = 120) -> pd.DataFrame:
    """The passages no period could be given to, with why and the start of their text.

        >>> p = pd.DataFrame({"doc_id": "d", "passage_id": ["d:1", "d:2"], "section": "", "note_nos": "",
        ...                   "text": ["In 1952  Bevin…", "Some questions remain open."]})
        >>> assigned = assign_periods(p, pd.DataFrame({"passage_id": ["d:1"], "date_start": ["1952-01-01"], "date_end": ["1952-12-31"]}))
        >>> unassigned_passages(assigned, p, width=16)[["passage_id", "reason", "text"]].values.tolist()
        [['d:2', 'no dates', 'Some questions…']]

    Columns: doc_id, passage_id, section, reason, n_dates, note_nos, text
    (the first `width` characters). In passage order.
    """
    left = assignments[assignments["period"] == ""][["doc_id", "passage_id", "section", "reason", "n_dates"]]
    info = passage_table[["passage_id", "note_nos", "text"]].copy()
    info["text"] = info["text"].map(lambda t: shorten(" ".join(plain(t).split()), width))
    return left.merge(info, on="passage_id", how="left").reset_index(drop=True)


def _period_items(what: str, owner: pd.DataFrame, mentions, actors, citations, zones, kinds, include_ambiguous) -> pd.DataFrame:
    """The actors' mentions or the archives' citations, each with the passage it belongs to (item, name, passage_id)."""
    if what == "actors":
        if mentions is None or actors is None:
            raise ParameterError("period_counts(what='actors') needs mentions and actors")
        frame = counted_mentions(mentions, actors, zones, kinds, include_ambiguous)
        in_body = frame[frame["column"] == "body"].assign(passage_id=lambda f: f["block_id"])
        in_notes = frame[frame["column"] == "notes"].merge(owner, on=["doc_id", "note_no"], how="inner")
        items = pd.concat([in_body, in_notes], ignore_index=True).rename(columns={"actor_id": "item"})
    else:
        if citations is None:
            raise ParameterError("period_counts(what='archives') needs citations")
        if pushdown.is_duck(citations):
            citations = pushdown.reduce(citations, "citations", ["doc_id", "note_no", "kind", "archive", "archive_name"])
        items = archival_citations(citations).merge(owner, on=["doc_id", "note_no"], how="inner")
        items = items.rename(columns={"archive": "item", "archive_name": "name"})
    # A row from DuckDB stands for n mentions or citations.
    n = pd.to_numeric(items["n"]).astype(int) if "n" in items.columns else 1
    return items[["item", "name", "passage_id"]].assign(n=n)


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

        >>> p = pd.DataFrame({"doc_id": "d", "passage_id": ["d:1", "d:2"], "note_nos": ["1", ""]})
        >>> assigned = pd.DataFrame({"passage_id": ["d:1", "d:1", "d:2"], "period": ["A", "B", "A"], "weight": [0.75, 0.25, 1.0]})
        >>> c = pd.DataFrame({"doc_id": "d", "note_no": ["1"], "kind": "archival", "archive": "TNA"})
        >>> period_counts(assigned, p, citations=c, what="archives", periods=[["A", 1950, 1953], ["B", 1954, 1956]]).values.tolist()
        [['TNA', '', 0.75, 0.25, 1.0]]

    Columns: item (actor_id or archive code), name, one column per period
    label (in the periods' order), total. A mention in a paragraph, or in a
    note that paragraph calls, counts for the paragraph's periods times the
    paragraph's weight; undated passages count nowhere. `periods` must be
    those given to `assign_periods`. Sorted by total (descending), then item.
    Mentions, actors and citations may be DuckDB: they are counted there.
    Raises ParameterError for an unknown `what`, a missing table, or
    assignments naming periods not in `periods`.
    """
    check_choice("what", what, ("actors", "archives"))
    labels = parse_periods(periods)["label"].tolist()
    unknown = sorted(set(assignments["period"]) - set(labels) - {""})
    if unknown:
        raise ParameterError(f"the assignments name periods {unknown} that are not in periods={labels}; pass period_counts the periods given to assign_periods")
    items = _period_items(what, _passage_notes(passage_table), mentions, actors, citations, zones, kinds, include_ambiguous)
    weighted = items.merge(assignments[assignments["period"] != ""][["passage_id", "period", "weight"]], on="passage_id")
    weighted["weight"] = weighted["weight"] * weighted["n"]
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

        >>> counts = pd.DataFrame({"item": ["bevin", "eden"], "name": "", "A": [3.0, 1.0], "B": [1.0, 3.0], "total": 4.0})
        >>> log_odds(counts, prior_size=8)[["period", "item", "z"]].values.tolist()
        [['A', 'bevin', 1.149271], ['A', 'eden', -1.149271], ['B', 'eden', 1.149271], ['B', 'bevin', -1.149271]]

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
