"""Analysis: from the tables to answers (actor frequency, archival sources, period comparison) and figures.

One module per notebook's analysis, `periods` for the periods compared,
`project` for where inputs and outputs are, `figures` to draw the tables and
`plots` for the house style. Notebooks use ``analysis.<function>``.
"""

from . import figures, plots
from .actor_frequency import KINDS, ZONES, actor_counts, co_mention_graph, co_mentions, section_matrix
from .archival_sources import (DATE_BINS, GROUP_BY, NONE, archival_citations, date_timeline, source_counts,
                               source_shares, undated_citations)
from .common import NO_SECTION
from .period_comparison import (RULES, assign_periods, log_odds, passage_dates, passages, period_counts,
                                unassigned_passages)
from .periods import parse_periods, read_periods_file
from .project import find_input, load_tables, output_path, project_root, save_table

__all__ = [
    "DATE_BINS", "GROUP_BY", "KINDS", "NO_SECTION", "NONE", "RULES", "ZONES",
    "actor_counts", "archival_citations", "assign_periods", "co_mention_graph", "co_mentions", "date_timeline",
    "figures", "find_input", "load_tables", "log_odds", "output_path", "parse_periods", "passage_dates", "passages",
    "period_counts", "plots", "project_root", "read_periods_file", "save_table", "section_matrix", "source_counts",
    "source_shares", "unassigned_passages", "undated_citations",
]
