"""The figures of the three analyses, in the house style of `histkit.plots`.

Each function takes a table that `histkit.analysis` computes and returns a
matplotlib Figure; an empty table gives a figure that says so, not an error.
`plots.save_figure` writes it, e.g. to ``runs/dev/figures``.

    >>> fig = plot_source_counts(pd.DataFrame(columns=["label", "citations", "via_ibid"]))
    >>> [t.get_text() for t in fig.axes[0].texts]
    ['no archival citations found']
    >>> import matplotlib.pyplot as plt; plt.close(fig)
"""

from __future__ import annotations

import functools
import math

import pandas as pd

from . import figcache, plots
from .actor_frequency import KINDS
from .archival_sources import DATE_BINS, time_bin
from .common import check_choice, plain, shorten


def _reusable(plot):
    """A figure function whose figures carry their recipe, so `save_figure` may copy their files (see `figcache`)."""

    @functools.wraps(plot)
    def drawn(*args, **kwargs):
        fig = plot(*args, **kwargs)
        figcache.remember_recipe(fig, plot.__qualname__, args, kwargs)
        return fig

    return drawn


def _styled(size: str):
    import matplotlib

    return matplotlib.rc_context(plots.style(size))


def _new(size: str, height: float, **kwargs):
    return plots.new_figure(size, height=max(min(height, 9.0), 1.6), **kwargs)


