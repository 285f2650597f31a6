"""CPU seconds of the PDF route (`histkit tables` on the corpus PDFs), first and warm builds, split by stage.

Each stage's calls are wrapped, in this process only, with `time.process_time`;
a stage's time is its own (the stages it calls are counted apart), so the
rows add up to the route. The table is the least-time build of REPEATS warm
builds after the first (the first is the second column); the
reading is the least of REPEATS `load_corpus` calls; the floor is
`pdftotext -layout` on the same PDFs (CPU of its child processes, least of
REPEATS), as `benchmarks/bench_pdf.py` times it. No profiler: cProfile
inflates the many small calls of some stages two- or threefold.

Stages: reading (`load_corpus`; apart: PDFium's `read_pages`, the pages'
geometry from `page_lines` to `write_page`, and the rest), layout (`analyse_layout`), notes (each note
cut into citations: `learn_definitions`, `split_note`), archival citations
(`classify`, and `parse_citation` / `resolve_ibid` of every reading but a
literature one), literature rules (`parse_citation` of a literature reading,
`resolve_short_title`, `read_journal_short`), literature model (`model_rows`:
the CRF's reading of each note), merge (the rest of `with_model_references`),
dates (`dates_table`), mentions (`find_mentions`, `flag_call_numbers`), and
tables/frames (what is left of `build_tables`: the frames, the citation
tables). Dates read inside citations count with the citations.

A second column, "first", times the first build of this process by stage,
after `bench_pdf`'s one-line warm-up build, as `bench_pdf`'s verdict times it
in a fresh child: what a user's command pays. A first build fills the
readers' kept answers (`lru_cache`s per text or word,
`histkit.citations.notetext.kept`) that later builds of the same texts find
full; its extra over the warm build ("extra") is that per-text and per-word
work, plus what the one-line warm-up left for it (patterns compiled on their
first use: about 0.06 s on the corpus).

Run: PYTHONPATH=$PWD .venv/bin/python scripts/stage_times.py [CORPUS_FOLDER] [--repeat N]
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import histkit.citations.extract as extract  # noqa: E402
import histkit.literature.merge as merge  # noqa: E402
import histkit.read.pdf as pdf  # noqa: E402
import histkit.store.tables as tables  # noqa: E402
import histkit  # noqa: E402
from histkit import build_tables  # noqa: E402

from bench_pdf import GROUPS, children_cpu, pdftotext, warm_up  # noqa: E402
from corpus import DEFAULT_CORPUS  # noqa: E402
from timing import best_of  # noqa: E402

READING = ("reading: PDFium", "reading: geometry", "reading: rest")  # the reading's rows, apart
ORDER = ("reading", "layout", "notes", "archival citations", "literature rules", "literature model", "merge",
         "dates", "mentions", "tables/frames")
LITERATURE = ("literature", "press")  # the readings `parse_citation` reads as references


class StageClock:
    """Exclusive CPU time per stage: a wrapped call's time less that of the wrapped calls inside it."""

    def __init__(self, clock=time.process_time) -> None:
        self.times: Counter = Counter()
        self.clock = clock
        self._inner: list[float] = []

    def wrap(self, module, name: str, stage) -> None:
        """Replace ``module.name`` by a timed call; ``stage`` is a stage name or a function of the call's arguments."""
        func = getattr(module, name)

        @functools.wraps(func)
        def timed(*args, **kwargs):
            self._inner.append(0.0)
            start = self.clock()
            try:
                return func(*args, **kwargs)
            finally:
                spent = self.clock() - start
                inner = self._inner.pop()
                label = stage(*args, **kwargs) if callable(stage) else stage
                self.times[label] += spent - inner
                if self._inner:
                    self._inner[-1] += spent

        setattr(module, name, timed)


