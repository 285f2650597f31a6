"""Classroom: one notebook per student from a roster, run them all, tabulate the results.

A teacher writes one assignment notebook with cells tagged ``parameters``,
``solution`` and ``check``, and a roster CSV (student_id, name, one column per
parameter). `make_assignments` writes every student's copy with their
parameters injected by papermill (not executed) and the solutions taken out,
plus an answer key per student; `collect` runs every copy in its own process
under a time limit and writes ``results.csv`` and ``results.html``.

A failed check does not stop the checks after it: every check cell carries the
``raises-exception`` tag, which nbclient (hence papermill and nbconvert)
honours, so the failed assertion is shown in its cell and the next cells still
run. An error in any other cell stops the notebook there, as it would for the
student, and is what ``results.csv`` reports as the failed cell.

Cell metadata follows nbgrader (schema 3): answer cells are ``solution``,
check cells are locked ``grade`` cells worth one point, so a teacher who uses
nbgrader can take the copies over.
"""

from __future__ import annotations

import ast
import copy
import csv
import html
import os
import re
import signal
import queue
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import pandas as pd

from .errors import HistkitError, ParameterError

SOLUTION_TAG = "solution"
CHECK_TAG = "check"
PARAMETERS_TAG = "parameters"
INJECTED_TAG = "injected-parameters"
KEEP_GOING_TAG = "raises-exception"
ANSWER_KEYS = "answer_keys"
ANSWER_PROMPT = "# YOUR ANSWER HERE"
MARKDOWN_PROMPT = "YOUR ANSWER HERE"
EXECUTED_SUFFIX = ".executed.ipynb"
RESULTS_COLUMNS = ["student_id", "name", "status", "failed_cell", "error", "checks_passed", "checks_total", "seconds",
                   "checks_failed"]
ROSTER_KEYS = ("student_id", "name")
CHECKS_SEPARATOR = " | "

_BEGIN, _END = "### BEGIN SOLUTION", "### END SOLUTION"
_SAFE_ID = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9_-])?")
# Folder names Windows refuses, and our own answer-key folder.
_RESERVED = {"con", "prn", "aux", "nul", ANSWER_KEYS} | {f"{p}{n}" for p in ("com", "lpt") for n in range(1, 10)}
_PAPERMILL_ERROR_TAG = "papermill-error-cell-tag"
_STARTED = "histkit-classroom: first cell"
STARTUP_LIMIT = 120  # seconds for Python, papermill and the kernel to start, before the time limit runs


@dataclass
class Student:
    """One roster row: who, where in the file, and the parameters to inject."""

    student_id: str
    name: str
    line: int
    parameters: dict = field(default_factory=dict)


# --------------------------------------------------------------------------- make


def make_assignments(assignment, roster, out, force: bool = False) -> list[Path]:
    """Write each student's copy of an assignment, and an answer key, from a roster.

    >>> make_assignments("notebooks/assignments/actors_in_a_period.ipynb", "roster.csv", "class/")
    [PosixPath('class/ana/actors_in_a_period.ipynb'), PosixPath('class/ben/actors_in_a_period.ipynb')]

    Writes ``out/<student_id>/<assignment>.ipynb`` (parameters injected, solution
    cells replaced by an empty answer cell) and
    ``out/answer_keys/<student_id>/<assignment>.ipynb`` (solutions kept);
    nothing is executed. Empty roster cells keep the notebook's default.
    Returns the student copies in roster order.
    Raises `ParameterError` for a bad roster (naming its line) and
    `HistkitError` when a student copy exists already and `force` is false,
    since a student may have worked in it; nothing is written then.
    """
    assignment, out = Path(assignment), Path(out)
    source = read_notebook(assignment)
    declared = declared_parameters(assignment)
    students = read_roster(roster, declared, assignment.name)
    name = f"{assignment.stem}.ipynb"
    copies = [(out / s.student_id / name, out / ANSWER_KEYS / s.student_id / name, s) for s in students]
    if not force:
        existing = [str(path) for path, _, _ in copies if path.exists()]
        if existing:
            raise HistkitError(
                f"{existing[0]} exists already ({len(existing)} student copies in {out}); a student may have "
                "worked in it. Choose another --out folder, or pass --force to overwrite every copy"
            )
    written = []
    for student_path, key_path, student in copies:
        key = prepare_copy(source, student, assignment.stem, answer_key=True)
        copy = prepare_copy(source, student, assignment.stem, answer_key=False)
        for path, nb in ((key_path, key), (student_path, copy)):
            path.parent.mkdir(parents=True, exist_ok=True)
            nbformat.write(nb, path)
        written.append(student_path)
    return written


