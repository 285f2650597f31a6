"""Train the literature reference model on the corpus gold, or cross-validate it by article.

Training data: the notes histkit reads from each corpus PDF (``rg/``, ``law/``)
with the TEI gold's fields found in them (`histkit.literature.align`). Gold
tied to notes (``@source="fnN"``) labels that note; gold in document order
(files without ``@source``) is found in the notes in order.

    python scripts/train_literature_model.py            # train on every article, write the shipped model
    python scripts/train_literature_model.py --cv       # train on all but one article, score it, for each

Run: .venv/bin/python scripts/train_literature_model.py [CORPUS] [--cv] [--notes CACHE.pkl]
     (default CORPUS: $HISTKIT_CORPUS, else ../shared/corpus)
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from histkit import build_tables, load_corpus  # noqa: E402
from histkit.evaluate import evaluate_references, micro_average, read_gold  # noqa: E402
from histkit.literature import label_notes, model_references, train, trimmed  # noqa: E402
from histkit.literature.gold import gold_fields  # noqa: E402
from histkit.literature.merge import usable  # noqa: E402
from histkit.literature.model import MODEL_FILE, PARAMS, scratch_model  # noqa: E402

from benchmarks.corpus import DEFAULT_CORPUS  # noqa: E402
FOLDERS = ("rg", "law")
TARGET = ROOT / "histkit" / "data" / "literature"


def corpus_notes(corpus: Path, cache: Path | None) -> pd.DataFrame:
    """The notes histkit reads from the corpus PDFs, doc_id the file's stem (read once into ``cache`` if given)."""
    if cache and cache.is_file():
        return pd.read_pickle(cache)
    paths = sorted(p for folder in FOLDERS for p in (corpus / folder).glob("*.pdf"))
    tables = build_tables(load_corpus(paths))
    stems = {d: Path(p).stem for d, p in zip(tables["documents"].doc_id, tables["documents"].path)}
    notes = tables["notes"].assign(doc_id=lambda f: f.doc_id.map(stems))[["doc_id", "note_no", "text"]]
    if cache:
        notes.to_pickle(cache)
    return notes


def articles(corpus: Path) -> list[tuple[str, Path, str]]:
    """(doc_id, gold file, language) of every article with reference gold, sorted."""
    import json

    records = {Path(r["file"]).name: r for r in json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))}
    out = []
    for path in sorted(p for folder in FOLDERS for p in (corpus / folder).glob("*.tei.xml")):
        doc_id = path.name.removesuffix(".tei.xml")
        language = records.get(path.name, {}).get("language", "?").split("(")[0].replace(" ", "") or "?"
        out.append((doc_id, path, language))
    return out


def labelled(notes: pd.DataFrame, found: list[tuple[str, Path, str]]) -> tuple[dict[str, list[dict]], pd.DataFrame]:
    """Each article's labelled notes, and a table of how much of its gold was found in its notes."""
    data, counts = {}, []
    for doc_id, path, language in found:
        mine = notes[notes.doc_id == doc_id]
        done, count = label_notes(list(zip(mine.note_no.astype(str), mine.text.astype(str))),
                                  gold_fields(path.read_bytes()))
        data[doc_id] = [trimmed(note) for note in done]
        counts.append(dict(count, doc_id=doc_id, language=language))
    return data, pd.DataFrame(counts)


def cross_validate(notes, found, data, dump: Path | None = None) -> None:
    """For each article: train on the others, read its notes, score them against its gold; print the tables.

    Scored are the references the merge would use (`usable`: confident, with a title or an author and a year);
    ``dump`` keeps all of them, with their confidence, in a pickle.
    """
    gold = pd.concat([read_gold(path, doc_id).table for doc_id, path, _ in found], ignore_index=True)
    described = pd.DataFrame([{"doc_id": d, "language": lang} for d, _, lang in found])
    predicted = []
    for doc_id, _, _ in found:
        rest = [note for other, done in data.items() if other != doc_id for note in done]
        model = train(rest, scratch_model())
        predicted.append(model_references(notes[notes.doc_id == doc_id], model))
        print(f"  {doc_id}: {len(predicted[-1])} references", file=sys.stderr)
    predicted = pd.concat(predicted, ignore_index=True)
    if dump:
        predicted.to_pickle(dump)
    run = evaluate_references(gold, predicted[usable(predicted)], described)
    cols = ["gold", "predicted", "matched", "precision", "recall", "f1"]
    print("## Per article (cross-validated by article)\n")
    print(run.articles[["doc_id", "language"] + cols].to_string(index=False, float_format="%.2f"))
    print("\n## Micro-average by language and over the corpus\n")
    print(micro_average(run.articles, "language")[["language"] + cols].to_string(index=False, float_format="%.2f"))
    print(micro_average(run.articles)[cols].to_string(index=False, float_format="%.2f"))
    print("\n## Field accuracy, strict / soft (n)\n")
    for by in ("language", ()):
        table = micro_average(run.field_accuracy, by)
        print(table[([by] if by else []) + ["field", "n", "strict", "soft"]].to_string(index=False, float_format="%.2f"))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--cv", action="store_true", help="cross-validate by article instead of training the model")
    parser.add_argument("--notes", type=Path, help="a pickle of the corpus notes (made on first use)")
    parser.add_argument("--predictions", type=Path, help="with --cv: keep every reference read in this pickle")
    parser.add_argument("--out", type=Path, default=TARGET / MODEL_FILE, help="where to write the model")
    args = parser.parse_args(argv)
    found = articles(args.corpus)
    notes = corpus_notes(args.corpus, args.notes)
    data, counts = labelled(notes, found)
    print("## Gold found in the notes (training labels)\n")
    print(counts[["doc_id", "language", "gold", "aligned", "notes"]].to_string(index=False) + "\n")
    if args.cv:
        cross_validate(notes, found, data, args.predictions)
        return
    model = train([note for doc_id, _, _ in found for note in data[doc_id]], args.out)
    digest = hashlib.sha256(model.read_bytes()).hexdigest()
    print(f"wrote {model} ({model.stat().st_size} bytes, sha256 {digest})")
    write_note(model, found, counts, digest)


def write_note(model: Path, found, counts: pd.DataFrame, digest: str) -> None:
    """The model's provenance beside it: the articles, the labelled notes, the parameters, its hash."""
    lines = [f"# {model.name}: what it was trained on", "",
             "Made by `make model` (scripts/train_literature_model.py) from the shared corpus' rg/ and law/ PDFs,",
             "read by histkit, with the TEI reference gold's fields found in the notes' text.", "",
             f"Parameters: {PARAMS}", f"Notes: {int(counts.notes.sum())} labelled, "
             f"gold references found {int(counts.aligned.sum())} of {int(counts.gold.sum())}.",
             f"sha256: {digest}", "", "| article | language | gold | found | notes |", "|---|---|---|---|---|"]
    lines += [f"| {r.doc_id} | {r.language} | {r.gold} | {r.aligned} | {r.notes} |" for r in counts.itertuples()]
    model.with_name("MODEL.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
