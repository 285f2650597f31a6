"""The fixed cost of a command (`histkit tables` on a one-line text), as a ratio against importing what it stands on.

Every first command pays it before its first document: starting Python,
importing histkit and its libraries, compiling patterns, making or reading
the actor matcher, the table schemas' probe document, writing the store.
The floor, measured in the same run, is a fresh Python importing pandas,
pyarrow.parquet and numpy: what no change to histkit can take away. Timed in
fresh processes, CPU seconds of the child (user + system), the least of
ROUNDS, each round one of each back to back:

- the floor;
- the command with the user cache warm (the pattern bank and the actor
  variants read back: `patterns.compiled`, `actors.build_matcher`), in a
  cache folder of its own, filled by one run before the rounds;
- the command without the cache (``HISTKIT_NO_CACHE=1``: every pattern and
  variant made again, as the first command after an install or an upgrade).

Then, in this process, how many patterns importing the `tables` command's
modules still compiles with `re` (the ones `patterns.compiled` does not
keep: a new module-level ``re.compile`` shows here) and their CPU seconds.

Run: .venv/bin/python benchmarks/bench_fixed.py [ROUNDS]
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ONE_LINE = "Tito met Spaak in Belgrade on 12 May 1954.1\n\n1 AJ, 507, IX, 9/I-12; M. Brown, The Pact (London, 1990), 12.\n"
FLOOR = "import pandas, pyarrow.parquet, numpy"
MODULES = ("histkit.cli.commands", "histkit.store.build", "histkit.store.parallel")


def child_cpu(args: list[str], env: dict) -> float:
    """CPU seconds (user + system) of one child process running ``args``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(args, check=True, cwd=ROOT, env=env, capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def command(text: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "histkit", "tables", str(text), "--out", str(out), "--jobs", "1", "--doc-timeout",
            "0", "--quiet"]


def compiled_by_re() -> tuple[int, float]:
    """Patterns `re` compiles (and their CPU seconds) while the command's modules are imported in this process."""
    from re import _compiler

    real, spent = _compiler.compile, []

    def timed(pattern, flags=0):
        start = time.process_time()
        try:
            return real(pattern, flags)
        finally:
            spent.append(time.process_time() - start)

    _compiler.compile = timed
    try:
        for name in MODULES:
            __import__(name)
    finally:
        _compiler.compile = real
    return len(spent), sum(spent)


def main(argv: list[str]) -> int:
    rounds = int(argv[0]) if argv else 3
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        text = folder / "one-line.txt"
        text.write_text(ONE_LINE, encoding="utf-8")
        warm = dict(env, HISTKIT_CACHE=str(folder / "cache"))
        warm.pop("HISTKIT_NO_CACHE", None)
        cold = dict(env, HISTKIT_NO_CACHE="1")
        child_cpu(command(text, folder / "fill"), warm)  # the cache filled, as by an earlier command
        times: dict[str, list[float]] = {"floor": [], "warm": [], "cold": []}
        for i in range(rounds):
            times["floor"].append(child_cpu([sys.executable, "-c", FLOOR], env))
            times["warm"].append(child_cpu(command(text, folder / f"warm-{i}"), warm))
            times["cold"].append(child_cpu(command(text, folder / f"cold-{i}"), cold))
    floor, warm_s, cold_s = (min(times[k]) for k in ("floor", "warm", "cold"))
    print(f"floor ({FLOOR})       : {floor:5.2f} s CPU (least of {rounds})")
    print(f"command on a one-line text, cache warm : {warm_s:5.2f} s = {warm_s / floor:.1f}x the floor")
    print(f"the same, no cache (HISTKIT_NO_CACHE=1): {cold_s:5.2f} s = {cold_s / floor:.1f}x the floor")
    count, seconds = compiled_by_re()
    print(f"patterns `re` still compiles at import of the command's modules: {count} ({seconds:.3f} s CPU; "
          "the rest come from the bank)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
