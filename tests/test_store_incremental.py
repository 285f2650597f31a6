"""Incremental reruns of the store: kept documents are carried over, not parsed or formatted again."""

import errno
import hashlib
import itertools
import json
from functools import partial

import pyarrow.parquet as pq
import pytest

import storekit
from histkit.store import csvfile, parallel, update_store, writer
from storekit import first_part, table_bytes

ARTICLE = """The Balkan Pact and its Critics {n}

In 195{n} the Foreign Office watched Belgrade closely.1 Tito met Spaak, "the Belgian".2

1 TNA, FO 371/10783{n}, Ambassador to Foreign Office, 12 March 195{n}.
2 Ibid.; see "Spaak in Belgrade",
Journal of Cold War Studies {n} (2001).
"""
corpus_of = partial(storekit.corpus_of, article=ARTICLE)  # the store's test article, with a literature reference


@pytest.fixture
def small_batches(monkeypatch):
    """Row groups of three rows, so a rerun mixes kept and parsed documents within and across batches, and
    parsed documents' tables joined two at a time while they wait for their batch."""
    monkeypatch.setattr(writer, "BATCH_ROWS", 3)
    monkeypatch.setattr(writer, "_LOOSE", 2)


def test_a_rerun_across_many_row_groups_gives_the_bytes_of_a_fresh_build(tmp_path, small_batches):
    corpus = corpus_of(tmp_path / "corpus", 1, 2, 3, 4, 5, 6, 7, 8)
    update_store(corpus, tmp_path / "store", jobs=1)
    (corpus / "art3.txt").write_text(ARTICLE.format(n=9), encoding="utf-8")
    (corpus / "art7.txt").write_text(ARTICLE.format(n=0), encoding="utf-8")
    (corpus / "art5.txt").unlink()
    corpus_of(corpus, 10)
    rerun = update_store(corpus, tmp_path / "store", jobs=1)
    assert rerun.plan.summary() == "1 new, 2 changed, 5 unchanged, 1 removed"
    update_store(corpus, tmp_path / "fresh", jobs=1)
    assert table_bytes(tmp_path / "store") == table_bytes(tmp_path / "fresh")


def test_the_csv_lines_of_kept_documents_are_copied_not_formatted_again(tmp_path, monkeypatch):
    corpus = corpus_of(tmp_path / "corpus", 1, 2, 3)
    update_store(corpus, tmp_path / "store", jobs=1)
    formatted = []
    real = writer.csv_text

    def counting(table, header):
        formatted.extend(table.column("doc_id").to_pylist() if "doc_id" in table.column_names else ["actors"])
        return real(table, header)

    monkeypatch.setattr(writer, "csv_text", counting)
    (corpus / "art2.txt").write_text(ARTICLE.format(n=5), encoding="utf-8")
    update_store(corpus, tmp_path / "store", jobs=1)
    assert set(formatted) == {"art2", "actors"}  # the actors table is written from the authority file each time


def test_the_manifest_gives_the_bytes_of_each_documents_csv_lines(tmp_path):
    update_store(corpus_of(tmp_path / "corpus", 1, 2), tmp_path / "store", jobs=1)
    notes = json.loads((tmp_path / "store" / "manifest.json").read_text(encoding="utf-8"))["tables"]["notes"]
    header, art1_note1, art1_note2, *_ = (tmp_path / "store" / "notes.csv").read_bytes().split(b"\n")
    sizes = notes["files"]["notes.csv"]["documents"]
    assert sizes[0] == len(art1_note1) + len(art1_note2) + 2
    assert len(sizes) == 2 and len(header) + 1 + sum(sizes) == notes["files"]["notes.csv"]["bytes"]


def test_a_store_that_records_no_csv_line_sizes_is_rerun_to_the_bytes_of_a_fresh_build(tmp_path, small_batches):
    corpus = corpus_of(tmp_path / "corpus", 1, 2, 3, 4)
    update_store(corpus, tmp_path / "store", jobs=1)
    manifest = tmp_path / "store" / "manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    for table in data["tables"].values():
        for file in table["files"].values():
            file.pop("documents", None)
    manifest.write_text(json.dumps(data), encoding="utf-8")
    (corpus / "art2.txt").write_text(ARTICLE.format(n=6), encoding="utf-8")
    update_store(corpus, tmp_path / "store", jobs=1)
    update_store(corpus, tmp_path / "fresh", jobs=1)
    assert table_bytes(tmp_path / "store") == table_bytes(tmp_path / "fresh")


