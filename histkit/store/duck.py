"""SQL over a corpus store: a DuckDB connection with one view per table, for stores too big to load whole.

DuckDB reads the Parquet files where they lie and runs group-bys and joins
without loading a table into memory; the views only read, so a query cannot
change the store.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import HistkitError
from .build import TABLES
from .manifest import MANIFEST, inspect_store, table_files


def connect(store: str | os.PathLike):
    """A DuckDB connection with a view per table of ``store`` (documents, notes, citations, mentions, ...).

    >>> import tempfile
    >>> from histkit.store import update_store
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = (Path(folder) / "a.txt").write_text("Tito met Spaak.1\\n\\n1 Ibid.\\n", encoding="utf-8")
    ...     _ = update_store(folder, Path(folder) / "store", jobs=1)
    ...     db = connect(Path(folder) / "store")
    ...     db.sql("SELECT actor_id, count(*) FROM mentions GROUP BY actor_id ORDER BY actor_id").fetchall()
    [('spaak', 1), ('tito', 1)]

    The connection is DuckDB's own (``.sql(...).df()`` gives a DataFrame);
    it holds no data of its own. Raises `HistkitError` when ``store`` holds
    no store (build it with ``histkit tables CORPUS --out STORE`` or
    `open_tables`), or one whose Parquet files are not the size its
    manifest says (cut short or deleted: an update rebuilds them).
    """
    import duckdb  # only a SQL user pays for importing it

    store = Path(store)
    manifest, damage = inspect_store(store, TABLES, checksums=False)  # sizes only: a query must not read it all first
    if manifest is None:
        raise HistkitError(f"{store} is not a histkit store (no {MANIFEST}); build it with histkit tables CORPUS --out {store}")
    if damage.reparse:
        raise HistkitError(f"{damage.reparse}; rebuild it with histkit tables CORPUS --out {store} "
                           "(or histkit.open_tables), which finds and rebuilds the damaged tables")
    db = duckdb.connect(":memory:")
    for name in TABLES:
        paths = ", ".join("'" + Path(p).resolve().as_posix().replace("'", "''") + "'"
                          for p in table_files(store, name, manifest))
        db.execute(f"CREATE VIEW \"{name}\" AS SELECT * FROM read_parquet([{paths}])")
    return db
