"""Run: notebooks executed with papermill into runs/NAME/, with a manifest and an index page."""

from .runner import (NotebookError, NotebookResult, RunResult, declared_parameters, load_params_file, parse_value,
                     run_notebooks, sha256_file, strip_timing, write_index)

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
