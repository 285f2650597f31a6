"""The store's side of an incremental rerun at scale, without parsing: checking, copying and hashing the kept rows.

A rerun after one document changed costs, besides parsing that document,
what the store does with the rows it keeps: `inspect_store` checks every
table file against the manifest (sizes and sha256), the batches of kept
documents are linked (Parquet) or copied (CSV), the batch around the change
is encoded again, and the new files are hashed for the next manifest. This
times that part alone on one synthetic table of ``N`` documents (some 70 kB
of CSV each, so 10,000 documents give about 700 MB of CSV, the size of a
10,000-document store's CSV files), so it can be compared before and after a
change to the writer in seconds, where `bench_store.py` needs a full build
of the corpus first. The previous table is built once per run (untimed).

Run: .venv/bin/python benchmarks/bench_store_writer.py          (2,000 documents)
     .venv/bin/python benchmarks/bench_store_writer.py 10000    (about 700 MB of CSV)
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pyarrow as pa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from histkit.store.manifest import MANIFEST, Manifest, inspect_store  # noqa: E402
from histkit.store.writer import OldRows, TableWriter, ends_batch  # noqa: E402

SCHEMA = pa.schema([pa.field("doc_id", pa.string()), pa.field("block_no", pa.int64()), pa.field("text", pa.string())])


class Table:
    """A synthetic table: document ``i`` has ``counts[i]`` rows of a few hundred words each (quoted now and then)."""

    def __init__(self, documents: int):
        rng = random.Random(7)
        words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 11)))
                 for _ in range(3000)]
        self.texts = [" ".join(rng.choices(words, k=rng.randint(60, 300))) + ', "quoted", 12' for _ in range(400)]
        self.counts = [rng.randint(20, 80) for _ in range(documents)]

    def rows(self, i: int, extra: str = "") -> pa.Table:
        count, texts = self.counts[i], self.texts
        return pa.table({"doc_id": [f"doc{i:06d}"] * count, "block_no": list(range(count)),
                         "text": [f"{texts[(i * 31 + j) % len(texts)]} {i}{extra}" for j in range(count)]}, schema=SCHEMA)


def write(folder: Path, table: Table, old: Path | None = None, changed: int = -1) -> None:
    """The table's store in ``folder``: every document's rows made anew, or kept from the store ``old`` but one."""
    manifest = inspect_store(old, ["blocks"])[0] if old else None
    folder.mkdir()
    writer = TableWriter(folder, "blocks", SCHEMA, csv=True)
    kept = OldRows(old / "blocks.parquet", manifest.tables["blocks"]) if old else None
    for i in range(len(table.counts)):
        rows = kept.take(table.counts[i]) if kept else None
        writer.add(table.rows(i, " changed") if rows is None or i == changed else rows, ends_batch(f"doc{i:06d}"))
    writer.close()
    entry = {"rows": writer.rows, "files": writer.files, "parts": writer.parts}
    (folder / MANIFEST).write_text(Manifest(tables={"blocks": entry}).to_json(), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("documents", nargs="?", type=int, default=2000, help="documents in the table (default 2000)")
    parser.add_argument("--repeat", type=int, default=3, help="reruns timed; the least is given (default 3)")
    args = parser.parse_args()
    table = Table(args.documents)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        write(tmp / "old", table)
        csv = (tmp / "old" / "blocks.csv").stat().st_size
        parts = len(list((tmp / "old" / "blocks.parquet").iterdir()))
        times = []
        for _ in range(args.repeat):  # CPU and wall time of each rerun, the least of each taken
            shutil.rmtree(tmp / "new", ignore_errors=True)
            cpu, wall = time.process_time(), time.perf_counter()
            write(tmp / "new", table, tmp / "old", changed=args.documents // 2)
            times.append((time.process_time() - cpu, time.perf_counter() - wall))
    seconds, wall = min(c for c, _ in times), min(w for _, w in times)
    print(f"rerun of a {args.documents:,}-document table ({csv / 1e6:.0f} MB of CSV, {parts} part files) after one "
          f"document changed, the store's side only: {seconds:.2f} CPU s, {wall:.2f} s wall (least of {args.repeat})")


if __name__ == "__main__":
    start = time.perf_counter()
    main()
    print(f"(took {time.perf_counter() - start:.0f} s)")
