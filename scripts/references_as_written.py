"""Score each blind reference round as it was written: the code of the commit that added its fixtures, today's scorer.

A round's "as written" figure is the one to expect on articles nobody here has
seen; the figure today is partly in-sample (later code read the round). This
script checks out, for each round in ``tests/fixtures/references/roundN``, the
commit that added its README (the fixtures' own commit, before any code read
them) into a temporary git worktree, builds the round's references table with
that commit's code in a subprocess, and scores the table with today's scorer
(`histkit.evaluate`), so every round is scored the same way: all gold, and full
gold against full rows (no repeats on either side).

Run: python scripts/references_as_written.py [roundN ...]   (default: every round)
"""

from __future__ import annotations

import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from histkit.evaluate import evaluate_references, micro_average, read_gold  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "references"

# Run with the old commit's code on sys.path: the round's references table and each document's file name.
_BUILD = """
import pickle, sys
from pathlib import Path
from histkit import build_tables, load_corpus
articles = sorted(p for p in Path(sys.argv[1]).glob("*.xml") if not p.name.endswith(".gold.xml"))
tables = build_tables(load_corpus(articles))
ids = dict(zip(tables["documents"].doc_id, (Path(p).stem for p in tables["documents"].path)))
references = tables["references"].assign(doc_id=lambda f: f.doc_id.map(ids))
pickle.dump(references, open(sys.argv[2], "wb"))
"""


def written_at(folder: Path) -> str:
    """The commit that added the round's README: its fixtures' own commit."""
    log = subprocess.run(["git", "log", "--diff-filter=A", "--format=%h", "--", str(folder / "README.md")],
                         cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    return log[-1]


def references_at(commit: str, folder: Path, work: Path) -> pd.DataFrame:
    """The round's references table as the code of `commit` builds it."""
    tree = work / commit
    subprocess.run(["git", "worktree", "add", "--detach", "-q", str(tree), commit], cwd=ROOT, check=True)
    try:
        out = work / f"{commit}.pkl"
        subprocess.run([sys.executable, "-c", _BUILD, str(tree / folder.relative_to(ROOT)), str(out)],
                       cwd=tree, env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"}, check=True)
        with open(out, "rb") as f:
            return pickle.load(f)
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=True)


def score(folder: Path, predicted: pd.DataFrame) -> dict:
    """Micro P/R/F1 of all gold against every row, and of full gold against full rows."""
    articles = sorted(p.name.removesuffix(".gold.xml") for p in folder.glob("*.gold.xml"))
    gold = pd.concat([read_gold(folder / f"{a}.gold.xml", a).table for a in articles], ignore_index=True)
    ref_of = predicted["ref_of"] if "ref_of" in predicted else pd.Series("", index=predicted.index)
    full = predicted[ref_of.fillna("").astype(str) == ""]
    figures = {}
    for subset, chosen, rows in (("all", gold, predicted), ("full vs full", gold[~gold.repeat], full)):
        scores = evaluate_references(chosen, rows).articles.assign(all="all")
        figures[subset] = micro_average(scores, "all").iloc[0]
    return figures


def main(argv: list[str]) -> None:
    rounds = [FIXTURES / name for name in argv] or sorted(p for p in FIXTURES.glob("round*") if p.is_dir())
    print("| round | written at | as written: all (P / R / F1) | as written: full vs full F1 |")
    print("|---|---|---|---|")
    with tempfile.TemporaryDirectory() as work:
        for folder in rounds:
            commit = written_at(folder)
            figures = score(folder, references_at(commit, folder, Path(work)))
            a, f = figures["all"], figures["full vs full"]
            print(f"| {folder.name} | {commit} | {a.precision:.2f} / {a.recall:.2f} / **{a.f1:.2f}** | {f.f1:.2f} |",
                  flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