def read_notebook(path) -> nbformat.NotebookNode:
    """Read a notebook, giving every cell a stable id so copies are byte-identical across runs.

    >>> read_notebook("notebooks/assignments/actors_in_a_period.ipynb").cells[0].id
    'intro'

    Raises `HistkitError` when the file is missing or not a notebook.
    """
    path = Path(path)
    try:
        nb = nbformat.read(path, as_version=4)
    except FileNotFoundError:
        raise HistkitError(f"{path}: no such notebook") from None
    except Exception as err:  # nbformat raises several kinds for a file that is not a notebook
        raise HistkitError(f"{path}: not a Jupyter notebook ({err.__class__.__name__}: {err})") from None
    # nbformat.v4.upgrade (called by papermill) gives id-less cells random ids; fixed ones keep output stable.
    nb.nbformat_minor = max(nb.nbformat_minor, 5)
    seen = set()
    for index, cell in enumerate(nb.cells):
        if not cell.get("id") or cell.id in seen:
            cell["id"] = f"cell-{index}"
        seen.add(cell.id)
    return nb


def declared_parameters(assignment) -> dict[str, object]:
    """The parameters a notebook declares in its ``parameters`` cell, with their defaults.

    >>> declared_parameters("notebooks/assignments/actors_in_a_period.ipynb")
    {'corpus': 'data/corpus', 'period_start': 1950, 'period_end': 1953, 'actor': 'tito', 'doc_id': ''}

    A default that is not a Python literal is given as its source text.
    """
    import papermill

    found = papermill.inspect_notebook(str(assignment))
    defaults = {}
    for name, info in found.items():
        try:
            defaults[name] = ast.literal_eval(info["default"])
        except (ValueError, SyntaxError, TypeError):
            defaults[name] = info["default"]
    return defaults


