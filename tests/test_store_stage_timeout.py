"""A stage over the time limit on one document: stopped for that document, reported with its file and stage."""

import time
from pathlib import Path

import pandas as pd
import pytest

from histkit import Document
from histkit.actors import build_matcher, load_actors
from histkit.citations import load_archives
from histkit.read import Corpus
from histkit.store import parallel, update_store
from histkit.store import tables as store_tables

ARTICLE = "In 195{n} Tito met Spaak.1\n\n1 TNA, FO 371/10783{n}, Ambassador to Foreign Office, 12 March 195{n}.\n"


def _corpus(folder: Path, *numbers: int) -> Path:
    folder.mkdir(parents=True)
    for n in numbers:
        (folder / f"art{n}.txt").write_text(ARTICLE.format(n=n), encoding="utf-8")
    return folder


def test_tables_of_says_when_each_stage_begins():
    actors = load_actors()
    begun = []
    doc = Document.from_text(ARTICLE.format(n=1), doc_id="d")
    store_tables.tables_of(Corpus([doc]), actors, load_archives(), build_matcher(actors), begun.append)
    assert begun == ["layout", "citations", "actors", "dates"]


def test_a_stage_over_the_time_limit_is_reported_with_its_file_and_stage_and_the_others_are_written(tmp_path,
                                                                                                     monkeypatch):
    if parallel._start_method() != "fork":
        pytest.skip("the workers do not inherit a patched function without fork")
    corpus = _corpus(tmp_path / "corpus", 1, 2, 3)
    real = store_tables.dates_table

    def hanging_on_art2(layout):
        if layout.doc.doc_id == "art2":
            time.sleep(60)
        return real(layout)

    monkeypatch.setattr(store_tables, "dates_table", hanging_on_art2)  # the forked workers inherit it
    done = update_store(corpus, tmp_path / "store", jobs=2, doc_timeout=3)  # a busy machine starts a worker slowly
    problems = pd.read_parquet(tmp_path / "store" / "problems.parquet")
    late = problems[problems.doc_id == "art2"]
    assert late[["path", "stage"]].values.tolist() == [[str(corpus / "art2.txt"), "dates"]]
    assert late.message.iloc[0].startswith("its dates stage took longer than --doc-timeout 3 s")
    assert done.skipped == [(str(corpus / "art2.txt"), late.message.iloc[0])]
    assert pd.read_parquet(tmp_path / "store" / "documents.parquet").doc_id.tolist() == ["art1", "art3"]


def test_a_reader_over_the_time_limit_is_reported_as_the_read_stage(tmp_path, monkeypatch):
    if parallel._start_method() != "fork":
        pytest.skip("the workers do not inherit a patched function without fork")
    corpus = _corpus(tmp_path / "corpus", 1, 2)
    real = parallel.read_document

    def hanging_on_art1(path, *args, **kwargs):
        if Path(path).stem == "art1":
            time.sleep(60)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(parallel, "read_document", hanging_on_art1)
    update_store(corpus, tmp_path / "store", jobs=2, doc_timeout=3)
    problems = pd.read_parquet(tmp_path / "store" / "problems.parquet")
    assert problems[["doc_id", "stage"]].values.tolist() == [["art1", "read"]]
