"""Train the literature reference model on the corpus gold, or cross-validate it by article.

Training data: the notes histkit reads from each corpus PDF (``rg/``, ``law/``)
with the TEI gold's fields found in them (`histkit.literature.align`). Gold
tied to notes (``@source="fnN"``) labels that note; gold in document order
(files without ``@source``) is found in the notes in order.

    python scripts/train_literature_model.py            # train on every article, write the shipped model
    python scripts/train_literature_model.py --cv       # train on all but one article, score it, for each
    python scripts/train_literature_model.py --rounds round1 round2   # train on the reference rounds' articles too
    python scripts/train_literature_model.py --rounds round1 round2 --hold-out-rounds round2   # score round2 unseen

``--rounds`` adds the articles of hand-written reference rounds
(``tests/fixtures/references/roundN``: TEI articles, notes read by histkit's
TEI route, with their ``.gold.xml`` found in the notes as the corpus gold is)
to the training data: to every fold of ``--cv`` (the folds stay the corpus
articles) and to the shipped model. Their repeat gold (``type="repeat"``:
Ibid., op. cit., short forms) is left out, so a repeat is labelled ``out`` as
in the corpus gold, which annotates none. ``--corpus-weight K`` counts every
corpus note K times, should the rounds' notes swamp the corpus'.
``--hold-out-rounds`` measures what the rounds predict of a new language: for
each round named, a model trained on the corpus and the other rounds reads
it, scored as ``scripts/measure_references.py`` scores it (micro-F1 of the
merged table, all gold / full vs full), beside the shipped model's score.

The shipped model is trained without the rounds (``make model`` passes none):
measured on 2026-12-02 (PARAMS as they are), training on rounds 1-16 too
reads the corpus worse by cross-validation by article (model alone micro-F1
0.629 -> 0.592, merged without repeats 0.701 -> 0.678) and the held-out
rounds mixed (all gold, shipped model -> trained on the corpus and the other
15 rounds: round 13 0.975 -> 0.958, 14 0.933 -> 0.944, 15 0.910 -> 0.932;
with ``--corpus-weight 2``: 0.958, 0.922, 0.932),
with twice the model's size. The rounds' notes (~50,000 tokens, 60 languages)
outweigh the corpus' (~30,000): their invented, tidy notes pull the model away
from the corpus' real legal notes.

``--cv`` scores three tables of each held-out article: the model alone, the
rule parser alone, and what users get, the rule parser's rows merged with the
model's readings (`histkit.literature.with_model_references`) — P/R/F1 per
article, per language and over the corpus, and field accuracies — and the
merged table once more without its repeat rows, which the corpus gold never
annotates; then the merged rows by origin (model, rules, repeat) and whether
they matched, and the F1 of choosing per note the better of the model's and the
rules' rows (an oracle of the merge).
``--models DIR`` keeps the fold models (named by a hash of what they were
trained on, the notes as the model reads them, and how, `PARAMS`), so a second
run that changes only the merge takes seconds, and one that changes the
features or the training trains new ones.

Run: .venv/bin/python scripts/train_literature_model.py [CORPUS] [--cv] [--notes CACHE.pkl] [--models DIR]
     (default CORPUS: $HISTKIT_CORPUS, else ../shared/corpus)
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import re
import sys
from xml.etree import ElementTree
from unittest import mock
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from histkit import analyse_layout, load_corpus  # noqa: E402
from histkit.citations import extract_citations, not_literature  # noqa: E402
from histkit.evaluate import TEI, evaluate_references, micro_average, read_gold  # noqa: E402
from histkit.literature import label_notes, model_references, train, trimmed, with_model_references  # noqa: E402
from histkit.literature.gold import gold_fields  # noqa: E402
from histkit.literature.usable import usable  # noqa: E402
import histkit.literature.merge as literature_merge  # noqa: E402
import histkit.literature.model as literature_model  # noqa: E402
from histkit.literature.model import MODEL_FILE, PARAMS, input_digest, scratch_model  # noqa: E402

from benchmarks.corpus import DEFAULT_CORPUS  # noqa: E402
FOLDERS = ("rg", "law")
TARGET = ROOT / "histkit" / "data" / "literature"
ROUNDS = ROOT / "tests" / "fixtures" / "references"


def corpus_notes(corpus: Path, cache: Path | None) -> pd.DataFrame:
    """The notes histkit reads from the corpus PDFs, doc_id the file's stem (read once into ``cache`` if given)."""
    if cache and cache.is_file():
        return pd.read_pickle(cache)
    paths = sorted(p for folder in FOLDERS for p in (corpus / folder).glob("*.pdf"))
    notes = layout_notes(paths, {str(path): path.stem for path in paths})
    if cache:
        notes.to_pickle(cache)
    return notes


