"""Classroom: one notebook copy per student from a roster, and the copies run and graded."""

from .assignment import ANSWER_KEYS, is_check, is_solution
from .confine import bwrap
from .grading import collect
from .integrity import checksum, restore_cells
from .make import ANSWER_PROMPT, make_assignments
from .results import RESULTS_COLUMNS, STATUSES, status_summary

__all__ = ["ANSWER_KEYS", "ANSWER_PROMPT", "RESULTS_COLUMNS", "STATUSES", "bwrap", "checksum", "collect", "is_check",
           "is_solution", "make_assignments", "restore_cells", "status_summary"]
