"""The corpus stores a run's notebooks read: brought up to date once, beside the kernels, and recorded.

A notebook that declares a `corpus` parameter and reads its tables with
`analysis.load_tables` asks for the store of that corpus (and of its
`actors_file`). The runner brings each such store up to date in a process
of its own, started before the kernels and holding the store's lock, so the
kernels start meanwhile, wait on the lock and then only read Parquet: a
corpus is parsed once per run, with the run's `jobs` processes, and never by
a kernel. The store the run's own parameters point to (its *hint*) is
updated from the moment that process starts, while the runner still imports
papermill and reads what the notebooks declare; a notebook that asks for
another store (a default of its own) gets it updated after that. A store
whose fingerprint says it is as that process left it (see `freshness`) is
not checked again there. A store that cannot be built
is left to the notebooks, whose `load_tables` reports why in its cell. The
stores read go into the run's manifest, so a figure can be traced to the
exact tables.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from contextlib import ExitStack
from multiprocessing import get_context
from pathlib import Path

from ..errors import HistkitError
from .freshness import looks_current, remember
from .params import absolute_path

#: How long the runner waits for the store process to take its locks before starting the kernels anyway
#: (they then wait on the lock themselves, or build the store if they get it first: correct either way).
LOCK_WAIT = 30.0
_CALL = "load_tables("


def reads_store(notebooks: list[Path]) -> bool:
    """Whether any of the notebooks calls `load_tables` (read from the notebook files, without papermill)."""
    return any(_calls_load_tables(path) for path in notebooks)


def store_requests(notebooks: list[Path], parameters: dict[str, dict],
                   declared: dict[str, dict]) -> list[tuple[str, str, str]]:
    """The (corpus, actors_file, archives_file) triples whose stores the notebooks read, each once, in notebook order.

        >>> import tempfile
        >>> scratch = tempfile.TemporaryDirectory(); nb = Path(scratch.name) / "counts.ipynb"
        >>> _ = nb.write_text(json.dumps({"cells": [{"cell_type": "code", "source": "t = analysis.load_tables(corpus)"}]}))
        >>> declared = {"counts": {"corpus": {"default": '"data/corpus"'}, "actors_file": {"default": '""'}}}
        >>> store_requests([nb], {"counts": {"corpus": "/srv/corpus"}}, declared), store_requests([nb], {}, declared)
        ([('/srv/corpus', '', '')], [('data/corpus', '', '')])
        >>> scratch.cleanup()

    A notebook counts when it declares `corpus` and calls `load_tables`; its
    values are those given for the run, else the defaults it declares.
    """
    requests = []
    for path in notebooks:
        mine = declared.get(path.stem, {})
        if "corpus" not in mine or not _calls_load_tables(path):
            continue
        given = parameters.get(path.stem, {})
        asked = (str(given.get("corpus", _default(mine["corpus"]))),
                 str(given.get("actors_file", _default(mine.get("actors_file", {})))),
                 str(given.get("archives_file", _default(mine.get("archives_file", {})))))
        if asked not in requests:
            requests.append(asked)
    return requests


def store_hint(given: dict, stems: set[str], cwd: Path) -> tuple[str, str, str] | None:
    """The request `store_requests` will most likely make, known before papermill reads the notebooks.

        >>> store_hint({"corpus": "data/corpus", "top_n": 5}, {"counts"}, Path("/project"))
        ('/project/data/corpus', '', '')
        >>> store_hint({"corpus": "data/corpus", "counts": {"actors_file": "mine.csv"}}, {"counts"}, Path("/project"))

    From the run's parameters `given` (with `corpus` as the user gave it):
    the corpus made absolute from `cwd` as the notebooks receive it, and the
    actors and archives files given (empty: the defaults the shipped
    notebooks declare). None without a corpus, or when a notebook's own
    section of the parameters sets one of the three.
    """
    keys = ("corpus", "actors_file", "archives_file")
    if not isinstance(given.get("corpus"), str):
        return None
    if any(isinstance(given.get(stem), dict) and set(given[stem]) & set(keys) for stem in stems):
        return None
    actors_file, archives_file = given.get("actors_file", ""), given.get("archives_file", "")
    if not (isinstance(actors_file, str) and isinstance(archives_file, str)):
        return None
    return str(absolute_path(given["corpus"], cwd)), actors_file, archives_file


def _calls_load_tables(path: Path) -> bool:
    try:
        cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
    except (OSError, ValueError, AttributeError):
        return False
    return any(c.get("cell_type") == "code" and _CALL in "".join(c.get("source", "")) for c in cells)


def _default(spec: dict) -> str:
    import ast

    try:
        value = ast.literal_eval(spec.get("default", "''"))
    except (ValueError, SyntaxError):
        return ""
    return value if isinstance(value, str) else ""


class StorePreparer:
    """A child process that brings stores up to date: `start` it early, `request` the stores, `finish` it.

        >>> preparer = StorePreparer(Path.cwd(), jobs=1)
        >>> preparer.start(); preparer.request([]); preparer.finish()
        []

    `start` forks the child at once; given a `hint` (the run's corpus,
    actors file and archives file, as `store_requests` gives them), the
    child takes the lock of that store and updates it at once if it does not
    look current (see `freshness`). `request` hands it the (corpus,
    actors_file, archives_file) triples and returns once it holds the locks
    of the stores it must update (at most LOCK_WAIT seconds), so the kernels
    started next wait for those updates: at once when the hint was all the
    notebooks ask for.
    """

    def __init__(self, cwd: Path, jobs: int = 1):
        self.cwd, self.jobs = Path(cwd), jobs
        self.folders: list[Path] = []
        self._process = self._conn = self._hint = None

    def start(self, hint: tuple[str, str, str] | None = None) -> None:
        context = _context()
        self._conn, child_end = context.Pipe()
        self._hint = hint
        self._process = context.Process(target=_serve, args=(str(self.cwd), self.jobs, child_end, self._conn, hint),
                                        name="histkit-store")
        self._process.start()
        child_end.close()

    def request(self, requests: list[tuple[str, str, str]]) -> None:
        if self._conn is None:
            return
        try:
            self._conn.send(list(requests))
            if not requests:
                return
            hinted = self._receive(_HINT) if self._hint else None
            if hinted is not None and list(requests) == [self._hint]:
                self.folders = hinted  # held by the child, or current: the kernels may start
                return
            self.folders = self._receive(_ASKED) or []
        except (EOFError, OSError):  # the child died: the kernels lock and update the stores themselves
            pass

    def _receive(self, kind: str) -> list[Path] | None:
        """The folders of the child's next message of `kind`; None when none comes within LOCK_WAIT."""
        deadline = time.monotonic() + LOCK_WAIT
        while self._conn.poll(max(0.0, deadline - time.monotonic())):
            got, folders = self._conn.recv()
            if got == kind:
                return [Path(f) for f in folders]
        return None

    def finish(self) -> list[Path]:
        """Wait for the child to finish (telling it there is nothing to do if it was asked nothing); the stores locked."""
        if self._process is not None:
            self._conn.close()  # a child still waiting for its request reads the end of the pipe and stops
            self._process.join()
            self._process = self._conn = None
        return self.folders