def layout_notes(paths: list[Path], names: dict[str, str]) -> pd.DataFrame:
    """The notes of the notes table `build_tables` gives for ``paths`` (doc_id ``names[path]``), from their layouts
    alone: the citations, dates and mentions that `build_tables` finds too are two thirds of its time here, and
    training reads none of them. For example ``layout_notes([Path("rg/a.pdf")], {"rg/a.pdf": "a"})`` gives a row
    (``"a"``, note_no, text) for each note of ``rg/a.pdf``.
    """
    rows = []
    for doc in load_corpus(paths):
        try:
            layout = analyse_layout(doc)
        except Exception:  # (left out of every table, as `build_tables` leaves a document whose layout failed)
            continue
        rows += [(names[str(doc.path)], note.note_no, note.text) for note in layout.notes]
    return pd.DataFrame(rows, columns=["doc_id", "note_no", "text"])


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


def round_articles(rounds: list[str], fixtures: Path = ROUNDS) -> list[tuple[str, Path, str]]:
    """(doc_id ``roundN/stem``, gold file, language: the stem's letters before its first digit) of every article of
    the named reference rounds, in the order named, each round's sorted."""
    out = []
    for name in rounds:
        golds = sorted((fixtures / name).glob("*.gold.xml"))
        if not golds:  # (a misspelt round would otherwise train on nothing, silently)
            sys.exit(f"train_literature_model: no round {name!r} with gold in {fixtures}")
        for gold in golds:
            stem = gold.name.removesuffix(".gold.xml")
            out.append((f"{name}/{stem}", gold, re.split(r"\d", stem, maxsplit=1)[0]))
    return out


def round_notes(found: list[tuple[str, Path, str]], cache: Path | None) -> pd.DataFrame:
    """The notes histkit reads from the rounds' TEI articles (beside each gold file), doc_id as `round_articles`
    names them (read once into ``cache`` if given; read again when it lacks an article)."""
    wanted = [doc_id for doc_id, _, _ in found]
    if cache and cache.is_file():
        notes = pd.read_pickle(cache)
        if set(wanted) <= set(notes.doc_id):
            return notes[notes.doc_id.isin(wanted)]
    paths = [gold.with_name(gold.name.removesuffix(".gold.xml") + ".xml") for _, gold, _ in found]
    notes = layout_notes(paths, {str(path): doc_id for path, doc_id in zip(paths, wanted)})
    if cache:
        notes.to_pickle(cache)
    return notes


def full_gold(xml: bytes) -> list[dict]:
    """`gold_fields` of the references that are no repeats (``type="repeat"``): the corpus gold annotates none, so
    a repeat's tokens stay ``out`` in every article the model learns from."""
    root = ElementTree.fromstring(xml)
    for parent in root.iter():
        for child in [c for c in parent if c.tag == f"{TEI}biblStruct" and c.get("type") == "repeat"]:
            parent.remove(child)
    return gold_fields(ElementTree.tostring(root))


def labelled(notes: pd.DataFrame, found: list[tuple[str, Path, str]], gold=gold_fields
             ) -> tuple[dict[str, list[dict]], pd.DataFrame]:
    """Each article's labelled notes, and a table of how much of its gold (read by ``gold``) was found in its notes."""
    data, counts = {}, []
    for doc_id, path, language in found:
        mine = notes[notes.doc_id == doc_id]
        done, count = label_notes(list(zip(mine.note_no.astype(str), mine.text.astype(str))),
                                  gold(path.read_bytes()))
        data[doc_id] = [trimmed(note) for note in done]
        counts.append(dict(count, doc_id=doc_id, language=language))
    return data, pd.DataFrame(counts)