def test_a_csv_file_changed_in_place_is_written_again_from_the_parquet_rows(tmp_path, monkeypatch):
    corpus = corpus_of(tmp_path / "corpus", 1, 2)
    update_store(corpus, tmp_path / "store", jobs=1)
    before = table_bytes(tmp_path / "store")
    citations = tmp_path / "store" / "citations.csv"
    citations.write_bytes(citations.read_bytes().replace(b"TNA", b"XYZ"))
    monkeypatch.setattr(parallel, "parse_file", lambda task: pytest.fail(f"parsed {task.path} again"))
    rerun = update_store(corpus, tmp_path / "store", jobs=1)
    assert "citations.csv has changed since it was written" in rerun.repairs[0]
    assert table_bytes(tmp_path / "store") == before


def test_a_rerun_from_csv_to_parquet_only_and_back_gives_the_bytes_of_a_fresh_build(tmp_path):
    corpus = corpus_of(tmp_path / "corpus", 1, 2, 3)
    update_store(corpus, tmp_path / "store", jobs=1, format="parquet")
    (corpus / "art1.txt").write_text(ARTICLE.format(n=4), encoding="utf-8")
    update_store(corpus, tmp_path / "store", jobs=1, format="csv")
    update_store(corpus, tmp_path / "fresh", jobs=1, format="csv")
    assert table_bytes(tmp_path / "store") == table_bytes(tmp_path / "fresh")


def test_a_table_no_document_fills_has_no_row_group(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "plain.txt").write_text("A page with no notes and nobody named.\n", encoding="utf-8")
    update_store(corpus, tmp_path / "store", jobs=1)
    assert pq.ParquetFile(first_part(tmp_path / "store", "citations")).metadata.num_row_groups == 0


def test_documents_tables_joined_while_they_wait_give_the_bytes_of_tables_kept_apart(tmp_path, monkeypatch):
    corpus = corpus_of(tmp_path / "corpus", 1, 2, 3, 4, 5)
    monkeypatch.setattr(writer, "_LOOSE", 2)
    update_store(corpus, tmp_path / "joined", jobs=1)
    monkeypatch.setattr(writer, "_LOOSE", 10**9)
    update_store(corpus, tmp_path / "apart", jobs=1)
    assert table_bytes(tmp_path / "joined") == table_bytes(tmp_path / "apart")


def test_a_batch_of_kept_documents_keeps_its_part_file_and_the_rest_match_a_fresh_build(tmp_path, monkeypatch):
    from histkit.store import build

    monkeypatch.setattr(writer, "BATCH_ROWS", 8)
    monkeypatch.setattr(build, "ends_batch", lambda doc_id: doc_id in {"art3", "art6"})
    corpus = corpus_of(tmp_path / "corpus", 1, 2, 3, 4, 5, 6, 7, 8, 9)
    update_store(corpus, tmp_path / "store", jobs=1)
    notes = tmp_path / "store" / "notes.parquet"
    before = {p.name: p.stat().st_ino for p in notes.iterdir()}
    (corpus / "art2.txt").write_text(ARTICLE.format(n=0), encoding="utf-8")  # the first batch changes, not its size
    update_store(corpus, tmp_path / "store", jobs=1)
    after = {p.name: p.stat().st_ino for p in notes.iterdir()}
    assert sorted(before) == sorted(after) == [f"part-00000{i}.parquet" for i in range(3)]
    assert [after[name] == before[name] for name in sorted(after)] == [False, True, True]  # the same files, linked
    update_store(corpus, tmp_path / "fresh", jobs=1)
    assert table_bytes(tmp_path / "store") == table_bytes(tmp_path / "fresh")


