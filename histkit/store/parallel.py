"""Parsing documents in worker processes: one file in, that document's tables out, in input order.

`parse_file` is the step each worker runs; it is a plain module-level
function of picklable arguments, so it runs the same under fork and spawn (and
in-process with one job and no time limit). `parse_in_order` hands files to a pool of workers,
gives back their results in the order of the input whatever order they finish
in, and holds only a bounded number of finished results while it waits for a
slow one. A document that hangs past the time limit, or whose worker dies,
becomes a problem row of its file; the others go on.
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import os
import sys
import time
from dataclasses import dataclass, field
from typing import Callable, Iterator

import pyarrow as pa

from ..actors import build_matcher, load_actors
from ..citations import archives_authority
from ..errors import CorpusError
from ..read import Corpus, read_document
from .schema import DOCUMENT_TABLES, probe_schemas, to_arrow
from .tables import tables_of


@dataclass(frozen=True)
class Task:
    """What a worker needs to parse one file: where it is, its metadata, and the authority files to use."""

    path: str
    doc_id: str
    meta: dict = field(default_factory=dict, hash=False)
    ocr: bool | str = False  # (Tesseract's languages where a string)
    actors: str | None = None
    archives: str | None = None


@dataclass
class Part:
    """One file's rows of every per-document table (Arrow), and why it was skipped if it was."""

    tables: dict[str, pa.Table]
    error: str = ""


_AUTHORITY: dict = {}  # per process: (actors, archives) -> (actor table, archive table, matcher, schemas)
_STAGES = None  # in a worker of a pool: the queue on which it tells the pool the stage each file is in


def _worker_starts(stages) -> None:
    global _STAGES
    _STAGES = stages


def _stage_teller(path: str):
    """Tell the pool (if this is one of its workers) that the file at ``path`` enters a stage."""
    stages = _STAGES
    return (lambda stage: stages.put((path, stage))) if stages is not None else (lambda stage: None)


def authority(actors: str | None, archives: str | None):
    """The authority tables, the actor matcher and the table schemas, built once per process.

    >>> actor_table, archive_table, matcher, schemas = authority(None, None)
    >>> "tito" in set(actor_table.actor_id), sorted(schemas)[:2]
    (True, ['actors', 'blocks'])
    """
    key = (actors, archives)
    if key not in _AUTHORITY:
        actor_table, archive_table = load_actors(actors), archives_authority(archives)
        matcher = build_matcher(actor_table)
        _AUTHORITY[key] = (actor_table, archive_table, matcher, probe_schemas(actor_table, archive_table, matcher))
    return _AUTHORITY[key]


def parse_file(task: Task, data: bytes | None = None) -> Part:
    """Read and parse one file (or its bytes ``data``) into its tables; an unreadable file gives its problem row.

    >>> import tempfile
    >>> from pathlib import Path
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = (Path(folder) / "a.txt").write_text("Tito met Spaak.1\\n\\n1 Ibid.\\n", encoding="utf-8")
    ...     part = parse_file(Task(str(Path(folder) / "a.txt"), "a"))
    >>> part.tables["mentions"].column("actor_id").to_pylist(), part.error
    (['tito', 'spaak'], '')
    """
    actor_table, archive_table, matcher, schemas = authority(task.actors, task.archives)
    tell = _stage_teller(task.path)
    tell("read")
    try:
        doc = read_document(task.path, task.meta, ocr=task.ocr, data=data)
    except CorpusError as err:
        return failed_part(task.path, task.doc_id, "load", err.problem, schemas)
    except Exception as exc:  # a reader's surprise (a PDF library's) stops this file only
        return failed_part(task.path, task.doc_id, "load", f"reading failed ({type(exc).__name__}: {exc})", schemas)
    tell("")  # read: between stages until the layout begins
    try:
        tables = tables_of(Corpus([doc]), actor_table, archive_table, matcher, tell)
    except Exception as exc:  # the stages report their own failures; this is one none of them caught
        return failed_part(task.path, task.doc_id, "parse", f"parsing failed ({type(exc).__name__}: {exc}); "
                           "the document is left out of every table", schemas)
    return Part({name: to_arrow(tables[name], schemas[name]) for name in DOCUMENT_TABLES})


def failed_part(path: str, doc_id: str, stage: str, message: str, schemas: dict) -> Part:
    """The part of a file left out of every table: one problem row naming it.

    >>> schemas = authority(None, None)[3]
    >>> part = failed_part("x.txt", "x", "load", "is empty", schemas)
    >>> part.tables["problems"].to_pylist(), part.tables["notes"].num_rows
    ([{'doc_id': 'x', 'path': 'x.txt', 'stage': 'load', 'message': 'is empty'}], 0)
    """
    tables = {name: schemas[name].empty_table() for name in DOCUMENT_TABLES}
    row = {"doc_id": [doc_id], "path": [path], "stage": [stage], "message": [message]}
    tables["problems"] = pa.table(row, schema=schemas["problems"])
    return Part(tables, error=message)


def parse_in_order(tasks: list[Task], jobs: int, timeout: float, done: Callable[[], None] = lambda: None,
                   schemas: dict | None = None) -> Iterator[Part]:
    """Parse every task in ``jobs`` worker processes; yield the parts in task order.

    >>> import tempfile
    >>> from pathlib import Path
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = (Path(folder) / "a.txt").write_text("Tito met Spaak.\\n", encoding="utf-8")
    ...     parts = list(parse_in_order([Task(str(Path(folder) / "a.txt"), "a"), Task("none.txt", "none")], 1, 0))
    >>> [part.error for part in parts]
    ['', 'cannot be read (No such file or directory)']

    ``timeout`` (seconds a file, 0 for none): a worker that overruns it is
    stopped and its file reported with the stage it was in (read, layout,
    citations, actors, dates). With one job and a time limit the files are
    parsed in one worker process all the same: only a process can be stopped
    wherever a file hangs, inside a C library too, and leave this one as it
    was; one job and no limit parses in this process. ``done`` is called once
    per finished file (for the progress bar).
    """
    if jobs <= 1 and not timeout:
        for task in tasks:
            part = parse_file(task)
            done()
            yield part
        return
    yield from _Pool(max(jobs, 1), timeout, done,
                     schemas or authority(tasks[0].actors, tasks[0].archives)[3] if tasks else {}).run(tasks)