def rule_tables(notes: pd.DataFrame):
    """The citations and the rule parser's references of the notes, before any model's readings are merged in.

    `extract_citations` merges the shipped model's readings as its last step; here that step is left out, so a
    model trained without the article can be merged instead (`with_model_references`, as users get it).
    """
    import histkit.citations.extract as extract

    with mock.patch.object(extract, "with_model_references", lambda references, *_: references):
        return extract_citations(notes)


def training_notes(data: dict[str, list[dict]], weights: dict[str, int] | None = None, but=()) -> list[dict]:
    """The labelled notes of every article of ``data`` but those in ``but``, each counted as often as ``weights``
    says (default once), in ``data``'s order."""
    weights = weights or {}
    return [note for doc_id, done in data.items() if doc_id not in but
            for _ in range(weights.get(doc_id, 1)) for note in done]


def fold_model(doc_id: str | tuple, data: dict[str, list[dict]], folder: Path | None, digests: dict[str, str],
               weights: dict[str, int] | None = None) -> Path:
    """A model trained on every article of ``data`` but ``doc_id`` (one, or a tuple of several), kept in ``folder``
    under a hash of what it read and how: the other articles' `input_digest` (``digests``: their notes as attribute
    names, and labels), their ``weights`` other than 1 and `PARAMS`. A change of the features or of the training
    gives a new name, never a stale model."""
    but = set(doc_id) if isinstance(doc_id, tuple) else {doc_id}
    rest = training_notes(data, weights, but)
    if folder is None:
        return train(rest, scratch_model())
    read = [digests[other] for other in data if other not in but]
    heavier = sorted((d, w) for d, w in (weights or {}).items() if w != 1 and d not in but)
    key = hashlib.sha256(repr((read, sorted(PARAMS.items())) + ((heavier,) if heavier else ())).encode()
                         ).hexdigest()[:16]
    name = "-".join(d.replace("/", "_") for d in sorted(but))  # (a round's article is named roundN/stem)
    path = folder / f"{name}-{key}.crfsuite"
    if not path.is_file():
        folder.mkdir(parents=True, exist_ok=True)
        train(rest, path.with_suffix(".part")).rename(path)
    return path


def cross_validate(notes, found, data, dump: Path | None = None, models: Path | None = None,
                   weights: dict[str, int] | None = None) -> dict:
    """For each article: train on the others, read its notes, score them against its gold; print the tables.

    Scored are the model alone (the references `usable` would let the merge take: confident, with a title or
    an author and a year), the rule parser alone, and the table users get: the rule parser's rows of the
    article merged with that model's readings (`with_model_references`). The merged table is scored once more
    without its repeat rows (``ref_of`` set: Ibid., op. cit., supra note): the corpus gold annotates no repeats,
    so there each is a false positive whether it is right or not. ``dump`` keeps the tables, and every reference
    the model read with its confidence, in a pickle; ``models`` keeps the fold models.
    """
    gold = pd.concat([read_gold(path, doc_id).table for doc_id, path, _ in found], ignore_index=True)
    described = pd.DataFrame([{"doc_id": d, "language": lang} for d, _, lang in found])
    rules = rule_tables(notes)
    read, merged = [], []
    digests = {doc_id: input_digest(done) for doc_id, done in data.items()} if models else {}
    for doc_id, _, _ in found:
        model = fold_model(doc_id, data, models, digests, weights)
        mine = notes[notes.doc_id == doc_id]
        read.append(model_references(mine, model))
        merged.append(with_model_references(rules.references[rules.references.doc_id == doc_id], mine,
                                            rules.citations[rules.citations.doc_id == doc_id], model,
                                            source_kind=not_literature))
        print(f"  {doc_id}: {len(read[-1])} model references, {len(merged[-1])} merged", file=sys.stderr)
    read = pd.concat(read, ignore_index=True)
    merged = pd.concat(merged, ignore_index=True)
    tables = {"model": read[usable(read)], "rules": rules.references, "merged": merged,
              "merged-no-repeats": merged[merged.ref_of.fillna("").astype(str) == ""]}
    if dump:
        pd.to_pickle(dict(tables, read=read), dump)
    runs = {name: evaluate_references(gold, table, described) for name, table in tables.items()}
    print_runs(runs)
    print_merge(runs)
    return runs


