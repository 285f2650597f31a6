"""The manifest of a run: versions, input and output hashes, parameters and timing.

`manifest.json` is what lets a reader check a run: the same inputs, code and
library versions must give the same output hashes. Timing is kept apart, and
`strip_timing` removes papermill's timestamps from an executed notebook.
"""

from __future__ import annotations

import ast
import hashlib
import json
import platform
import re
from importlib import metadata
from pathlib import Path

from ..data import authority_dir
from ..version import __version__, source_hash
from .execute import KERNEL_ENV
from .folder import MANIFEST, RUNNER_FILES
from .params import absolute_path
from .results import RunResult
from ..patterns import compiled

# Papermill's and nbclient's per-run stamps: the only differences between two
# executions of the same notebook on the same inputs.
TIMING_KEYS = ("start_time", "end_time", "duration", "execution")
_LIBRARIES = ("numpy", "papermill", "nbclient", "nbformat", "ipykernel", "jupyter_client")
_PATHLIKE = compiled(r"[/\\]|\.[A-Za-z0-9]{1,5}$")


def sha256_file(path: str | Path) -> str:
    """The sha256 hex digest of a file's bytes.

        >>> import tempfile
        >>> with tempfile.NamedTemporaryFile(delete=False) as f:
        ...     _ = f.write(b"test")
        >>> sha256_file(f.name)
        '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'
        >>> Path(f.name).unlink()

    Raises OSError when the file cannot be read.
    """
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def files_under(path: Path) -> list[Path]:
    """`path` itself when it is a file, else the files below it in path order, hidden ones left out.

        >>> import tempfile
        >>> scratch = tempfile.TemporaryDirectory()
        >>> for name in ("b.csv", "a/x.png", ".ipynb_checkpoints/old.png"):
        ...     (Path(scratch.name) / name).parent.mkdir(parents=True, exist_ok=True)
        ...     _ = (Path(scratch.name) / name).write_text("")
        >>> [p.relative_to(scratch.name).as_posix() for p in files_under(Path(scratch.name))]
        ['a/x.png', 'b.csv']
        >>> scratch.cleanup()
    """
    if path.is_file():
        return [path]
    return sorted(
        p for p in path.rglob("*") if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
    )