class _Pool:
    """A process pool that keeps at most ``jobs`` files in flight, so a file's time is measured from its start."""

    def __init__(self, jobs: int, timeout: float, done: Callable[[], None], schemas: dict):
        self.jobs, self.timeout, self.done, self.schemas = jobs, timeout, done, schemas
        self.window = 4 * jobs + 8  # finished parts held while an earlier file is still being parsed
        self.stage_of: dict[str, str] = {}  # the stage each file was last said to enter
        self.executor = self._start()

    def _start(self) -> cf.ProcessPoolExecutor:
        # a new queue with each set of workers: a worker stopped while writing may leave its lock held
        context = multiprocessing.get_context(_start_method())
        self.stages = context.SimpleQueue()
        return cf.ProcessPoolExecutor(self.jobs, mp_context=context, initializer=_worker_starts,
                                      initargs=(self.stages,))

    def _drain(self) -> None:
        """Read what the workers told of their stages (read often: a full pipe would stop them)."""
        while not self.stages.empty():
            told, stage = self.stages.get()
            self.stage_of[told] = stage

    def run(self, tasks: list[Task]) -> Iterator[Part]:
        results: dict[int, Part] = {}
        flight: dict[cf.Future, tuple[int, float]] = {}
        suspects: list[int] = []  # in flight when a worker died: parsed again one at a time to find the file that kills it
        following, emitted = 0, 0
        try:
            while emitted < len(tasks):
                if suspects and not flight:
                    flight[self._submit(tasks[suspects[0]])] = (suspects[0], time.monotonic())
                while (not suspects and following < len(tasks) and len(flight) < self.jobs
                       and following < emitted + self.window):
                    flight[self._submit(tasks[following])] = (following, time.monotonic())
                    following += 1
                self._collect(tasks, flight, results, suspects)
                while emitted in results:
                    emitted += 1
                    self.done()
                    yield results.pop(emitted - 1)
        finally:
            self._stop()

    def _collect(self, tasks, flight, results, suspects: list[int]) -> None:
        deadline = min(start for _, start in flight.values()) + self.timeout if self.timeout else None
        wait = max(0.0, deadline - time.monotonic()) if deadline else None
        finished, _ = cf.wait(list(flight), timeout=wait, return_when=cf.FIRST_COMPLETED)
        self._drain()
        broken = False
        for future in finished:
            index, _ = flight.pop(future)
            self.stage_of.pop(tasks[index].path, None)
            try:
                results[index] = future.result()
            except cf.process.BrokenProcessPool:
                broken = True
                if suspects[:1] == [index]:  # it ran alone and its worker died again: the file, not bad luck
                    results[index] = self._failed(tasks[index], "its worker process died while parsing it; "
                                                                "the document is left out of every table")
                elif index not in suspects:
                    suspects.append(index)
            if index in results and index in suspects:
                suspects.remove(index)
        now = time.monotonic()
        late = [f for f, (_, start) in flight.items() if self.timeout and now - start >= self.timeout]
        for future in late:
            index, _ = flight.pop(future)
            stage = self.stage_of.pop(tasks[index].path, "")
            took = f"its {stage} stage" if stage else "parsing"
            results[index] = self._failed(tasks[index], f"{took} took longer than --doc-timeout {self.timeout:g} s; "
                                                        "the document is left out of every table", stage or "parse")
            if index in suspects:
                suspects.remove(index)
        if broken:  # every file in flight is a suspect; none is given to the new workers until its turn
            suspects.extend(sorted(index for index, _ in flight.values() if index not in suspects))
            flight.clear()
        if late or broken:
            self._restart(tasks, flight)

    def _submit(self, task: Task) -> cf.Future:
        try:
            return self.executor.submit(parse_file, task)
        except cf.process.BrokenProcessPool as exc:  # a worker died before this file was handed over
            future: cf.Future = cf.Future()
            future.set_exception(exc)
            return future

    def _failed(self, task: Task, message: str, stage: str = "parse") -> Part:
        return failed_part(task.path, task.doc_id, stage, message, self.schemas)

    def _restart(self, tasks, flight) -> None:
        """Stop every worker (a hung one cannot be stopped alone) and give the files in flight to new ones."""
        pending = sorted(index for index, _ in flight.values())
        self._stop()
        flight.clear()
        self.executor = self._start()
        for index in pending:
            flight[self._submit(tasks[index])] = (index, time.monotonic())

    def _stop(self) -> None:
        # concurrent.futures cannot cancel a running call: end the worker processes themselves
        for process in list(getattr(self.executor, "_processes", {}).values()):
            if process.is_alive():
                process.terminate()
        self.executor.shutdown(wait=True, cancel_futures=True)


def _start_method() -> str:
    """fork on Linux: a worker starts at once, inherits the built matcher, and needs no ``__main__`` guard in a
    script; elsewhere spawn (fork is unsafe on macOS and absent on Windows). `parse_file` is safe under both."""
    return "fork" if sys.platform.startswith("linux") else "spawn"


def default_jobs() -> int:
    """The number of worker processes when none is asked for: the cores this process may use.

    >>> default_jobs() >= 1
    True
    """
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)

