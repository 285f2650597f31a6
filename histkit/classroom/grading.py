"""Grading: run every student's copy of an assignment under its limits and tabulate what happened.

Each copy runs in a worker process of its own (`worker`), `jobs` at a time,
in its student's folder, its checks put back from the answer key first
(`integrity`); its kernel runs under a memory limit and, asked for, in a
sandbox (`confine`). The executed notebook is written out of the kernel's
reach and copied beside the student's when the run is over.
The time limit is for the student's cells: from when the kernel begins the
first cell to when the last one ends, since starting and stopping Python and
a kernel is slow on a busy machine. A copy whose cells are still running
then is stopped with its kernel, and a teacher's Ctrl-C stops every worker.
Unconfined kernels talk over TCP: their ports are picked free and bound by
the kernel a moment later, so on a busy machine another process can take
one first and the kernel dies before its first cell; the worker then starts
it once more, with fresh ports, and a second failure is reported as such.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
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

from ..errors import ParameterError
from .confine import parse_size, require_bwrap, sandbox_plan
from .copies import StudentCopy, find_student_notebooks, link_data, read_copy, resolve_data, unlink_data
from .integrity import restore_cells, unverified_edits
from .results import CHECKS_SEPARATOR, RESULTS_COLUMNS, outcome, results_html, running_cell
from .worker import COMMAND, CUT, FINISHED, NO_START, RETRY, STARTED

STARTUP_LIMIT = 120  # seconds for Python, papermill and the kernel to start, before the time limit runs
SHUTDOWN_LIMIT = 120  # seconds for the kernel and the worker to stop once the cells are done
_KILL = getattr(signal, "SIGKILL", signal.SIGTERM)
# A stopped worker's kernel keeps the worker's stdout open until it notices its parent is gone.
_OUTPUT_GRACE = 15


@dataclass
class Limits:
    """How every copy of a class runs: time, memory and output limits, the sandbox, the files it reads."""

    timeout: float = 600
    memory: int | None = 2 * 2**30
    max_output: int | None = 20 * 2**20
    sandbox: bool = False
    data: tuple = ()  # (place in the student's folder, real path) pairs, from `resolve_data`


def collect(directory, jobs: int | None = None, timeout: float = 600, cwd=None, assignment: str | None = None,
            sandbox: bool = False, memory="2G", max_output="20M", data=()) -> pd.DataFrame:
    """Run every student's notebook in its own folder, record what happened, write results.csv and results.html.

        >>> collect("class/", jobs=2, timeout=300)[["student_id", "status", "checks_passed", "checks_total"]]  # doctest: +SKIP
          student_id   status  checks_passed  checks_total
        0        ana      ran              2             2
        >>> collect("class/", timeout=0)
        Traceback (most recent call last):
        histkit.errors.ParameterError: --timeout must be a number of seconds above 0, not 0

    Each notebook runs in its own process with papermill, `jobs` at a time,
    in its student's folder, after its check cells (and locked cells, and
    the student's parameters) are put back from the answer key. `data`
    names files and folders the notebooks read (relative to `cwd`, default
    the current folder): each relative one is linked into every student's
    folder at the same place for the run. With `sandbox` (Linux, bubblewrap)
    the kernel sees only its folder (read-write), `data` and the Python
    environment (read-only), and no network. A notebook whose cells still
    run `timeout` seconds after the first began is stopped, its kernel with
    it; the kernel may use `memory` (``2G``; ``none``: no limit) and print
    `max_output` (``20M``) before it is stopped. The executed copy is saved
    next to the student's as ``<assignment>.executed.ipynb``.
    Columns: student_id, name, status (ran, failed, timed out, out of memory,
    too much output, did not start, missing, unreadable), failed_cell ("cell N: first
    line", N counting from 1 over all cells), error, checks_passed,
    checks_total, seconds (the whole run, kernel start and stop included),
    checks_failed ("check_2: <its message> | check_3: did not run") and
    tampered (cells put back: "check_1: edited | check_2: deleted");
    sorted by student_id. A check passes when its cell ran without error.
    Raises `HistkitError` when `directory` holds no student notebooks, or
    copies of several assignments and `assignment` is not given;
    `ParameterError` for a bad limit, a missing `data` path, or `sandbox`
    where bubblewrap is not installed.
    """
    directory = Path(directory)
    if jobs is not None and jobs < 1:
        raise ParameterError(f"--jobs must be 1 or more, not {jobs}")
    if not isinstance(timeout, (int, float)) or timeout <= 0:
        shown = f"{timeout:g}" if isinstance(timeout, (int, float)) else repr(timeout)
        raise ParameterError(f"--timeout must be a number of seconds above 0, not {shown}")
    limits = Limits(timeout, parse_size(memory), parse_size(max_output, "--max-output"), sandbox,
                    tuple(resolve_data(data, Path(cwd).resolve() if cwd else Path.cwd())))
    if sandbox:
        require_bwrap(probe=True)
    copies = find_student_notebooks(directory, assignment)
    rows = _run_all(copies, min(jobs or os.cpu_count() or 1, len(copies)), limits)
    results = pd.DataFrame(rows, columns=RESULTS_COLUMNS).sort_values("student_id", kind="stable")
    results = results.reset_index(drop=True)
    results.to_csv(directory / "results.csv", index=False, lineterminator="\n")
    name = copies[0].notebook.stem
    (directory / "results.html").write_text(results_html(results, name, copies, confined=sandbox), encoding="utf-8")
    return results


def _run_all(copies: list[StudentCopy], workers: int, limits: Limits) -> list[dict]:
    live: set = set()
    pool = ThreadPoolExecutor(max_workers=workers)
    try:
        return list(pool.map(lambda copy: _run_copy(copy, limits, live), copies))
    except BaseException:
        # Workers run in sessions of their own, out of reach of the teacher's Ctrl-C: stop them here.
        for proc in list(live):
            _signal_group(proc, _KILL)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _run_copy(copy: StudentCopy, limits: Limits, live: set) -> dict:
    """Put back one copy's protected cells, run it in a worker process and read the executed notebook into a row."""
    copy.executed.unlink(missing_ok=True)  # a copy left by an earlier collect must not pass for this run's
    key = _read_quietly(copy.key) if copy.key else None
    nb, problem = read_copy(copy.notebook)
    name = (nb or key or nbformat.from_dict({"metadata": {}})).metadata.get("histkit", {}).get("name", "")
    row = {"student_id": copy.student_id, "name": name, "seconds": 0.0}
    if nb is None:
        row.update(outcome(None, key))
        row.update(status="missing" if not copy.notebook.exists() else "unreadable", error=problem)
        return row
    nb, tampered = restore_cells(nb, key) if key is not None else (nb, unverified_edits(nb))
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="histkit-classroom-") as scratch:
        ending, returncode, stderr, said = _run_worker(copy, nb, Path(scratch), limits, live)
    row["seconds"] = round(time.monotonic() - start, 1)
    executed = _read_quietly(copy.executed)
    row.update(outcome(executed, key), tampered=CHECKS_SEPARATOR.join(tampered))
    running = running_cell(executed)
    no_start = next((line[len(NO_START):] for line in said if line.startswith(NO_START)), None)
    if CUT in said or row["status"] == "too much output":
        row.update(status="too much output", failed_cell=row["failed_cell"] or running,
                   error=f"printed more than {limits.max_output / 2**20:g} MB; cut there and stopped")
    elif ending == "no start":
        row.update(status="timed out", failed_cell="", error=f"the kernel did not start within {STARTUP_LIMIT} s")
    elif no_start is not None:
        row.update(status="did not start", failed_cell="", error=f"did not start (tried twice): {no_start}")
    elif ending == "timed out":
        # Stopping interrupts the kernel, so the cell that hung may show up as failed with KeyboardInterrupt.
        row.update(status="timed out", failed_cell=running or row["failed_cell"],
                   error=f"still running after {limits.timeout:g} s, stopped")
    elif returncode != 0 and row["status"] == "ran":
        last = [ln for ln in stderr.splitlines() if ln.strip()]
        error = last[-1].strip() if last else f"exit code {returncode}"
        if "DeadKernelError" in error:
            error = "the kernel died (it crashed, or was killed)"
        row.update(status="failed", failed_cell=running, error=error)
    if row["status"] == "out of memory" and limits.memory:
        row["error"] = f"{row['error']} (past the {limits.memory / 2**30:g} GB memory limit)"
    return row


