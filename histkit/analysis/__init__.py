"""Analysis: from the tables to answers (actor frequency, archival sources, period comparison) and figures.

One module per notebook's analysis, `periods` for the periods compared,
`project` for where inputs and outputs are, `figures` to draw the tables and
`plots` for the house style. Notebooks use ``analysis.<function>``.
"""

from importlib import import_module

#: Each public name by the module it comes from, imported on first use: the runner's process reads
#: the figure cache's settings without loading pandas and matplotlib.
_FROM = {
    "figcache": None, "figures": None, "plots": None,
    **dict.fromkeys(["KINDS", "ZONES", "actor_counts", "co_mention_graph", "co_mentions", "section_matrix"],
                    "actor_frequency"),
    **dict.fromkeys(["DATE_BINS", "GROUP_BY", "NONE", "archival_citations", "date_timeline", "source_counts",
                     "source_shares", "undated_citations"], "archival_sources"),
    "NO_SECTION": "common",
    **dict.fromkeys(["RULES", "assign_periods", "log_odds", "passage_dates", "passages", "period_counts",
                     "unassigned_passages"], "period_comparison"),
    **dict.fromkeys(["parse_periods", "read_periods_file"], "periods"),
    **dict.fromkeys(["find_input", "load_tables", "output_path", "project_root", "refresh_store", "save_table",
                     "store_folder", "store_target"], "project"),
}


def __getattr__(name: str):
    if name not in _FROM:
        raise AttributeError(f"module 'histkit.analysis' has no attribute {name!r}")
    module = import_module(f".{_FROM[name] or name}", __name__)
    value = module if _FROM[name] is None else getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_FROM))


__all__ = [
    "DATE_BINS", "GROUP_BY", "KINDS", "NO_SECTION", "NONE", "RULES", "ZONES",
    "actor_counts", "archival_citations", "assign_periods", "co_mention_graph", "co_mentions", "date_timeline",
    "figcache", "figures", "find_input", "load_tables", "log_odds", "output_path", "parse_periods", "passage_dates", "passages",
    "period_counts", "plots", "project_root", "read_periods_file", "refresh_store", "save_table", "section_matrix",
    "source_counts", "source_shares", "store_folder", "store_target", "unassigned_passages", "undated_citations",
]