def read_roster(roster, declared: dict, assignment_name: str = "the assignment") -> list[Student]:
    """Students and their typed parameters from a roster CSV (comma, semicolon or tab separated).

    >>> [(s.student_id, s.parameters) for s in read_roster("roster.csv", {"period_start": 1950})]
    [('ana', {'period_start': 1948}), ('ben', {})]

    Values take the type of the notebook's default (``1950`` → int, ``""`` →
    str, so ``007`` stays text where the default is text); an empty cell keeps
    the default. Raises `ParameterError` naming the file and line for: no
    student_id or name column, a column the notebook does not declare, a row
    with more cells than the header, an unsafe or repeated student_id, a value
    of the wrong type, and a roster without students.
    """
    path = Path(roster)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ParameterError(f"{path}: no such roster file") from None
    except UnicodeDecodeError:
        raise ParameterError(f"{path}: not UTF-8 text; save the roster as 'CSV UTF-8' and try again") from None
    rows = _csv_rows(text)
    if not rows:
        raise ParameterError(f"{path} is empty: write a header line 'student_id,name,...' and one line per student")
    header_line, header = rows[0]
    header = [_header_name(h) for h in header]
    while header and not header[-1]:
        header.pop()  # spreadsheets export trailing empty columns
    where = f"{path}, line {header_line}"
    for key in ROSTER_KEYS:
        if key not in header:
            raise ParameterError(
                f"{where}: no '{key}' column; the header must name student_id, name and any parameter columns "
                f"(found: {', '.join(h for h in header if h) or 'nothing'})"
            )
    for column in header:
        if column in ROSTER_KEYS:
            continue
        if not column:
            raise ParameterError(f"{where}: a column has no name; name it or delete it")
        if column not in declared:
            known = ", ".join(sorted(declared)) or "none (tag one cell 'parameters')"
            raise ParameterError(
                f"{where}: column '{column}' is not a parameter of {assignment_name}; its parameters are: {known}"
            )
    if len(set(header)) < len(header):
        twice = sorted({h for h in header if header.count(h) > 1})
        raise ParameterError(f"{where}: column '{twice[0]}' appears twice; keep one")
    students, first_line = [], {}
    for line, cells in rows[1:]:
        where = f"{path}, line {line}"
        if any(c.strip() for c in cells[len(header):]):
            raise ParameterError(f"{where}: {len(cells)} cells but the header has {len(header)} columns")
        row = dict(zip(header, [c.strip() for c in cells]))
        sid = row.get("student_id", "")
        _check_student_id(sid, where)
        if sid.lower() in first_line:
            raise ParameterError(
                f"{where}: student_id '{sid}' is already used on line {first_line[sid.lower()]} "
                "(ids differing only in capitals would share a folder); give every student their own id"
            )
        first_line[sid.lower()] = line
        parameters = {}
        for column in header:
            value = row.get(column, "")
            if column in ROSTER_KEYS:
                if column in declared:
                    parameters[column] = value
            elif value != "":
                parameters[column] = _typed(value, declared[column], f"{where}, column '{column}'")
        students.append(Student(sid, row.get("name", ""), line, parameters))
    if not students:
        raise ParameterError(f"{path}: no students, only the header line; add one line per student")
    return students


def _header_name(text: str) -> str:
    """A header cell as a column name; "Student ID" and "Name" as spreadsheets write them are accepted."""
    name = text.strip()
    spelled = re.sub(r"[\s-]+", "_", name.lower())
    return spelled if spelled in ROSTER_KEYS else name


def _csv_rows(text: str) -> list[tuple[int, list[str]]]:
    """Non-blank CSV records with the line each starts on, the separator guessed from the header."""
    lines = text.splitlines()
    header = next((ln for ln in lines if ln.strip()), "")
    # Spreadsheets in many European locales save CSV with ';'.
    delimiter = max((",", ";", "\t"), key=lambda d: (header.count(d), d == ","))
    reader = csv.reader(lines, delimiter=delimiter)
    rows, before = [], 0
    for cells in reader:
        start, before = before + 1, reader.line_num
        if any(c.strip() for c in cells):
            rows.append((start, cells))
    return rows


def _check_student_id(sid: str, where: str) -> None:
    if not sid:
        raise ParameterError(f"{where}: empty student_id; every student needs one (it names their folder)")
    if not _SAFE_ID.fullmatch(sid) or sid.lower() in _RESERVED:
        raise ParameterError(
            f"{where}: student_id '{sid}' cannot be a folder name; use up to 64 of a-z, A-Z, 0-9, '.', '_', '-', "
            f"starting with a letter or digit (no spaces, slashes or accents; '{ANSWER_KEYS}' is taken)"
        )


def _typed(value: str, default, where: str):
    """A roster cell as the type of the notebook's default; guessed when the default is None."""
    kind = type(default)
    try:
        if kind is bool:
            return _boolean(value)
        if kind is int:
            number = float(value)
            if not number.is_integer():
                raise ValueError
            return int(number)  # spreadsheets write 1950 as 1950.0
        if kind is float:
            return float(value)
        if kind is str:
            return value
    except ValueError:
        raise ParameterError(
            f"{where}: '{value}' is not a{'n' if kind is int else ''} {kind.__name__} "
            f"like the notebook's default ({default!r})"
        ) from None
    for convert in (int, float, _boolean):
        try:
            return convert(value)
        except ValueError:
            pass
    return value


def _boolean(value: str) -> bool:
    lowered = value.lower()
    if lowered in ("true", "yes", "1"):
        return True
    if lowered in ("false", "no", "0"):
        return False
    raise ValueError(value)


