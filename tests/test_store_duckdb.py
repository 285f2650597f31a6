"""histkit.connect: SQL over a store's Parquet files gives the counts the DataFrames give."""

import duckdb
import pytest

import histkit
from histkit.errors import HistkitError
from histkit.store import update_store

ARTICLE = """Notes on Belgrade {n}

In 195{n} Tito met Spaak in Belgrade.1 Kardelj wrote to Tito.2

1 AJ, 507, IX, 9/I-12, Zabeleška o razgovoru, 12. 5. 195{n}.
2 Ibid.
"""


@pytest.fixture
def store(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in (1, 2, 3):
        (corpus / f"art{n}.txt").write_text(ARTICLE.format(n=n), encoding="utf-8")
    update_store(corpus, tmp_path / "store", jobs=1)
    return tmp_path / "store"


def test_every_view_has_as_many_rows_as_its_dataframe(store):
    tables, db = histkit.open_tables(store), histkit.connect(store)
    assert {name: db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in tables} == \
        {name: len(frame) for name, frame in tables.items()}


def test_a_group_by_in_duckdb_counts_what_pandas_counts(store):
    mentions = histkit.open_tables(store)["mentions"]
    rows = histkit.connect(store).sql("SELECT doc_id, actor_id, count(*) FROM mentions GROUP BY ALL ORDER BY ALL").fetchall()
    assert rows == [(d, a, n) for (d, a), n in mentions.groupby(["doc_id", "actor_id"]).size().sort_index().items()]


def test_the_views_cannot_change_the_store(store):
    db = histkit.connect(store)
    with pytest.raises(duckdb.Error):
        db.execute("DELETE FROM mentions")


def test_connecting_to_a_folder_without_a_store_says_how_to_build_one(tmp_path):
    with pytest.raises(HistkitError, match="histkit tables"):
        histkit.connect(tmp_path)
