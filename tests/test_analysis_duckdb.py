"""The analyses on a DuckDB connection to the sample's store give the tables they give on its DataFrames."""

import pandas as pd
import pytest

import histkit
from histkit import analysis
from histkit.analysis import pushdown
from histkit.analysis.common import word_count
from histkit.store import read_store, update_store

from conftest import REPO

KINDS = ["person", "organisation", "party", "state", "institution"]


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """The sample corpus's store, as DataFrames and as a DuckDB connection."""
    store = tmp_path_factory.mktemp("duck") / "store"
    update_store(REPO / "data" / "corpus", store, format="parquet", jobs=1)
    return read_store(store), histkit.connect(store)


@pytest.mark.parametrize("by", [(), "doc_id", "section"])
@pytest.mark.parametrize("normalise", [False, True])
def test_actor_counts_in_duckdb_equal_the_pandas_counts(sample, by, normalise):
    t, db = sample
    kwargs = {"kinds": KINDS, "min_count": 2, "normalise": normalise, "by": by}
    expected = analysis.actor_counts(t["mentions"], t["actors"], blocks=t["blocks"], documents=t["documents"], **kwargs)
    found = analysis.actor_counts(db, db, blocks=db, documents=db, **kwargs)
    assert len(expected) > 10
    pd.testing.assert_frame_equal(found, expected)


def test_actor_counts_per_body_words_of_the_documents_table_in_duckdb_equal_pandas(sample):
    t, db = sample
    expected = analysis.actor_counts(t["mentions"], t["actors"], zones="body", normalise=True, by="doc_id", documents=t["documents"])
    found = analysis.actor_counts(db.table("mentions"), db.table("actors"), zones="body", normalise=True, by="doc_id",
                                  documents=db.table("documents"))
    pd.testing.assert_frame_equal(found, expected)


@pytest.mark.parametrize("kwargs", [{"kinds": KINDS}, {"zones": "notes", "top_n": 5}, {"actor_ids": ["tito", "eden", "kardelj"]}])
def test_section_matrix_in_duckdb_equals_the_pandas_matrix(sample, kwargs):
    t, db = sample
    pd.testing.assert_frame_equal(analysis.section_matrix(db, db, **kwargs), analysis.section_matrix(t["mentions"], t["actors"], **kwargs))


@pytest.mark.parametrize("kwargs", [{}, {"kinds": KINDS, "min_weight": 2}, {"zones": "body"}, {"kinds": ["person", ""]},
                                    {"actor_ids": ["tito", "kardelj", "djilas"]}, {"include_ambiguous": True}])
def test_co_mentions_paired_in_duckdb_equal_the_pandas_pairs(sample, kwargs):
    t, db = sample
    expected = analysis.co_mentions(t["mentions"], t["actors"], **kwargs)
    assert len(expected) or "actor_ids" in kwargs
    pd.testing.assert_frame_equal(analysis.co_mentions(db, db, **kwargs), expected)


@pytest.mark.parametrize("group_by", ["archive", "fond", "collection"])
@pytest.mark.parametrize("include_ibid", [True, False])
def test_source_counts_in_duckdb_equal_the_pandas_counts(sample, group_by, include_ibid):
    t, db = sample
    expected = analysis.source_counts(t["citations"], group_by, include_ibid)
    assert len(expected)
    pd.testing.assert_frame_equal(analysis.source_counts(db, group_by, include_ibid), expected)


@pytest.mark.parametrize("date_bin", ["year", "quarter", "month"])
def test_date_timeline_in_duckdb_equals_the_pandas_timeline(sample, date_bin):
    t, db = sample
    expected = analysis.date_timeline(t["citations"], date_bin)
    assert expected["citations"].sum() > 10
    pd.testing.assert_frame_equal(analysis.date_timeline(db, date_bin), expected)


def test_archival_and_undated_citations_from_duckdb_equal_the_pandas_rows(sample):
    t, db = sample
    pd.testing.assert_frame_equal(analysis.archival_citations(db), analysis.archival_citations(t["citations"]))
    pd.testing.assert_frame_equal(analysis.undated_citations(db), analysis.undated_citations(t["citations"]))


def test_source_shares_from_duckdb_equal_the_pandas_shares(sample):
    t, db = sample
    pd.testing.assert_frame_equal(analysis.source_shares(db, by="doc_id", documents=db),
                                  analysis.source_shares(t["citations"], by="doc_id", documents=t["documents"]))
    pd.testing.assert_frame_equal(analysis.source_shares(db, db, db, by="section"),
                                  analysis.source_shares(t["citations"], t["notes"], t["blocks"], by="section"))


@pytest.mark.parametrize("rule", ["split", "majority"])
def test_period_comparison_from_duckdb_equals_the_pandas_comparison(sample, rule):
    t, db = sample
    expected_passages = analysis.passages(t["blocks"], t["notes"])
    found_passages = analysis.passages(db, db)
    pd.testing.assert_frame_equal(found_passages, expected_passages)
    dates = analysis.passage_dates(expected_passages, t["dates"], t["citations"])
    pd.testing.assert_frame_equal(analysis.passage_dates(found_passages, db, db), dates)
    assigned = analysis.assign_periods(expected_passages, dates, rule=rule)
    for what, tables in (("actors", {"mentions": "mentions", "actors": "actors"}), ("archives", {"citations": "citations"})):
        expected = analysis.period_counts(assigned, expected_passages, what=what, **{k: t[v] for k, v in tables.items()})
        found = analysis.period_counts(assigned, expected_passages, what=what, **{k: db for k in tables})
        assert len(expected)
        pd.testing.assert_frame_equal(found, expected)


def test_a_relation_stands_for_its_own_rows(sample):
    t, db = sample
    notes_only = db.sql("SELECT * FROM mentions WHERE zone = 'note'")
    expected = analysis.actor_counts(t["mentions"][t["mentions"]["zone"] == "note"], t["actors"])
    pd.testing.assert_frame_equal(analysis.actor_counts(notes_only, db), expected)


@pytest.mark.parametrize("text", ["Tito’s non-aligned policy, 1955", "Ђилас и Кардељ — 14/I-2, fond_507", "l'Humanité d’Aujourd’hui-là",
                                  "Cafe\u0301 au lait", "‘quoted’ -- dashes - and ’apostrophes’", "", "１２３ Ⅻ ½"])
def test_duckdb_counts_words_as_word_count_does(sample, text):
    _, db = sample
    sql = pushdown.WORDS.replace("text", "t")
    assert db.execute(f"SELECT {sql} FROM (SELECT ? AS t)", [text]).fetchall() == [(word_count(text),)]


def test_cells_are_read_as_plain_text_and_flags_as_as_flags_reads_them(sample):
    _, db = sample
    row = db.sql(f"SELECT {pushdown.text('x', 'DOUBLE')}, {pushdown.text('y', 'BIGINT')}, {pushdown.flag('z', 'VARCHAR')}, "
                 f"{pushdown.flag('w', 'BOOLEAN')} FROM (SELECT 12.0 AS x, NULL::BIGINT AS y, ' Yes' AS z, NULL::BOOLEAN AS w)")
    assert row.fetchall() == [("12", "", True, False)]
