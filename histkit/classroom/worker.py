"""The process that runs one student's copy for `collect`: papermill, a start signal, a clean stop.

`collect` starts one such process per copy, in a session of its own, and
reads its standard output for `STARTED` and `FINISHED`: the student's cells
run between the two, while starting and shutting down the kernel do not.
SIGTERM becomes KeyboardInterrupt so that papermill shuts the kernel down, and
the process stops itself when `collect` dies, whatever killed it.
A kernel that dies or fails before the first cell is started once more
(`RETRY` is announced); if that one fails too, `NO_START` and its error are
announced. A notebook whose cells began is never run again.

The kernel starts behind the prefix `confine` builds (memory limit, sandbox).
Output is counted here, as it arrives: past the limit it is no longer kept,
the cell gets a note saying so, `CUT` is announced and the kernel interrupted.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
import threading
import time

import nbformat

from .assignment import KEEP_GOING_TAG, is_check, keep_going_after
from .confine import kernel_manager_class, kernel_prefix

OUTPUT_CUT = "output_cut"  # cell metadata histkit.output_cut: the cell whose output was cut

STARTED = "histkit-classroom: first cell"
FINISHED = "histkit-classroom: cells done"
CUT = "histkit-classroom: output cut"
RETRY = "histkit-classroom: kernel start retried"
NO_START = "histkit-classroom: kernel did not start: "  # followed by the error, on the same line
# How `collect` starts this process: `python -c COMMAND SETTINGS_JSON` (see `main`).
COMMAND = "from histkit.classroom.worker import main; main()"
ENGINE = "histkit-classroom"


class KernelStartError(RuntimeError):
    """A kernel that died or failed before running the first cell, on both tries; says the last error."""


def execute_copy(notebook, executed, cwd, on_start=None, on_finish=None, on_retry=None, **engine) -> None:
    """Execute one student's notebook with papermill into `executed`; errors stay in the notebook.

        >>> execute_copy("class/ana/lesson.ipynb", "class/ana/lesson.executed.ipynb", ".")  # doctest: +SKIP

    Old outputs are cleared first, so a cell that did not run shows nothing.
    `on_start()` is called once, when the kernel is up and the first cell begins;
    `on_finish()` once, when the last code cell, or a cell whose error stops
    the notebook, has run (before the kernel shuts down). `engine` goes to
    papermill's engine: `kernel_manager_class`, `max_output` (bytes) and `on_cut`.
    A kernel that fails before the first cell begins is started once more,
    after `on_retry(error)`; a notebook whose cells began is never run again.
    Raises KernelStartError when the second kernel fails to start too, and
    whatever else stops papermill after the first cell began (a kernel that died, say).
    """
    nb = nbformat.read(notebook, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
            cell.metadata.setdefault("tags", [])
            if is_check(cell):
                keep_going_after(cell)
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

    hooks = {"on_cell_start": lambda cell, cell_index: once("start"), "on_cell_executed": cell_executed}
    for attempt in (1, 2):
        nbformat.write(nb, executed)
        try:
            _papermill(executed, cwd, **hooks, **engine)
            return
        except Exception as err:
            if "start" not in calls:  # a cell began: the notebook's own failure, never run again
                raise
            if attempt == 2:
                raise KernelStartError(_one_line(err)) from err
            if on_retry:
                on_retry(err)


def _papermill(executed, cwd, **options) -> None:
    """Run `executed` in place with the `ENGINE`; an error in a cell stays in the notebook."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    try:
        _register_engine()
        papermill.execute_notebook(str(executed), str(executed), cwd=cwd, progress_bar=False, engine_name=ENGINE,
                                   **options)
    except PapermillExecutionError:
        pass  # the executed notebook holds the error; the parent reads it from there


def _one_line(err: Exception) -> str:
    """An exception as "Name: first line of its message"."""
    lines = [ln.strip() for ln in str(err).splitlines() if ln.strip()]
    return f"{type(err).__name__}: {lines[0]}" if lines else type(err).__name__


