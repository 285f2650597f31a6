"""Wall time of `histkit run` on the three notebooks against a floor of three bare kernels.

The floor is what any papermill run of three notebooks must pay: start three
Python kernels (two at a time, as `make run` uses --jobs 2) that only import
pandas and matplotlib. The ratio says how much the notebooks' own work
(parsing the corpus, statistics, figures in three formats) and the runner's
bookkeeping add on top. Both are run as fresh commands, best of two.

    .venv/bin/python benchmarks/bench_run.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ["notebooks/actor_frequency.ipynb", "notebooks/archival_sources.ipynb", "notebooks/period_comparison.ipynb"]
JOBS = 2
REPEAT = 2

FLOOR = """
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
import nbformat, papermill
from nbformat.v4 import new_code_cell, new_notebook

out = Path(sys.argv[1])
bare = out / "bare.ipynb"
nb = new_notebook(cells=[new_code_cell("import pandas\\nimport matplotlib.pyplot")])
nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
nbformat.write(nb, bare)

def run(i):
    papermill.execute_notebook(str(bare), str(out / f"bare{i}.ipynb"), kernel_name="python3", progress_bar=False)

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=int(sys.argv[2])) as pool:
        list(pool.map(run, range(3)))
"""


def timed(cmd: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> int:
    missing = [nb for nb in NOTEBOOKS if not (ROOT / nb).is_file()]
    if missing:
        print(f"bench_run: missing notebooks {', '.join(missing)}", file=sys.stderr)
        return 1
    python = sys.executable
    histkit = [python, "-m", "histkit"]
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "floor.py"
        script.write_text(FLOOR, encoding="utf-8")
        floor = min(timed([python, str(script), tmp, str(JOBS)]) for _ in range(REPEAT))
        run = min(
            timed([*histkit, "run", *NOTEBOOKS, "--corpus", "data/corpus", "--name", "bench",
                   "--jobs", str(JOBS), "--runs-dir", str(Path(tmp) / "runs")])
            for _ in range(REPEAT)
        )
    print(f"floor: 3 bare kernels importing pandas+matplotlib, --jobs {JOBS}: {floor:.2f} s")
    print(f"histkit run, 3 notebooks on data/corpus, --jobs {JOBS}:       {run:.2f} s")
    print(f"ratio histkit run / floor: {run / floor:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
