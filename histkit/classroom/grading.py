"""Grading: run every student's copy of an assignment under a time limit and tabulate what happened.

Each copy runs in a worker process of its own (`worker`), `jobs` at a time.
The time limit is for the student's cells: from when the kernel begins the
first cell to when the last one ends, since starting and stopping Python and
a kernel is slow on a busy machine. A copy whose cells are still running
then is stopped with its kernel, and a teacher's Ctrl-C stops every worker.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pandas as pd

from ..errors import HistkitError, ParameterError
from .assignment import ANSWER_KEYS, EXECUTED_SUFFIX
from .results import RESULTS_COLUMNS, outcome, results_html, running_cell
from .worker import COMMAND, FINISHED, STARTED

STARTUP_LIMIT = 120  # seconds for Python, papermill and the kernel to start, before the time limit runs
SHUTDOWN_LIMIT = 120  # seconds for the kernel and the worker to stop once the cells are done
_KILL = getattr(signal, "SIGKILL", signal.SIGTERM)
# A stopped worker's kernel keeps the worker's stdout open until it notices its parent is gone.
_OUTPUT_GRACE = 15


@dataclass
class StudentCopy:
    """One student's copy in a class folder: the notebook, where its executed copy goes, its answer key."""

    student_id: str
    notebook: Path
    executed: Path
    key: Path | None


def collect(directory, jobs: int | None = None, timeout: float = 600, cwd=None, assignment: str | None = None) -> pd.DataFrame:
    """Run every student's notebook, record what happened, write results.csv and results.html.

        >>> collect("class/", jobs=2, timeout=300)[["student_id", "status", "checks_passed", "checks_total"]]  # doctest: +SKIP
          student_id   status  checks_passed  checks_total
        0        ana      ran              2             2
        >>> collect("class/", timeout=0)
        Traceback (most recent call last):
        histkit.errors.ParameterError: --timeout must be a number of seconds above 0, not 0

    Each notebook runs in its own process with papermill, `jobs` at a time,
    in `cwd` (default: the current folder, so ``data/corpus`` in a roster
    means the same for everyone); the executed copy is saved next to it as
    ``<assignment>.executed.ipynb``. A notebook whose cells are still
    running `timeout` seconds after the first began is stopped, its kernel
    with it. Columns: student_id, name, status (ran, failed, timed out),
    failed_cell ("cell N: first line", N counting from 1 over all cells),
    error, checks_passed, checks_total, seconds (the whole run, kernel start
    and stop included), checks_failed ("check_2: <its message> | check_3:
    did not run"); sorted by student_id. A check passes when its cell ran
    without error.
    Raises `HistkitError` when `directory` holds no student notebooks, or
    copies of several assignments and `assignment` is not given.
    """
    directory = Path(directory)
    if jobs is not None and jobs < 1:
        raise ParameterError(f"--jobs must be 1 or more, not {jobs}")
    if not isinstance(timeout, (int, float)) or timeout <= 0:
        shown = f"{timeout:g}" if isinstance(timeout, (int, float)) else repr(timeout)
        raise ParameterError(f"--timeout must be a number of seconds above 0, not {shown}")
    copies = find_student_notebooks(directory, assignment)
    workdir = str(Path(cwd).resolve() if cwd else Path.cwd())
    rows = _run_all(copies, min(jobs or os.cpu_count() or 1, len(copies)), timeout, workdir)
    results = pd.DataFrame(rows, columns=RESULTS_COLUMNS).sort_values("student_id", kind="stable")
    results = results.reset_index(drop=True)
    results.to_csv(directory / "results.csv", index=False, lineterminator="\n")
    name = copies[0].notebook.stem
    (directory / "results.html").write_text(results_html(results, name, copies), encoding="utf-8")
    return results