def main(argv: list[str] | None = None) -> None:
    """Run the copy its settings name, announcing on standard output when its cells start and end.

        >>> settings = {"notebook": "prepared.ipynb", "executed": "executed.ipynb", "cwd": "class/ana",
        ...             "parent": 4242, "memory": 2**31, "max_output": 2**24, "sandbox": None, "private": None}
        >>> main([json.dumps(settings)])  # doctest: +SKIP
        histkit-classroom: first cell
        histkit-classroom: cells done

    `sandbox` is a `confine.sandbox_plan` or None; `private` the folder of
    the kernel's connection file and sockets (None: TCP on the loopback).
    Raises KeyboardInterrupt when stopped with SIGTERM, KernelStartError
    (after announcing `NO_START` and the error) when no kernel started.
    """
    settings = json.loads((argv if argv is not None else sys.argv[1:])[0])
    signal.signal(signal.SIGTERM, _interrupt)
    threading.Thread(target=_stop_when_orphaned, args=(int(settings["parent"]),), daemon=True).start()
    prefix = kernel_prefix(settings["memory"], settings["sandbox"])
    manager = kernel_manager_class(prefix, settings["private"], confined=bool(settings["sandbox"]))
    try:
        execute_copy(settings["notebook"], settings["executed"], settings["cwd"], on_start=lambda: _announce(STARTED),
                     on_finish=lambda: _announce(FINISHED), on_retry=lambda err: _announce(RETRY),
                     kernel_manager_class=manager, max_output=settings["max_output"], on_cut=lambda: _announce(CUT))
    except KernelStartError as err:
        _announce(NO_START + str(err))
        raise


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


def _register_engine() -> None:
    """Make papermill's nbclient engine, counting output, available as `ENGINE`."""
    from papermill.clientwrap import PapermillNotebookClient
    from papermill.engines import NBClientEngine, papermill_engines

    class LimitedClient(PapermillNotebookClient):
        def __init__(self, nb_man, max_output=None, on_cut=None, **kwargs):
            super().__init__(nb_man, **kwargs)
            self.room, self.on_cut, self.was_cut = max_output, on_cut, False

        def output(self, outs, msg, display_id, cell_index):
            if self.room is None:
                return super().output(outs, msg, display_id, cell_index)
            self.room -= _size(msg.get("content", {}))
            if self.room >= 0:
                return super().output(outs, msg, display_id, cell_index)
            if not self.was_cut:
                self.was_cut = True
                self.nb.cells[cell_index].metadata.setdefault("histkit", {})[OUTPUT_CUT] = True
                text = "\n[histkit classroom: output cut here, past the limit; the notebook was stopped]\n"
                outs.append(nbformat.v4.new_output("stream", name="stderr", text=text))
                if self.on_cut:
                    self.on_cut()
                asyncio.ensure_future(self.km.interrupt_kernel())
            return None

    class LimitedEngine(NBClientEngine):
        @classmethod
        def execute_managed_notebook(cls, nb_man, kernel_name, **kwargs):
            from papermill.engines import logger

            kwargs.pop("input_path", None)
            timeout = kwargs.pop("execution_timeout", None) or kwargs.pop("timeout", None)
            kwargs.update(timeout=timeout, startup_timeout=kwargs.pop("start_timeout", 60), kernel_name=kernel_name,
                          log=logger)
            return LimitedClient(nb_man, **kwargs).execute()

    papermill_engines.register(ENGINE, LimitedEngine)


def _size(content: dict) -> int:
    """Characters an output message adds to the notebook: its text, or its data in every format."""
    if "text" in content:
        return len(content["text"])
    if "data" in content:
        return sum(len(v) if isinstance(v, str) else len(json.dumps(v)) for v in content["data"].values())
    return len(json.dumps(content.get("traceback", "")))
