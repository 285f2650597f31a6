"""Helpers shared by the tests of the corpus store: a corpus of small articles, and a store's files as bytes.

The store's test files import them (`from storekit import corpus_of`); pytest
puts this folder on the path.
"""

from __future__ import annotations

from pathlib import Path

#: A small article with an archival citation, a repeat (Ibid.) and two actors; ``{n}`` makes each one its own.
ARTICLE = """The Balkan Pact and its Critics {n}

In 195{n} the Foreign Office watched Belgrade closely.1 Tito met Spaak.2

1 TNA, FO 371/10783{n}, Ambassador to Foreign Office, 12 March 195{n}.
2 Ibid.
"""


def corpus_of(folder: Path, *numbers: int, article: str = ARTICLE) -> Path:
    """A folder of small articles, art1.txt, art2.txt, … (one per number, `article` filled with it)."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in numbers:
        (folder / f"art{n}.txt").write_text(article.format(n=n), encoding="utf-8")
    return folder


def table_bytes(store: Path) -> dict[str, bytes]:
    """Every table file of a store (Parquet parts and CSV), by path within the store."""
    return _files(store, (".csv", ".parquet"))


def store_bytes(store: Path) -> dict[str, bytes]:
    """Every table file and the manifest of a store, by path within the store."""
    return _files(store, (".csv", ".parquet", ".json"))


def _files(store: Path, suffixes: tuple[str, ...]) -> dict[str, bytes]:
    return {p.relative_to(store).as_posix(): p.read_bytes() for p in sorted(store.rglob("*"))
            if p.is_file() and p.suffix in suffixes}


def first_part(store: Path, table: str) -> Path:
    """The first part file of a table of a store (``<table>.parquet/part-000000.parquet``)."""
    return store / f"{table}.parquet" / "part-000000.parquet"
