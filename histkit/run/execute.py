"""Executing the notebooks of a run with papermill, `jobs` at a time, each in a worker process.

The cells of `jobs` notebooks run at a time, in the order given, while the
kernel of the next one starts (see `turns`). A notebook that fails, or whose
kernel dies or never starts, is reported as a `NotebookError` naming the
cell of the source notebook; it never stops the others. Kernels get a fixed environment so that two runs give the same bytes.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from concurrent.futures import ProcessPoolExecutor, as_completed
from multiprocessing import get_context
from pathlib import Path

from .imports import import_papermill
from .results import NotebookError, NotebookResult
from .turns import Turn, shared_turns, workers_for
from .warm import warm_arguments

KERNEL = "python3"
# Fixed for every kernel: set and dict-of-set iteration orders then do not
# change between runs, and anything that stamps a date gets the same one.
KERNEL_ENV = {"PYTHONHASHSEED": "0", "SOURCE_DATE_EPOCH": "0"}
_ADDED_CELL_TAGS = ("injected-parameters", "papermill-error-cell-tag")
#: The longest socket-file prefix left room for: a Unix socket's path has at most 103 bytes on macOS
#: (107 on Linux), and jupyter_client adds "-N" to the prefix for each of a kernel's five sockets.
_SOCKET_PATH_ROOM = 96


def execute_notebooks(
    notebooks: list[Path],
    run_dir: Path,
    parameters: dict[str, dict],
    cwd: Path,
    kernel: str = KERNEL,
    jobs: int = 1,
    log_path: Path | None = None,
    progress: Callable[[NotebookResult], object] | None = None,
    environment: dict[str, str] | None = None,
) -> list[NotebookResult]:
    """Execute each notebook into `run_dir/<stem>.ipynb` with its `parameters[stem]`, in the order given.

        >>> execute_notebooks([Path("notebooks/actor_frequency.ipynb")], Path("runs/dev"),
        ...                   {"actor_frequency": {"output_dir": "runs/dev"}}, Path.cwd())  # doctest: +SKIP
        [NotebookResult(notebook=PosixPath('notebooks/actor_frequency.ipynb'), ..., error=None)]

    Kernels start in `cwd` with KERNEL_ENV and `environment` added to this
    process's environment, and write their stderr to `log_path` (default:
    the terminal's). `progress` is called with each result as it finishes.
    Never raises for a notebook that fails: its result carries the error.
    """
    tasks = [(str(p), str(run_dir / f"{p.stem}.ipynb"), parameters[p.stem], str(cwd), kernel, i)
             for i, p in enumerate(notebooks)]
    results: list[NotebookResult | None] = [None] * len(tasks)
    context = _context()
    with ProcessPoolExecutor(
        max_workers=workers_for(jobs, len(tasks)),
        mp_context=context,
        initializer=_worker_init,
        initargs=(str(log_path) if log_path else None, dict(environment or {}), shared_turns(context, jobs, len(tasks))),
    ) as pool:
        futures = {pool.submit(_execute, task): i for i, task in enumerate(tasks)}
        for future in as_completed(futures):
            i = futures[future]
            try:
                seconds, failure = future.result()
            except Exception as err:  # the worker itself died (killed, out of memory)
                seconds, failure = 0.0, {"cell_index": None, "first_line": "", "ename": type(err).__name__,
                                         "evalue": str(err) or "the worker process running it stopped"}
            error = NotebookError(**failure) if failure else None
            results[i] = NotebookResult(notebooks[i], Path(tasks[i][1]), tasks[i][2], seconds, error)
            if progress:
                progress(results[i])
    return results


def _context():
    # Forking skips re-importing papermill (1-2 s per worker) but is only safe
    # from a single-threaded process; from a Jupyter kernel or a threaded app, spawn.
    if os.name == "posix" and threading.active_count() == 1:
        return get_context("fork")
    return get_context("spawn")


#: In a worker: the run's turns to run cells (see `turns`), shared by its workers.
_TURNS = None


def _worker_init(log_path: str | None, environment: dict[str, str], turns=None) -> None:
    global _TURNS
    _TURNS = turns
    # Kernels inherit this process's environment and stderr; papermill offers
    # no other way to set either.
    os.environ.update(KERNEL_ENV)
    os.environ.update(environment)
    if log_path:
        log = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        os.dup2(log, 2)
        os.close(log)
    logging.getLogger("papermill").setLevel(logging.WARNING)


def _execute(task) -> tuple[float, dict | None]:
    """Run one notebook in a worker; returns (seconds, failure as a plain dict or None)."""
    papermill = import_papermill()
    from papermill.exceptions import PapermillExecutionError

    source, executed, parameters, cwd, kernel, index = task
    started = time.perf_counter()
    turn = Turn(_TURNS, index) if _TURNS is not None else None
    try:
        with kernel_transport() as config:
            papermill.execute_notebook(
                source,
                executed,
                parameters=parameters,
                kernel_name=kernel,
                cwd=cwd,
                progress_bar=False,
                log_output=False,
                extra_arguments=warm_arguments(source, kernel),
                **config,
                **(turn.hooks() if turn else {}),
            )
    except PapermillExecutionError as err:
        _fix_cell_ids(executed)
        index = _source_cell_index(executed, err.cell_index)
        first = next((line for line in str(err.source).splitlines() if line.strip()), "")
        failure = {"cell_index": index, "first_line": first.strip(), "ename": err.ename, "evalue": err.evalue}
        return _seconds(started, turn), failure
    except Exception as err:  # a kernel that dies or never starts must not stop the other notebooks
        evalue = str(err)
        if type(err).__name__ == "NoSuchKernel":
            evalue += f"; install it with: {sys.executable} -m ipykernel install --sys-prefix --name {kernel}"
        failure = {"cell_index": None, "first_line": "", "ename": type(err).__name__, "evalue": evalue}
        return _seconds(started, turn), failure
    finally:
        if turn is not None:  # a kernel that never became ready, or a last cell never reached
            turn.done()
    _fix_cell_ids(executed)
    return _seconds(started, turn), None


def _seconds(started: float, turn: Turn | None) -> float:
    """A notebook's seconds since its worker took it up, less those its ready kernel waited for a turn."""
    return time.perf_counter() - started - (turn.waited if turn else 0.0)


