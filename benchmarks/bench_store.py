"""The corpus store: documents/s with one and two worker processes, and what an incremental rerun costs.

A synthetic corpus of N documents is written to a temporary folder, each made
from one of the layout fixtures (tests/fixtures/layout/*.txt) with a small
variation (a number in its first line), so every file has its own sha256.
It prints the documents/s of a full build with --jobs 1 and --jobs 2 (and
their ratio), then the time of a rerun after one document changed, as a
fraction of the full build.

Run: .venv/bin/python benchmarks/bench_store.py [N]   (default N = 200)
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from histkit.store import update_store  # noqa: E402
from histkit.store.parallel import authority  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "layout"


def make_corpus(folder: Path, count: int) -> list[Path]:
    """``count`` files, each a fixture whose first line carries the file's number."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    paths = []
    for i in range(count):
        text = texts[i % len(texts)]
        first, _, rest = text.partition("\n")
        path = folder / f"doc{i:06d}.txt"
        path.write_text(f"{first} ({i})\n{rest}", encoding="utf-8")
        paths.append(path)
    return paths


def timed(func) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    authority(None, None)  # the matcher is built once per process; leave it out of the per-document figures
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = tmp / "corpus"
        corpus.mkdir()
        paths = make_corpus(corpus, count)
        chars = sum(p.stat().st_size for p in paths)
        print(f"documents: {count} ({chars / 1e6:.1f} MB of text, from {len(list(FIXTURES.glob('*.txt')))} fixtures)")
        one = timed(lambda: update_store(corpus, tmp / "one", jobs=1))
        print(f"full build --jobs 1: {one:.1f} s, {count / one:.1f} documents/s")
        two = timed(lambda: update_store(corpus, tmp / "two", jobs=2))
        print(f"full build --jobs 2: {two:.1f} s, {count / two:.1f} documents/s (scaling {one / two:.2f}x)")
        same = all((tmp / "one" / f.name).read_bytes() == f.read_bytes() for f in (tmp / "two").glob("*.parquet"))
        print(f"--jobs 2 tables byte-identical to --jobs 1: {same}")
        paths[count // 2].write_text(paths[count // 2].read_text(encoding="utf-8") + "\nAn added line.\n",
                                     encoding="utf-8")
        rerun = timed(lambda: update_store(corpus, tmp / "one", jobs=1))
        print(f"rerun after one document changed (--jobs 1): {rerun:.2f} s = {rerun / one:.1%} of the full build")
        shutil.rmtree(tmp / "two")
        fresh = timed(lambda: update_store(corpus, tmp / "two", jobs=1))
        same = all((tmp / "one" / f.name).read_bytes() == f.read_bytes() for f in (tmp / "two").glob("*.parquet"))
        print(f"incremental store byte-identical to a fresh build ({fresh:.1f} s): {same}")


if __name__ == "__main__":
    main()
