"""What an executed copy shows: its status, the cell that failed, the checks that passed; and the results page.

A check counts when its cell ran without error. Checks are counted against
the student's answer key when there is one, so a check deleted by the
student counts as missing rather than vanishing from the total.
"""

from __future__ import annotations

import html
import re

import pandas as pd

from .assignment import is_check
from .worker import OUTPUT_CUT

RESULTS_COLUMNS = ["student_id", "name", "status", "failed_cell", "error", "checks_passed", "checks_total", "seconds",
                   "checks_failed", "tampered"]
STATUSES = ("ran", "failed", "timed out", "out of memory", "too much output", "did not start", "missing", "unreadable")
CHECKS_SEPARATOR = " | "
_PAPERMILL_ERROR_TAG = "papermill-error-cell-tag"
_CSS = """body{font-family:system-ui,sans-serif;margin:2em;color:#222}
table{border-collapse:collapse}th,td{padding:.3em .8em;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
td.num{text-align:right}.ran{color:#1a7f37}.failed,.out-of-memory,.too-much-output{color:#b42318}
.timed-out,.did-not-start,.missing,.unreadable{color:#9a6700}.tampered{color:#b42318;font-weight:bold}
code{font-size:.9em}"""


def outcome(executed, key=None) -> dict:
    """Status, failed cell, error and checks read from an executed notebook.

        >>> from nbformat.v4 import new_code_cell, new_notebook, new_output
        >>> failed = new_output("error", ename="AssertionError", evalue="answer should be 1951", traceback=[])
        >>> executed = new_notebook(cells=[
        ...     new_code_cell("answer = 1950", execution_count=1),
        ...     new_code_cell("assert answer == 1951, 'answer should be 1951'", metadata={"tags": ["check"]},
        ...                   execution_count=2, outputs=[failed]),
        ...     new_code_cell("assert answer > 0", metadata={"tags": ["check"]}, execution_count=3)])
        >>> outcome(executed)
        {'status': 'ran', 'failed_cell': '', 'error': '', 'tampered': '', 'checks_passed': 1, 'checks_total': 2, \
'checks_failed': 'cell 2: answer should be 1951'}

    The first error outside a check cell makes the notebook ``failed``; a
    MemoryError anywhere makes it ``out of memory``, and output cut by the
    worker ``too much output``. A check passes when its cell ran (has an execution count) without error;
    ``checks_failed`` names each other one with its message, "did not run"
    or "missing". Checks are those of the answer key when given (a student
    cannot delete a check away), else of the notebook. Never raises;
    `executed` may be None.
    """
    row = {"status": "ran", "failed_cell": "", "error": "", "tampered": ""}
    cells = _student_cells(executed) if executed is not None else []
    reference = _student_cells(key) if key is not None else cells
    checks = {}  # check id -> why it did not pass, "" when it passed
    for index, cell in enumerate(cells):
        errors = cell_errors(cell)
        if is_check(cell):
            # papermill marks cells left pending as completed when a run is stopped; the count is the proof.
            ran = cell.get("execution_count") is not None
            checks.setdefault(_check_id(index, cell), _error_text(errors[0], short=True) if errors else "" if ran else "did not run")
        elif errors and row["status"] == "ran":
            row.update(status="failed", failed_cell=_cell_name(index, cell), error=_error_text(errors[0]))
        if cell.metadata.get("histkit", {}).get(OUTPUT_CUT):
            row.update(status="too much output", failed_cell=_cell_name(index, cell), error="output cut")
        elif row["status"] != "too much output" and any(e.get("ename") == "MemoryError" for e in errors):
            row.update(status="out of memory", failed_cell=_cell_name(index, cell), error=_error_text(errors[0]))
    wanted = [_check_id(i, c) for i, c in enumerate(reference) if is_check(c)]
    failed = [f"{cid}: {checks.get(cid, 'missing')}" for cid in dict.fromkeys(wanted) if checks.get(cid, "missing")]
    total = len(dict.fromkeys(wanted))
    row.update(checks_passed=total - len(failed), checks_total=total, checks_failed=CHECKS_SEPARATOR.join(failed))
    if executed is None:
        row.update(status="failed", error="no executed notebook was written")
    return row


