"""Score histkit's references table on the blind reference fixtures (tests/fixtures/references/roundN).

Each round holds invented articles as TEI editions (``NAME.xml``, notes as
``<note place="foot">``) with reference gold written by hand (``NAME.gold.xml``,
``standOff/listBibl/biblStruct`` with ``source="fnN"``). The articles are read
through histkit's TEI route, so the score measures the references parser, not
note finding. Gold entries typed ``repeat`` (op. cit., nav. delo, isto, …) are
scored three times: with everything; with the full references only (a repeat
names no year or title, so it can match only through the link it repeats),
against every predicted row; and full against full ("full vs full": the
predicted rows that repeat a reference, ``ref_of`` set, left out too, as the
corpus CV's ``merged-no-repeats``), which an Ibid. or op. cit. row cannot move.

With ``--hold-out LANG[,LANG…]`` the rows of the word lists of
``histkit/data/citations/`` whose ``language`` lists only those languages are
dropped before any reader is built, so a round is scored as if its languages
were unknown: what the readers make of a note's shape alone. A row of several
languages stays while one of them is not held out; a row without a language
stays.

Run: python scripts/measure_references.py [--hold-out el,nl] [roundN ...]   (default: every round)
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import histkit.data  # noqa: E402
from histkit.evaluate import evaluate_references, micro_average, read_gold  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "references"


def hold_out(languages: set[str]) -> None:
    """Make the word lists of ``histkit/data/citations`` read without the rows of ``languages`` only.

    Called before the readers are imported: their patterns are built from the lists when their modules load.
    """
    read = histkit.data.data_rows

    def rows(folder: str, name: str) -> list[dict[str, str]]:
        found = read(folder, name)
        if folder != "citations":
            return found
        return [row for row in found if not set((row.get("language") or "").split()) <= languages
                or not (row.get("language") or "").split()]

    histkit.data.data_rows = rows


def score_round(folder: Path) -> pd.DataFrame:
    """One row per article and gold subset: gold, predicted, matched, precision, recall, F1."""
    from histkit import build_tables, load_corpus  # (imported here, after `hold_out`: the readers load with them)

    articles = sorted(p for p in folder.glob("*.xml") if not p.name.endswith(".gold.xml"))
    tables = build_tables(load_corpus(articles))
    ids = dict(zip(tables["documents"].doc_id, (Path(p).stem for p in tables["documents"].path)))
    predicted = tables["references"].assign(doc_id=lambda f: f.doc_id.map(ids))
    gold = pd.concat([read_gold(folder / f"{a.stem}.gold.xml", a.stem).table for a in articles], ignore_index=True)
    full = predicted[predicted.ref_of.fillna("").astype(str) == ""]
    rows = []
    for subset, chosen, rows_of in (("all", gold, predicted), ("full only", gold[~gold.repeat], predicted),
                                    ("full vs full", gold[~gold.repeat], full)):
        scores = evaluate_references(chosen, rows_of).articles.assign(gold_subset=subset)
        scores["language"] = scores.doc_id.str.split(r"\d", n=1, regex=True).str[0]
        rows.append(scores)
    return pd.concat(rows, ignore_index=True)


def main(argv: list[str]) -> None:
    if argv[:1] == ["--hold-out"] and len(argv) > 1:
        hold_out(set(argv[1].replace(",", " ").split()))
        argv = argv[2:]
    rounds = [FIXTURES / name for name in argv] or sorted(p for p in FIXTURES.glob("round*") if p.is_dir())
    for folder in rounds:
        if not any(folder.glob("*.gold.xml")):  # (a misspelt round would otherwise end in a pandas traceback)
            known = ", ".join(sorted(p.name for p in FIXTURES.glob("round*") if p.is_dir()))
            sys.exit(f"measure_references: no round {folder.name!r} with gold in {FIXTURES}; rounds: {known}")
    columns = ["gold", "predicted", "matched", "precision", "recall", "f1"]
    for folder in rounds:
        scores = score_round(folder)
        print(f"## {folder.name}")
        for subset, part in scores.groupby("gold_subset", sort=False):
            print(f"\n### gold: {subset}\n")
            print(part.set_index("doc_id")[columns].round(2).to_string())
            print(micro_average(part, "language").set_index("language")[columns].round(2).to_string())
            total = micro_average(part.assign(all="all"), "all").iloc[0]
            print(f"micro over the round: P {total.precision:.2f}  R {total.recall:.2f}  F1 {total.f1:.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
