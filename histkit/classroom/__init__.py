"""Classroom: one notebook copy per student from a roster, and the copies run and graded."""

from .grading import ANSWER_KEYS, RESULTS_COLUMNS, collect, is_check
from .make import ANSWER_PROMPT, is_solution, make_assignments

__all__ = ["ANSWER_KEYS", "ANSWER_PROMPT", "RESULTS_COLUMNS", "collect", "is_check", "is_solution", "make_assignments"]
