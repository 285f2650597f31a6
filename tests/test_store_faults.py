"""The corpus store against faults: a newer store, damaged files in it, a worker that dies."""

import os
from pathlib import Path

import pandas as pd
import pytest

from histkit.store import parallel, update_store

ARTICLE = """The Balkan Pact and its Critics {n}

In 195{n} the Foreign Office watched Belgrade closely.1 Tito met Spaak.2

1 TNA, FO 371/10783{n}, Ambassador to Foreign Office, 12 March 195{n}.
2 Ibid.
"""


def corpus_of(folder: Path, *numbers: int) -> Path:
    """A folder of small articles, art1.txt, art2.txt, … (one per number)."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in numbers:
        (folder / f"art{n}.txt").write_text(ARTICLE.format(n=n), encoding="utf-8")
    return folder


def table_bytes(store: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(store.iterdir()) if p.suffix in (".csv", ".parquet")}


def dying_on(doc_id: str):
    """tables_of that ends its whole process (as a crash in a C library would) on one document."""
    real = parallel.tables_of

    def tables_of(corpus, *args):
        if corpus[0].doc_id == doc_id:
            os._exit(3)
        return real(corpus, *args)
    return tables_of


@pytest.fixture
def forked(monkeypatch):
    if parallel._start_method() != "fork":
        pytest.skip("the workers do not inherit a patched function without fork")
    return monkeypatch


def test_a_document_whose_worker_dies_is_reported_with_its_file_and_the_others_are_written(tmp_path, forked):
    corpus = corpus_of(tmp_path / "corpus", 1, 2, 3, 4, 5)
    forked.setattr(parallel, "tables_of", dying_on("art2"))
    done = update_store(corpus, tmp_path / "store", jobs=2)
    assert [path for path, _ in done.skipped] == [str(corpus / "art2.txt")]
    assert "worker process died" in done.skipped[0][1]
    documents = pd.read_parquet(tmp_path / "store" / "documents.parquet")
    assert documents.doc_id.tolist() == ["art1", "art3", "art4", "art5"]