def prepare_copy(source, student: Student, assignment: str, answer_key: bool) -> nbformat.NotebookNode:
    """A student's copy (answers removed) or answer key (answers kept) with their parameters injected.

    >>> prepare_copy(read_notebook("lesson.ipynb"), Student("ana", "Ana", 2, {"year": 1951}), "lesson", False)
    {'cells': [...], 'metadata': {'histkit': {'student_id': 'ana', ...}, 'papermill': {...}}, ...}

    Outputs are cleared, nothing is executed. Never raises on a valid notebook.
    """
    from papermill.parameterize import parameterize_notebook

    nb = copy.deepcopy(source)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    nb.metadata.pop("papermill", None)
    if student.parameters:
        kernel = nb.metadata.get("kernelspec", {}).get("name") or "python3"
        nb.metadata["papermill"] = nbformat.from_dict({})
        for cell in nb.cells:
            cell.metadata.setdefault("tags", [])  # papermill reads every cell's tags
        nb = parameterize_notebook(nb, dict(student.parameters), kernel_name=kernel, language="python")
        for cell in nb.cells:
            if INJECTED_TAG in cell.metadata.tags:
                cell["id"] = INJECTED_TAG  # papermill draws a random id
            if not cell.metadata.tags:
                del cell.metadata["tags"]
    answers = checks = 0
    cells = []
    for cell in nb.cells:
        if is_solution(cell):
            answers += 1
            cell = cell if answer_key else _answer_cell(cell)
            _nbgrader(cell, solution=True, grade=cell.cell_type == "markdown", locked=False, grade_id=f"answer_{answers}")
        elif is_check(cell):
            checks += 1
            tags = cell.metadata.setdefault("tags", [])
            if KEEP_GOING_TAG not in tags:
                tags.append(KEEP_GOING_TAG)
            _nbgrader(cell, solution=False, grade=True, locked=True, grade_id=f"check_{checks}")
        cells.append(cell)
    nb.cells = cells
    nb.metadata["histkit"] = {
        "assignment": assignment,
        "student_id": student.student_id,
        "name": student.name,
        "answer_key": answer_key,
    }
    return nb


def is_solution(cell) -> bool:
    """A cell the student must write: tagged ``solution``, or an nbgrader solution cell."""
    return SOLUTION_TAG in cell.metadata.get("tags", []) or bool(cell.metadata.get("nbgrader", {}).get("solution"))


def is_check(cell) -> bool:
    """A cell checking an answer: tagged ``check``, or an nbgrader autograder-test cell."""
    grader = cell.metadata.get("nbgrader", {})
    tagged = CHECK_TAG in cell.metadata.get("tags", [])
    return cell.cell_type == "code" and (tagged or (bool(grader.get("grade")) and not grader.get("solution")))


def _answer_cell(cell):
    """The cell with its solution removed: all of it, or only what lies between nbgrader's markers."""
    blank = copy.deepcopy(cell)
    prompt = ANSWER_PROMPT if cell.cell_type == "code" else MARKDOWN_PROMPT
    lines, kept, inside = cell.source.splitlines(), [], False
    if any(ln.strip() == _BEGIN for ln in lines):
        for ln in lines:
            if ln.strip() == _BEGIN:
                inside = True
                kept.append(ln[: len(ln) - len(ln.lstrip())] + prompt)
            elif ln.strip() == _END:
                inside = False
            elif not inside:
                kept.append(ln)
        blank.source = "\n".join(kept)
    else:
        blank.source = prompt
    return blank


def _nbgrader(cell, solution: bool, grade: bool, locked: bool, grade_id: str) -> None:
    meta = dict(cell.metadata.get("nbgrader", {}))
    meta.update(solution=solution, grade=grade, locked=locked, task=False, schema_version=3)
    meta.setdefault("grade_id", grade_id)
    if grade:
        meta.setdefault("points", 1)
    cell.metadata["nbgrader"] = meta


# --------------------------------------------------------------------------- collect


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
from histkit.classroom import _announce_start, execute_copy
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