@contextmanager
def kernel_transport():
    """The papermill options that make a kernel talk to its worker over Unix sockets in a folder of its own.

        >>> with kernel_transport() as options:
        ...     sorted(options["config"]["KernelManager"]) if options else ["ip", "transport"]
        ['ip', 'transport']

    Over TCP, each worker picks free ports by opening and closing them, and
    the kernel binds them a moment later: two kernels started at once can
    pick the same port and one fails ("Address already in use"). Socket
    files named after a fresh folder cannot collide, and no port is opened
    on the network. Where Unix sockets are missing (Windows) or the folder's
    path is too long for one, the options are empty: TCP, as before.
    """
    if os.name != "posix":
        yield {}
        return
    with tempfile.TemporaryDirectory(prefix="histkit-kernel-") as folder:
        prefix = os.path.join(folder, "kernel")
        if len(prefix) > _SOCKET_PATH_ROOM:
            yield {}
            return
        from traitlets.config import Config

        yield {"config": Config({"KernelManager": {"transport": "ipc", "ip": prefix}})}


def _fix_cell_ids(executed: str) -> None:
    """Give the cells papermill adds (parameters, error banner) fixed ids instead of random ones,
    so two executions differ only in their timestamps."""
    import nbformat

    try:
        nb = nbformat.read(executed, as_version=4)
    except Exception:  # nothing was written: the failure is already reported
        return
    changed = False
    for i, cell in enumerate(nb.cells):
        tags = cell.get("metadata", {}).get("tags", [])
        for tag in _ADDED_CELL_TAGS:
            if tag in tags and "id" in cell:
                cell["id"] = f"{tag}-{i}"
                changed = True
    if changed:
        nbformat.write(nb, executed)


def _source_cell_index(executed: str, index: int | None) -> int | None:
    """Map a cell index of the executed notebook to the source notebook's.

    Papermill counts the cells after injecting its `injected-parameters` cell,
    and the error banner it adds afterwards is not counted; the user edits the
    source notebook, so the report names the cell there.
    """
    if index is None:
        return None
    try:
        import nbformat

        cells = nbformat.read(executed, as_version=4).cells
    except Exception:
        return index
    cells = [c for c in cells if "papermill-error-cell-tag" not in c.get("metadata", {}).get("tags", [])]
    tags = [c.get("metadata", {}).get("tags", []) for c in cells]
    injected = next((i for i, t in enumerate(tags) if "injected-parameters" in t), None)
    if injected is None or index < injected:
        return index
    return None if index == injected else index - 1
