"""`histkit run` brings the corpus store up to date before the kernels read it, and records it in the manifest."""

import hashlib
import json
import os

import pytest

from histkit.data import authority_file
from histkit.run import run_notebooks
from histkit.run.freshness import looks_current, remember
from histkit.run.stores import StorePreparer, store_hint, store_records, store_requests
from histkit.store import update_store

from conftest import write_notebook

PARAMETERS = 'corpus = "data/corpus"  # corpus\noutput_dir = "runs/dev"\nactors_file = ""  # actors'

# Waits for the store's lock as load_tables does, then asks the store what it had to do: the runner's
# process must have built the store already, so that this kernel finds nothing to parse.
READS_STORE = '''from pathlib import Path
from histkit import analysis
from histkit.store import store_lock, update_store
found, actors, folder = analysis.store_target(corpus, actors_file)
with store_lock(folder):
    plan = update_store(found, folder, actors=actors, format="parquet", jobs=1).plan.summary()
tables = analysis.load_tables(corpus, actors_file)
Path(output_dir, "tables", "reads_plan.txt").write_text(plan, encoding="utf-8")
Path(output_dir, "tables", "reads_rows.txt").write_text(str(len(tables["mentions"])), encoding="utf-8")'''


def corpus(folder):
    folder.mkdir()
    (folder / "a.txt").write_text("Tito met Spaak in Belgrade.1\n\n1 AJ, 507, IX, 9/I-12, Zabeleška, 12. 5. 1954.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Kardelj wrote to Tito in 1952.\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    root = tmp_path_factory.mktemp("stored")
    corpus(root / "corpus")
    notebook = write_notebook(root / "reads.ipynb", PARAMETERS, READS_STORE)
    result = run_notebooks([notebook], name="stored", corpus="corpus", runs_dir=root / "runs", cwd=root)
    assert result.ok, result.failures
    return result, root


def test_the_store_is_up_to_date_before_a_kernel_reads_it(run):
    result, _ = run
    assert (result.run_dir / "tables" / "reads_plan.txt").read_text() == "0 new, 0 changed, 2 unchanged, 0 removed"


def test_the_manifest_names_the_store_the_notebooks_read(run):
    result, root = run
    (folder,) = result.manifest["stores"]
    assert folder.startswith("runs/.store/") and (root / folder / "manifest.json").is_file()
    assert result.manifest["stores"][folder]["key"] == folder.rsplit("/", 1)[1]


def test_the_manifest_keeps_the_hashes_that_trace_a_figure_to_its_tables(run):
    result, root = run
    ((folder, record),) = result.manifest["stores"].items()
    stored = json.loads((root / folder / "manifest.json").read_text(encoding="utf-8"))
    assert record["authority"] == {
        "actors": hashlib.sha256(authority_file("actors.csv").read_bytes()).hexdigest(),
        "archives": hashlib.sha256(authority_file("archives.csv").read_bytes()).hexdigest(),
    }
    assert (record["histkit"], record["histkit_source"]) == (stored["histkit_version"], stored["build"]["histkit_source"])
    assert record["documents"] == 2 and len(record["documents_sha256"]) == 64
    assert record["rows"]["mentions"] == int((result.run_dir / "tables" / "reads_rows.txt").read_text())


def test_the_documents_digest_changes_when_a_file_of_the_corpus_does(run, tmp_path):
    result, root = run
    ((folder, record),) = result.manifest["stores"].items()
    stored = json.loads((root / folder / "manifest.json").read_text(encoding="utf-8"))
    stored["documents"][0]["sha256"] = "0" * 64
    (tmp_path / "manifest.json").write_text(json.dumps(stored), encoding="utf-8")
    changed = store_records([tmp_path], tmp_path)["."]
    assert changed["documents_sha256"] != record["documents_sha256"]
    assert {k: v for k, v in changed.items() if k not in ("documents_sha256", "key")} == \
        {k: v for k, v in record.items() if k not in ("documents_sha256", "key")}


def test_only_notebooks_that_declare_a_corpus_and_load_tables_ask_for_a_store(tmp_path):
    reads = write_notebook(tmp_path / "reads.ipynb", PARAMETERS, "tables = analysis.load_tables(corpus, actors_file)")
    counts = write_notebook(tmp_path / "counts.ipynb", PARAMETERS, "print(len(corpus))")
    plain = write_notebook(tmp_path / "plain.ipynb", 'output_dir = "runs/dev"', "tables = analysis.load_tables()")
    declared = {"reads": {"corpus": {"default": '"data/corpus"'}, "actors_file": {"default": '""'}},
                "counts": {"corpus": {"default": '"data/corpus"'}, "actors_file": {"default": '""'}},
                "plain": {"output_dir": {"default": '"runs/dev"'}}}
    given = {"reads": {"corpus": "/srv/corpus", "actors_file": "mine.csv"}}
    assert store_requests([reads, counts, plain], given, declared) == [("/srv/corpus", "mine.csv", "")]


def test_a_store_that_cannot_be_built_is_left_to_the_notebook_to_report(tmp_path):
    corpus(tmp_path / "corpus")
    (tmp_path / "bad.csv").write_text("not,an,authority\n1,2,3\n", encoding="utf-8")
    notebook = write_notebook(tmp_path / "reads.ipynb", PARAMETERS, READS_STORE)
    result = run_notebooks([notebook], name="bad", corpus="corpus", params={"actors_file": "bad.csv"},
                           runs_dir=tmp_path / "runs", cwd=tmp_path)
    (failure,) = result.failures
    assert failure.error.ename == "AuthorityError"
    assert result.manifest["stores"] == {}


def test_a_preparer_asked_for_nothing_finishes_with_no_store(tmp_path):
    preparer = StorePreparer(tmp_path, jobs=1)
    preparer.start()
    preparer.request([])
    assert preparer.finish() == []
    assert not (tmp_path / "runs").exists()


def test_a_preparer_never_asked_stops_when_the_run_does(tmp_path):
    preparer = StorePreparer(tmp_path, jobs=1)
    preparer.start()
    assert preparer.finish() == []


def test_a_preparer_updates_the_store_of_its_hint_before_it_is_asked(tmp_path):
    corpus(tmp_path / "corpus")
    hint = store_hint({"corpus": "corpus"}, {"reads"}, tmp_path)
    preparer = StorePreparer(tmp_path, jobs=1)
    preparer.start(hint)
    preparer.finish()  # never asked: the run stopped before reading its notebooks
    (folder,) = [f for f in (tmp_path / "runs" / ".store").iterdir() if f.is_dir()]
    assert looks_current(tmp_path / "corpus", None, folder)


def test_a_notebooks_own_corpus_or_authority_gives_no_hint(tmp_path):
    assert store_hint({"corpus": "corpus", "reads": {"actors_file": "mine.csv"}}, {"reads"}, tmp_path) is None
    assert store_hint({"top_n": 5}, {"reads"}, tmp_path) is None


def test_a_store_brought_up_to_date_is_fingerprinted_and_a_rerun_finds_it_current(run):
    result, root = run
    ((folder, _),) = result.manifest["stores"].items()
    assert looks_current(root / "corpus", None, root / folder)


@pytest.mark.parametrize("change", ["corpus file", "new file", "actors file", "store manifest"])
def test_a_change_to_what_the_store_depends_on_changes_its_fingerprint(tmp_path, change):
    folder = tmp_path / "store"
    update_store(corpus(tmp_path / "corpus"), folder, format="parquet", jobs=1)
    actors = tmp_path / "actors.csv"
    actors.write_bytes(authority_file("actors.csv").read_bytes())
    remember(tmp_path / "corpus", actors, folder)
    assert looks_current(tmp_path / "corpus", actors, folder)
    changed = {"corpus file": tmp_path / "corpus" / "a.txt", "new file": tmp_path / "corpus" / "c.txt",
               "actors file": actors, "store manifest": folder / "manifest.json"}[change]
    changed.write_bytes((changed.read_bytes() if changed.exists() else b"") + b"\n")
    assert not looks_current(tmp_path / "corpus", actors, folder)


def test_a_change_the_fingerprint_misses_is_still_seen_by_the_notebook(tmp_path):
    corpus(tmp_path / "corpus")
    notebook = write_notebook(tmp_path / "reads.ipynb", PARAMETERS, READS_STORE)
    run_notebooks([notebook], name="first", corpus="corpus", runs_dir=tmp_path / "runs", cwd=tmp_path)
    edited = tmp_path / "corpus" / "b.txt"
    stamp = edited.stat()
    edited.write_text("Kardelj wrote to Eden in 1953.\n", encoding="utf-8")  # same size, same time: looks current
    os.utime(edited, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    result = run_notebooks([notebook], name="second", corpus="corpus", runs_dir=tmp_path / "runs", cwd=tmp_path)
    assert (result.run_dir / "tables" / "reads_plan.txt").read_text() == "0 new, 1 changed, 1 unchanged, 0 removed"
