"""How complete is the corpus' reference gold? Score it, and histkit, against a hand-made gold of 40 sampled notes.

``benchmarks/handgold/`` holds every literature reference of 40 randomly sampled footnotes, annotated by hand
from the printed PDFs by someone who saw neither the corpus' TEI gold nor histkit's output (its README). On those
40 notes only, this prints:

1. the corpus gold scored as if it were a prediction against the hand gold: its recall is how much of what is
   printed it holds, its precision how much of it is printed;
2. histkit's cross-validated references (the pickle ``--predictions`` of ``scripts/train_literature_model.py --cv``:
   each article read by a model trained on the others) against the hand gold, and against the corpus gold.

Each twice: against the full references of the hand gold (``short=no``), with histkit's table without repeats
(``ref_of`` empty), as the cross-validation scores the corpus; and against all of the hand gold with histkit's
whole table. Matching is `histkit.evaluate.evaluate_references`' (same note; first author and year, or the title
at least 0.8 similar).

    python scripts/audit_reference_gold.py --predictions /tmp/cv.pkl [--corpus ../shared/corpus]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # (this checkout's histkit, run from anywhere)

from histkit.evaluate.gold import read_gold  # noqa: E402
from histkit.evaluate.scores import evaluate_references, micro_average  # noqa: E402

HAND = ROOT / "benchmarks" / "handgold"
COLUMNS = ["gold", "predicted", "matched", "precision", "recall", "f1"]


def sampled(table: pd.DataFrame, notes: pd.DataFrame) -> pd.DataFrame:
    """The rows of ``table`` in the sampled notes (by doc_id and note number)."""
    keys = set(zip(notes.doc_id, notes.note_no.astype(str)))
    return table[[key in keys for key in zip(table.doc_id, table.note_no.astype(str))]].reset_index(drop=True)


def corpus_gold(corpus: Path, notes: pd.DataFrame) -> pd.DataFrame:
    """The corpus' TEI gold of the sampled articles, in the sampled notes."""
    tables = []
    for doc_id in sorted(set(notes.doc_id)):
        path = next(corpus.glob(f"*/{doc_id}.tei.xml"))
        tables.append(read_gold(path, doc_id).table)
    return sampled(pd.concat(tables, ignore_index=True), notes)


def score(gold: pd.DataFrame, predicted: pd.DataFrame, articles: pd.DataFrame) -> pd.Series:
    """Micro-averaged counts and P/R/F1 of ``predicted`` against ``gold`` over the sampled articles."""
    return micro_average(evaluate_references(gold, predicted, articles).articles)[COLUMNS].iloc[0]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--predictions", type=Path, required=True, help="the pickle of train_literature_model.py --cv")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = parser.parse_args(argv)
    notes = pd.read_csv(HAND / "sample_notes.csv", dtype={"note_no": str})
    hand = pd.read_csv(HAND / "hand_references.csv", dtype=str, keep_default_na=False)
    articles = pd.DataFrame({"doc_id": sorted(set(notes.doc_id)), "language": ""})
    theirs = corpus_gold(args.corpus, notes)
    tables = pd.read_pickle(args.predictions)
    ours = {name: sampled(tables[name], notes) for name in ("merged-no-repeats", "merged")}
    full = hand[hand.short == "no"].reset_index(drop=True)
    rows = {
        "corpus gold vs hand gold (full)": score(full, theirs, articles),
        "corpus gold vs hand gold (all)": score(hand, theirs, articles),
        "histkit no repeats vs hand gold (full)": score(full, ours["merged-no-repeats"], articles),
        "histkit all rows vs hand gold (all)": score(hand, ours["merged"], articles),
        "histkit no repeats vs corpus gold": score(theirs, ours["merged-no-repeats"], articles),
    }
    print(f"{len(notes)} sampled notes of {len(articles)} articles; hand gold {len(hand)} references "
          f"({len(full)} full), corpus gold {len(theirs)}\n")
    print(pd.DataFrame(rows).T.to_string(float_format="%.3f"))


if __name__ == "__main__":
    main()