def _empty(ax, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#555555")
    ax.set_axis_off()


@_reusable
def plot_actor_ranking(counts: pd.DataFrame, size: str = "page", title: str | None = None):
    """Ranked horizontal bars of an `actor_counts` table, body and notes stacked.

        >>> fig = plot_actor_ranking(pd.DataFrame({"name": ["Ernest Bevin", "Ђилас"], "body": [7, 2], "notes": [3, 5]}))
        >>> fig.axes[0].get_xlabel(), [t.get_text() for t in fig.axes[0].get_yticklabels()]
        ('mentions', ['Ernest Bevin', 'Ђилас'])
        >>> import matplotlib.pyplot as plt; plt.close(fig)

    Uses the per-10,000-word rates when the table has them. Returns a Figure.
    """
    rated = "total_per_10k" in counts.columns
    parts = [c for c in ("body", "notes") if c in counts.columns]
    with _styled(size):
        fig, ax = _new(size, 0.7 + 0.2 * len(counts))
        if counts.empty:
            _empty(ax, "no actor mentions with these parameters")
            return fig
        table = pd.DataFrame({p: counts[f"{p}_per_10k" if rated else p].astype(float).to_numpy() for p in parts})
        table.index = [shorten(n) for n in counts["name"]]
        table.columns = ["body text" if p == "body" else "notes" for p in parts]
        plots.bar_stacked(table, ax=ax, xlabel="mentions per 10,000 words" if rated else "mentions")
        ax.xaxis.grid(True)
        if title:
            ax.set_title(title)
    return fig


@_reusable
def plot_section_heatmap(matrix: pd.DataFrame, size: str = "page", title: str | None = None):
    """A heat map of a `section_matrix`: actors down, sections across in reading order, counts in the cells.

        >>> fig = plot_section_heatmap(pd.DataFrame({"Introduction": [4, 0], "Crisis": [6, 2]}, index=["Bevin", "Eden"]))
        >>> len(fig.axes)    # the map and its colour bar
        2
        >>> import matplotlib.pyplot as plt; plt.close(fig)

    Returns a Figure.
    """
    with _styled(size):
        fig, ax = _new(size, 1.6 + 0.24 * len(matrix) + 0.05 * max((len(str(c)) for c in matrix.columns), default=0))
        if matrix.size == 0:
            _empty(ax, "no actor mentions with these parameters")
            return fig
        shown = matrix.copy()
        shown.index = [shorten(i) for i in shown.index]
        shown.columns = [shorten(c, 30) for c in shown.columns]
        plots.heatmap(shown, ax=ax, fmt="{:.0f}", label="mentions")
        if title:
            ax.set_title(title)
    return fig


@_reusable
def plot_co_mention_network(graph, size: str = "page", seed: int = 7, title: str | None = None):
    """The co-mention network: node size by mentions, edge width by shared paragraphs/notes, colour by kind.

        >>> import networkx as nx; graph = nx.Graph()
        >>> graph.add_edge("bevin", "eden", weight=3); graph.add_edge("eden", "tito", weight=1)
        >>> fig = plot_co_mention_network(graph, seed=7)
        >>> sorted(t.get_text() for t in fig.axes[0].texts)
        ['bevin', 'eden', 'tito']
        >>> import matplotlib.pyplot as plt; plt.close(fig)

    The spring layout uses `seed`, so the picture is the same on every run.
    Returns a Figure.
    """
    import matplotlib
    import networkx as nx
    from matplotlib.lines import Line2D

    with _styled(size):
        width, _ = plots.SIZES[size]
        fig, ax = _new(size, width * 0.75)
        if graph.number_of_nodes() == 0 or graph.number_of_edges() == 0:
            _empty(ax, "no two actors are mentioned in the same paragraph or note")
            return fig
        # An actor linked to no other would be pushed to a corner and squeeze the network into a sliver.
        alone = sorted(n for n in graph.nodes if graph.degree(n) == 0)
        graph = graph.subgraph([n for n in graph.nodes if n not in alone])
        nodes = sorted(graph.nodes)
        # Unweighted layout: heavy edges would pull the big nodes onto each other and hide their labels;
        # the weights are shown by edge width instead.
        start = nx.circular_layout(nodes)
        pos = nx.spring_layout(graph, pos=start, seed=seed, weight=None, k=2.4 / math.sqrt(len(nodes)), iterations=300)
        names = {n: shorten(graph.nodes[n].get("name", n), 28) for n in nodes}
        # node area follows mentions (from `counts`), else the weighted degree
        sized_by = "total" if any(graph.nodes[n].get("total", 0) for n in nodes) else None
        amount = {n: max(graph.nodes[n].get("total", 0) if sized_by else graph.degree(n, weight="weight"), 1) for n in nodes}
        biggest = max(amount.values())
        area = {n: 40 + 500 * amount[n] / biggest for n in nodes}
        radius = {n: math.sqrt(area[n]) / 2 for n in nodes}  # points
        pos = declutter(pos, names, radius, fig.get_size_inches(), matplotlib.rcParams["font.size"] * 0.83)
        weights = [graph.edges[e]["weight"] for e in graph.edges]
        top = max(weights)
        nx.draw_networkx_edges(graph, pos, ax=ax, width=[0.3 + 3.5 * w / top for w in weights], edge_color="#9a9a9a", alpha=0.45)
        kinds = sorted({graph.nodes[n].get("kind", "") for n in nodes}, key=lambda k: (KINDS.index(k) if k in KINDS else 99, k))
        colour = {k: plots.PALETTE[i % len(plots.PALETTE)] for i, k in enumerate(kinds)}
        nx.draw_networkx_nodes(graph, pos, nodelist=nodes, ax=ax, node_size=[area[n] for n in nodes],
                               node_color=[colour[graph.nodes[n].get("kind", "")] for n in nodes], edgecolors="white", linewidths=0.5)
        for n in nodes:
            ax.annotate(names[n], pos[n], xytext=(0, radius[n] + 1.5), textcoords="offset points",
                        ha="center", va="bottom", fontsize="x-small",
                        bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.8})
        ax.margins(0.12)
        ax.set_axis_off()
        if alone:
            ax.text(0, 0, f"not shown, mentioned with no other actor: {len(alone)}", transform=ax.transAxes,
                    fontsize="x-small", color="#555555", va="top")
        handles = [Line2D([], [], marker="o", linestyle="", color=colour[k], label=k or "unknown kind") for k in kinds]
        ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(1.0, 0.0), borderaxespad=0)
        if title:
            ax.set_title(title)
    return fig


