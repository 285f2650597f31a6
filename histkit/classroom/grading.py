"""Grading: run every student's copy of an assignment and tabulate what happened.

`collect` runs each copy made by `classroom.make_assignments` in a process of
its own with papermill, `jobs` at a time. The time limit starts when the
kernel begins the first cell (starting Python and a kernel is slow on a busy
machine); a copy still running then is stopped, its kernel with it, and a
teacher's Ctrl-C stops every worker. Each executed notebook is then read for
its status, the cell that failed, and the checks that passed (counted
against the student's answer key, so a deleted check counts as missing),
and the table is written to ``results.csv`` and ``results.html``.

Kept apart from `classroom`, which writes the copies: running notebooks in
subprocesses under time limits is a job of its own, and the worker process
imports only this module. What a check cell is and where answer keys live
are defined here, since grading is what reads them; `classroom` imports them
to write copies that match, and re-exports `collect`.

>>> [job.student_id for job in find_student_notebooks("class/")]
['ana', 'ben']
"""

from __future__ import annotations

import html
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

CHECK_TAG = "check"
KEEP_GOING_TAG = "raises-exception"
ANSWER_KEYS = "answer_keys"
EXECUTED_SUFFIX = ".executed.ipynb"
RESULTS_COLUMNS = ["student_id", "name", "status", "failed_cell", "error", "checks_passed", "checks_total", "seconds",
                   "checks_failed"]
CHECKS_SEPARATOR = " | "
STARTUP_LIMIT = 120  # seconds for Python, papermill and the kernel to start, before the time limit runs

_PAPERMILL_ERROR_TAG = "papermill-error-cell-tag"
_STARTED = "histkit-classroom: first cell"


def is_check(cell) -> bool:
    """A cell checking an answer: tagged ``check``, or an nbgrader autograder-test cell."""
    grader = cell.metadata.get("nbgrader", {})
    tagged = CHECK_TAG in cell.metadata.get("tags", [])
    return cell.cell_type == "code" and (tagged or (bool(grader.get("grade")) and not grader.get("solution")))


@dataclass
class _Job:
    student_id: str
    notebook: Path
    executed: Path
    key: Path | None


def collect(directory, jobs: int | None = None, timeout: float = 600, cwd=None, assignment: str | None = None) -> pd.DataFrame:
    """Run every student's notebook, record what happened, write results.csv and results.html.

    >>> collect("class/", jobs=2, timeout=300)[["student_id", "status", "checks_passed", "checks_total"]]
      student_id   status  checks_passed  checks_total
    0        ana      ran              4             4

    Each notebook runs in its own process with papermill, `jobs` at a time,
    in `cwd` (default: the current folder, so ``data/corpus`` in a roster
    means the same for everyone); the executed copy is saved next to it as
    ``<assignment>.executed.ipynb``. A notebook still running `timeout`
    seconds after its first cell began is stopped, its kernel with it. Columns: student_id, name, status (ran,
    failed, timed out), failed_cell ("cell N: first line", N counting from 1
    over all cells), error, checks_passed, checks_total, seconds,
    checks_failed ("check_2: <its message> | check_3: did not run"); sorted
    by student_id. A check passes when its cell ran without error.
    Raises `HistkitError` when `directory` holds no student notebooks, or
    copies of several assignments and `assignment` is not given.
    """
    directory = Path(directory)
    if jobs is not None and jobs < 1:
        raise ParameterError(f"--jobs must be 1 or more, not {jobs}")
    if not isinstance(timeout, (int, float)) or timeout <= 0:
        shown = f"{timeout:g}" if isinstance(timeout, (int, float)) else repr(timeout)
        raise ParameterError(f"--timeout must be a number of seconds above 0, not {shown}")
    todo = find_student_notebooks(directory, assignment)
    workdir = str(Path(cwd).resolve() if cwd else Path.cwd())
    workers = min(jobs or os.cpu_count() or 1, len(todo))
    live: set = set()
    pool = ThreadPoolExecutor(max_workers=workers)
    try:
        rows = list(pool.map(lambda job: _run_job(job, timeout, workdir, live), todo))
    except BaseException:
        # Workers run in sessions of their own, out of reach of the teacher's Ctrl-C: stop them here.
        for proc in list(live):
            _signal_group(proc, getattr(signal, "SIGKILL", signal.SIGTERM))
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    results = pd.DataFrame(rows, columns=RESULTS_COLUMNS).sort_values("student_id", kind="stable")
    results = results.reset_index(drop=True)
    results.to_csv(directory / "results.csv", index=False, lineterminator="\n")
    name = todo[0].notebook.stem
    (directory / "results.html").write_text(results_html(results, name, todo), encoding="utf-8")
    return results


def find_student_notebooks(directory, assignment: str | None = None) -> list[_Job]:
    """The ``<student_id>/<assignment>.ipynb`` copies in a class folder, by student_id.

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
    jobs = []
    for nb in found:
        key = directory / ANSWER_KEYS / nb.parent.name / nb.name
        jobs.append(_Job(nb.parent.name, nb, nb.with_name(nb.stem + EXECUTED_SUFFIX), key if key.exists() else None))
    return jobs


# Runs in the child process. SIGTERM becomes KeyboardInterrupt so papermill's
# clean-up shuts the kernel down; the kernel also exits by itself when this
# process dies (ipykernel polls its parent), and this process stops itself
# when `collect` dies, whatever killed it.
_WORKER = """
import os, signal, sys, threading, time
def stop(*_):
    raise KeyboardInterrupt
