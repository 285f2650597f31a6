"""The corpus store against faults: a newer store, damaged files in it, a worker that dies."""

import hashlib
import json
import os
import shutil

import pandas as pd
import pytest

import histkit
from histkit.cli import main
from histkit.errors import HistkitError
from histkit.store import parallel, read_store, update_store
from histkit.store.manifest import STORE_FORMAT
from storekit import corpus_of, first_part, table_bytes


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


def test_a_store_of_a_newer_store_format_is_refused_by_every_way_in(tmp_path):
    corpus = corpus_of(tmp_path / "corpus", 1)
    update_store(corpus, tmp_path / "store", jobs=1)
    manifest = tmp_path / "store" / "manifest.json"
    newer = STORE_FORMAT + 1
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(f'"store_format": {STORE_FORMAT}',
                                                                     f'"store_format": {newer}'), encoding="utf-8")
    for way_in in (lambda: update_store(corpus, tmp_path / "store", jobs=1),
                   lambda: histkit.open_tables(tmp_path / "store"), lambda: histkit.connect(tmp_path / "store")):
        with pytest.raises(HistkitError, match=rf"store format {newer}\), newer than this histkit .*upgrade histkit"):
            way_in()


def test_the_command_refuses_a_newer_store_with_what_to_do_and_leaves_it_alone(tmp_path, capsys):
    corpus = corpus_of(tmp_path / "corpus", 1)
    update_store(corpus, tmp_path / "store", jobs=1)
    manifest = tmp_path / "store" / "manifest.json"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(histkit.__version__, "99.0"), encoding="utf-8")
    before = table_bytes(tmp_path / "store")
    assert main(["tables", str(corpus), "--out", str(tmp_path / "store"), "--jobs", "1"]) != 0
    assert "written by histkit 99.0" in capsys.readouterr().err
    assert table_bytes(tmp_path / "store") == before


def test_the_manifest_names_each_table_file_with_its_size_and_sha256(tmp_path):
    update_store(corpus_of(tmp_path / "corpus", 1), tmp_path / "store", jobs=1)
    tables = json.loads((tmp_path / "store" / "manifest.json").read_text(encoding="utf-8"))["tables"]
    notes, part = tables["notes"]["files"], first_part(tmp_path / "store", "notes")
    assert sorted(notes) == ["notes.csv", "notes.parquet/part-000000.parquet"]
    assert notes["notes.parquet/part-000000.parquet"]["bytes"] == part.stat().st_size
    assert notes["notes.parquet/part-000000.parquet"]["sha256"] == hashlib.sha256(part.read_bytes()).hexdigest()


def test_a_truncated_parquet_table_is_found_and_the_store_rebuilt_as_a_fresh_build(tmp_path, capsys):
    corpus = corpus_of(tmp_path / "corpus", 1, 2)
    update_store(corpus, tmp_path / "store", jobs=1)
    notes = first_part(tmp_path / "store", "notes")
    notes.write_bytes(notes.read_bytes()[:-100])
    rerun = update_store(corpus, tmp_path / "store", jobs=1)
    assert rerun.plan.reason.startswith("the store's notes.parquet/part-000000.parquet is cut short or overwritten")
    assert rerun.plan.summary() == "0 new, 2 changed, 0 unchanged, 0 removed"
    assert "notes.parquet/part-000000.parquet is cut short or overwritten" in capsys.readouterr().err
    update_store(corpus, tmp_path / "fresh", jobs=1)
    assert table_bytes(tmp_path / "store") == table_bytes(tmp_path / "fresh")


