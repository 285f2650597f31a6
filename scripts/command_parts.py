"""CPU seconds of `histkit tables PDFS --out DIR --jobs 1 --doc-timeout 0` by part, and what one document costs.

`benchmarks/bench_pdf.py` times the command in a fresh process and, apart,
`build_tables(load_corpus(pdfs))` in a fresh child; the command costs more
than that child's build plus the command's fixed cost (the command on a
one-line text). This says where the difference goes. After the same warm-up
build as bench_pdf's, `update_store` runs on the corpus PDFs in this process
with each part wrapped by `time.process_time` (a part's own time: the parts
it calls count apart): reading (`read_document`), the tables of each document
(`tables_of`, one call per document, where the child makes one call for the
whole corpus), the Arrow conversion (`to_arrow`), the store's writing
(`TableWriter`), and the rest. Then the cost of a document as such: the mean
CPU of `tables_of` and of `parse_file` (what a worker runs: the tables and
their Arrow conversion) on a one-line text, which every document pays
whatever its length (the frames and merges made per document).

No profiler: cProfile inflates the many small pandas calls of the per-document
part three- to fivefold.

Run: PYTHONPATH=$PWD .venv/bin/python scripts/command_parts.py [CORPUS_FOLDER] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))

import histkit.store.build as build  # noqa: E402
import histkit.store.parallel as parallel  # noqa: E402
import histkit.store.writer as writer  # noqa: E402
from histkit.read import Corpus, Document  # noqa: E402

from bench_pdf import GROUPS, WARM_UP, warm_up  # noqa: E402
from corpus import DEFAULT_CORPUS  # noqa: E402
from stage_times import StageClock  # noqa: E402  (a part's own time, as a stage's)

def command_parts(pdfs: list[Path]) -> dict:
    clock = StageClock()
    for name in ("read_document", "tables_of", "to_arrow"):  # the names `parse_file` calls them by
        clock.wrap(parallel, name, name)
    clock.wrap(writer.TableWriter, "add", "store writing")
    clock.wrap(writer.TableWriter, "close", "store writing")
    start = time.process_time()
    with tempfile.TemporaryDirectory() as folder:
        build.update_store([str(p) for p in pdfs], Path(folder) / "store", jobs=1, doc_timeout=0, quiet=True)
    total = time.process_time() - start
    return {"total": total, **clock.times, "rest": total - sum(clock.times.values())}


def per_document(repeat: int) -> dict:
    actor_table, archive_table, matcher, _ = parallel.authority(None, None)
    with tempfile.TemporaryDirectory() as folder:
        one = Path(folder) / "one.txt"
        one.write_text(WARM_UP, encoding="utf-8")
        runs = {"tables_of": lambda i: parallel.tables_of(Corpus([Document.from_text(WARM_UP, doc_id=f"d{i}")]),
                                                          actor_table, archive_table, matcher),
                "parse_file": lambda i: parallel.parse_file(parallel.Task(str(one), f"d{i}"))}
        out = {}
        for name, run in runs.items():
            run(0)
            start = time.process_time()
            for i in range(repeat):
                run(i)
            out[f"{name} ms a document"] = 1000 * (time.process_time() - start) / repeat
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--repeat", type=int, default=20, help="one-line documents timed for the cost of a document")
    args = parser.parse_args(argv)
    pdfs = sorted(p for group in GROUPS for p in (Path(args.corpus) / group).glob("*.pdf"))
    if not pdfs:
        print(f"command_parts: no PDFs in {args.corpus}; nothing measured")
        return 0
    warm_up()
    import histkit.read.pdf  # noqa: F401  (as bench_pdf's child: the reader imported before the clock starts)

    parts = command_parts(pdfs)
    print(json.dumps({"pdfs": len(pdfs), **{k: round(v, 2) for k, v in parts.items()},
                      **{k: round(v, 1) for k, v in per_document(args.repeat).items()}}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
