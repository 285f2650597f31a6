"""What an export reads of a store: its references, citations and archives, without updating or rebuilding it.

The store is opened with `histkit.connect` (read-only views over its Parquet
files), which already refuses a folder that is no store, a damaged one and
one written by a newer histkit. A store written by another (older) histkit is
read when it has the columns an export needs, with a message saying so;
without them, the message says how to rebuild it.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..citations import archives_authority, load_archives
from ..errors import AuthorityError, HistkitError
from ..store import connect
from ..version import __version__
from .items import ARCHIVAL_FIELDS, LITERATURE_FIELDS

_NEEDED = {
    "references": ["doc_id", "note_no", "seq", *LITERATURE_FIELDS, "ref_of"],
    "citations": ["doc_id", "note_no", "seq", "kind", *ARCHIVAL_FIELDS, "ibid_of"],
}


@dataclass
class StoreContent:
    """The tables an export is written from (every value a string, none missing), and what was said about the store."""

    references: pd.DataFrame
    citations: pd.DataFrame
    cities: dict[str, str]
    messages: list[str] = field(default_factory=list)


def read_for_export(store: str | os.PathLike) -> StoreContent:
    """The references, citations and archive cities of a store, read as they are.

    >>> read_for_export("no/such/store")
    Traceback (most recent call last):
    histkit.errors.HistkitError: no/such/store is not a histkit store (no manifest.json); build it with histkit tables CORPUS --out no/such/store

    Raises `HistkitError` for a folder that is no store, a damaged store,
    one written by a newer histkit, or one whose tables lack a column the
    export needs.
    """
    store = Path(store)
    db = connect(store)
    try:
        frames = {name: _strings(db.sql(f'SELECT * FROM "{name}"').df()) for name in _NEEDED}
    finally:
        db.close()
    written_by, archives = _manifest(store)
    messages = []
    if written_by != __version__:
        messages.append(f"{store} was written by histkit {written_by}, this is histkit {__version__}: exported as "
                        f"it is; rebuild it (histkit tables CORPUS --out {store}) to export what this version reads")
    for name, columns in _NEEDED.items():
        missing = [c for c in columns if c not in frames[name].columns]
        if missing:
            raise HistkitError(f"the {name} table of {store} (written by histkit {written_by}) has no column "
                               f"{', '.join(missing)}; rebuild the store with this histkit: "
                               f"histkit tables CORPUS --out {store}")
    cities, said = _cities(archives)
    return StoreContent(frames["references"], frames["citations"], cities, messages + said)


def _strings(frame: pd.DataFrame) -> pd.DataFrame:
    """Every cell as text, a missing one as "" (DuckDB gives None, NaN or NA by the column's type)."""
    return frame.astype(object).where(frame.notna(), "").map(lambda v: v if isinstance(v, str) else str(v))


def _manifest(store: Path) -> tuple[str, str | None]:
    """The histkit version that wrote the store, and the archives authority file it was built with."""
    try:
        data = json.loads((store / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "unknown", None
    corpus = data.get("corpus") or {}
    archives = corpus.get("archives")
    if isinstance(archives, str) and not Path(archives).is_absolute():
        archives = str(Path(corpus.get("cwd") or ".") / archives)  # relative to where the store was built
    return str(data.get("histkit_version", "unknown")), archives if isinstance(archives, str) else None


def _cities(archives: str | None) -> tuple[dict[str, str], list[str]]:
    """Each archive's city, from the authority file the store was built with (the shipped one when it is gone)."""
    said = []
    try:
        table = archives_authority(archives)
    except AuthorityError as err:
        said.append(f"the archives file the store was built with cannot be read ({err}); the shipped one gives "
                    "the archives' cities")
        table = load_archives(None)
    return {code: city for code, city in zip(table["code"], table["city"]) if city}, said