def declutter(pos: dict, labels: dict, radius: dict, size_inches, font_points: float, rounds: int = 300) -> dict:
    """Move nodes apart until their labels (drawn above them) clear each other and the nodes; deterministic.

        >>> pos = declutter({"a": (0.0, 0.0), "b": (0.0, 0.0), "c": (1.0, 1.0)}, {"a": "Ernest Bevin", "b": "Ђилас", "c": "SPD"},
        ...                 {"a": 5.0, "b": 5.0, "c": 5.0}, size_inches=(7.0, 5.0), font_points=7.0)
        >>> {node: (round(x, 3), round(y, 3)) for node, (x, y) in pos.items()}
        {'a': (0.0, -0.045), 'b': (0.0, 0.045), 'c': (1.0, 1.0)}

    `pos` maps nodes to (x, y), `labels` to their label text and `radius` to
    the node's radius in points. Positions are rescaled to the unit square; two nodes whose labels overlap
    horizontally must be at least a label's height plus both radii apart
    vertically, else they are pushed apart along the axis where they overlap
    least, half each way.
    """
    nodes = sorted(pos)
    xs = [float(pos[n][0]) for n in nodes]
    ys = [float(pos[n][1]) for n in nodes]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    x = [(v - min(xs)) / span_x for v in xs]
    y = [(v - min(ys)) / span_y for v in ys]
    # the axes use ~70% of the figure; a character is ~0.6 em wide
    width_pts, height_pts = size_inches[0] * 72 * 0.7, size_inches[1] * 72 * 0.7
    w = [(max(len(labels[n]) * 0.6 * font_points, 2 * radius[n]) + 6) / width_pts for n in nodes]
    r = [radius[n] / height_pts for n in nodes]
    label_h = (1.3 * font_points + 3) / height_pts
    for _ in range(rounds):
        moved = False
        for i in range(len(nodes)):
            for j in range(i + 1, len(nodes)):
                dx, dy = x[j] - x[i], y[j] - y[i]
                over_x = (w[i] + w[j]) / 2 - abs(dx)
                over_y = label_h + r[i] + r[j] - abs(dy)
                if over_x <= 0 or over_y <= 0:
                    continue
                moved = True
                if over_y <= over_x:
                    step = over_y / 2 + 1e-3
                    sign = 1.0 if dy > 0 or (dy == 0 and j > i) else -1.0
                    y[i], y[j] = y[i] - sign * step, y[j] + sign * step
                else:
                    step = over_x / 2 + 1e-3
                    sign = 1.0 if dx > 0 else -1.0
                    x[i], x[j] = x[i] - sign * step, x[j] + sign * step
        if not moved:
            break
    return {n: (x[k], y[k]) for k, n in enumerate(nodes)}


@_reusable
def plot_source_counts(counts: pd.DataFrame, size: str = "page", title: str | None = None, top_n: int = 25):
    """Horizontal bars of a `source_counts` table: direct citations and Ibid. repeats stacked.

        >>> fig = plot_source_counts(pd.DataFrame({"label": ["TNA / FO 371", "NARA / RG 59"], "citations": [3, 1], "via_ibid": [1, 0]}))
        >>> fig.axes[0].get_xlabel()
        'archival citations'
        >>> import matplotlib.pyplot as plt; plt.close(fig)

    Shows the `top_n` largest groups. Returns a Figure.
    """
    counts = counts.head(top_n)
    with _styled(size):
        fig, ax = _new(size, 0.8 + 0.24 * len(counts))
        if counts.empty:
            _empty(ax, "no archival citations found")
            return fig
        table = pd.DataFrame({"cited in full": (counts["citations"] - counts["via_ibid"]).to_numpy(),
                              "Ibid. (same document again)": counts["via_ibid"].to_numpy()})
        table.index = [shorten(label, 48) for label in counts["label"]]
        plots.bar_stacked(table, ax=ax, xlabel="archival citations", legend=bool(counts["via_ibid"].sum()))
        ax.xaxis.grid(True)
        if title:
            ax.set_title(title)
    return fig


def _bin_range(first: str, last: str, date_bin: str) -> list[tuple[str, str]]:
    """Every bin from the first to the last, so empty years/quarters/months show as gaps."""
    day, end, out = pd.Timestamp(first), pd.Timestamp(last), []
    step = {"year": pd.DateOffset(years=1), "quarter": pd.DateOffset(months=3), "month": pd.DateOffset(months=1)}[date_bin]
    while day <= end:
        out.append(time_bin(day, date_bin))
        day = day + step
    return out