def print_runs(runs: dict) -> None:
    """Per article, by language and over the corpus: each table's P/R/F1; then the field accuracies."""
    cols = ["gold", "predicted", "matched", "precision", "recall", "f1"]
    names = list(runs)
    first = runs[names[0]].articles
    print("## Per article, F1 (cross-validated by article)\n")
    table = first[["doc_id", "language", "gold"]].assign(**{name: runs[name].articles.f1 for name in names})
    print(table.to_string(index=False, float_format="%.2f"))
    for name in names:
        print(f"\n## {name}: micro-average by language and over the corpus\n")
        print(micro_average(runs[name].articles, "language")[["language"] + cols].to_string(
            index=False, float_format="%.3f"))
        print(micro_average(runs[name].articles)[cols].to_string(index=False, float_format="%.3f"))
    print("\n## Field accuracy over the corpus, strict / soft (n)\n")
    fields = None
    for name in names:
        table = micro_average(runs[name].field_accuracy)[["field", "n", "strict", "soft"]]
        table = table.rename(columns={c: f"{name} {c}" for c in ("n", "strict", "soft")})
        fields = table if fields is None else fields.merge(table, on="field")
    print(fields.to_string(index=False, float_format="%.2f"))


def print_merge(runs: dict) -> None:
    """Where the merged table's rows come from (the model, the rules, repeats) and how many matched the gold; and
    what choosing per note the better of the model's and the rules' rows would give (an oracle: where both read a
    reference in a note, the one with more matches less misses; elsewhere the merged rows)."""
    merged = runs["merged"]
    rows = merged.predicted.assign(
        origin=lambda f: f.source.where(f.ref_of.fillna("").astype(str) == "", "repeat"),
        matched=lambda f: f.index.isin(merged.alignment.pred_row[merged.alignment.outcome == "tp"].astype(int)))
    print("\n## merged: rows by origin, matched or not\n")
    print(pd.crosstab(rows.origin, rows.matched, margins=True).to_string())
    counts = {name: _note_counts(runs[name]) for name in ("model", "rules", "merged")}
    matched = predicted = 0
    for key in set().union(*counts.values()):
        m, r, g = (counts[name].get(key, (0, 0)) for name in ("model", "rules", "merged"))
        best = max((m, r), key=lambda c: (c[0] - c[1], -c[1])) if sum(m) and sum(r) else g
        matched, predicted = matched + best[0], predicted + sum(best)
    gold = int(merged.articles.gold.sum())
    p, r = matched / max(predicted, 1), matched / max(gold, 1)
    print(f"\noracle (per note the better of model and rules where both read one): matched {matched}, "
          f"predicted {predicted}, P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f}")


def _note_counts(evaluation) -> dict:
    """(matched, unmatched) predictions of each (doc_id, note) of an evaluation."""
    counts: dict = {}
    found = evaluation.alignment[evaluation.alignment.outcome != "fn"]
    for doc_id, note, outcome in zip(found.doc_id, found.pred_note_no, found.outcome):
        tp, fp = counts.get((doc_id, note), (0, 0))
        counts[(doc_id, note)] = (tp + (outcome == "tp"), fp + (outcome == "fp"))
    return counts


