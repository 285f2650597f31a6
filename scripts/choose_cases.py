"""Where the merge kept the wrong reading of a reference: the gold references the merged table misses while the
rule parser's table, or the model's alone, matches them (scored full against full: gold and rows that repeat
nothing, as the rounds' "full vs full" and the corpus CV's merged-no-repeats).

    python scripts/choose_cases.py round9 [round1 …]           # the reference rounds (tests/fixtures/references)
    python scripts/choose_cases.py --cv /tmp/choose_pred.pkl    # the tables `train_literature_model.py --cv
                                                                # --predictions` kept (the corpus gold read again)
    python scripts/choose_cases.py --rows DIR round1 …          # also write each round's merged rows to DIR/roundN.csv

For each such gold reference: its note, the gold's first author, title and year, and each table's row in that note
whose text overlaps it, with whether it matched. The counts say how often the merged table lost a reference to
each, and, of the references it matched, how often its row got a field (authors, title, year) wrong that the
other table's matched row got right (`authors worse than rules`).
"""

from __future__ import annotations

import sys
from pathlib import Path
from unittest import mock

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from histkit.evaluate import evaluate_references, field_agrees, note_key, read_gold  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "references"
SHOWN = ["authors", "title", "container", "place", "year", "raw", "source"]


def round_tables(folder: Path) -> tuple[dict[str, pd.DataFrame], pd.DataFrame, pd.DataFrame]:
    """A round's tables (merged, rules, model), its gold and its notes, doc_id the article's name."""
    import histkit.citations.extract as extract
    from histkit import build_tables, load_corpus
    from histkit.literature import model_references
    from histkit.literature.usable import usable

    articles = sorted(p for p in folder.glob("*.xml") if not p.name.endswith(".gold.xml"))
    tables = build_tables(load_corpus(articles))
    ids = dict(zip(tables["documents"].doc_id, (Path(p).stem for p in tables["documents"].path)))
    notes = tables["notes"].assign(doc_id=lambda f: f.doc_id.map(ids))[["doc_id", "note_no", "text"]]
    with mock.patch.object(extract, "with_model_references", lambda references, *_: references):
        rules = extract.extract_citations(notes).references
    read = model_references(notes)
    merged = tables["references"].assign(doc_id=lambda f: f.doc_id.map(ids))
    gold = pd.concat([read_gold(folder / f"{a.stem}.gold.xml", a.stem).table for a in articles], ignore_index=True)
    return {"merged": merged, "rules": rules, "model": read[usable(read)]}, gold, notes


def cv_tables(pickle: Path) -> tuple[dict[str, pd.DataFrame], pd.DataFrame, pd.DataFrame]:
    """The tables of a CV's ``--predictions`` pickle, the corpus gold and its notes."""
    from train_literature_model import articles

    from benchmarks.corpus import DEFAULT_CORPUS

    kept = pd.read_pickle(pickle)
    found = articles(Path(DEFAULT_CORPUS))
    gold = pd.concat([read_gold(path, doc_id).table for doc_id, path, _ in found], ignore_index=True)
    notes = pd.read_pickle("/tmp/cv_notes_main.pkl")
    return {"merged": kept["merged"], "rules": kept["rules"], "model": kept["model"]}, gold, notes


def full(table: pd.DataFrame) -> pd.DataFrame:
    """The rows that repeat no other (``ref_of`` empty)."""
    if "ref_of" not in table.columns:
        return table.reset_index(drop=True)
    return table[table.ref_of.fillna("").astype(str) == ""].reset_index(drop=True)


def lost(tables: dict[str, pd.DataFrame], gold: pd.DataFrame) -> tuple[list[dict], dict]:
    """The gold references the merged table misses and another table matches, and the counts."""
    gold = gold[~gold.repeat].reset_index(drop=True) if "repeat" in gold.columns else gold.reset_index(drop=True)
    runs = {name: evaluate_references(gold, full(table)) for name, table in tables.items()}
    hits = {name: _hits(run) for name, run in runs.items()}
    cases, counts = [], {"gold": len(gold), **{name: len(hit) for name, hit in hits.items()}}
    for gi in range(len(gold)):
        if gi in hits["merged"]:
            _count_fields(gi, runs, hits, counts)
            continue
        winners = [name for name in ("rules", "model") if gi in hits[name]]
        if not winners:
            continue
        for name in winners:
            counts[f"lost to {name}"] = counts.get(f"lost to {name}", 0) + 1
        cases.append({"gold": gold.iloc[gi], "winners": winners, "runs": runs, "hits": hits})
    return cases, counts


def _count_fields(gi: int, runs: dict, hits: dict, counts: dict) -> None:
    """Count, for a gold reference the merged table matched, each field (authors, title, year) the merged row gets
    wrong (soft) and the rules' or the model's matched row gets right: the kept reading worse than the other."""
    for name in ("rules", "model"):
        if gi not in hits[name]:
            continue
        for field in ("authors", "title", "year"):
            agree = [_agrees(runs[table], gi, hits[table][gi], field) for table in ("merged", name)]
            if agree == [False, True]:
                counts[f"{field} worse than {name}"] = counts.get(f"{field} worse than {name}", 0) + 1


def _agrees(run, gi: int, pi: int, field: str) -> bool:
    gold, pred = run.gold.iloc[gi], run.predicted.iloc[pi]
    return field_agrees(field, gold.get(field, ""), pred.get(field, ""), soft=True)


def _hits(run) -> dict[int, int]:
    matched = run.alignment[run.alignment.outcome == "tp"]
    return dict(zip(matched.gold_row.astype(int), matched.pred_row.astype(int)))


def show(case: dict, notes: pd.DataFrame) -> str:
    gold = case["gold"]
    number = note_key(gold.note_no)
    note = notes[(notes.doc_id == gold.doc_id) & (notes.note_no.map(note_key) == number)]
    text = note.text.iloc[0] if len(note) else ""
    lines = [f"{gold.doc_id} {gold.note_no}: gold {gold.authors!r} | {gold.title!r} | {gold.year!r} "
             f"(won by {', '.join(case['winners'])})", f"  note: {text[:400]!r}"]
    for name, run in case["runs"].items():
        pred = run.predicted
        mine = pred[(pred.doc_id == gold.doc_id) & (pred.note_no.map(note_key) == number)]
        for k, row in mine.iterrows():
            fields = " | ".join(f"{c}={row[c]!r}" for c in SHOWN if c in row and str(row[c]) not in ("", "nan"))
            mark = "*" if case["hits"][name].get(case["gold"].name) == k else " "
            lines.append(f"  {mark}{name}: {fields}")
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    rows = None
    if argv[:1] == ["--rows"]:
        rows, argv = Path(argv[1]), argv[2:]
        rows.mkdir(parents=True, exist_ok=True)
    sources = [("cv", lambda: cv_tables(Path(argv[1])))] if argv[:1] == ["--cv"] else \
        [(name, lambda name=name: round_tables(FIXTURES / name)) for name in argv]
    for name, load in sources:
        tables, gold, notes = load()
        if rows is not None:
            tables["merged"].to_csv(rows / f"{name}.csv", index=False)
        cases, counts = lost(tables, gold)
        print(f"## {name}: {counts}")
        for case in cases:
            print(show(case, notes))


if __name__ == "__main__":
    main(sys.argv[1:])
