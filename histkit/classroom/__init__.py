"""Classroom: one notebook copy per student from a roster, and the copies run and graded."""

from .assignment import ANSWER_KEYS, is_check, is_solution
from .grading import collect
from .make import ANSWER_PROMPT, make_assignments
from .results import RESULTS_COLUMNS

__all__ = ["ANSWER_KEYS", "ANSWER_PROMPT", "RESULTS_COLUMNS", "collect", "is_check", "is_solution", "make_assignments"]
