"""The run folder: the names of the files the runner writes in it, and making it ready for a run.

A folder the runner made carries a marker file, so that a rerun under the
same name may replace it while any other folder is left alone.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from ..errors import ParameterError

MARKER = ".histkit-run"  # marks a folder this runner made, so a rerun may replace it
KERNEL_LOG = "kernels.log"  # what kernels and papermill print to stderr; noisy, so not on the terminal
MANIFEST = "manifest.json"
INDEX = "index.html"
PARAMS = "params.yaml"
RUNNER_FILES = (MANIFEST, INDEX, PARAMS, KERNEL_LOG, MARKER)
OUTPUT_FOLDERS = ("figures", "tables")


def prepare_run_dir(run_dir: Path) -> None:
    """Empty `run_dir` (or make it) and give it the marker and empty figures/ and tables/ folders.

        >>> import tempfile
        >>> scratch = tempfile.TemporaryDirectory()
        >>> run_dir = Path(scratch.name) / "dev"
        >>> prepare_run_dir(run_dir)
        >>> sorted(p.name for p in run_dir.iterdir())
        ['.histkit-run', 'figures', 'tables']
        >>> _ = (run_dir / "notes.txt").write_text("mine")
        >>> prepare_run_dir(run_dir)  # a rerun replaces what the earlier run left
        >>> sorted(p.name for p in run_dir.iterdir())
        ['.histkit-run', 'figures', 'tables']
        >>> scratch.cleanup()

    Raises ParameterError when `run_dir` exists, is not empty and was not made by the runner.
    """
    if run_dir.exists():
        if not run_dir.is_dir() or (any(run_dir.iterdir()) and not (run_dir / MARKER).exists()):
            raise ParameterError(
                f"{run_dir} exists and was not made by 'histkit run'; choose another --name or move it away"
            )
        # A rerun replaces the whole folder, so no figure of an earlier run survives into this one.
        shutil.rmtree(run_dir)
    for sub in OUTPUT_FOLDERS:
        (run_dir / sub).mkdir(parents=True, exist_ok=True)
    (run_dir / MARKER).write_text("made by histkit run; a rerun with the same name replaces this folder\n")