def instrument(clock: StageClock) -> None:
    """Wrap every stage's calls where the route calls them."""
    clock.wrap(histkit, "load_corpus", "reading: rest")  # files, checksums, the text builder, what is not below
    clock.wrap(pdf, "read_pages", "reading: PDFium")
    for name in ("page_lines", "body_size", "running_heads", "assign_roles", "assemble", "paragraphs", "write_page"):
        clock.wrap(pdf, name, "reading: geometry")
    clock.wrap(tables, "analyse_layout", "layout")
    clock.wrap(tables, "dates_table", "dates")
    clock.wrap(tables, "find_mentions", "mentions")
    clock.wrap(tables, "flag_call_numbers", "mentions")
    clock.wrap(tables, "extract_citations", "tables/frames")  # its own rest: the citation tables' frames
    for name in ("learn_definitions", "split_note"):
        clock.wrap(extract, name, "notes")
    for name in ("classify", "resolve_ibid"):
        clock.wrap(extract, name, "archival citations")
    for name in ("resolve_short_title", "read_journal_short"):
        clock.wrap(extract, name, "literature rules")
    clock.wrap(extract, "parse_citation", lambda row, reading, *rest, **kw:
               "literature rules" if reading.how in LITERATURE else "archival citations")
    clock.wrap(extract, "cite_document", "archival citations")  # its own loop: rows, history
    clock.wrap(extract, "with_model_references", "merge")
    clock.wrap(merge, "model_rows", "literature model")


def floor_cpu(pdfs: list[Path], repeat: int) -> float:
    """Least CPU seconds of `pdftotext -layout` on every PDF, one process per file (bench_pdf's floor and clock)."""
    return best_of(lambda: [pdftotext(path) for path in pdfs], repeat, clock=children_cpu)


def least_of(func, repeat: int) -> tuple[float, object]:
    """The least CPU time of ``repeat`` calls, and what that call returned."""
    best = None
    for _ in range(repeat):
        start = time.process_time()
        got = func()
        spent = time.process_time() - start
        if best is None or spent < best[0]:
            best = (spent, got)
    return best


def stage_table(pdfs: list[Path], repeat: int) -> tuple[dict[str, float], dict[str, float], float]:
    """Seconds per stage of the first build after the one-line warm-up and of the warm route (least-time build),
    and the floor's seconds."""
    clock = StageClock()
    instrument(clock)
    floor = floor_cpu(pdfs, repeat)
    warm_up()  # as bench_pdf's child: patterns compiled and models loaded by a one-line text

    def read() -> tuple[Counter, object]:
        clock.times.clear()
        corpus = histkit.load_corpus(pdfs)
        return Counter(clock.times), corpus

    _, (times, corpus) = least_of(read, repeat)
    reading = {stage: times.get(stage, 0.0) for stage in READING}

    def build() -> Counter:
        clock.times.clear()
        start = time.process_time()
        build_tables(corpus)
        total = time.process_time() - start
        times = Counter(clock.times)
        times["tables/frames"] += total - sum(clock.times.values())
        return times

    first = build()  # the readers' kept answers filled: what a fresh process pays
    _, times = least_of(build, repeat)
    for table in (first, times):
        table.update(reading, reading=sum(reading.values()))
    return ({stage: first.get(stage, 0.0) for stage in ORDER + READING},
            {stage: times.get(stage, 0.0) for stage in ORDER + READING}, floor)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    pdfs = sorted(p for group in GROUPS for p in (args.corpus / group).glob("*.pdf"))
    if not pdfs:
        sys.exit(f"no PDFs under {args.corpus}/{{{','.join(GROUPS)}}}")
    first, times, floor = stage_table(pdfs, args.repeat)
    print(f"{len(pdfs)} PDFs; floor (pdftotext -layout) {floor:.2f} s CPU; least of {args.repeat}; reading (least of "
          f"{args.repeat}) in both columns; first: the first build after a one-line warm-up")
    print(f"| {'stage':<20} | {'CPU s':>6} | {'x floor':>7} | {'first':>6} | {'extra':>6} |")
    print(f"| {'-' * 20} | {'-' * 6} | {'-' * 7} | {'-' * 6} | {'-' * 6} |")
    for stage in ORDER:
        for row in (stage, *(READING if stage == "reading" else ())):
            print(f"| {row:<20} | {times[row]:6.2f} | {times[row] / floor:7.2f} | {first[row]:6.2f} | "
                  f"{first[row] - times[row]:6.2f} |")
    total, total_first = (sum(table[stage] for stage in ORDER) for table in (times, first))
    print(f"| {'route':<20} | {total:6.2f} | {total / floor:7.2f} | {total_first:6.2f} | {total_first - total:6.2f} |")
    print(f"first build: route {total_first / floor:.2f}x the floor")


if __name__ == "__main__":
    main()
