"""CPU time of the figures of `make run`: the three notebooks' code run as a script, each format timed.

A cold `make run` spends most of its time beyond the bare kernels drawing the
ten figures as PDF, SVG and PNG. This runs the code cells of the three
notebooks on data/corpus in one fresh process per repetition (matplotlib's
Agg backend, no figure cache), with `plots.save_figure` timed as a kernel
meets it (the first figure pays for loading fonts), then, for the same
figures, each format saved alone (which lays each figure out again, so the
parts add up to more than the whole). The store is built first, outside
the timing. Prints the best of REPEAT processes.

    .venv/bin/python benchmarks/bench_figures.py [REPEAT]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ("actor_frequency", "archival_sources", "period_comparison")
REPEAT = 3

ONE_RUN = """
import json, sys, time
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from histkit.analysis import plots

out, notebooks = sys.argv[1], sys.argv[2:]
saved, spent = [], {"all": 0.0, "pdf": 0.0, "svg": 0.0, "png": 0.0}
save_figure = plots.save_figure

def timed(fig, name, outdir, formats=plots.FORMATS):
    started = time.process_time()
    paths = save_figure(fig, name, outdir, formats)
    spent["all"] += time.process_time() - started
    for fmt in formats:  # then each format alone: the figure is laid out again for each
        started = time.process_time()
        save_figure(fig, name, outdir, formats=(fmt,))
        spent[fmt] += time.process_time() - started
    saved.append(name)
    return paths

plots.save_figure = timed
for notebook in notebooks:
    cells = json.load(open(f"notebooks/{notebook}.ipynb", encoding="utf-8"))["cells"]
    scope = {}
    for cell in (c for c in cells if c["cell_type"] == "code"):
        exec("".join(cell["source"]), scope)
        scope["output_dir"] = out
    plt.close("all")
print(json.dumps({"figures": len(saved), **spent}))
"""


def main(repeat: int = REPEAT) -> int:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p),
           "HISTKIT_FIGURE_CACHE": "", "MPLBACKEND": "Agg"}
    # the store, built before anything is timed
    subprocess.run([sys.executable, "-c", "from histkit import analysis; analysis.load_tables('data/corpus')"],
                   cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    runs = []
    with tempfile.TemporaryDirectory() as out:
        for _ in range(repeat):
            done = subprocess.run([sys.executable, "-c", ONE_RUN, out, *NOTEBOOKS], cwd=ROOT, env=env, check=True,
                                  capture_output=True, text=True)
            runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    best = {key: min(run[key] for run in runs) for key in ("all", "pdf", "svg", "png")}
    print(f"{runs[0]['figures']} figures of the three notebooks, CPU seconds, best of {repeat} processes:")
    print(f"  save_figure, the three formats:  {best['all']:.2f} s")
    print(f"  each format alone (laid out again each time): PDF {best['pdf']:.2f} s, SVG {best['svg']:.2f} s, "
          f"PNG {best['png']:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else REPEAT))