def find_student_notebooks(directory, assignment: str | None = None) -> list[StudentCopy]:
    """The ``<student_id>/<assignment>.ipynb`` copies in a class folder, by student_id.

        >>> import tempfile
        >>> scratch = tempfile.TemporaryDirectory()
        >>> for path in ("ben/lesson.ipynb", "ana/lesson.ipynb", "ana/lesson.executed.ipynb",
        ...              "answer_keys/ana/lesson.ipynb"):
        ...     (Path(scratch.name) / path).parent.mkdir(parents=True, exist_ok=True)
        ...     (Path(scratch.name) / path).touch()
        >>> [(copy.student_id, copy.executed.name, copy.key is not None) for copy in find_student_notebooks(scratch.name)]
        [('ana', 'lesson.executed.ipynb', True), ('ben', 'lesson.executed.ipynb', False)]
        >>> scratch.cleanup()

    Skips answer keys, executed copies and Jupyter checkpoints. Raises
    `HistkitError` when there are none, or several assignments and no `assignment`.
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise HistkitError(f"{directory}: no such folder; give the --out folder of 'histkit classroom make'")
    found = []
    for folder in sorted(p for p in directory.iterdir() if p.is_dir()):
        if folder.name == ANSWER_KEYS or folder.name.startswith("."):
            continue
        for nb in sorted(folder.glob("*.ipynb")):
            if not nb.name.endswith(EXECUTED_SUFFIX):
                found.append(nb)
    if assignment:
        stem = Path(assignment).stem
        found = [nb for nb in found if nb.stem == stem]
    names = sorted({nb.stem for nb in found})
    if not found:
        wanted = f"{Path(assignment).stem}.ipynb" if assignment else "<assignment>.ipynb"
        raise HistkitError(
            f"{directory}: no student notebooks ({directory}/<student_id>/{wanted}); "
            "make them with 'histkit classroom make'"
        )
    if len(names) > 1:
        raise HistkitError(f"{directory} holds several assignments ({', '.join(names)}); choose one with --assignment")
    copies = []
    for nb in found:
        key = directory / ANSWER_KEYS / nb.parent.name / nb.name
        copies.append(StudentCopy(nb.parent.name, nb, nb.with_name(nb.stem + EXECUTED_SUFFIX), key if key.exists() else None))
    return copies


def _run_all(copies: list[StudentCopy], workers: int, timeout: float, cwd: str) -> list[dict]:
    live: set = set()
    pool = ThreadPoolExecutor(max_workers=workers)
    try:
        return list(pool.map(lambda copy: _run_copy(copy, timeout, cwd, live), copies))
    except BaseException:
        # Workers run in sessions of their own, out of reach of the teacher's Ctrl-C: stop them here.
        for proc in list(live):
            _signal_group(proc, _KILL)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _run_copy(copy: StudentCopy, timeout: float, cwd: str, live: set) -> dict:
    """Run one copy in a worker process and read the executed notebook into a results row."""
    copy.executed.unlink(missing_ok=True)  # a copy left by an earlier collect must not pass for this run's
    start = time.monotonic()
    ending, returncode, stderr = _run_worker(copy, timeout, cwd, live)
    seconds = round(time.monotonic() - start, 1)
    executed = _read_quietly(copy.executed)
    key = _read_quietly(copy.key) if copy.key else None
    meta = (executed or _read_quietly(copy.notebook) or nbformat.from_dict({"metadata": {}})).metadata
    row = {"student_id": copy.student_id, "name": meta.get("histkit", {}).get("name", ""), "seconds": seconds}
    row.update(outcome(executed, key))
    running = running_cell(executed)
    if ending == "no start":
        row.update(status="timed out", failed_cell="", error=f"the kernel did not start within {STARTUP_LIMIT} s")
    elif ending == "timed out":
        # Stopping interrupts the kernel, so the cell that hung may show up as failed with KeyboardInterrupt.
        row.update(status="timed out", failed_cell=running or row["failed_cell"],
                   error=f"still running after {timeout:g} s, stopped")
    elif returncode != 0 and row["status"] == "ran":
        last = [ln for ln in stderr.splitlines() if ln.strip()]
        row.update(status="failed", failed_cell=running, error=last[-1].strip() if last else f"exit code {returncode}")
    return row


def _run_worker(copy: StudentCopy, timeout: float, cwd: str, live: set) -> tuple[str, int | None, str]:
    """Run the worker for one copy to its end: ("ended" | "timed out" | "no start", exit code, its stderr)."""
    command = [sys.executable, "-c", COMMAND, str(copy.notebook), str(copy.executed), cwd, str(os.getpid())]
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as err:
        proc = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=err,
            start_new_session=True, text=True, errors="replace",
        )
        live.add(proc)
        events: queue.Queue = queue.Queue()
        reader = threading.Thread(target=_read_events, args=(proc.stdout, events), daemon=True)
        reader.start()
        try:
            ending = _wait(proc, events, timeout)
        finally:
            live.discard(proc)
        # The reader closes the pipe when it reaches its end: wait for that, unless a kernel holds it open.
        reader.join(_OUTPUT_GRACE)
        err.seek(0)
        return ending, proc.returncode, err.read()


def _wait(proc: subprocess.Popen, events: queue.Queue, timeout: float) -> str:
    """Wait for the worker, stopping it when it does not start or its cells outrun `timeout`; how it ended."""
    first = _next_event(events, STARTUP_LIMIT)
    if first is None:
        _stop(proc)
        return "no start"
    if first == STARTED and _next_event(events, timeout) is None:
        _stop(proc)
        return "timed out"
    try:
        proc.wait(timeout=SHUTDOWN_LIMIT)
    except subprocess.TimeoutExpired:
        _stop(proc)
    return "ended"


def _next_event(events: queue.Queue, seconds: float) -> str | None:
    """The worker's next announcement ("" when its output ended), or None when `seconds` pass first."""
    try:
        return events.get(timeout=seconds)
    except queue.Empty:
        return None


def _read_events(stream, events: queue.Queue) -> None:
    """Put the worker's announcements on `events`, then "" when its output ends; close the stream."""
    with stream:
        for line in stream:  # read to the end so the worker never blocks on a full pipe
            if line.strip() in (STARTED, FINISHED):
                events.put(line.strip())
    events.put("")


def _stop(proc: subprocess.Popen) -> None:
    """Stop a worker and everything it started: politely, then for good."""
    for sig in (signal.SIGTERM, _KILL):
        _signal_group(proc, sig)
        try:
            proc.wait(timeout=5)
            return
        except subprocess.TimeoutExpired:
            continue


def _signal_group(proc: subprocess.Popen, sig) -> None:
    try:
        if hasattr(os, "killpg"):
            os.killpg(proc.pid, sig)
        else:
            proc.send_signal(sig)
    except (ProcessLookupError, PermissionError):
        pass  # already gone


def _read_quietly(path):
    try:
        return nbformat.read(path, as_version=4)
    except Exception:  # a copy cut off mid-write by a stopped run reads as no notebook
        return None
