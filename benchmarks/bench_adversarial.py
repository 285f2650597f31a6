"""Seconds per stage of `histkit tables` on adversarial texts at 10 k, 100 k and 1 M characters (issue 17).

Each shape of tests/adversarial.py (long unbroken tokens, long lines, short
lines, deep brackets, many notes, runs of digits, dots, dashes or capitals,
mixed scripts, lines that all look like note labels, and articles one after
another as the realistic control) is timed stage by stage: read (load_corpus
on a .txt file), layout (analyse_layout), citations (extract_citations on the
layout's notes, or on the text's paragraphs as notes when the layout finds
none), dates (dates_table) and actors (find_mentions). Each run is a fork
of a worker in which every stage has already run on small texts (the
patterns the package compiles on first use are compiled) and in which no
measured run has filled a cache (`adversarial.cold_time`); figures are the
CPU seconds of the run, the best of up to three when a run is short.

A run is stopped by the system when it has used more CPU time than the cap
(``> 60 s``; RLIMIT_CPU, so a busy machine does not stop a stage early); the
stages after a layout that did not finish run on a stand-in layout of one
body block per paragraph (marked ``*``). The growth factor is the time at 10x
the input over the time before (the issue's target: at most 12x); ``>``
marks a lower bound (a stopped stage), ``.`` a stage too fast at the larger
size to tell (under 0.05 s).

Then the issue's two named cases: a 2,000,000-character single token (all
stages under 10 s, and the command `histkit tables` run on it as a file)
and a 5 M-character book made of article fragments against a 500 k one (at
most 12x).

Run: .venv/bin/python benchmarks/bench_adversarial.py [--sizes 10000,100000] [--shapes letters,notes] [--cap 60]
(the full run took 45 minutes while stages were super-linear; --sizes 10000,100000 --no-named is a quick look).
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from adversarial import SHAPES, STAGES, Subject, make, paragraph_layout, warm_up  # noqa: E402

WALL = 10  # a worker silent for this many times the cap in wall time is stopped (the cap itself is CPU time)
FAST = 0.05  # a stage under this many seconds at the larger size gives no growth factor: noise, not growth


def work() -> None:
    """The worker: warm up, then for each request on stdin time the stages asked, one JSON line per stage."""
    with tempfile.TemporaryDirectory() as folder:
        warm_up(folder)
        print(json.dumps({"ready": True}), flush=True)
        for line in sys.stdin:
            request = json.loads(line)
            _serve(request, Path(folder))
            print(json.dumps({"done": True}), flush=True)


def _serve(request: dict, folder: Path) -> None:
    subject = Subject(make(request["shape"], request["size"]), folder)
    for stage in STAGES:
        if stage == "citations" and subject.layout is None:  # the layout was stopped: a stand-in for the rest
            subject.layout = paragraph_layout(subject.doc)
            print(json.dumps({"stand_in": True}), flush=True)
        try:
            seconds = subject.time(stage, cap=request["cap"])
        except RuntimeError as exc:  # a stage that raises is a finding too; the next stages still run
            seconds = str(exc).rsplit(": ", 2)[-2] if ": " in str(exc) else "error"
        n_notes = len(subject.notes) if subject.notes is not None else None
        print(json.dumps({"stage": stage, "seconds": seconds, "notes": subject.note_source, "n_notes": n_notes}),
              flush=True)


class Worker:
    """A worker process and the lines it prints, read on a thread so that a wait can time out."""

    def __init__(self):
        self.proc = subprocess.Popen([sys.executable, __file__, "--worker"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
        self.lines: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.next(600)

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(json.loads(line))
        self.lines.put({"died": self.proc.wait()})

    def send(self, request: dict) -> None:
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()

    def next(self, timeout: float) -> dict | None:
        """The next line, or None when none came in ``timeout`` seconds or the worker died."""
        try:
            return self.lines.get(timeout=timeout)
        except queue.Empty:
            return None

    def stop(self) -> None:
        self.proc.kill()
        self.proc.wait()


def measure(worker_box: list, shape: str, size: int, cap: float) -> dict:
    """Seconds per stage of one text (None for a stage stopped at the cap), and how each was run."""
    result = {"shape": shape, "size": size, "seconds": {}, "stand_in": False, "notes": ""}
    worker_box[0].send({"shape": shape, "size": size, "cap": cap})
    todo = list(STAGES)
    while todo:
        line = worker_box[0].next(cap * WALL + 120)
        if line is None or "died" in line:  # the safety net: a stage that hangs outside the CPU cap
            worker_box[0].stop()
            worker_box[0] = Worker()
            result["seconds"].update({stage: "killed" for stage in todo})
            return result
        if "stand_in" in line:
            result["stand_in"] = True
            continue
        result["seconds"][line["stage"]] = line["seconds"]
        if line["stage"] == "citations":
            result["notes"] = f"{line['n_notes'] or 0} {line['notes']}"
        todo.remove(line["stage"])
    worker_box[0].next(cap * WALL + 120)  # the request's "done"
    return result


def _fmt(seconds: float | str | None, cap: float) -> str:
    if isinstance(seconds, str):  # the stage raised, or its worker died
        return seconds
    return f"> {cap:.0f} s" if seconds is None else f"{seconds:.3f}"


def print_header() -> None:
    print(f"{'shape':12} {'size':>9} " + " ".join(f"{s:>10}" for s in STAGES) + "  citations read", flush=True)


def print_table(results: list[dict], cap: float) -> None:
    for r in results:
        cells = []
        for stage in STAGES:
            mark = "*" if r["stand_in"] and stage in ("citations", "dates", "actors") else ""
            cells.append(f"{_fmt(r['seconds'].get(stage), cap) + mark:>10}")
        print(f"{r['shape']:12} {r['size']:>9,} " + " ".join(cells) + f"  {r['notes']}", flush=True)


def growth(small: float | None, big: float | None, cap: float) -> tuple[float, str] | None:
    """The factor from ``small`` to ``big`` seconds, with its label; None when it cannot be told."""
    if small is None or isinstance(small, str) or isinstance(big, str):
        return None
    if big is None:
        factor = cap / max(small, 0.005)
        return factor, f">{factor:.0f}x"
    if big < FAST:
        return None
    factor = big / max(small, 0.005)
    return factor, f"{factor:.1f}x"


def print_growth(results: list[dict], cap: float) -> None:
    by = {(r["shape"], r["size"]): r["seconds"] for r in results}
    shapes = list(dict.fromkeys(r["shape"] for r in results))
    sizes = sorted({r["size"] for r in results})
    steps = [(a, b) for a, b in zip(sizes, sizes[1:])]
    print("\nGrowth per step of input (largest of the steps " + ", ".join(f"{a:,}->{b:,}" for a, b in steps) + ")")
    print(f"{'shape':12} " + " ".join(f"{s:>10}" for s in STAGES))
    worst: dict[str, tuple[float, str, str]] = {}
    for shape in shapes:
        cells = []
        for stage in STAGES:
            found = [g for a, b in steps if (shape, a) in by and (shape, b) in by
                     and (g := growth(by[shape, a].get(stage), by[shape, b].get(stage), cap))]
            best = max(found, default=None)
            cells.append(f"{best[1] if best else '.':>10}")
            if best and (stage not in worst or best[0] > worst[stage][0]):
                worst[stage] = (best[0], best[1], shape)
        print(f"{shape:12} " + " ".join(cells))
    print("\nLargest growth per stage (target: at most 12x per 10x input)")
    for stage in STAGES:
        if stage in worst:
            factor, label, shape = worst[stage]
            print(f"  {stage:10} {label:>8}  ({shape}){'' if factor <= 12 else '  OVER TARGET'}")
        else:
            print(f"  {stage:10} {'.':>8}  (too fast at every size to tell)")


def named_cases(worker_box: list, cap: float) -> None:
    print("\nThe issue's named cases (all stages, seconds)")
    token = measure(worker_box, "letters", 2_000_000, cap)
    small = measure(worker_box, "book", 500_000, cap)
    big = measure(worker_box, "book", 5_000_000, cap)
    print_header()
    print_table([token, small, big], cap)

    def total(r):
        values = list(r["seconds"].values())
        return None if None in values else sum(values)

    t = total(token)
    print(f"2,000,000-character single token: {_fmt(t, cap) if t is not None else 'a stage > ' + f'{cap:.0f} s'}"
          f" in all (target < 10 s): {'ok' if t is not None and t < 10 else 'FAILS'}")
    cpu, wall = command_time(make("letters", 2_000_000), cap)
    print(f"`histkit tables` on that file, as a user runs it (start-up, authority files, writing the tables): "
          f"{cpu:.2f} s CPU, {wall:.2f} s wall (target < 10 s): {'ok' if cpu < 10 else 'FAILS'}")
    a, b = total(small), total(big)
    if a is not None and b is not None:
        print(f"5 M-character book / 500 k book: {b:.2f} s / {a:.2f} s = {b / a:.1f}x (target <= 12x): "
              f"{'ok' if b / a <= 12 else 'FAILS'}")
    else:
        print("5 M-character book / 500 k book: a stage did not finish: FAILS")


def command_time(text: str, cap: float) -> tuple[float, float]:
    """CPU and wall seconds of `histkit tables` (the command, in a process of its own) on a file holding ``text``."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "one.txt"
        path.write_text(text, encoding="utf-8")
        before, start = os.times(), time.perf_counter()
        subprocess.run([sys.executable, "-m", "histkit", "tables", str(path), "--out", str(Path(folder) / "out")],
                       check=True, capture_output=True, timeout=cap * WALL, env={**os.environ, "PYTHONPATH": str(ROOT)})
        after = os.times()
    return after.children_user + after.children_system - before.children_user - before.children_system, \
        time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--cap", type=float, default=60.0, help="seconds a stage may take before it is stopped")
    parser.add_argument("--no-named", action="store_true", help="leave out the issue's two named cases")
    args = parser.parse_args()
    if args.worker:
        return work()
    sizes = [int(s) for s in args.sizes.split(",")]
    shapes = args.shapes.split(",")
    print(f"CPU seconds per stage; cap {args.cap:.0f} s a stage; load average at start {os.getloadavg()[0]:.1f}"
          f" on {os.cpu_count()} CPUs\n")
    for shape in shapes:
        print(f"  {shape:12} {SHAPES[shape][0]}")
    print()
    start = time.perf_counter()
    worker_box = [Worker()]
    results = []
    print_header()
    for shape in shapes:
        for size in sizes:
            results.append(measure(worker_box, shape, size, args.cap))
            print_table(results[-1:], args.cap)
    print_growth(results, args.cap)
    if not args.no_named:
        named_cases(worker_box, args.cap)
    worker_box[0].stop()
    print(f"\n(benchmark took {time.perf_counter() - start:.0f} s of wall time)")


if __name__ == "__main__":
    main()
