"""The corpus store: incremental reruns, byte-identical tables, worker processes, faults, open_tables."""

import json
import time
from pathlib import Path

import pandas as pd
import pytest

import histkit
from histkit.cli import main
from histkit.errors import HistkitError
from histkit.store import parallel, update_store
from storekit import ARTICLE, corpus_of, table_bytes


def test_a_rerun_with_nothing_changed_keeps_every_document_and_every_byte(tmp_path):
    corpus = corpus_of(tmp_path / "corpus", 1, 2)
    update_store(corpus, tmp_path / "store", jobs=1)
    before = table_bytes(tmp_path / "store")
    again = update_store(corpus, tmp_path / "store", jobs=1)
    assert again.plan.summary() == "0 new, 0 changed, 2 unchanged, 0 removed"
    assert table_bytes(tmp_path / "store") == before


def test_two_builds_of_one_corpus_give_identical_parquet_and_csv_bytes(tmp_path):
    corpus = corpus_of(tmp_path / "corpus", 1, 2, 3)
    update_store(corpus, tmp_path / "a", jobs=1)
    update_store(corpus, tmp_path / "b", jobs=1)
    assert table_bytes(tmp_path / "a") == table_bytes(tmp_path / "b")
    assert len(table_bytes(tmp_path / "a")) == 18  # nine tables, each as Parquet and CSV


def test_an_incremental_rerun_gives_the_bytes_of_a_build_in_one_go(tmp_path):
    corpus = corpus_of(tmp_path / "corpus", 1, 2, 3, 4)
    update_store(corpus, tmp_path / "store", jobs=1)
    (corpus / "art2.txt").write_text(ARTICLE.format(n=7), encoding="utf-8")
    (corpus / "art3.txt").unlink()
    corpus_of(corpus, 5)
    rerun = update_store(corpus, tmp_path / "store", jobs=1)
    assert rerun.plan.summary() == "1 new, 1 changed, 2 unchanged, 1 removed"
    update_store(corpus, tmp_path / "fresh", jobs=1)
    assert table_bytes(tmp_path / "store") == table_bytes(tmp_path / "fresh")


def test_the_rows_of_a_deleted_document_leave_every_table(tmp_path):
    corpus = corpus_of(tmp_path / "corpus", 1, 2)
    update_store(corpus, tmp_path / "store", jobs=1)
    (corpus / "art1.txt").unlink()
    update_store(corpus, tmp_path / "store", jobs=1)
    for name in ("documents", "notes", "citations", "mentions"):
        assert set(pd.read_parquet(tmp_path / "store" / f"{name}.parquet").doc_id) == {"art2"}, name


def test_a_changed_authority_file_parses_every_document_again(tmp_path):
    corpus = corpus_of(tmp_path / "corpus", 1, 2)
    archives = tmp_path / "archives.csv"
    archives.write_bytes((Path(histkit.__file__).parent / "data" / "authority" / "archives.csv").read_bytes())
    update_store(corpus, tmp_path / "store", archives=archives, jobs=1)
    archives.write_bytes(archives.read_bytes() + b"\n")
    rerun = update_store(corpus, tmp_path / "store", archives=archives, jobs=1)
    assert rerun.plan.summary() == "0 new, 2 changed, 0 unchanged, 0 removed"
    assert rerun.plan.reason == "an authority file or an option changed"


