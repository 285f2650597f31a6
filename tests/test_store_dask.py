"""The store built on a Dask cluster: the bytes of the local route, incremental, faults, and Dask missing or away."""

import json
import logging
import os
import socket
import sys
import time

import pandas as pd
import pytest

from histkit.cli import main
from histkit.data import authority_file
from histkit.store import cluster as store_cluster
from histkit.store import update_store
from storekit import ARTICLE, corpus_of, store_bytes


def dying_on_art2(task, *args):
    """The workers' step, except that the worker parsing art2 dies."""
    if task.doc_id == "art2":
        os._exit(1)
    return store_cluster.parse_shipped(task, *args)


def hanging_on_art2(task, *args):
    """The workers' step, except that art2 never ends."""
    if task.doc_id == "art2":
        time.sleep(60)
    return store_cluster.parse_shipped(task, *args)


@pytest.fixture(autouse=True)
def short_worker_wait(monkeypatch):
    # A cluster left without workers by a failed test should fail the next one in a minute, not in ten.
    monkeypatch.setattr(store_cluster, "WORKER_WAIT", 60.0)


@pytest.fixture
def cluster(module_cluster, tmp_path):
    """The module's cluster with both workers up and warm: a test before may have restarted one, and a worker's
    first parse pays for importing the parsers, which a time limit must not count on a busy machine."""
    module_cluster.wait_for_workers(2, timeout=120)
    update_store(corpus_of(tmp_path / "warm", 1, 2), tmp_path / "warm_store", dask=module_cluster.scheduler_address)
    return module_cluster


@pytest.fixture(scope="module")
def module_cluster():
    """Two worker processes of one thread each, started once for the module; its log lines are silenced."""
    distributed = pytest.importorskip("distributed")  # the tests of Dask missing run without it
    logger = logging.getLogger("distributed")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    local = distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0",
                                     silence_logs=logging.CRITICAL)
    yield local
    local.close()
    logger.setLevel(level)


def test_a_store_built_on_the_cluster_has_the_bytes_of_the_local_build(tmp_path, cluster):
    corpus = corpus_of(tmp_path / "corpus", 1, 2, 3, 4)
    update_store(corpus, tmp_path / "local", jobs=1)
    update_store(corpus, tmp_path / "dask", dask=cluster.scheduler_address)
    assert store_bytes(tmp_path / "dask") == store_bytes(tmp_path / "local")