def watch(parent):
    while os.getppid() == parent:
        time.sleep(1)
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(5)
    os._exit(1)
signal.signal(signal.SIGTERM, stop)
threading.Thread(target=watch, args=(int(sys.argv[4]),), daemon=True).start()
from histkit.classroom.grading import _announce_start, execute_copy
execute_copy(sys.argv[1], sys.argv[2], sys.argv[3], on_start=_announce_start)
"""


def execute_copy(notebook, executed, cwd, on_start=None) -> None:
    """Execute one student's notebook with papermill into `executed`; errors stay in the notebook.

    >>> execute_copy("class/ana/lesson.ipynb", "class/ana/lesson.executed.ipynb", ".")

    Old outputs are cleared first, so a cell that did not run shows nothing.
    `on_start()` is called once, when the kernel is up and the first cell begins.
    Raises whatever stops papermill other than an error in a cell (a kernel that died, say).
    """
    import papermill
    from papermill.exceptions import PapermillExecutionError

    nb = nbformat.read(notebook, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
            tags = cell.metadata.setdefault("tags", [])
            if is_check(cell) and KEEP_GOING_TAG not in tags:
                tags.append(KEEP_GOING_TAG)
    nbformat.write(nb, executed)
    started = []

    def first_cell(cell, cell_index):
        if on_start and not started:
            started.append(cell_index)
            on_start()

    try:
        papermill.execute_notebook(str(executed), str(executed), cwd=cwd, progress_bar=False, on_cell_start=first_cell)
    except PapermillExecutionError:
        pass  # the executed notebook holds the error; the parent reads it from there


def _announce_start() -> None:
    """Tell `collect` (reading the worker's stdout) that the clock starts now."""
    print(_STARTED, flush=True)


def _run_job(job: _Job, timeout: float, cwd: str, live: set) -> dict:
    job.executed.unlink(missing_ok=True)  # a copy left by an earlier collect must not pass for this run's
    start = time.monotonic()
    command = [sys.executable, "-c", _WORKER, str(job.notebook), str(job.executed), cwd, str(os.getpid())]
    timed_out = startup_failed = False
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as err:
        proc = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=err,
            start_new_session=True, text=True, errors="replace",
        )
        live.add(proc)
        started: queue.Queue = queue.Queue()
        threading.Thread(target=_watch_start, args=(proc.stdout, started), daemon=True).start()
        try:
            # The limit is for the student's cells: starting Python and the kernel is slow on a busy machine.
            try:
                started.get(timeout=STARTUP_LIMIT)
            except queue.Empty:
                startup_failed = True
                raise
            proc.wait(timeout=timeout)
        except (queue.Empty, subprocess.TimeoutExpired):
            timed_out = True
            _stop(proc)
        finally:
            live.discard(proc)
        err.seek(0)
        stderr = err.read()
    seconds = round(time.monotonic() - start, 1)
    executed = _read_quietly(job.executed)
    key = _read_quietly(job.key) if job.key else None
    meta = (executed or _read_quietly(job.notebook) or nbformat.from_dict({"metadata": {}})).metadata
    row = {"student_id": job.student_id, "name": meta.get("histkit", {}).get("name", ""), "seconds": seconds}
    row.update(outcome(executed, key))
    running = _running_cell(executed)
    if startup_failed:
        row.update(status="timed out", failed_cell="", error=f"the kernel did not start within {STARTUP_LIMIT} s")
    elif timed_out:
        # Stopping interrupts the kernel, so the cell that hung may show up as failed with KeyboardInterrupt.
        row.update(status="timed out", failed_cell=running or row["failed_cell"],
                   error=f"still running after {timeout:g} s, stopped")
    elif proc.returncode != 0 and row["status"] == "ran":
        last = [ln for ln in stderr.splitlines() if ln.strip()]
        row.update(status="failed", failed_cell=running, error=last[-1].strip() if last else f"exit code {proc.returncode}")
    return row


def _watch_start(stream, started: queue.Queue) -> None:
    """Put one item on `started` when the worker announces its first cell, or ends without doing so."""
    announced = False
    for line in stream:  # read to the end so the worker never blocks on a full pipe
        if not announced and line.strip() == _STARTED:
            announced = True
            started.put(True)
    if not announced:
        started.put(False)


def _stop(proc: subprocess.Popen) -> None:
    """Stop a worker and everything it started: politely, then for good."""
    for sig, grace in ((signal.SIGTERM, 5), (getattr(signal, "SIGKILL", signal.SIGTERM), 5)):
        _signal_group(proc, sig)
        try:
            proc.wait(timeout=grace)
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


