"""Parsing documents on a Dask cluster: the step of the worker processes, run by a cluster's workers instead.

`parse_on_cluster` is what `histkit tables --dask ADDRESS` runs in place of
`parse_in_order`: it connects to a Dask scheduler (or starts a
`LocalCluster` on this machine for ``local``), hands the cluster the files
to parse, and gives their parts back in input order, so the writer writes the
bytes the local route writes. Each file goes to the cluster as its bytes,
never as its path: workers on other machines do not see the client's files,
and a document is small beside the time it takes to parse it. The authority
files the user gave go along once (scattered to every worker).

As on one machine, no more files are in flight than the cluster has worker
threads, and the workers build the authority tables before the first file,
so a file's time limit counts from about its start; a file over it is
reported and its worker restarted (a hung parse cannot be stopped
otherwise), and a file whose worker died is reported with it; the others go
on. dask and distributed are imported here only, and only when asked for:
without them ``--dask`` says how to install them.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterator

from ..errors import HistkitError
from ..version import __version__, source_hash
from .parallel import Part, Task, authority, default_jobs, failed_part, parse_file

INSTALL = 'pip install "histkit[dask]"'
#: Seconds to reach a scheduler; to wait for a first worker (a batch system may queue them); for a restart.
CONNECT_TIMEOUT = 10.0
WORKER_WAIT = 600.0
RESTART_WAIT = 60.0
#: A file larger than this goes to a worker on its own (scattered), not inside the task.
_INLINE = 1 << 20


def parse_on_cluster(address: str, tasks: list[Task], jobs: int | None, timeout: float,
                     done: Callable[[], None] = lambda: None, schemas: dict | None = None) -> Iterator[Part]:
    """Parse every task on the Dask cluster at ``address``; yield the parts in task order.

    >>> parts = parse_on_cluster("tcp://127.0.0.1:8786", [], None, 0)  # nothing to parse: no connection
    >>> list(parts)
    []

    ``address`` is a scheduler's (``tcp://host:8786``), a scheduler file
    (``scheduler.json``), or ``local`` for a `LocalCluster` of ``jobs``
    worker processes (default: one per core), closed at the end.
    ``timeout`` and ``done`` are as for `parse_in_order`. The connection is
    made now, so a scheduler that cannot be reached raises `HistkitError`
    before anything is parsed.
    """
    if not tasks:
        return iter(())
    parts = _parts(address, tasks, jobs, timeout, done, schemas)
    next(parts)  # connect now; the generator owns the client from here and closes it when done or dropped
    return parts


def _parts(address, tasks, jobs, timeout, done, schemas) -> Iterator:
    logger = logging.getLogger("distributed")
    level = logger.level
    if address == "local":  # its scheduler and nannies run in this process: their INFO lines would drown the output
        logger.setLevel(logging.ERROR)
    try:
        client, cluster = connect(address, jobs)
        try:
            _check_workers(client, address)
            yield None
            yield from _Run(client, address, timeout, done, schemas).run(tasks)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
    finally:
        logger.setLevel(level)


def distributed_module():
    """The `distributed` package, or `HistkitError` saying how to install it.

    >>> distributed_module().__name__
    'distributed'
    """
    try:
        import distributed
    except ImportError:
        raise HistkitError(f"--dask needs dask and distributed, which are not installed: {INSTALL}") from None
    return distributed


def connect(address: str, jobs: int | None = None, timeout: float | None = None):
    """A client of the scheduler at ``address`` and the cluster started for ``local`` (else None).

    >>> connect("tcp://127.0.0.1:1", timeout=0.2)
    Traceback (most recent call last):
    ...
    histkit.errors.HistkitError: cannot reach the Dask scheduler at tcp://127.0.0.1:1 ...

    ``jobs`` is the number of worker processes of a local cluster (default:
    one per core). Raises `HistkitError` naming the address and what to do
    when no scheduler answers there in ``timeout`` seconds (default
    `CONNECT_TIMEOUT`).
    """
    distributed = distributed_module()
    if address == "local":
        cluster = distributed.LocalCluster(n_workers=jobs or default_jobs(), threads_per_worker=1, processes=True,
                                           dashboard_address=":0", silence_logs=logging.ERROR)
        return distributed.Client(cluster.scheduler_address), cluster
    timeout = CONNECT_TIMEOUT if timeout is None else timeout
    try:
        if address.endswith(".json"):
            return distributed.Client(scheduler_file=address, timeout=timeout), None
        return distributed.Client(address, timeout=timeout), None
    except (OSError, ValueError) as exc:
        raise HistkitError(
            f"cannot reach the Dask scheduler at {address} ({exc}); start one there with `dask scheduler` and "
            f"workers with `dask worker {address}`, check the address (tcp://HOST:8786) and that no firewall "
            "blocks the port, or use --dask local to start a cluster on this machine") from None


def worker_build() -> tuple[str, str]:
    """The histkit a worker runs: its version and the hash of its source (what the store's manifest records).

    >>> worker_build()[0] == __version__, len(worker_build()[1])
    (True, 64)
    """
    return __version__, source_hash()


def _check_workers(client, address: str) -> None:
    """Wait for a first worker, and refuse workers that run another histkit (their tables would differ)."""
    if not client.nthreads():
        print(f"histkit tables: waiting for a worker to join the Dask scheduler at {address} "
              f"(start one with `dask worker {address}`)", file=sys.stderr, flush=True)
        try:
            client.wait_for_workers(1, timeout=WORKER_WAIT)
        except TimeoutError:
            raise HistkitError(f"no worker joined the Dask scheduler at {address} in {WORKER_WAIT:g} s; "
                               f"start some with `dask worker {address}`") from None
    builds = client.run(worker_build, on_error="return")
    ours = worker_build()
    for worker, build in sorted(builds.items()):
        if isinstance(build, BaseException):
            raise HistkitError(f"the Dask worker {worker} cannot run histkit ({type(build).__name__}: {build}); "
                               f"install histkit {__version__} on the workers ({INSTALL})")
        if tuple(build) != ours:
            raise HistkitError(f"the Dask worker {worker} runs histkit {build[0]} (source {build[1][:12]}), this "
                               f"is histkit {ours[0]} (source {ours[1][:12]}); install the same histkit on the "
                               "workers, or their tables would differ from this machine's")


def parse_shipped(task: Task, data: bytes, shipped: dict, build: str) -> Part:
    """The step a worker runs: one file's bytes to its tables, with the authority files shipped along.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     part = parse_shipped(Task(f"{folder}/a.txt", "a"), "Tito met Spaak.1\\n\\n1 Ibid.\\n".encode(), {},
    ...                          worker_build()[1])
    >>> part.tables["mentions"].column("actor_id").to_pylist(), part.error
    (['tito', 'spaak'], '')

    ``shipped`` maps "actors" and "archives" to (file name, bytes) of the
    files the user gave (the shipped ones are the worker's own). ``build``
    is the client's source hash: a worker whose histkit differs (one that
    joined after the start) reports the file instead of parsing it.
    """
    task = replace(task, **_materialise(shipped))
    if build != source_hash():
        return failed_part(task.path, task.doc_id, "parse", f"the Dask worker that got it runs another histkit "
                           f"({__version__}, source {source_hash()[:12]}); the document is left out of every table",
                           authority(task.actors, task.archives)[3])
    return parse_file(task, data)


def prepare_worker(shipped: dict) -> None:
    """Build a worker's authority tables and matcher before its first file, so its time limit is the file's own.

    >>> prepare_worker({})  # the shipped authority files
    """
    files = _materialise(shipped)
    authority(files.get("actors"), files.get("archives"))


def _materialise(shipped: dict) -> dict[str, str]:
    """The shipped authority files as files of this machine (one per content, shared by the worker processes)."""
    paths = {}
    for field, (name, data) in shipped.items():
        folder = Path(tempfile.gettempdir()) / "histkit-authority" / hashlib.sha256(data).hexdigest()
        path = folder / name
        if not path.is_file():
            folder.mkdir(parents=True, exist_ok=True)
            partial = folder / f".{name}.{os.getpid()}"
            partial.write_bytes(data)
            partial.replace(path)  # atomic: another worker process never reads half a file
        paths[field] = str(path)
    return paths


class _Run:
    """The files in flight on a cluster: one per worker thread, finished parts held until their turn comes."""

    def __init__(self, client, address: str, timeout: float, done: Callable[[], None], schemas: dict | None):
        self.client, self.address, self.timeout, self.done = client, address, timeout, done
        self.schemas = schemas
        self.distributed = distributed_module()
        self.build = source_hash()
        self.threads, self.counted = 1, float("-inf")

    def run(self, tasks: list[Task]) -> Iterator[Part]:
        if self.schemas is None:
            self.schemas = authority(tasks[0].actors, tasks[0].archives)[3]
        payload = self._payload(tasks[0])
        self.client.run(prepare_worker, payload)
        shipped = self.client.scatter([payload], broadcast=True, hash=False)[0] if payload else {}
        results: dict[int, Part] = {}
        flight: dict = {}  # future -> (index of its task, when it was handed over)
        following, emitted = 0, 0
        try:
            while emitted < len(tasks):
                room = self._room()
                while following < len(tasks) and len(flight) < room and following < emitted + 4 * room + 8:
                    self._submit(following, tasks[following], shipped, flight, results)
                    following += 1
                if emitted not in results:
                    self._collect(tasks, flight, results)
                while emitted in results:
                    emitted += 1
                    self.done()
                    yield results.pop(emitted - 1)
        finally:
            if flight:  # stopped early (an error, Ctrl-C): the cluster need not finish them
                self.client.cancel(list(flight))

    def _payload(self, task: Task) -> dict:
        """The authority files the user gave, to send to the workers (which may not see them)."""
        files = {field: Path(getattr(task, field)) for field in ("actors", "archives") if getattr(task, field)}
        return {field: (path.name, path.read_bytes()) for field, path in files.items()}

    def _room(self) -> int:
        """Worker threads of the cluster now (it may grow or shrink), asked of the scheduler at most once a second."""
        if time.monotonic() - self.counted >= 1.0:
            self.threads = max(1, sum(self.client.nthreads().values()))
            self.counted = time.monotonic()
        return self.threads

    def _submit(self, index: int, task: Task, shipped, flight: dict, results: dict) -> None:
        try:
            data = Path(task.path).read_bytes()
        except OSError:  # the reader's own problem row, here, as the local route gives it
            results[index] = parse_file(task)
            return
        if len(data) > _INLINE:  # a large file goes to a worker by itself, not through the scheduler
            data = self.client.scatter(data, hash=False)
        flight[self.client.submit(parse_shipped, task, data, shipped, self.build, pure=False)] = (index,
                                                                                                  time.monotonic())

    def _collect(self, tasks: list[Task], flight: dict, results: dict) -> None:
        wait = None
        if self.timeout:
            wait = max(0.0, min(start for _, start in flight.values()) + self.timeout - time.monotonic())
        try:
            self.distributed.wait(list(flight), timeout=wait, return_when="FIRST_COMPLETED")
        except TimeoutError:
            pass
        for future in [f for f in flight if f.done()]:
            index, _ = flight.pop(future)
            results[index] = self._result(future, tasks[index])
        now = time.monotonic()
        late = [f for f, (_, start) in flight.items() if self.timeout and now - start >= self.timeout]
        if late:
            self._stop(late)
        for future in late:
            index, _ = flight.pop(future)
            results[index] = self._failed(tasks[index], f"parsing took longer than --doc-timeout {self.timeout:g} s")

    def _result(self, future, task: Task) -> Part:
        try:
            return future.result()
        except Exception as exc:  # the worker died (KilledWorker), or could not run the step at all
            if self.client.status != "running":
                raise HistkitError(f"lost the Dask scheduler at {self.address} while parsing; the store is left as "
                                   "it was: run the command again when the scheduler is back") from None
            if isinstance(exc, self.distributed.KilledWorker):
                return self._failed(task, "its Dask worker died while parsing it")
            return self._failed(task, f"its Dask worker could not parse it ({type(exc).__name__}: {exc})")

    def _stop(self, late: list) -> None:
        """Cancel files over the time limit and restart their workers: a hung parse cannot be stopped otherwise."""
        keys = {future.key for future in late}
        workers = [worker for worker, running in self.client.processing().items() if keys & set(running)]
        self.client.cancel(late)
        if workers:
            self.client.restart_workers(workers, timeout=RESTART_WAIT, raise_for_error=False)

    def _failed(self, task: Task, why: str) -> Part:
        return failed_part(task.path, task.doc_id, "parse", f"{why}; the document is left out of every table",
                           self.schemas)