def test_the_manifest_names_each_document_with_the_sha256_of_its_file(tmp_path):
    corpus = corpus_of(tmp_path / "corpus", 1)
    update_store(corpus, tmp_path / "store", jobs=1)
    manifest = json.loads((tmp_path / "store" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["histkit_version"] == histkit.__version__ and len(manifest["build"]["histkit_source"]) == 64
    entry = manifest["documents"][0]
    assert entry["sha256"] == histkit.read_document(corpus / "art1.txt").sha256
    assert entry["rows"]["notes"] == 2 and set(manifest["build"]) >= {"actors", "archives"}


def test_two_worker_processes_give_the_tables_of_one(tmp_path):
    corpus = corpus_of(tmp_path / "corpus", 1, 2, 3, 4, 5)
    update_store(corpus, tmp_path / "one", jobs=1)
    update_store(corpus, tmp_path / "two", jobs=2)
    assert table_bytes(tmp_path / "one") == table_bytes(tmp_path / "two")


@pytest.fixture
def art2_hangs(monkeypatch):
    """Parsing the document art2 hangs for ten minutes (in the forked workers too, which inherit the patch)."""
    if parallel._start_method() != "fork":
        pytest.skip("the workers do not inherit a patched function without fork")
    real = parallel.tables_of

    def hanging_on_art2(corpus, *args):
        if corpus[0].doc_id == "art2":
            time.sleep(600)
        return real(corpus, *args)

    monkeypatch.setattr(parallel, "tables_of", hanging_on_art2)


def test_a_document_that_overruns_the_time_limit_is_reported_and_the_others_are_written(tmp_path, art2_hangs):
    corpus = corpus_of(tmp_path / "corpus", 1, 2, 3)
    done = update_store(corpus, tmp_path / "store", jobs=2, doc_timeout=3)  # a busy machine starts a worker slowly
    problems = pd.read_parquet(tmp_path / "store" / "problems.parquet")
    assert problems[problems.stage == "parse"].doc_id.tolist() == ["art2"]
    assert "--doc-timeout 3 s" in done.skipped[0][1]
    assert pd.read_parquet(tmp_path / "store" / "documents.parquet").doc_id.tolist() == ["art1", "art3"]


def test_one_job_skips_a_document_that_hangs_past_the_time_limit_and_writes_the_others(tmp_path, art2_hangs, capsys):
    corpus = corpus_of(tmp_path / "corpus", 1, 2, 3)
    out = tmp_path / "store"
    assert main(["tables", str(corpus), "--out", str(out), "--jobs", "1", "--doc-timeout", "3", "--quiet"]) == 1
    assert f"skipped {corpus / 'art2.txt'}: parsing took longer than --doc-timeout 3 s" in capsys.readouterr().err
    assert pd.read_parquet(out / "documents.parquet").doc_id.tolist() == ["art1", "art3"]


def test_one_job_without_a_time_limit_parses_in_this_process(tmp_path, monkeypatch):
    corpus = corpus_of(tmp_path / "corpus", 1, 2)
    parsed = []
    real = parallel.parse_file
    monkeypatch.setattr(parallel, "parse_file", lambda task: parsed.append(task.doc_id) or real(task))
    update_store(corpus, tmp_path / "store", jobs=1, doc_timeout=0)
    assert parsed == ["art1", "art2"]


def test_a_document_whose_parsing_raises_is_reported_and_the_others_are_written(tmp_path, monkeypatch):
    corpus = corpus_of(tmp_path / "corpus", 1, 2)
    real = parallel.tables_of

    def failing_on_art1(corpus, *args):
        if corpus[0].doc_id == "art1":
            raise RuntimeError("no such layout")
        return real(corpus, *args)

    monkeypatch.setattr(parallel, "tables_of", failing_on_art1)
    done = update_store(corpus, tmp_path / "store", jobs=1, doc_timeout=0)  # in this process: no fork needed
    assert done.skipped == [(str(corpus / "art1.txt"), "parsing failed (RuntimeError: no such layout); "
                                                       "the document is left out of every table")]
    assert done.rows["documents"] == 1


def test_a_store_written_by_a_newer_histkit_is_refused_with_what_to_do(tmp_path):
    corpus = corpus_of(tmp_path / "corpus", 1)
    update_store(corpus, tmp_path / "store", jobs=1)
    manifest = tmp_path / "store" / "manifest.json"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(histkit.__version__, "99.0.0"), encoding="utf-8")
    with pytest.raises(HistkitError, match=r"store .*store was written by histkit 99\.0\.0.*upgrade histkit"):
        update_store(corpus, tmp_path / "store", jobs=1)


def test_an_interrupted_build_leaves_the_previous_store_complete(tmp_path, monkeypatch):
    corpus = corpus_of(tmp_path / "corpus", 1, 2)
    update_store(corpus, tmp_path / "store", jobs=1)
    before = table_bytes(tmp_path / "store")
    (corpus / "art1.txt").write_text(ARTICLE.format(n=8), encoding="utf-8")

    def interrupted(tasks, *args):  # Ctrl-C while the files are parsed
        raise KeyboardInterrupt
        yield

    monkeypatch.setattr(parallel, "parse_in_order", interrupted)
    with pytest.raises(KeyboardInterrupt):
        update_store(corpus, tmp_path / "store", jobs=1)
    assert table_bytes(tmp_path / "store") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "store"]  # no half-written folder left


