"""Documents per second for `histkit tables`, as a ratio against one regular-expression pass.

The floor is the least any parser must do: read each document's text once with
one compiled regular expression (every word). Both are measured in this run on
the same synthetic corpus made from the bundled articles, so the ratio, not
the absolute figure, is what to compare between machines.

Run: make bench   (or .venv/bin/python benchmarks/bench_tables.py)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from histkit import Document, build_tables, load_corpus  # noqa: E402
from timing import best_of  # noqa: E402

COPIES = 20


def corpus() -> list[Document]:
    seeds = list(load_corpus(ROOT / "data" / "corpus"))
    return [Document.from_text(doc.text, doc_id=f"{doc.doc_id}_{i}") for i in range(COPIES) for doc in seeds]


def main() -> None:
    docs = corpus()
    word = re.compile(r"\w+")
    floor = best_of(lambda: [sum(1 for _ in word.finditer(d.text)) for d in docs])
    full = best_of(lambda: build_tables(docs), repeat=1)
    n = len(docs)
    chars = sum(len(d.text) for d in docs)
    print(f"documents: {n} ({chars / 1e6:.2f} M characters)")
    print(f"regex floor: {n / floor:,.0f} documents/s")
    print(f"histkit tables (all extractors): {n / full:,.1f} documents/s")
    print(f"ratio tables / floor: 1 : {full / floor:,.0f}  (tables takes {full / floor:,.0f}x the floor's time)")


if __name__ == "__main__":
    main()
