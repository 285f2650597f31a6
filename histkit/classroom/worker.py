"""The process that runs one student's copy for `collect`: papermill, a start signal, a clean stop.

`collect` starts one such process per copy, in a session of its own, and
reads its standard output for `STARTED` and `FINISHED`: the student's cells
run between the two, while starting and shutting down the kernel do not.
SIGTERM becomes KeyboardInterrupt so that papermill shuts the kernel down, and
the process stops itself when `collect` dies, whatever killed it.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time

import nbformat

from .assignment import KEEP_GOING_TAG, is_check, keep_going_after

STARTED = "histkit-classroom: first cell"
FINISHED = "histkit-classroom: cells done"
# How `collect` starts this process: `python -c COMMAND NOTEBOOK EXECUTED CWD PARENT_PID`.
COMMAND = "from histkit.classroom.worker import main; main()"


def execute_copy(notebook, executed, cwd, on_start=None, on_finish=None) -> None:
    """Execute one student's notebook with papermill into `executed`; errors stay in the notebook.

        >>> execute_copy("class/ana/lesson.ipynb", "class/ana/lesson.executed.ipynb", ".")  # doctest: +SKIP

    Old outputs are cleared first, so a cell that did not run shows nothing.
    `on_start()` is called once, when the kernel is up and the first cell begins;
    `on_finish()` once, when the last code cell, or a cell whose error stops
    the notebook, has run (before the kernel shuts down).
    Raises whatever stops papermill other than an error in a cell (a kernel that died, say).
    """
    import papermill
    from papermill.exceptions import PapermillExecutionError

    nb = nbformat.read(notebook, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
            cell.metadata.setdefault("tags", [])
            if is_check(cell):
                keep_going_after(cell)
    nbformat.write(nb, executed)
    code = [i for i, cell in enumerate(nb.cells) if cell.cell_type == "code" and cell.source.strip()]
    calls = {"start": on_start, "finish": on_finish}

    def once(name):
        call = calls.pop(name, None)
        if call:
            call()

    def cell_executed(cell, cell_index, execute_reply):
        failed = bool(execute_reply) and execute_reply["content"].get("status") == "error"
        stopped = failed and KEEP_GOING_TAG not in cell.metadata.get("tags", [])
        if stopped or cell_index == code[-1]:
            once("finish")

    try:
        papermill.execute_notebook(str(executed), str(executed), cwd=cwd, progress_bar=False,
                                   on_cell_start=lambda cell, cell_index: once("start"), on_cell_executed=cell_executed)
    except PapermillExecutionError:
        pass  # the executed notebook holds the error; the parent reads it from there


def main(argv: list[str] | None = None) -> None:
    """Run the copy named on the command line, announcing on standard output when its cells start and end.

        >>> main(["class/ana/lesson.ipynb", "class/ana/lesson.executed.ipynb", ".", "4242"])  # doctest: +SKIP
        histkit-classroom: first cell
        histkit-classroom: cells done

    Raises KeyboardInterrupt when stopped with SIGTERM.
    """
    notebook, executed, cwd, parent = argv if argv is not None else sys.argv[1:]
    signal.signal(signal.SIGTERM, _interrupt)
    threading.Thread(target=_stop_when_orphaned, args=(int(parent),), daemon=True).start()
    execute_copy(notebook, executed, cwd, on_start=lambda: _announce(STARTED), on_finish=lambda: _announce(FINISHED))


def _announce(event: str) -> None:
    print(event, flush=True)


def _interrupt(*_) -> None:
    raise KeyboardInterrupt


def _stop_when_orphaned(parent: int) -> None:
    # The kernel also exits by itself when this process dies: ipykernel polls its parent.
    while os.getppid() == parent:
        time.sleep(1)
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(5)
    os._exit(1)