def test_a_batch_ends_after_a_document_that_ends_batch_once_half_full_and_always_when_full(tmp_path, monkeypatch):
    from histkit.store import build

    monkeypatch.setattr(writer, "BATCH_ROWS", 8)
    monkeypatch.setattr(build, "ends_batch", lambda doc_id: doc_id in {"art1", "art3"})
    update_store(corpus_of(tmp_path / "corpus", 1, 2, 3, 4, 5, 6), tmp_path / "store", jobs=1)
    manifest = json.loads((tmp_path / "store" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["tables"]["notes"]["parts"] == [6, 6]  # two notes a document: art1 is under half, art3 not


@pytest.fixture
def three_batches(tmp_path, monkeypatch):
    """Notes in batches of art1-art3, art4-art6 and art7-art9 (two notes a document)."""
    from histkit.store import build

    monkeypatch.setattr(writer, "BATCH_ROWS", 8)
    monkeypatch.setattr(build, "ends_batch", lambda doc_id: doc_id in {"art3", "art6"})
    return corpus_of(tmp_path / "corpus", 1, 2, 3, 4, 5, 6, 7, 8, 9)


def csv_entry(store, table: str = "notes") -> dict:
    return json.loads((store / "manifest.json").read_text(encoding="utf-8"))["tables"][table]["files"][f"{table}.csv"]


def test_the_manifest_gives_the_size_and_sha256_of_each_run_a_csv_file_was_written_in(tmp_path, three_batches):
    update_store(three_batches, tmp_path / "store", jobs=1)
    entry, data = csv_entry(tmp_path / "store"), (tmp_path / "store" / "notes.csv").read_bytes()
    starts = [0, *itertools.accumulate(size for size, _ in entry["batches"])]
    assert len(entry["batches"]) == 4 and starts[-1] == entry["bytes"] == len(data)  # the header and three batches
    assert [sha for _, sha in entry["batches"]] == [hashlib.sha256(data[a:b]).hexdigest()
                                                    for a, b in zip(starts, starts[1:])]


def test_only_the_csv_batch_around_a_change_is_read_and_hashed_the_others_are_copied_whole(
        tmp_path, monkeypatch, three_batches):
    update_store(three_batches, tmp_path / "store", jobs=1)
    header, first, second, _ = (size for size, _ in csv_entry(tmp_path / "store")["batches"])
    read = []
    real = csvfile.OldCsv.chunks
    monkeypatch.setattr(csvfile.OldCsv, "chunks", lambda self, start, size: read.append(
        (self.path.name, start, size)) or real(self, start, size))
    (three_batches / "art5.txt").write_text(ARTICLE.format(n=0), encoding="utf-8")  # the middle batch changes
    update_store(three_batches, tmp_path / "store", jobs=1)
    notes = [(start, size) for name, start, size in read if name == "notes.csv"]
    assert notes and all(header + first <= start and start + size <= header + first + second for start, size in notes)
    update_store(three_batches, tmp_path / "fresh", jobs=1)
    assert table_bytes(tmp_path / "store") == table_bytes(tmp_path / "fresh")
    assert csv_entry(tmp_path / "store") == csv_entry(tmp_path / "fresh")


def test_kept_csv_lines_are_copied_through_memory_where_the_kernel_cannot_copy_them(
        tmp_path, monkeypatch, three_batches):
    update_store(three_batches, tmp_path / "store", jobs=1)

    def cannot(*args):
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(csvfile.os, "copy_file_range", cannot)
    (three_batches / "art2.txt").write_text(ARTICLE.format(n=0), encoding="utf-8")
    update_store(three_batches, tmp_path / "store", jobs=1)
    update_store(three_batches, tmp_path / "fresh", jobs=1)
    assert table_bytes(tmp_path / "store") == table_bytes(tmp_path / "fresh")


def test_a_store_whose_manifest_hashes_each_csv_file_whole_is_rerun_to_the_bytes_of_a_fresh_build(
        tmp_path, three_batches):
    update_store(three_batches, tmp_path / "store", jobs=1)
    manifest = tmp_path / "store" / "manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    for name, table in data["tables"].items():  # as histkit wrote it before the runs of a CSV file were hashed
        entry = table["files"].get(f"{name}.csv")
        if entry:
            entry.pop("batches")
            entry["sha256"] = hashlib.sha256((tmp_path / "store" / f"{name}.csv").read_bytes()).hexdigest()
    manifest.write_text(json.dumps(data), encoding="utf-8")
    (three_batches / "art8.txt").write_text(ARTICLE.format(n=0), encoding="utf-8")
    rerun = update_store(three_batches, tmp_path / "store", jobs=1)
    assert rerun.repairs == [] and rerun.plan.summary() == "0 new, 1 changed, 8 unchanged, 0 removed"
    update_store(three_batches, tmp_path / "fresh", jobs=1)
    assert table_bytes(tmp_path / "store") == table_bytes(tmp_path / "fresh")


def test_a_csv_file_changed_in_place_in_a_later_batch_is_found_by_that_batchs_sha256(tmp_path, three_batches):
    update_store(three_batches, tmp_path / "store", jobs=1)
    before = table_bytes(tmp_path / "store")
    notes = tmp_path / "store" / "notes.csv"
    data = bytearray(notes.read_bytes())
    data[-3] = ord("X") if data[-3] != ord("X") else ord("Y")
    notes.write_bytes(bytes(data))
    rerun = update_store(three_batches, tmp_path / "store", jobs=1)
    assert "notes.csv has changed since it was written" in rerun.repairs[0]
    assert table_bytes(tmp_path / "store") == before