def test_a_parquet_table_overwritten_with_as_many_bytes_is_found_by_its_checksum(tmp_path):
    corpus = corpus_of(tmp_path / "corpus", 1, 2)
    update_store(corpus, tmp_path / "store", jobs=1)
    mentions = first_part(tmp_path / "store", "mentions")
    data = bytearray(mentions.read_bytes())
    data[len(data) // 2] ^= 0xFF
    mentions.write_bytes(bytes(data))
    rerun = update_store(corpus, tmp_path / "store", jobs=1)
    assert rerun.plan.reason == ("the store's mentions.parquet/part-000000.parquet has changed since it was written "
                                 "(its sha256 is not the manifest's)")
    update_store(corpus, tmp_path / "fresh", jobs=1)
    assert table_bytes(tmp_path / "store") == table_bytes(tmp_path / "fresh")


def test_a_deleted_parquet_table_is_found_and_the_store_rebuilt(tmp_path):
    corpus = corpus_of(tmp_path / "corpus", 1, 2)
    update_store(corpus, tmp_path / "store", jobs=1)
    before = table_bytes(tmp_path / "store")
    shutil.rmtree(tmp_path / "store" / "citations.parquet")
    rerun = update_store(corpus, tmp_path / "store", jobs=1)
    assert rerun.plan.reason == "the store's citations.parquet/part-000000.parquet is missing"
    assert table_bytes(tmp_path / "store") == before


def test_a_deleted_csv_file_is_written_again_from_the_kept_rows_without_parsing(tmp_path, monkeypatch):
    corpus = corpus_of(tmp_path / "corpus", 1, 2)
    update_store(corpus, tmp_path / "store", jobs=1)
    before = table_bytes(tmp_path / "store")
    (tmp_path / "store" / "blocks.csv").unlink()
    monkeypatch.setattr(parallel, "parse_file", lambda task: pytest.fail(f"parsed {task.path} again"))
    rerun = update_store(corpus, tmp_path / "store", jobs=1)
    assert rerun.plan.summary() == "0 new, 0 changed, 2 unchanged, 0 removed"
    assert [message.split(": ", 1)[1] for message in rerun.repairs] == [
        "written again from the rows the store keeps"]
    assert table_bytes(tmp_path / "store") == before


def test_a_garbled_manifest_is_reported_and_the_store_built_again(tmp_path, capsys):
    corpus = corpus_of(tmp_path / "corpus", 1, 2)
    update_store(corpus, tmp_path / "store", jobs=1)
    before = table_bytes(tmp_path / "store")
    manifest = tmp_path / "store" / "manifest.json"
    manifest.write_bytes(manifest.read_bytes()[:200])
    rerun = update_store(corpus, tmp_path / "store", jobs=1)
    assert rerun.plan.summary() == "2 new, 0 changed, 0 unchanged, 0 removed"
    assert "manifest.json cannot be read" in capsys.readouterr().err
    assert table_bytes(tmp_path / "store") == before
    assert update_store(corpus, tmp_path / "store", jobs=1).plan.summary() == "0 new, 0 changed, 2 unchanged, 0 removed"


def test_a_manifest_that_is_json_but_not_a_stores_is_taken_as_garbled(tmp_path):
    corpus = corpus_of(tmp_path / "corpus", 1)
    update_store(corpus, tmp_path / "store", jobs=1)
    manifest = tmp_path / "store" / "manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["documents"] = [{"path": 3}]
    manifest.write_text(json.dumps(data), encoding="utf-8")
    rerun = update_store(corpus, tmp_path / "store", jobs=1)
    assert "fields are not those of a store's manifest" in rerun.repairs[0]
    assert rerun.rows["documents"] == 1


def test_a_store_of_before_table_checksums_with_a_damaged_table_is_rebuilt(tmp_path):
    corpus = corpus_of(tmp_path / "corpus", 1, 2)
    update_store(corpus, tmp_path / "store", jobs=1)
    manifest = tmp_path / "store" / "manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    for table in data["tables"].values():
        del table["files"]
    manifest.write_text(json.dumps(data), encoding="utf-8")
    shutil.rmtree(tmp_path / "store" / "notes.parquet")  # such a store had one file a table
    (tmp_path / "store" / "notes.parquet").write_bytes(b"not parquet")
    rerun = update_store(corpus, tmp_path / "store", jobs=1)
    assert rerun.plan.reason == "the store's notes.parquet cannot be read as recorded"
    assert len(pd.read_parquet(tmp_path / "store" / "notes.parquet")) == 4


def test_connect_refuses_a_store_whose_parquet_table_is_cut_short(tmp_path):
    update_store(corpus_of(tmp_path / "corpus", 1), tmp_path / "store", jobs=1)
    notes = first_part(tmp_path / "store", "notes")
    notes.write_bytes(notes.read_bytes()[:50])
    with pytest.raises(HistkitError, match="notes.parquet/part-000000.parquet is cut short .* rebuild it with histkit tables"):
        histkit.connect(tmp_path / "store")


def test_open_tables_rebuilds_a_damaged_store_and_gives_its_tables(tmp_path):
    corpus = corpus_of(tmp_path / "corpus", 1, 2)
    histkit.open_tables(tmp_path / "store", corpus=corpus)
    first_part(tmp_path / "store", "documents").write_bytes(b"")
    assert histkit.open_tables(tmp_path / "store")["documents"].doc_id.tolist() == ["art1", "art2"]


def test_an_old_word_file_beside_a_text_of_the_same_name_does_not_push_the_text_out_as_a_second_document(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "art.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))  # (an OLE file's signature)
    (folder / "art.txt").write_text("Tito met Spaak.1\n\n1 AJ, 507.\n", encoding="utf-8")
    done = update_store([folder], tmp_path / "store", jobs=1)
    assert read_store(tmp_path / "store", ["documents"])["documents"].path.tolist() == [str(folder / "art.txt")]
    assert [os.path.basename(path) for path, _ in done.skipped] == ["art.doc"]
