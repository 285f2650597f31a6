"""The corpus store: build it, bring it up to date, and open its tables.

`update_store` is what `histkit tables CORPUS --out DIR` runs: it parses
only the files that are new or changed since the store was last built (all
of them when histkit or an authority file changed), keeps the rows of the
others, drops those of deleted files, and swaps the new store in whole.
`open_tables` gives the tables of a store to a notebook, updating it first
when it is missing or stale.
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

from ..data import authority_file
from ..errors import HistkitError, ParameterError
from .frames import Tables
from .incremental import Plan, Source, list_sources, plan_update
from ..version import source_hash
from .manifest import MANIFEST, Manifest, file_hash, inspect_store, read_manifest, table_files
from .progress import Progress
from .schema import DOCUMENT_TABLES, to_arrow, to_pandas
from .writer import OldRows, TableWriter, ends_batch, recover, scratch_folder, swap_in

TABLES = ("actors",) + DOCUMENT_TABLES
_OWN = {f"{name}.{ext}" for name in TABLES for ext in ("csv", "parquet")} | {MANIFEST}


class NothingRead(HistkitError):
    """No file of the corpus could be read; ``skipped`` names each with its problem."""

    def __init__(self, skipped: list[tuple[str, str]]):
        self.skipped = skipped
        super().__init__("no document could be read; nothing to write")


@dataclass
class StoreResult:
    """What `update_store` did: the plan (new, changed, kept, removed), the rows per table, the files skipped,
    and the damaged files of the previous store it found and rebuilt."""

    store: Path
    plan: Plan
    rows: dict[str, int] = field(default_factory=dict)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    repairs: list[str] = field(default_factory=list)


def update_store(paths, out, *, actors=None, archives=None, format: str = "csv", ocr: bool | str = False,
                 strict: bool = False, jobs: int | None = None, doc_timeout: float = 120.0,
                 quiet: bool = True, dask: str | None = None) -> StoreResult:
    """Build the store of a corpus in ``out``, or bring it up to date; return what was done.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = (Path(folder) / "a.txt").write_text("Tito met Spaak.1\\n\\n1 Ibid.\\n", encoding="utf-8")
    ...     first = update_store(folder, Path(folder) / "store", jobs=1)
    ...     again = update_store(folder, Path(folder) / "store", jobs=1)
    >>> first.plan.summary(), again.plan.summary(), again.rows["mentions"]
    ('1 new, 0 changed, 0 unchanged, 0 removed', '0 new, 0 changed, 1 unchanged, 0 removed', 2)

    ``paths`` are what `load_corpus` takes; ``format`` "csv" writes CSV
    files beside the Parquet ones. ``jobs`` worker processes parse the
    files (default: one per core), each given ``doc_timeout`` seconds (0:
    no limit; one job and no limit parses in this process). ``dask``, a
    Dask scheduler's address or "local", has that cluster parse them instead
    (see `parse_on_cluster`); the store is the same, byte for byte. A file of
    the previous store that is not as its manifest recorded (cut short,
    deleted, changed since), or a manifest that cannot be read, is said on
    stderr and in ``repairs``, and rebuilt. Raises `ParameterError` for a bad
    ``out`` or format, `HistkitError` when no file could be read or a newer
    histkit wrote the store.
    """
    store = Path(out)
    if format not in ("csv", "parquet"):
        raise ParameterError(f"unknown format {format!r}; use csv or parquet")
    if store.exists() and not store.is_dir():
        raise ParameterError(f"--out {store} is a file, not a folder; give a folder to write the tables into")
    recover(store)
    sources = list_sources(paths, strict)
    build = _build_key(actors, archives, ocr)
    old, damage = inspect_store(store, DOCUMENT_TABLES)
    for message in damage.messages:  # said even when quiet: what was found wrong in the store, and done
        print(f"histkit: {message}", file=sys.stderr)
    plan = plan_update(sources, old, build, damaged=damage.reparse)
    if old is not None and not damage and _up_to_date(sources, plan, old, format):
        skipped = [(r["path"], r["error"]) for r in old.documents if r.get("error")]
        return StoreResult(store, plan, {name: t.get("rows", 0) for name, t in old.tables.items()}, skipped)
    # Only a store that changes loads the parsers (and the matcher and schemas, a second or more): a notebook
    # whose store is up to date never imports them.
    from ..actors import actors_table
    from .cluster import parse_on_cluster
    from .parallel import Task, authority, default_jobs, parse_in_order

    actor_table, archive_table, _, schemas = authority(_path(actors), _path(archives))
    tasks = [Task(s.path, s.doc_id, s.meta, ocr or False, _path(actors), _path(archives))
             for s in sources if not s.error and s.path not in plan.kept]
    try:
        scratch = scratch_folder(store)
    except OSError as exc:
        raise HistkitError(f"cannot create a folder beside {store}: {exc.strerror or exc}") from None
    try:
        writers = {name: TableWriter(scratch, name, schemas[name], format == "csv") for name in TABLES}
        writers["actors"].add(to_arrow(actors_table(actor_table), schemas["actors"]))
        progress = Progress(len(tasks), quiet=quiet)
        parts = (parse_on_cluster(dask, tasks, jobs, doc_timeout, progress.update, schemas) if dask else
                 parse_in_order(tasks, jobs or default_jobs(), doc_timeout, progress.update, schemas))
        records = _fill(writers, sources, plan, parts, _old_rows(store, plan, old), old, schemas, strict)
        progress.close()
        for writer in writers.values():
            writer.close()
        rows = {name: writer.rows for name, writer in writers.items()}
        if not rows["documents"]:
            raise NothingRead([(r["path"], r["error"]) for r in records if r.get("error")])
        corpus = {"paths": [str(p) for p in ([paths] if isinstance(paths, (str, os.PathLike)) else paths)],
                  "cwd": os.getcwd(), "format": format, "actors": _path(actors), "archives": _path(archives)}
        manifest = Manifest(build, records, corpus, {name: {"rows": n, "files": writers[name].files,
                                                            "parts": writers[name].parts} for name, n in rows.items()})
        (scratch / MANIFEST).write_text(manifest.to_json(), encoding="utf-8")
        swap_in(scratch, store, _OWN)
    finally:
        if scratch.exists():
            shutil.rmtree(scratch, ignore_errors=True)
    skipped = [(r["path"], r["error"]) for r in records if r.get("error")]
    return StoreResult(store, plan, rows, skipped, damage.messages)


def _build_key(actors, archives, ocr: bool | str) -> dict:
    """What every document's tables depend on besides its file: histkit's source, OCR, the authority files."""
    try:
        return {"histkit_source": source_hash(), "ocr": ocr or False,
                "actors": file_hash(actors or authority_file("actors.csv")),
                # the user's archives extend the shipped file, so a change to either rebuilds
                "archives": file_hash(authority_file("archives.csv")) + (f"+{file_hash(archives)}" if archives else "")}
    except OSError:  # an authority file that cannot be read: its loader says which and why
        from .parallel import authority

        authority(_path(actors), _path(archives))
        raise


def _fill(writers, sources: list[Source], plan: Plan, parts, old_rows, old: Manifest | None, schemas,
          strict: bool) -> list[dict]:
    """Write every file's rows in corpus order, from the previous store or just parsed; return the manifest's entries."""
    from .parallel import Part, failed_part

    earlier = iter(old.documents) if old and plan.kept else iter(())
    records = []
    for source in sources:
        if source.error:
            part, record = failed_part(source.path, source.doc_id, "load", source.error, schemas), source.record()
        elif source.path in plan.kept:
            for entry in earlier:  # the previous store's rows come in its order; those not kept are passed over
                tables = {name: old_rows[name].take(entry["rows"].get(name, 0)) for name in DOCUMENT_TABLES}
                if entry["path"] == source.path:
                    break
            part, record = Part(tables, entry.get("error", "")), dict(entry)
        else:
            part = next(parts)
            if strict and part.error:
                raise HistkitError(f"{source.path}: {part.error}")
            record = {**source.record(), "error": part.error}
        record["rows"] = {name: part.tables[name].num_rows for name in DOCUMENT_TABLES}
        cut = ends_batch(source.doc_id)
        for name in DOCUMENT_TABLES:
            writers[name].add(part.tables[name], cut)
        records.append(record)
    return records


def _up_to_date(sources: list[Source], plan: Plan, old: Manifest, format: str) -> bool:
    """Nothing to parse, keep or drop differently: the store stands as it is (no rewrite)."""
    if plan.reason or plan.new or plan.changed or plan.removed or old.corpus.get("format") != format:
        return False
    listed = [(s.path, s.error) for s in sources if s.error]
    recorded = [(r["path"], r["error"]) for r in old.documents if r.get("error") and r["path"] not in plan.kept]
    return listed == recorded and len(plan.kept) + len(listed) == len(sources)


def _old_rows(store: Path, plan: Plan, old: Manifest | None) -> dict[str, OldRows]:
    if not plan.kept:
        return {}
    return {name: OldRows(store / f"{name}.parquet", old.tables.get(name)) for name in DOCUMENT_TABLES}


def _path(value) -> str | None:
    return None if value is None else str(value)


def read_store(store: str | os.PathLike, names: list[str] | None = None) -> Tables:
    """The tables of a store as DataFrames, without checking whether it is up to date; with ``names``, those only
    (what a command reads after a build: its problems, not its every table again).

    Raises `HistkitError` when ``store`` holds no store.
    """
    store = Path(store)
    manifest = read_manifest(store)
    if manifest is None:
        raise HistkitError(f"{store} is not a histkit store (no {MANIFEST}); build it with histkit tables CORPUS --out {store}")
    return Tables({name: to_pandas(pq.read_table(table_files(store, name, manifest))) for name in (names or TABLES)})


def open_tables(store: str | os.PathLike, corpus=None, *, jobs: int | None = 1, quiet: bool = True) -> Tables:
    """The tables of a store, after building or updating it when it is missing or stale.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = (Path(folder) / "a.txt").write_text("Tito met Spaak.1\\n\\n1 Ibid.\\n", encoding="utf-8")
    ...     tables = open_tables(Path(folder) / "store", corpus=folder)
    ...     again = open_tables(Path(folder) / "store")  # the corpus is the one the manifest names
    >>> again["mentions"].actor_id.tolist(), sorted(again) == sorted(tables)
    (['tito', 'spaak'], True)

    ``corpus`` (what `load_corpus` takes) defaults to the paths the store's
    manifest names, read from the folder the store was built in. The update
    parses only new or changed files (see `update_store`). Raises
    `HistkitError` when there is no store and no corpus to build it from.
    """
    store = Path(store)
    recover(store)
    manifest = read_manifest(store)
    if corpus is None:
        if manifest is None:
            raise HistkitError(f"{store} is not a histkit store yet; give open_tables(store, corpus=...) "
                               "the corpus to build it from")
        cwd = Path(manifest.corpus.get("cwd", "."))
        corpus = [p if Path(p).is_absolute() or Path(p).exists() else str(cwd / p)
                  for p in manifest.corpus.get("paths", [])]
    options = manifest.corpus if manifest else {}
    update_store(corpus, store, actors=options.get("actors"), archives=options.get("archives"),
                 format=options.get("format", "parquet"), ocr=manifest.build.get("ocr", False) if manifest else False,
                 jobs=jobs, quiet=quiet)
    return read_store(store)