def test_files_of_the_user_in_the_store_folder_survive_a_rebuild(tmp_path):
    corpus = corpus_of(tmp_path / "corpus", 1)
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "README.txt").write_text("my notes", encoding="utf-8")
    update_store(corpus, tmp_path / "store", jobs=1)
    assert (tmp_path / "store" / "README.txt").read_text(encoding="utf-8") == "my notes"


def test_open_tables_builds_a_missing_store_and_later_reads_it_from_its_manifest(tmp_path):
    corpus = corpus_of(tmp_path / "corpus", 1, 2)
    built = histkit.open_tables(tmp_path / "store", corpus=corpus)
    corpus_of(corpus, 3)
    updated = histkit.open_tables(tmp_path / "store")
    assert built["documents"].doc_id.tolist() == ["art1", "art2"]
    assert updated["documents"].doc_id.tolist() == ["art1", "art2", "art3"]
    assert updated["notes"].marker_start.dtype == "Int64"


def test_the_command_says_what_the_rerun_did(tmp_path, capsys):
    corpus = corpus_of(tmp_path / "corpus", 1, 2)
    assert main(["tables", str(corpus), "--out", str(tmp_path / "store"), "--jobs", "1"]) == 0
    corpus_of(corpus, 3)
    capsys.readouterr()
    assert main(["tables", str(corpus), "--out", str(tmp_path / "store"), "--jobs", "1"]) == 0
    assert "1 new, 0 changed, 2 unchanged, 0 removed" in capsys.readouterr().out


def test_progress_is_plain_lines_off_a_terminal_and_nothing_when_quiet(tmp_path, capsys):
    corpus = corpus_of(tmp_path / "corpus", 1, 2)
    assert main(["tables", str(corpus), "--out", str(tmp_path / "a"), "--jobs", "1"]) == 0
    assert "histkit tables: parsed 2/2 documents" in capsys.readouterr().err
    assert main(["tables", str(corpus), "--out", str(tmp_path / "b"), "--jobs", "1", "--quiet"]) == 0
    assert "parsed" not in capsys.readouterr().err


def test_load_tables_gives_the_values_build_tables_gives(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    corpus = corpus_of(tmp_path / "corpus", 1, 2)
    stored, built = histkit.analysis.load_tables(corpus), histkit.build_tables(corpus)
    for name in built:
        same = [frame.astype(object).where(frame.notna(), None) for frame in (stored[name], built[name])]
        pd.testing.assert_frame_equal(*same, check_dtype=False)


def test_load_tables_parses_only_once_and_reads_the_store_after(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    corpus = corpus_of(tmp_path / "corpus", 1, 2)
    histkit.analysis.load_tables(corpus)
    monkeypatch.setattr(parallel, "parse_file", lambda task: pytest.fail(f"parsed {task.path} again"))
    assert len(histkit.analysis.load_tables(corpus)["documents"]) == 2


def test_load_tables_keeps_a_store_per_corpus_and_actors_file_under_runs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    corpus = corpus_of(tmp_path / "corpus", 1)
    (tmp_path / "actors.csv").write_text("actor_id,name,kind,aliases,birth,death,wikidata,note\ntito,Josip Broz Tito,person,Tito,,,,\n", encoding="utf-8")
    histkit.analysis.load_tables(corpus)
    histkit.analysis.load_tables(corpus, tmp_path / "actors.csv")
    assert len([p for p in (tmp_path / "runs" / ".store").iterdir() if p.is_dir()]) == 2


def test_load_tables_of_a_corpus_with_an_unreadable_file_gives_what_build_tables_gives(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "broken.pdf").write_bytes(b"not a pdf")
    tables = histkit.analysis.load_tables(tmp_path / "corpus")
    built = histkit.build_tables(tmp_path / "corpus")
    assert len(tables["documents"]) == len(built["documents"]) and tables.problems.values.tolist() == built.problems.values.tolist()