#: The child's messages: the folders of the hint (locked where stale), then those of the request.
_HINT, _ASKED = "hint", "asked"


def _context():
    # Forking is cheap but only safe from a single-threaded process.
    if os.name == "posix" and threading.active_count() == 1:
        return get_context("fork")
    return get_context("spawn")


def _serve(cwd: str, jobs: int, conn, parent_end, hint=None) -> None:
    """The child: lock, report and update the stores of the hint, then those asked for, resolved from `cwd`."""
    parent_end.close()
    try:
        os.chdir(cwd)
        done = _update(_targets([hint]), jobs, conn, _HINT) if hint else set()
        try:
            requests = conn.recv()
        except EOFError:  # the run stopped before it knew its notebooks
            return
        _update(_targets(requests), jobs, conn, _ASKED, done)
    except KeyboardInterrupt:  # Ctrl-C reaches the whole run; the store keeps its previous complete state
        pass


def _targets(requests) -> dict[Path, tuple[Path, Path | None, Path | None]]:
    """Store folder -> (corpus, actors file, archives file) of each request, resolved as the kernels resolve them."""
    from ..analysis import find_input, store_target

    targets = {}
    for corpus, actors_file, archives_file in requests:
        try:
            found, actors, folder = store_target(corpus, actors_file, "", archives_file)
            archives = find_input(archives_file, "archives_file") if archives_file else None
        except HistkitError:  # a path not found: the notebook's own load_tables names it
            continue
        targets.setdefault(folder.resolve(), (found, actors, archives))
    return targets