def hold_out_rounds(held: list[str], found, data, models: Path | None, weights: dict[str, int] | None = None
                    ) -> pd.DataFrame:
    """For each round of ``held``: micro-F1 of its merged references table (all gold, full vs full, as
    ``scripts/measure_references.py`` scores them) read with the shipped model, and with a model trained on
    ``data`` but that round's articles (kept in ``models`` as the fold models are)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from measure_references import score_round

    digests = {doc_id: input_digest(done) for doc_id, done in data.items()} if models else {}
    rows = []
    for name in held:
        mine = tuple(doc_id for doc_id, _, _ in found if doc_id.split("/")[0] == name)
        model = fold_model(mine, data, models, digests, weights)
        for reader, path in (("shipped model", None), ("trained without the round", model)):
            with _reading_with(path):
                scores = score_round(ROUNDS / name)
            row = {"round": name, "model": reader}
            for subset in ("all", "full vs full"):
                total = micro_average(scores[scores.gold_subset == subset].assign(all="all"), "all").iloc[0]
                row.update({f"{subset} F1": total.f1, f"{subset} P": total.precision, f"{subset} R": total.recall})
            rows.append(row)
            each = scores[scores.gold_subset == "all"]
            row["articles"] = " ".join(f"{d.split('-')[0]} {f:.2f}" for d, f in zip(each.doc_id, each.f1))
            print(f"  {name}, {reader}: {row['all F1']:.3f} / {row['full vs full F1']:.3f}", file=sys.stderr)
    table = pd.DataFrame(rows)
    print("## Held-out rounds: micro-F1 of the merged table (all gold / full vs full)\n")
    print(table.to_string(index=False, float_format="%.3f"))
    return table


def _reading_with(path: Path | None):
    """A context in which histkit's tables take the model at ``path`` for the shipped one (``None``: the shipped)."""
    stack = contextlib.ExitStack()
    if path is None:
        return stack
    for module in (literature_model, literature_merge):
        stack.enter_context(mock.patch.object(module, "shipped_model", lambda: path))
    return stack


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--cv", action="store_true", help="cross-validate by article instead of training the model")
    parser.add_argument("--notes", type=Path, help="a pickle of the corpus notes (made on first use)")
    parser.add_argument("--predictions", type=Path, help="with --cv: keep the tables scored in this pickle")
    parser.add_argument("--models", type=Path, help="with --cv: keep the fold models in this folder, and reuse them")
    parser.add_argument("--rounds", nargs="+", default=[], metavar="ROUND",
                        help="train on these reference rounds' articles too (tests/fixtures/references/ROUND)")
    parser.add_argument("--rounds-notes", type=Path, help="a pickle of the rounds' notes (made on first use)")
    parser.add_argument("--corpus-weight", type=int, default=1, help="count every corpus note this many times")
    parser.add_argument("--hold-out-rounds", nargs="+", default=[], metavar="ROUND",
                        help="score each of these rounds (of --rounds) with a model trained without it")
    parser.add_argument("--out", type=Path, default=TARGET / MODEL_FILE, help="where to write the model")
    args = parser.parse_args(argv)
    found = articles(args.corpus)
    notes = corpus_notes(args.corpus, args.notes)
    data, counts = labelled(notes, found)
    extra = round_articles(args.rounds)
    if extra:
        more, more_counts = labelled(round_notes(extra, args.rounds_notes), extra, full_gold)
        data, counts = dict(data, **more), pd.concat([counts, more_counts], ignore_index=True)
    weights = {doc_id: args.corpus_weight for doc_id, _, _ in found} if args.corpus_weight != 1 else None
    print("## Gold found in the notes (training labels)\n")
    print(counts[["doc_id", "language", "gold", "aligned", "notes"]].to_string(index=False) + "\n")
    if args.hold_out_rounds:
        hold_out_rounds(args.hold_out_rounds, extra, data, args.models, weights)
        return
    if args.cv:
        cross_validate(notes, found, data, args.predictions, args.models, weights)
        return
    model = train(training_notes(data, weights), args.out)
    digest = hashlib.sha256(model.read_bytes()).hexdigest()
    print(f"wrote {model} ({model.stat().st_size} bytes, sha256 {digest})")
    write_note(model, found, counts, digest, args.rounds, args.corpus_weight)


def write_note(model: Path, found, counts: pd.DataFrame, digest: str, rounds: list[str] = (),
               corpus_weight: int = 1) -> None:
    """The model's provenance beside it: the articles, the labelled notes, the parameters, its hash."""
    lines = [f"# {model.name}: what it was trained on", "",
             "Made by `make model` (scripts/train_literature_model.py) from the shared corpus' rg/ and law/ PDFs,",
             "read by histkit, with the TEI reference gold's fields found in the notes' text."]
    if rounds:
        lines += [f"With the TEI articles of the reference rounds {' '.join(rounds)} (tests/fixtures/references/,",
                  "notes read by histkit, repeat gold left out)"
                  + (f"; every corpus note counted {corpus_weight} times." if corpus_weight != 1 else ".")]
    lines += ["", f"Parameters: {PARAMS}", f"Notes: {int(counts.notes.sum())} labelled, "
             f"gold references found {int(counts.aligned.sum())} of {int(counts.gold.sum())}.",
             f"sha256: {digest}", "", "| article | language | gold | found | notes |", "|---|---|---|---|---|"]
    lines += [f"| {r.doc_id} | {r.language} | {r.gold} | {r.aligned} | {r.notes} |" for r in counts.itertuples()]
    model.with_name("MODEL.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