def _run_worker(copy: StudentCopy, nb, scratch: Path, limits: Limits, live: set):
    """Run the worker for one copy to its end: how it ended ("ended" | "timed out" | "no start"), exit code, stderr,
    and the lines it said (its standard output).

    The worker writes the executed notebook in `scratch`, out of the kernel's
    reach, and it is copied beside the student's copy when the run is over.
    """
    folder = copy.notebook.parent.resolve()
    prepared, executed, private = scratch / "prepared.ipynb", scratch / "executed.ipynb", scratch / "kernel"
    nbformat.write(nb, prepared)
    private.mkdir()
    plan = sandbox_plan(folder, [real for _, real in limits.data], private) if limits.sandbox else None
    settings = {"notebook": str(prepared), "executed": str(executed), "cwd": str(folder), "parent": os.getpid(),
                "memory": limits.memory, "max_output": limits.max_output, "sandbox": plan,
                "private": str(private) if plan else None}
    links = link_data(folder, list(limits.data))
    try:
        with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as err:
            proc = subprocess.Popen(
                [sys.executable, "-c", COMMAND, json.dumps(settings)], stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE, stderr=err, start_new_session=True, text=True, errors="replace",
            )
            live.add(proc)
            events: queue.Queue = queue.Queue()
            seen: set = set()
            reader = threading.Thread(target=_read_events, args=(proc.stdout, events, seen), daemon=True)
            reader.start()
            try:
                ending = _wait(proc, events, limits.timeout)
            finally:
                live.discard(proc)
            # The reader closes the pipe when it reaches its end: wait for that, unless a kernel holds it open.
            reader.join(_OUTPUT_GRACE)
            err.seek(0)
            stderr = err.read()
    finally:
        unlink_data(links)
    # The kernel may have left a link where the executed copy goes, pointing at a file of the teacher's.
    copy.executed.unlink(missing_ok=True)
    if executed.exists():
        shutil.copyfile(executed, copy.executed)
    return ending, proc.returncode, stderr, seen


def _wait(proc: subprocess.Popen, events: queue.Queue, timeout: float) -> str:
    """Wait for the worker, stopping it when it does not start or its cells outrun `timeout`; how it ended.

    A kernel started again (`RETRY`) has STARTUP_LIMIT seconds of its own.
    """
    first = _next_event(events, STARTUP_LIMIT)
    while first == RETRY:
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


def _read_events(stream, events: queue.Queue, seen: set) -> None:
    """Put the worker's announcements on `events`, then "" when its output ends; note each in `seen`; close the stream."""
    with stream:
        for line in stream:  # read to the end so the worker never blocks on a full pipe
            if line.strip() in (STARTED, FINISHED, RETRY):
                events.put(line.strip())
            seen.add(line.strip())
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
