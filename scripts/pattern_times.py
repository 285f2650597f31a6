"""Seconds spent in each regular expression of the PDF route (`build_tables(load_corpus(pdfs))` on the corpus PDFs).

cProfile counts a pattern's `search`, `match` or `sub` as one line for all patterns; this says which pattern, and
where it is called: each call of a method of a compiled pattern is timed (`sys.setprofile`, its `c_call` events)
and summed by pattern, method and calling line. The reading is done before the clock starts; the build is the
first after `bench_pdf`'s one-line warm-up, as its verdict's children run it. The figures carry the hook's own
cost (some 1 µs a call): compare patterns with each other, not with `stage_times.py`.

A pattern dear for its calls is usually tried at every position of a text: one opening with a look-behind, or in
any case (`re.IGNORECASE`: `re` then builds no prefix check) — a look-ahead of where it can start, or its first
literal moved before the look-behind, lets the search skip to the places it can match.

Run: PYTHONPATH=$PWD .venv/bin/python scripts/pattern_times.py [CORPUS_FOLDER] [--top N]
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from histkit import build_tables, load_corpus  # noqa: E402

from bench_pdf import GROUPS, warm_up  # noqa: E402
from corpus import DEFAULT_CORPUS  # noqa: E402


def pattern_times(run) -> tuple[collections.Counter, collections.Counter]:
    """Seconds and calls of ``run()``'s pattern methods, by (pattern's first 90 characters, method, calling line)."""
    seconds: collections.Counter = collections.Counter()
    calls: collections.Counter = collections.Counter()
    stack: list = []

    def hook(frame, event, arg) -> None:
        if event == "c_call":
            pattern = getattr(arg, "__self__", None)
            stack.append((pattern, arg.__name__, time.perf_counter(), frame) if isinstance(pattern, re.Pattern) else None)
        elif event in ("c_return", "c_exception") and stack:
            call = stack.pop()
            if call is not None:
                pattern, method, start, frame = call
                where = f"{frame.f_code.co_filename.rpartition('histkit/')[2]}:{frame.f_lineno}"
                key = (pattern.pattern[:90], method, where)
                seconds[key] += time.perf_counter() - start
                calls[key] += 1

    sys.setprofile(hook)
    try:
        run()
    finally:
        sys.setprofile(None)
    return seconds, calls


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args(argv)
    pdfs = sorted(p for group in GROUPS for p in (args.corpus / group).glob("*.pdf"))
    if not pdfs:
        print(f"no PDFs under {args.corpus}")
        return 0
    warm_up()
    corpus = load_corpus(pdfs)
    seconds, calls = pattern_times(lambda: build_tables(corpus))
    print(f"{len(pdfs)} PDFs; {sum(seconds.values()):.2f} s in pattern methods, {sum(calls.values())} calls")
    for key, spent in seconds.most_common(args.top):
        pattern, method, where = key
        print(f"{spent:6.3f} s {calls[key]:7d} {method:9s} {where:36s} {pattern!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