@_reusable
def plot_date_timeline(timeline: pd.DataFrame, date_bin: str = "year", size: str = "page", title: str | None = None):
    """Histogram of cited documents' dates by bin, one colour per archive (stacked).

        >>> timeline = pd.DataFrame({"archive": "TNA", "bin": ["1952-Q1", "1952-Q3"], "bin_start": ["1952-01-01", "1952-07-01"],
        ...                          "citations": [2, 1], "coarser": 0})
        >>> fig = plot_date_timeline(timeline, "quarter")
        >>> [t.get_text() for t in fig.axes[0].get_xticklabels()]    # the empty quarter is kept
        ['1952-Q1', '1952-Q2', '1952-Q3']
        >>> import matplotlib.pyplot as plt; plt.close(fig)

    Bins without citations are drawn empty, so gaps in the record show.
    Returns a Figure. Raises ParameterError for an unknown bin.
    """
    check_choice("date_bin", date_bin, DATE_BINS)
    with _styled(size):
        fig, ax = _new(size, plots.SIZES[size][1])
        if timeline.empty:
            _empty(ax, "no dated archival citations")
            return fig
        bins = _bin_range(timeline["bin_start"].min(), timeline["bin_start"].max(), date_bin)
        order = timeline.groupby("archive")["citations"].sum().reset_index().sort_values(["citations", "archive"], ascending=[False, True])["archive"].tolist()
        table = timeline.pivot_table(index="bin", columns="archive", values="citations", aggfunc="sum", fill_value=0)
        table = table.reindex(index=[b for b, _ in bins], columns=order, fill_value=0)
        bottom = [0] * len(table)
        positions = list(range(len(table)))
        for i, archive in enumerate(order):
            values = table[archive].tolist()
            ax.bar(positions, values, bottom=bottom, width=0.85, color=plots.PALETTE[i % len(plots.PALETTE)], label=archive)
            bottom = [b + v for b, v in zip(bottom, values)]
        step = max(1, math.ceil(len(positions) / 24))  # at most ~24 tick labels, readable at page width
        ax.set_xticks(positions[::step], [b for b, _ in bins][::step], rotation=0 if date_bin == "year" and len(bins) <= 12 else 45,
                      ha="center" if date_bin == "year" and len(bins) <= 12 else "right")
        ax.set_ylabel("archival citations")
        ax.set_xlabel({"year": "year", "quarter": "quarter", "month": "month"}[date_bin] + " of the cited document")
        ax.yaxis.grid(True)
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.legend(title="archive", loc="upper left", bbox_to_anchor=(1.0, 1.0), borderaxespad=0)
        if title:
            ax.set_title(title)
    return fig


@_reusable
def plot_source_shares(shares: pd.DataFrame, size: str = "page", title: str | None = None):
    """100% bars of archival vs literature citations per document or section, with the counts written.

        >>> shares = pd.DataFrame({"section": ["Introduction", "The Crisis"], "archival": [0, 4], "literature": [3, 1],
        ...                        "archival_share": [0.0, 0.8], "literature_share": [1.0, 0.2]})
        >>> fig = plot_source_shares(shares)
        >>> [t.get_text() for t in fig.axes[0].texts]    # archival / literature
        ['0 / 3', '4 / 1']
        >>> import matplotlib.pyplot as plt; plt.close(fig)

    Returns a Figure.
    """
    by = shares.columns[0] if len(shares.columns) else "doc_id"
    with _styled(size):
        fig, ax = _new(size, 0.9 + 0.3 * len(shares))
        rows = shares[(shares["archival"] + shares["literature"]) > 0] if len(shares) else shares
        if rows.empty:
            _empty(ax, "no archival or literature citations found")
            return fig
        table = pd.DataFrame({"archival": rows["archival_share"].astype(float).to_numpy(),
                              "literature": rows["literature_share"].astype(float).to_numpy()})
        names = rows["title"].where(rows["title"] != "", rows[by]) if "title" in rows.columns else rows[by]
        table.index = [shorten(v, 44) for v in names]
        plots.bar_stacked(table, ax=ax, xlabel="share of citations (archival + literature); numbers: archival / literature", legend=False)
        ax.set_xlim(0.0, 1.0)
        for i, row in enumerate(rows.itertuples(index=False)):
            ax.annotate(f"{row.archival} / {row.literature}", (1.0, i), xytext=(4, 0), textcoords="offset points",
                        va="center", ha="left", fontsize="x-small", annotation_clip=False)
        ax.legend(loc="lower left", bbox_to_anchor=(0.0, 1.0), ncols=2, borderaxespad=0.2)
        if title:
            ax.set_title(title, loc="right")
    return fig


