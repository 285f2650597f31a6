"""Run parameterised notebooks with papermill into one reproducible run folder.

`run_notebooks` checks the request, then executes each notebook with the
parameters it declares and writes `runs/NAME/`: the executed notebooks,
`figures/` and `tables/` (written by the notebooks into `output_dir`),
`params.yaml` (`-f` it to rerun the same way), `manifest.json` and `index.html`.
Kernels start in `cwd`, so relative paths mean the same to user and notebook.
The corpus stores the notebooks read are brought up to date once, beside the
kernels (see `stores`), and recorded in the manifest; figures drawn by
histkit's figure functions from unchanged tables are copied from
runs/.cache/figures instead of drawn again (see `analysis.figcache`).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from ..errors import ParameterError
from .execute import KERNEL, execute_notebooks
from .folder import KERNEL_LOG, PARAMS, prepare_run_dir
from .index_page import write_index
from .manifest import write_manifest
from .params import absolute_path, declared_parameters, load_params_file, merge_parameters, parameters_per_notebook, write_params
from .results import NotebookResult, RunResult
from .reuse import figure_cache_environment, prune_figure_cache
from .stores import StorePreparer, reads_store, store_hint, store_records, store_requests
from ..patterns import compiled

_RUN_NAME = compiled(r"[A-Za-z0-9][A-Za-z0-9_.-]*")


def run_notebooks(
    notebooks: Iterable[str | Path],
    name: str = "run",
    params: Mapping | None = None,
    params_file: str | Path | None = None,
    corpus: str | Path | None = None,
    jobs: int = 1,
    runs_dir: str | Path = "runs",
    cwd: str | Path | None = None,
    progress: Callable[[NotebookResult], object] | None = None,
    kernel: str = KERNEL,
) -> RunResult:
    """Execute notebooks with papermill into `runs_dir/name/` and write its manifest.

        >>> result = run_notebooks(["notebooks/actor_frequency.ipynb"], name="dev", params={"top_n": 5})  # doctest: +SKIP
        >>> result.ok, result.run_dir.name, sorted(result.outputs)[0]  # doctest: +SKIP
        (True, 'dev', 'figures/actor_frequency_network.pdf')
        >>> run_notebooks([], name="dev")
        Traceback (most recent call last):
        histkit.errors.ParameterError: no notebook given; name at least one .ipynb file

    `params` override `params_file`; both may hold a mapping under a
    notebook's name for that notebook alone. A parameter goes to every
    notebook that declares it. A folder stands for the notebooks directly in
    it, in name order. `progress` is called with each `NotebookResult` as it
    finishes. A failing notebook does not stop the others: see
    `RunResult.failures`. `kernel` names the Jupyter kernel (default
    python3, which `make setup` installs into .venv). Raises ParameterError,
    before anything runs, for a missing notebook or corpus, a parameter no
    notebook declares, a bad name or `jobs`.
    """
    cwd = Path(cwd or os.getcwd()).resolve()
    paths = _notebook_paths(notebooks, cwd)
    _check_request(paths, name, jobs)
    given = _given_parameters(params, params_file, corpus, cwd)
    stores = StorePreparer(cwd, jobs)
    if reads_store(paths):  # started now, it updates the run's store while this process loads papermill
        stores.start(store_hint(given, {p.stem for p in paths}, cwd))
    try:
        declared = {p.stem: declared_parameters(p) for p in paths}
        run_dir = absolute_path(runs_dir, cwd) / str(name)
        per_notebook = parameters_per_notebook(given, declared, paths, run_dir, cwd)
        prepare_run_dir(run_dir)
        write_params(run_dir / PARAMS, given)
        started = time.perf_counter()
        # Once the child holds the stores' locks the kernels may start: they wait for its update, then only read.
        stores.request(store_requests(paths, per_notebook, declared))
        results = execute_notebooks(paths, run_dir, per_notebook, cwd, kernel, jobs, run_dir / KERNEL_LOG, progress,
                                    figure_cache_environment(run_dir.parent))
    finally:
        folders = stores.finish()
    total = time.perf_counter() - started
    prune_figure_cache(run_dir.parent)

    result = RunResult(str(name), run_dir, results)
    result.manifest = write_manifest(result, given, declared, cwd, total, kernel, store_records(folders, cwd))
    write_index(result)
    return result


def _notebook_paths(notebooks, cwd: Path) -> list[Path]:
    paths = []
    for nb in [notebooks] if isinstance(notebooks, (str, os.PathLike)) else notebooks:
        path = absolute_path(str(nb), cwd)
        # A folder means its own notebooks, not those of subfolders (assignments, checkpoints).
        paths += sorted(path.glob("*.ipynb")) if path.is_dir() else [path]
    return paths


def _check_request(paths: list[Path], name: str, jobs: int) -> None:
    if not paths:
        raise ParameterError("no notebook given; name at least one .ipynb file")
    if not isinstance(jobs, int) or jobs < 1:
        raise ParameterError(f"--jobs must be a whole number of at least 1, not {jobs!r}")
    if not _RUN_NAME.fullmatch(str(name)):
        raise ParameterError(f"run name {name!r} must be a plain folder name (letters, digits, '_', '-', '.')")
    stems = [p.stem for p in paths]
    duplicated = sorted({s for s in stems if stems.count(s) > 1})
    if duplicated:
        raise ParameterError(f"two notebooks are both named {duplicated[0]!r}; their outputs would collide")


def _given_parameters(params, params_file, corpus, cwd: Path) -> dict:
    """The run's parameters as the user gave them: the file's, then `params`, then the corpus."""
    given = load_params_file(params_file) if params_file else {}
    given = merge_parameters(given, dict(params or {}))
    if corpus is not None:
        if not absolute_path(corpus, cwd).exists():
            raise ParameterError(f"--corpus {corpus}: no such file or folder")
        given["corpus"] = str(corpus)
    return given
