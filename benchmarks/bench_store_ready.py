"""How soon the store of the bundled corpus is ready in a fresh process: the cold `make run`'s critical path.

`histkit run` starts a child process that builds the corpus store while the
kernels start, and every kernel waits for it (histkit/run/stores.py). This
times that child's steps, each in a fresh interpreter as the child is
(nothing compiled or imported before), the best of REPEAT runs:

- import: `histkit.store.parallel` (pandas, pyarrow, every stage);
- authority: the actors and archives read, the matcher built, the probe
  document parsed for the table schemas: almost all of it compiling the
  date and archive patterns the workers then inherit;
- store: `refresh_store` of data/corpus with --jobs 2 into a scratch folder,
  the authority kept from the step before: the workers forked, parsing, writing.

CPU seconds are the process's own (its workers' not counted); wall seconds
are printed beside them. Compare a change with the code before it in the
same minutes, alternating the two: the machine's load moves both.

    .venv/bin/python benchmarks/bench_store_ready.py [REPEAT]
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPEAT = 5

CHILD = """
import sys, tempfile, time
from pathlib import Path
clock = time.process_time
start, wall = clock(), time.perf_counter()
from histkit.store.parallel import authority
imported = clock()
authority(None, None)
ready = clock()
from histkit.analysis import refresh_store
with tempfile.TemporaryDirectory() as scratch:
    refresh_store(Path(sys.argv[1]), None, Path(scratch) / "store", 2)
print(imported - start, ready - imported, clock() - ready, time.perf_counter() - wall)
"""


def once() -> list[float]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)}
    out = subprocess.run([sys.executable, "-c", CHILD, str(ROOT / "data" / "corpus")], env=env, check=True,
                         capture_output=True, text=True, cwd=ROOT).stdout
    return [float(x) for x in out.split()]


def main() -> None:
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else REPEAT
    runs = [once() for _ in range(repeat)]
    best = [min(run[i] for run in runs) for i in range(4)]
    print(f"store ready, best of {repeat} fresh processes (CPU s): import {best[0]:.3f}, authority {best[1]:.3f}, "
          f"store {best[2]:.3f}; wall of the whole {best[3]:.2f} s; load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
