"""Analysis: the tables to answers (actor frequency, archival sources, period comparison) and figures."""

from . import figures, plots
from .core import (DATE_BINS, DEFAULT_PERIODS, GROUP_BY, KINDS, NO_SECTION, NONE, RULES, ZONES, actor_counts,
                   archival_citations, assign_periods, co_mention_graph, co_mentions, date_timeline, find_input,
                   load_tables, log_odds, output_path, parse_periods, passage_dates, passages, period_counts,
                   save_table, section_matrix, source_counts, source_shares, unassigned_passages, undated_citations)

__all__ = [
    "DATE_BINS", "DEFAULT_PERIODS", "GROUP_BY", "KINDS", "NO_SECTION", "NONE", "RULES", "ZONES",
    "actor_counts", "archival_citations", "assign_periods", "co_mention_graph", "co_mentions", "date_timeline",
    "figures", "find_input", "load_tables", "log_odds", "output_path", "parse_periods", "passage_dates", "passages",
    "period_counts", "plots", "save_table", "section_matrix", "source_counts", "source_shares",
    "unassigned_passages", "undated_citations",
]