def _update(targets: dict, jobs: int, conn, kind: str, done: set[Path] = frozenset()) -> set[Path]:
    """Lock the `targets` that do not look current (nor were tried before, `done`), send their parent the
    folders (`kind` of message), update them, and return the folders."""
    stale = {folder: (found, actors, archives) for folder, (found, actors, archives) in targets.items()
             if folder not in done and not looks_current(found, actors, folder, archives)}
    if not stale:
        _tell(conn, kind, targets)
        return set(targets)
    from ..analysis import refresh_store
    from ..store import store_lock

    with ExitStack() as held:
        for folder in sorted(stale):  # one order for every process: no two wait on each other
            held.enter_context(store_lock(folder))
        _tell(conn, kind, targets)
        for folder, (found, actors, archives) in sorted(stale.items()):
            try:
                if refresh_store(found, actors, folder, jobs, archives):
                    remember(found, actors, folder, archives)
            except Exception:  # a bad authority file, a store of a newer histkit: the notebook meets it and reports it
                continue
    return set(targets)


def _tell(conn, kind: str, targets: dict) -> None:
    try:
        conn.send((kind, [str(f) for f in sorted(targets)]))
    except OSError:  # the runner stopped waiting and closed its end: the stores are updated all the same
        pass


def store_records(folders: list[Path], cwd: Path) -> dict[str, dict]:
    """What the run's manifest keeps of each store read: by folder (relative to `cwd` when inside it).

        >>> store_records([Path("no/such/store")], Path.cwd())
        {}

    Each record: `key` (the folder name), `histkit` and `histkit_source`
    (what built it), `authority` (the sha256 of the actors and archives
    files), `documents` and `documents_sha256` (how many files, and a sha256
    over each one's path, bytes' sha256 and metadata hash), and `rows` per
    table. A folder holding no readable store manifest is left out.
    """
    records = {}
    for folder in folders:
        try:
            data = json.loads((Path(folder) / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        build = data.get("build", {})
        documents = [[d.get("path", ""), d.get("sha256", ""), d.get("meta", ""), d.get("error", "")]
                     for d in data.get("documents", [])]
        records[_relative(Path(folder), cwd)] = {
            "key": Path(folder).name,
            "histkit": data.get("histkit_version"),
            "histkit_source": build.get("histkit_source"),
            "authority": {"actors": build.get("actors"), "archives": build.get("archives")},
            "documents": len(documents),
            "documents_sha256": hashlib.sha256(json.dumps(documents, ensure_ascii=False).encode("utf-8")).hexdigest(),
            "rows": {name: table.get("rows") for name, table in sorted(data.get("tables", {}).items())},
        }
    return records


def _relative(path: Path, cwd: Path) -> str:
    try:
        return path.resolve().relative_to(cwd.resolve()).as_posix()
    except ValueError:
        return path.resolve().as_posix()