def write_manifest(result: RunResult, given: dict, declared: dict, cwd: Path, total: float, kernel: str,
                   stores: dict | None = None) -> dict:
    """Write `manifest.json` in the run folder of `result` and return what it holds.

        >>> import tempfile
        >>> scratch = tempfile.TemporaryDirectory()
        >>> run = RunResult("demo", Path(scratch.name), [])
        >>> manifest = write_manifest(run, {"top_n": 5}, {}, Path(scratch.name), 0.0, "python3")
        >>> sorted(manifest)
        ['executed_notebooks', 'histkit', 'histkit_source', 'inputs', 'kernel', 'libraries', 'name', 'notebooks',
         'outputs', 'parameters', 'python', 'stores', 'timing']
        >>> manifest["parameters"], (Path(scratch.name) / "manifest.json").is_file()
        ({'top_n': 5}, True)
        >>> scratch.cleanup()

    `given` are the parameters as the user gave them, `declared` each
    notebook's declared parameters (for the defaults that name input files),
    `total` the seconds the run took. Paths inside `cwd` are recorded relative
    to it. `stores` are the corpus stores the notebooks read (see
    `stores.store_records`), so a figure can be traced to the exact tables.
    Raises OSError when the folder cannot be written.
    """
    manifest = _manifest(result, given, declared, cwd, total, kernel)
    manifest["stores"] = dict(stores or {})
    (result.run_dir / MANIFEST).write_text(
        json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return manifest


def _manifest(result: RunResult, given, declared, cwd: Path, total: float, kernel: str) -> dict:
    outputs, executed = _output_files(result.run_dir, {nb.stem for nb in result.notebooks})
    return {
        "name": result.name,
        "histkit": __version__,
        # The version does not change while the code is being edited; this digest does.
        "histkit_source": source_hash(),
        "python": platform.python_version(),
        "libraries": _versions(),
        "kernel": {"name": kernel, "cwd": ".", "environment": dict(KERNEL_ENV)},
        "parameters": given,
        "notebooks": {nb.stem: _notebook_entry(nb, cwd) for nb in result.notebooks},
        "inputs": _input_files(result, declared, cwd),
        "outputs": outputs,
        # Executed notebooks carry papermill's timestamps, so their hashes change on every rerun.
        "executed_notebooks": executed,
        "timing": {
            "total_seconds": round(total, 2),
            "notebooks_seconds": {nb.stem: round(nb.seconds, 2) for nb in result.notebooks},
        },
    }


def _notebook_entry(nb, cwd: Path) -> dict:
    error = nb.error
    return {
        "source": _shown(nb.notebook, cwd),
        "executed": nb.executed.name,
        "status": "ok" if nb.ok else "failed",
        "error": None if error is None else {
            "cell_index": error.cell_index,
            "first_line": error.first_line,
            "ename": error.ename,
            "evalue": error.evalue,
        },
        "parameters": {
            k: (_shown(Path(v), cwd) if k in ("corpus", "output_dir") and isinstance(v, str) else v)
            for k, v in nb.parameters.items()
        },
    }


def _shown(path: Path, cwd: Path) -> str:
    # Paths inside the project are recorded relative to it, so two clones write the same manifest.
    try:
        return path.resolve().relative_to(cwd).as_posix()
    except ValueError:
        return path.resolve().as_posix()


def _input_files(result: RunResult, declared, cwd: Path) -> dict[str, str]:
    """Hash the notebooks and every parameter value (given or default) naming an existing path."""
    candidates = [nb.notebook for nb in result.notebooks]
    for nb in result.notebooks:
        values = {name: _default(spec) for name, spec in declared[nb.stem].items()}
        values.update(nb.parameters)
        values.pop("output_dir", None)
        for key, value in values.items():
            # Only the corpus and values written like paths: a '.' parameter must not hash the project.
            if isinstance(value, str) and (key == "corpus" or _PATHLIKE.search(value)) and len(value) < 4096:
                path = absolute_path(value, cwd).resolve()
                if path.exists() and path not in (cwd, *cwd.parents):
                    candidates.append(path)
    candidates.append(authority_dir())  # read whenever a notebook does not name its own
    hashes = {}
    for candidate in candidates:
        if not candidate.exists():
            continue
        for f in files_under(candidate):
            hashes[_shown(f, cwd)] = sha256_file(f)
    return dict(sorted(hashes.items()))


def _default(spec: dict):
    try:
        return ast.literal_eval(spec.get("default", "None"))
    except (ValueError, SyntaxError):
        return None


def _output_files(run_dir: Path, stems: set[str]) -> tuple[dict, dict]:
    outputs, executed = {}, {}
    for f in files_under(run_dir):
        rel = f.relative_to(run_dir).as_posix()
        if rel in RUNNER_FILES:
            continue
        if f.parent == run_dir and f.suffix == ".ipynb" and f.stem in stems:
            executed[rel] = sha256_file(f)
        else:
            outputs[rel] = sha256_file(f)
    return outputs, executed


def _versions() -> dict[str, str | None]:
    names = set(_LIBRARIES)
    for requirement in metadata.requires("histkit") or []:
        if "extra ==" not in requirement:
            names.add(re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0])
    versions = {}
    for pkg in sorted(names, key=str.lower):
        try:
            versions[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            versions[pkg] = None
    return versions


def strip_timing(notebook: dict) -> dict:
    """A copy of an executed notebook (as JSON) without papermill's and nbclient's timestamps.

        >>> executed = {"metadata": {"papermill": {"duration": 1.2, "parameters": {"top_n": 5}}},
        ...             "cells": [{"metadata": {"execution": {"iopub.status.idle": "..."}, "tags": []}}]}
        >>> strip_timing(executed)
        {'metadata': {'papermill': {'parameters': {'top_n': 5}}}, 'cells': [{'metadata': {'tags': []}}]}

    Two executions of a notebook on the same inputs are equal after this.
    """
    def clean(meta):
        return {k: clean(v) if isinstance(v, dict) else v for k, v in meta.items() if k not in TIMING_KEYS}

    copy = json.loads(json.dumps(notebook))
    copy["metadata"] = clean(copy.get("metadata", {}))
    for cell in copy.get("cells", []):
        cell["metadata"] = clean(cell.get("metadata", {}))
    return copy