@_reusable
def plot_log_odds(scores: pd.DataFrame, top_n: int = 12, label: str = "name", size: str = "page", title: str | None = None):
    """Diverging bars of log-odds z-scores: what each period over-uses, labelled, with the ±1.96 lines.

        >>> scores = pd.DataFrame({"period": ["A", "A", "B", "B"], "item": ["bevin", "eden", "eden", "bevin"],
        ...                        "name": ["Ernest Bevin", "Anthony Eden"] * 2, "z": [2.1, -2.1, 2.1, -2.1]})
        >>> fig = plot_log_odds(scores, top_n=10)
        >>> fig.axes[0].get_xlabel()
        'z-score of the weighted log-odds ratio'
        >>> import matplotlib.pyplot as plt; plt.close(fig)

    Two periods: one panel, the first period's over-represented items to the
    right, the second's to the left (`top_n` each). More periods: one panel
    per period against the rest. `label` is the column naming the bars
    (`name`, or `item` for short archive codes). Returns a Figure.
    """
    from matplotlib.patches import Patch

    periods = list(dict.fromkeys(scores["period"])) if len(scores) else []
    panels = periods[:1] if len(periods) == 2 else periods
    with _styled(size):
        rows_per_panel = []
        for period in panels:
            part = scores[scores["period"] == period].dropna(subset=["z"])
            if len(periods) == 2:
                part = pd.concat([part[part["z"] > 0].head(top_n), part[part["z"] < 0].tail(top_n)])
            else:
                part = part.head(top_n)
            rows_per_panel.append(part.sort_values(["z", "item"], ascending=[True, True], kind="stable"))
        n_rows = sum(len(p) for p in rows_per_panel)
        fig, axes = _new(size, 0.9 + 0.22 * n_rows + 0.3 * len(panels), nrows=max(len(panels), 1), squeeze=False,
                         height_ratios=[max(len(p), 1) for p in rows_per_panel] or None)
        axes = axes[:, 0]
        if not panels or n_rows == 0:
            _empty(axes[0], "nothing to compare: no counts in the periods")
            return fig
        for ax, period, part in zip(axes, panels, rows_per_panel):
            other = periods[1] if len(periods) == 2 else "the other periods"
            colours = [plots.DIVERGING[0] if z > 0 else plots.DIVERGING[1] for z in part["z"]]
            labels = [shorten(lab if lab else item) for lab, item in zip(part[label].map(plain), part["item"])]
            ax.barh(range(len(part)), part["z"].to_numpy(), color=colours, height=0.7)
            ax.set_yticks(range(len(part)), labels)
            for line in (-1.96, 1.96):
                if line * part["z"].max() > 0 or line * part["z"].min() > 0:  # only the side that has bars
                    ax.axvline(line, color="#777777", linestyle="--", linewidth=0.6)
            ax.axvline(0, color="black", linewidth=0.6)
            ax.xaxis.grid(True)
            if len(periods) == 2:
                ax.legend(handles=[Patch(color=plots.DIVERGING[0], label=f"more in {period}"),
                                   Patch(color=plots.DIVERGING[1], label=f"more in {other}")],
                          loc="lower left", bbox_to_anchor=(0.0, 1.0), ncols=2, borderaxespad=0.2)
            else:
                ax.set_title(f"{period} against {other}", loc="left")
        axes[-1].set_xlabel("z-score of the weighted log-odds ratio")
        if title:
            fig.suptitle(title)
    return fig
