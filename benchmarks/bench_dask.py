"""The store on Dask: documents/s of --dask local and of a running LocalCluster against --jobs 2.

A synthetic corpus of N documents is written to a temporary folder, each made
from one of the layout fixtures (tests/fixtures/layout/*.txt) with a number in
its first line, so every file has its own sha256. It prints the documents/s
of a full build with --jobs 2 (worker processes forked from this one), with
--dask local --jobs 2 (a LocalCluster of two spawned workers, started and
stopped by the build: its cost is in the figure), and on a LocalCluster of
two workers already running (the steady state of a cluster that outlives one
build), each as a ratio to --jobs 2, and whether the tables are the same bytes.

Run: .venv/bin/python benchmarks/bench_dask.py [N]   (default N = 50)
"""

from __future__ import annotations

import logging
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from histkit.store import update_store  # noqa: E402
from histkit.store.parallel import authority  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "layout"


def make_corpus(folder: Path, count: int) -> None:
    """``count`` files, each a fixture whose first line carries the file's number."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    for i in range(count):
        first, _, rest = texts[i % len(texts)].partition("\n")
        (folder / f"doc{i:06d}.txt").write_text(f"{first} ({i})\n{rest}", encoding="utf-8")


def timed(func) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def same_bytes(one: Path, other: Path) -> bool:
    return all((other / f.name).read_bytes() == f.read_bytes() for f in one.iterdir() if f.suffix == ".parquet")


def main() -> None:
    import distributed

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    authority(None, None)  # built once in this process for every route (the forked workers inherit it)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "corpus").mkdir()
        make_corpus(tmp / "corpus", count)
        print(f"documents: {count}")
        jobs = timed(lambda: update_store(tmp / "corpus", tmp / "jobs", jobs=2))
        print(f"--jobs 2:                    {jobs:5.1f} s, {count / jobs:5.1f} documents/s")
        local = timed(lambda: update_store(tmp / "corpus", tmp / "local", dask="local", jobs=2))
        print(f"--dask local --jobs 2:       {local:5.1f} s, {count / local:5.1f} documents/s "
              f"({jobs / local:.2f}x of --jobs 2; starts and stops the cluster)")
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                      silence_logs=logging.ERROR) as cluster:
            update_store(tmp / "corpus", tmp / "warm-up", dask=cluster.scheduler_address)  # workers import histkit
            running = timed(lambda: update_store(tmp / "corpus", tmp / "running", dask=cluster.scheduler_address))
        print(f"--dask on a running cluster: {running:5.1f} s, {count / running:5.1f} documents/s "
              f"({jobs / running:.2f}x of --jobs 2)")
        print(f"tables byte-identical to --jobs 2: {same_bytes(tmp / 'jobs', tmp / 'local')}, "
              f"{same_bytes(tmp / 'jobs', tmp / 'running')}")


if __name__ == "__main__":
    main()
