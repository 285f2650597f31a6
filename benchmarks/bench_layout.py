"""Documents per second for `analyse_layout`, as a ratio against one regular-expression pass.

The floor is the least any layout reader must do: go over each document's
text once with one compiled regular expression (every line that starts like a
footnote, `12 Text`). Both are measured in this run on the same documents:
the bundled corpus and the journal fixtures of `tests/fixtures/layout` (plain
and `-layout` pdftotext), so the ratio, not the absolute figure, is what to
compare between machines.

Run: .venv/bin/python benchmarks/bench_layout.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from histkit import analyse_layout, load_corpus  # noqa: E402
from timing import best_of  # noqa: E402

FLOOR = re.compile(r"(?m)^[ \t]*\d{1,3}[.)]?[ \t]+\S.*$")


def documents() -> list:
    paths = sorted((ROOT / "data" / "corpus").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures" / "layout").glob("*.txt"))
    return list(load_corpus(paths))


def main() -> None:
    docs = documents()
    chars = sum(len(d.text) for d in docs)

    def layout() -> None:
        for d in docs:
            analyse_layout(d)

    def floor() -> None:
        for d in docs:
            sum(1 for _ in FLOOR.finditer(d.text))

    t_layout, t_floor = best_of(layout), best_of(floor)
    n = len(docs)
    print(f"{n} documents, {chars:,} characters")
    print(f"analyse_layout : {n / t_layout:10.1f} documents/s  ({t_layout * 1000:.1f} ms)")
    print(f"one regex pass : {n / t_floor:10.1f} documents/s  ({t_floor * 1000:.1f} ms)")
    print(f"ratio          : analyse_layout takes {t_layout / t_floor:.0f}x the time of one regex pass")


if __name__ == "__main__":
    main()