def cell_errors(cell) -> list:
    """A cell's error outputs; for a cell papermill saw fail without one, the error its stderr ends with.

        >>> from nbformat.v4 import new_code_cell, new_output
        >>> cell = new_code_cell("x = []", metadata={"papermill": {"exception": True}},
        ...                      outputs=[new_output("stream", name="stderr", text="Traceback ...\\nMemoryError\\n")])
        >>> cell_errors(cell)
        [{'ename': 'MemoryError', 'evalue': ''}]

    A kernel out of memory cannot format its traceback, so no error output
    is sent, only IPython's fallback text on stderr. Never raises.
    """
    errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
    if errors or not cell.metadata.get("papermill", {}).get("exception"):
        return errors
    text = "".join(o.get("text", "") for o in cell.get("outputs", []) if o.get("name") == "stderr")
    last = next((ln.strip() for ln in reversed(text.splitlines()) if ln.strip()), "")
    found = re.fullmatch(r"([A-Za-z_][\w.]*(?:Error|Exception|Interrupt|Exit))(?::\s*(.*))?", last)
    if found:
        return [{"ename": found.group(1), "evalue": found.group(2) or ""}]
    return [{"ename": "Error", "evalue": "the cell failed; its error could not be shown"}]


def running_cell(nb) -> str:
    """The cell papermill marked as running when the notebook was stopped ("cell N: first line"), else "".

        >>> from nbformat.v4 import new_code_cell, new_notebook
        >>> hung = new_code_cell("while True:\\n    pass", metadata={"papermill": {"status": "running"}})
        >>> running_cell(new_notebook(cells=[new_code_cell("x = 1"), hung])), running_cell(None)
        ('cell 2: while True:', '')
    """
    if nb is None:
        return ""
    for index, cell in enumerate(_student_cells(nb)):
        if cell.metadata.get("papermill", {}).get("status") == "running":
            return _cell_name(index, cell)
    return ""


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


def results_html(results: pd.DataFrame, assignment: str, copies=(), confined: bool = False) -> str:
    """A readable page of the results table, each student linked to their executed notebook.

        >>> row = {"student_id": "ana", "name": "Ana", "status": "ran", "failed_cell": "", "error": "",
        ...        "checks_passed": 2, "checks_total": 2, "seconds": 3.2, "checks_failed": "", "tampered": ""}
        >>> page = results_html(pd.DataFrame([row], columns=RESULTS_COLUMNS), "lesson")
        >>> page.splitlines()[0], "1 students: 1 ran, 0 failed, 0 timed out." in page, "unconfined" in page
        ('<!DOCTYPE html>', True, True)

    `copies` (from `find_student_notebooks`) give each student's executed
    notebook to link to (a copy missing or unreadable has none); `confined` says whether they ran in the sandbox.
    Never raises on a table with the results columns.
    """
    links = {copy.student_id: copy.executed for copy in copies if copy.executed.exists()}
    summary = status_summary(results)
    where = ("Each copy ran in a sandbox: its own folder, the data read-only, no network." if confined else
             "The copies ran unconfined: each could read and change any of your files (use --sandbox).")
    head = "".join(f"<th>{html.escape(c.replace('_', ' '))}</th>" for c in RESULTS_COLUMNS)
    rows = [_result_row(row, links) for row in results.itertuples(index=False)]
    title = html.escape(f"Results: {assignment}")
    return (
        f'<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>{title}</title>'
        f"<style>{_CSS}</style></head>\n<body>\n<h1>{title}</h1>\n"
        f"<p>{len(results)} students: {summary}. A check passes when its cell ran without error; "
        f"click a student to open the executed notebook. {where}</p>\n"
        f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>\n</body>\n</html>\n"
    )


def _result_row(row, links: dict) -> str:
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
    failed = "<br>".join(html.escape(c) for c in str(row.checks_failed).split(CHECKS_SEPARATOR))
    tampered = "<br>".join(html.escape(c) for c in str(row.tampered).split(CHECKS_SEPARATOR))
    return ("<tr>" + "".join(f"<td>{c}</td>" for c in cells)
            + "".join(f'<td class="num">{n}</td>' for n in numbers) + f"<td>{failed}</td>"
            + f'<td class="tampered">{tampered}</td></tr>')


def status_summary(results: pd.DataFrame) -> str:
    """How many copies ended how: "2 ran, 1 failed, 0 timed out", and any other status that occurred.

        >>> status_summary(pd.DataFrame({"status": ["ran", "missing", "ran"]}))
        '2 ran, 0 failed, 0 timed out, 1 missing'
    """
    counts = results.status.value_counts()
    shown = [s for s in STATUSES if s in ("ran", "failed", "timed out") or counts.get(s, 0)]
    return ", ".join(f"{counts.get(s, 0)} {s}" for s in shown)
