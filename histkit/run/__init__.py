"""Run: notebooks executed with papermill into runs/NAME/, with a manifest and an index page."""

from .index_page import write_index
from .manifest import sha256_file, strip_timing
from .params import declared_parameters, load_params_file, parse_value
from .results import NotebookError, NotebookResult, RunResult
from .runner import run_notebooks

__all__ = [
    "NotebookError",
    "NotebookResult",
    "RunResult",
    "declared_parameters",
    "load_params_file",
    "parse_value",
    "run_notebooks",
    "sha256_file",
    "strip_timing",
    "write_index",
]