def outcome(executed, key=None) -> dict:
    """Status, failed cell, error and checks read from an executed notebook.

    >>> outcome(nbformat.read("class/ana/lesson.executed.ipynb", as_version=4))
    {'status': 'ran', 'failed_cell': '', 'error': '', 'checks_passed': 2, 'checks_total': 3, \
'checks_failed': 'check_3: Sort period_citations by date_start, oldest first.'}

    The first error outside a check cell makes the notebook ``failed``. A
    check passes when its cell ran (has an execution count) without error;
    ``checks_failed`` names each other one with its message, "did not run"
    or "missing". Checks are those of the answer key when given (a student
    cannot delete a check away), else of the notebook. Never raises;
    `executed` may be None.
    """
    row = {"status": "ran", "failed_cell": "", "error": ""}
    cells = _student_cells(executed) if executed is not None else []
    reference = _student_cells(key) if key is not None else cells
    checks = {}  # check id -> why it did not pass, "" when it passed
    for index, cell in enumerate(cells):
        errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
        if is_check(cell):
            # papermill marks cells left pending as completed when a run is stopped; the count is the proof.
            ran = cell.get("execution_count") is not None
            checks.setdefault(_check_id(index, cell), _error_text(errors[0], short=True) if errors else "" if ran else "did not run")
        elif errors and row["status"] == "ran":
            row.update(status="failed", failed_cell=_cell_name(index, cell), error=_error_text(errors[0]))
    wanted = [_check_id(i, c) for i, c in enumerate(reference) if is_check(c)]
    failed = [f"{cid}: {checks.get(cid, 'missing')}" for cid in dict.fromkeys(wanted) if checks.get(cid, "missing")]
    total = len(dict.fromkeys(wanted))
    row.update(checks_passed=total - len(failed), checks_total=total, checks_failed=CHECKS_SEPARATOR.join(failed))
    if executed is None:
        row.update(status="failed", error="no executed notebook was written")
    return row


def _error_text(output, short: bool = False) -> str:
    """An error output on one line; a failed assertion with a message is just the message when `short`."""
    name, value = output.get("ename", "") or "Error", (output.get("evalue", "") or "").strip()
    first = value.splitlines()[0] if value else ""
    if short and name == "AssertionError" and first:
        return first
    return f"{name}: {first}" if first else name


def _student_cells(nb) -> list:
    return [c for c in nb.cells if _PAPERMILL_ERROR_TAG not in c.metadata.get("tags", [])]


def _check_id(index: int, cell) -> str:
    return cell.metadata.get("nbgrader", {}).get("grade_id") or f"cell {index + 1}"


def _cell_name(index: int, cell) -> str:
    first = next((ln.strip() for ln in cell.source.splitlines() if ln.strip()), "(empty)")
    return f"cell {index + 1}: {first[:80]}"


def _running_cell(nb) -> str:
    if nb is None:
        return ""
    for index, cell in enumerate(_student_cells(nb)):
        if cell.metadata.get("papermill", {}).get("status") == "running":
            return _cell_name(index, cell)
    return ""


_CSS = """body{font-family:system-ui,sans-serif;margin:2em;color:#222}
table{border-collapse:collapse}th,td{padding:.3em .8em;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
td.num{text-align:right}.ran{color:#1a7f37}.failed{color:#b42318}.timed-out{color:#9a6700}
code{font-size:.9em}"""


def results_html(results: pd.DataFrame, assignment: str, jobs=()) -> str:
    """A readable page of the results table, each student linked to their executed notebook.

    >>> results_html(collect("class/"), "lesson")[:15]
    '<!DOCTYPE html>'
    """
    links = {job.student_id: job.executed for job in jobs}
    counts = results.status.value_counts()
    summary = ", ".join(f"{counts.get(s, 0)} {s}" for s in ("ran", "failed", "timed out"))
    head = "".join(f"<th>{html.escape(c.replace('_', ' '))}</th>" for c in RESULTS_COLUMNS)
    rows = []
    for row in results.itertuples(index=False):
        sid = html.escape(str(row.student_id))
        if row.student_id in links:
            target = f"{links[row.student_id].parent.name}/{links[row.student_id].name}"
            sid = f'<a href="{html.escape(target)}">{sid}</a>'
        cells = [
            sid, html.escape(str(row.name)),
            f'<span class="{row.status.replace(" ", "-")}">{html.escape(row.status)}</span>',
            f"<code>{html.escape(str(row.failed_cell))}</code>", html.escape(str(row.error)),
        ]
        numbers = [row.checks_passed, row.checks_total, f"{row.seconds:.1f}"]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells)
                    + "".join(f'<td class="num">{n}</td>' for n in numbers)
                    + "<td>" + "<br>".join(html.escape(c) for c in str(row.checks_failed).split(CHECKS_SEPARATOR)) + "</td></tr>")
    title = html.escape(f"Results: {assignment}")
    return (
        f'<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>{title}</title>'
        f"<style>{_CSS}</style></head>\n<body>\n<h1>{title}</h1>\n"
        f"<p>{len(results)} students: {summary}. A check passes when its cell ran without error; "
        "click a student to open the executed notebook.</p>\n"
        f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>\n</body>\n</html>\n"
    )
