"""Wall time of `histkit run` on the three notebooks against a floor of three bare kernels.

The floor is what any papermill run of three notebooks must pay, as issue 13
defines it: start three Python kernels (two at a time, as `make run` uses
--jobs 2) that only import pandas and matplotlib and save one figure (a line,
as PNG, matplotlib's defaults). The ratio says how much the notebooks' own work
(reading the corpus store, statistics, figures in three formats) and the
runner's bookkeeping add on top. Every run is a fresh command in a scratch
project (links to notebooks/ and data/), so the repository's runs/ is left
alone, and three cases are timed:

- cold: no corpus store and no figure cache (a fresh clone's first `make run`);
- warm, figures drawn: the store is up to date, the figure cache is switched
  off (HISTKIT_FIGURE_CACHE=""), so every figure is drawn again;
- warm: store and figure cache from the run before (an author's rerun of
  unchanged tables).

The target of issue 13, 1.5x, is for the cold case: a fresh clone's first
`make run` is what a user meets first. The verdict is given for cold and warm.

Each case runs right after a floor run of its own, REPEAT times; the ratio
that decides the target is the median over the repetitions of each run
against its own floor, so that a machine whose load changes (other work
starting and stopping) slows both sides of each ratio alike. The best times,
and the CPU seconds of each command with its kernels, are printed too.

    .venv/bin/python benchmarks/bench_run.py [REPEAT]
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ["notebooks/actor_frequency.ipynb", "notebooks/archival_sources.ipynb", "notebooks/period_comparison.ipynb"]
JOBS = 2
REPEAT = 3
TARGET = 1.5

FLOOR = """
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
import nbformat, papermill
from nbformat.v4 import new_code_cell, new_notebook

out = Path(sys.argv[1])
bare = out / "bare.ipynb"
parameters = new_code_cell('figure = "bare.png"')
parameters.metadata["tags"] = ["parameters"]
draw = new_code_cell("import pandas\\nimport matplotlib.pyplot as plt\\n"
                     "fig, ax = plt.subplots()\\nax.plot([0, 1], [0, 1])\\nfig.savefig(figure)")
nb = new_notebook(cells=[parameters, draw])
nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
nbformat.write(nb, bare)

def run(i):
    papermill.execute_notebook(str(bare), str(out / f"bare{i}.ipynb"), parameters={"figure": str(out / f"bare{i}.png")},
                               kernel_name="python3", progress_bar=False)

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=int(sys.argv[2])) as pool:
        list(pool.map(run, range(3)))
"""


def timed(cmd: list[str], cwd: Path, env: dict | None = None) -> tuple[float, float]:
    """Wall seconds, and CPU seconds of the command and every process under it (kernels included)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env={**os.environ, **(env or {})})
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def scratch_project(folder: Path) -> Path:
    """A project folder whose notebooks/ and data/ are the repository's: its runs/ (store, cache) start empty."""
    folder.mkdir()
    for name in ("notebooks", "data", "pyproject.toml"):
        (folder / name).symlink_to(ROOT / name)
    return folder


def main(repeat: int = REPEAT) -> int:
    missing = [nb for nb in NOTEBOOKS if not (ROOT / nb).is_file()]
    if missing:
        print(f"bench_run: missing notebooks {', '.join(missing)}", file=sys.stderr)
        return 1
    python = sys.executable
    run = [python, "-m", "histkit", "run", *NOTEBOOKS, "--corpus", "data/corpus", "--name", "bench", "--jobs", str(JOBS)]
    # The kernels import the histkit of this checkout, as `make run` does from its editable install.
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    cases = {"cold": None, "warm, figures drawn": "", "warm": None}  # each case's HISTKIT_FIGURE_CACHE
    floors: dict[str, list[tuple[float, float]]] = {case: [] for case in cases}
    times: dict[str, list[tuple[float, float]]] = {case: [] for case in cases}
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "floor.py"
        script.write_text(FLOOR, encoding="utf-8")
        for i in range(repeat):
            project = scratch_project(Path(tmp) / f"project{i}")
            for case, cache in cases.items():  # each case right after a floor of its own: both meet the same load
                floors[case].append(timed([python, str(script), tmp, str(JOBS)], ROOT))
                env = {"PYTHONPATH": path, **({} if cache is None else {"HISTKIT_FIGURE_CACHE": cache})}
                times[case].append(timed(run, project, env))
    report(floors, times, repeat, (load, os.getloadavg()[0]))
    return 0


def report(floors: dict, times: dict, repeat: int, load: tuple[float, float]) -> None:
    every_floor = [run for runs in floors.values() for run in runs]
    floor, floor_cpu = min(wall for wall, _ in every_floor), min(cpu for _, cpu in every_floor)
    print(f"floor: 3 bare kernels importing pandas+matplotlib, one figure each, --jobs {JOBS}: {floor:.2f} s "
          f"(best of {len(every_floor)}; CPU {floor_cpu:.1f} s); load average {load[0]:.1f} -> {load[1]:.1f}")
    paired = {}
    for case, runs in times.items():
        best, cpu = min(wall for wall, _ in runs), min(spent for _, spent in runs)
        paired[case] = statistics.median(wall / f for (wall, _), (f, _) in zip(runs, floors[case]))
        print(f"histkit run, 3 notebooks on data/corpus, {case + ':':<21} {best:6.2f} s = {best / floor:.2f}x of the best floor;"
              f" {paired[case]:.2f}x its own floor (median of {repeat}); CPU {cpu:5.1f} s = {cpu / floor_cpu:.2f}x")
    for case in ("cold", "warm"):
        verdict = "met" if paired[case] <= TARGET else "missed"
        print(f"target ({case}, median of the runs against their own floors) <= {TARGET}x: {verdict} ({paired[case]:.2f}x)")

if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else REPEAT))