def test_large_files_and_own_authority_files_sent_apart_give_the_bytes_of_the_local_build(tmp_path, cluster,
                                                                                         monkeypatch):
    corpus = corpus_of(tmp_path / "corpus", 1, 2)
    archives = tmp_path / "my_archives.csv"
    archives.write_text(authority_file("archives.csv").read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(store_cluster, "_INLINE", 10)  # every file counts as large: it is scattered to a worker
    update_store(corpus, tmp_path / "local", archives=archives, jobs=1)
    update_store(corpus, tmp_path / "dask", archives=archives, dask=cluster.scheduler_address)
    assert store_bytes(tmp_path / "dask") == store_bytes(tmp_path / "local")


def test_a_rerun_on_the_cluster_sends_only_new_and_changed_documents(tmp_path, cluster, monkeypatch):
    corpus = corpus_of(tmp_path / "corpus", 1, 2, 3)
    update_store(corpus, tmp_path / "store", dask=cluster.scheduler_address)
    (corpus / "art2.txt").write_text(ARTICLE.format(n=7), encoding="utf-8")
    corpus_of(corpus, 4)
    (corpus / "art3.txt").unlink()
    sent, parse_on_cluster = [], store_cluster.parse_on_cluster

    def counting(address, tasks, *args):
        sent.extend(task.doc_id for task in tasks)
        return parse_on_cluster(address, tasks, *args)

    monkeypatch.setattr(store_cluster, "parse_on_cluster", counting)  # update_store imports it when it parses
    rerun = update_store(corpus, tmp_path / "store", dask=cluster.scheduler_address)
    update_store(corpus, tmp_path / "fresh", jobs=1)
    assert (sent, rerun.plan.summary()) == (["art2", "art4"], "1 new, 1 changed, 1 unchanged, 1 removed")
    assert store_bytes(tmp_path / "store") == store_bytes(tmp_path / "fresh")


def test_a_document_that_fails_on_the_cluster_is_reported_with_its_file_and_the_others_are_kept(tmp_path, cluster):
    corpus = corpus_of(tmp_path / "corpus", 1, 3)
    (corpus / "art2.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    done = update_store(corpus, tmp_path / "dask", dask=cluster.scheduler_address)
    local = update_store(corpus, tmp_path / "local", jobs=1)
    assert [path for path, _ in done.skipped] == [str(corpus / "art2.txt")]
    assert (done.skipped, done.rows["documents"]) == (local.skipped, 2)
    assert store_bytes(tmp_path / "dask") == store_bytes(tmp_path / "local")


def test_a_scheduler_file_names_the_cluster_as_its_address_does(tmp_path, cluster):
    corpus = corpus_of(tmp_path / "corpus", 1)
    scheduler_file = tmp_path / "scheduler.json"
    scheduler_file.write_text(json.dumps({"address": cluster.scheduler_address}), encoding="utf-8")
    done = update_store(corpus, tmp_path / "store", dask=str(scheduler_file))
    assert done.rows["documents"] == 1


def test_the_command_builds_on_the_cluster_it_is_given(tmp_path, cluster, capsys):
    corpus = corpus_of(tmp_path / "corpus", 1, 2)
    code = main(["tables", str(corpus), "--out", str(tmp_path / "store"), "--dask", cluster.scheduler_address,
                 "--quiet"])
    assert (code, capsys.readouterr().out.splitlines()[0]) == (0, "2 new, 0 changed, 0 unchanged, 0 removed")


def test_dask_local_starts_a_cluster_of_single_thread_processes_and_closes_it_at_the_end(tmp_path, cluster,
                                                                                        monkeypatch):
    started = []

    class Borrowed:  # stands for the LocalCluster `--dask local` starts: the module's, which must stay open
        scheduler_address = cluster.scheduler_address

        def __init__(self, **options):
            self.options, self.closed = options, False
            started.append(self)

        def close(self):
            self.closed = True

    monkeypatch.setattr(sys.modules["distributed"], "LocalCluster", Borrowed)
    update_store(corpus_of(tmp_path / "corpus", 1), tmp_path / "store", dask="local", jobs=3)
    [local] = started
    options = {name: local.options[name] for name in ("n_workers", "threads_per_worker", "processes")}
    assert (options, local.closed) == ({"n_workers": 3, "threads_per_worker": 1, "processes": True}, True)


def test_without_dask_the_option_says_how_to_install_it(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "distributed", None)  # `import distributed` now fails as if not installed
    corpus = corpus_of(tmp_path / "corpus", 1)
    assert main(["tables", str(corpus), "--out", str(tmp_path / "store"), "--dask", "tcp://127.0.0.1:8786"]) == 2
    assert 'pip install "histkit[dask]"' in capsys.readouterr().err


def test_without_dask_the_local_route_still_builds_the_store(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    assert update_store(corpus_of(tmp_path / "corpus", 1), tmp_path / "store", jobs=1).rows["documents"] == 1


def test_a_scheduler_that_cannot_be_reached_is_named_with_what_to_do(tmp_path, monkeypatch, capsys):
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        address = f"tcp://127.0.0.1:{probe.getsockname()[1]}"
    monkeypatch.setattr(store_cluster, "CONNECT_TIMEOUT", 0.5)
    corpus = corpus_of(tmp_path / "corpus", 1)
    assert main(["tables", str(corpus), "--out", str(tmp_path / "store"), "--dask", address, "--quiet"]) == 2
    error = capsys.readouterr().err
    assert f"cannot reach the Dask scheduler at {address}" in error and "dask scheduler" in error
    assert not (tmp_path / "store").exists()


def test_a_document_over_the_time_limit_is_reported_and_the_others_are_written(tmp_path, cluster, monkeypatch):
    corpus = corpus_of(tmp_path / "corpus", 1, 2, 3)
    monkeypatch.setattr(store_cluster, "parse_shipped", hanging_on_art2)
    done = update_store(corpus, tmp_path / "store", dask=cluster.scheduler_address, doc_timeout=5)
    problems = pd.read_parquet(tmp_path / "store" / "problems.parquet")
    assert problems[problems.stage == "parse"].doc_id.tolist() == ["art2"]
    assert "--doc-timeout 5 s" in done.skipped[0][1]
    assert pd.read_parquet(tmp_path / "store" / "documents.parquet").doc_id.tolist() == ["art1", "art3"]


def test_a_document_whose_worker_dies_is_reported_and_the_others_are_written(tmp_path, cluster, monkeypatch):
    corpus = corpus_of(tmp_path / "corpus", 1, 2, 3)
    monkeypatch.setattr(cluster.scheduler, "allowed_failures", 0)  # report at the first death, not the fourth
    monkeypatch.setattr(store_cluster, "parse_shipped", dying_on_art2)
    done = update_store(corpus, tmp_path / "store", dask=cluster.scheduler_address)
    assert done.skipped == [(str(corpus / "art2.txt"), "its Dask worker died while parsing it; "
                                                       "the document is left out of every table")]
    assert pd.read_parquet(tmp_path / "store" / "documents.parquet").doc_id.tolist() == ["art1", "art3"]
