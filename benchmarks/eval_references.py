"""Literature references against external gold: histkit's references table, and refextract on the same notes.

The gold is the TEI reference annotation of the shared corpus (``rg/*.tei.xml``,
``law/*.tei.xml``: ``standOff/listBibl/biblStruct``, ``@source="fnN"`` for the
note; see its README). A TEI file without reference gold (the PNZ editions,
which hold the notes' text but no structured references) is listed as skipped.
histkit reads each gold article's PDF, and its Word file or its TEI text where
the corpus has one; its ``references`` table is scored by
`histkit.evaluate.evaluate_references`: a reference is found when the first
author's surname and the year agree or the titles are at least 0.8 similar
(difflib's Ratcliff/Obershelp ratio on folded titles), one-to-one (greedy by
score), within the note where both sides know it; field accuracy is strict
(exact) and soft (folded, or 0.8 Levenshtein-similar; numbers by their first
number), as GROBID's end-to-end evaluation does.

The baseline: refextract (``extract_references_from_string``, as a reference
list) run on each note histkit read from the same PDF, one call per note, so the
note of each of its references is known and both parsers see the same text. Its
fields map to ours: ``author`` (joined) → authors, ``title`` → title, else its
first ``misc`` text (where it leaves what it did not recognise, the title
among it); ``journal_title`` → container, else a second ``misc`` text;
``journal_year``/``year`` → year; ``journal_volume`` → volume;
``journal_page`` → pages.

histkit's references table holds the learned reader's references where it is
confident (`histkit.literature`), the rule parser's elsewhere. The shipped model
was trained on this very corpus, so its figures here are in-sample: the
figures that say how it does on an article it has not seen come from
cross-validation by article, ``python scripts/train_literature_model.py --cv``.

Everything goes to stdout as Markdown.

Run: .venv/bin/python benchmarks/eval_references.py [CORPUS] [--no-refextract] [--pdftotext] [--examples N]
     (default CORPUS: $HISTKIT_CORPUS, else ../shared/corpus)
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import logging
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from histkit import __version__, build_tables, load_corpus  # noqa: E402
from histkit.evaluate import FIELDS, evaluate_references, gold_scope, micro_average, note_key, read_gold  # noqa: E402

from corpus import DEFAULT_CORPUS  # noqa: E402
FOLDERS = ("rg", "law", "pnz")
PRED_COLUMNS = ["doc_id", "note_no", "seq", "authors", "title", "container", "year", "volume", "pages", "raw"]


def manifest(corpus: Path) -> dict[str, dict]:
    """The corpus manifest's records by file name."""
    path = corpus / "manifest.json"
    rows = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else []
    return {Path(r["file"]).name: r for r in rows}


def language_of(record: dict | None) -> str:
    """The article's language as the manifest gives it, first words only: `de (English abstract)` → `de`."""
    words = (record or {}).get("language", "").split("(")[0].split(";")[0].replace(" ", "")
    return words or "?"


def stem(path: Path) -> str:
    return path.name.removesuffix(".tei.xml").removesuffix(path.suffix)


def read_all_gold(corpus: Path, records: dict) -> tuple[pd.DataFrame, pd.DataFrame, list[str]]:
    """The gold references of every TEI file that has them, the articles (doc_id, language, linked) and what was skipped."""
    tables, articles, skipped = [], [], []
    for path in sorted(p for folder in FOLDERS for p in (corpus / folder).glob("*.tei.xml")):
        gold = read_gold(path, stem(path))
        if gold.table.empty:
            skipped.append(f"{path.relative_to(corpus)}: {'; '.join(p.message for p in gold.problems)}")
            continue
        tables.append(gold.table)
        linked = "yes" if (gold.table.note_no != "").any() else "no"
        articles.append({"doc_id": stem(path), "folder": path.parent.name, "language": language_of(records.get(path.name)),
                         "linked": linked, "footnotes": (records.get(f"{stem(path)}.pdf") or {}).get("footnotes", "")})
    return pd.concat(tables, ignore_index=True), pd.DataFrame(articles), skipped


def inputs_of(corpus: Path, articles: pd.DataFrame) -> dict[str, list[Path]]:
    """The files histkit reads per input route: the PDF, and the Word file or a TEI with text where there is one."""
    routes: dict[str, list[Path]] = {"pdf": [], "docx": [], "tei": []}
    for folder, doc_id in zip(articles.folder, articles.doc_id):
        base = corpus / folder / doc_id
        for route, path in (("pdf", base.with_name(doc_id + ".pdf")), ("docx", base.with_name(doc_id + ".docx"))):
            if path.is_file():
                routes[route].append(path)
        tei = base.with_name(doc_id + ".tei.xml")
        if tei.is_file() and b"<text" in tei.read_bytes():  # a gold file alone holds no article to read
            routes["tei"].append(tei)
    return {route: paths for route, paths in routes.items() if paths}


def pdftotext_files(pdfs: list[Path], folder: Path) -> list[Path]:
    """Each PDF's `pdftotext` text as FOLDER/STEM.txt (the route the issue's first figures were measured on)."""
    out = []
    for pdf in pdfs:
        done = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True)
        target = folder / f"{pdf.stem}.txt"
        target.write_text(done.stdout.decode("utf-8", errors="replace"), encoding="utf-8")
        out.append(target)
    return out


def run_histkit(paths: list[Path]) -> dict[str, pd.DataFrame]:
    """histkit's references, notes and citations for the files, keyed by the gold's doc_id (the file's stem)."""
    tables = build_tables(load_corpus(paths))
    ids = {doc: stem(Path(path)) for doc, path in zip(tables["documents"].doc_id, tables["documents"].path)}
    return {name: tables[name].assign(doc_id=lambda f: f.doc_id.map(ids)) for name in ("references", "notes", "citations")}


def refextract_fields(ref: dict) -> dict:
    """One refextract reference as a row of our columns (see the module's docstring for the mapping)."""
    def first(*keys: str) -> str:
        return next((" ".join(str(ref[k][0]).split()) for k in keys if ref.get(k)), "")

    misc = [" ".join(str(m).split()) for m in ref.get("misc", [])]
    return {"authors": "; ".join(" ".join(str(a).split()) for a in ref.get("author", [])),
            "title": first("title") or (misc[0] if misc else ""),
            "container": first("journal_title") or (misc[1] if len(misc) > 1 else ""),
            "year": first("journal_year", "year"), "volume": first("journal_volume"), "pages": first("journal_page"),
            "raw": first("raw_ref")}


def run_refextract(notes: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """refextract on each note's text, one call per note; the rows and how many notes it failed on."""
    from refextract import extract_references_from_string

    logging.disable(logging.WARNING)  # refextract logs every reference it cannot read
    rows, failed = [], 0
    for doc_id, note_no, text in zip(notes.doc_id, notes.note_no, notes.text):
        try:
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                found = extract_references_from_string(str(text), is_only_references=True)
        except Exception:  # a baseline that breaks on one note should not stop the benchmark
            failed += 1
            continue
        rows += [dict(refextract_fields(ref), doc_id=doc_id, note_no=str(note_no), seq=k)
                 for k, ref in enumerate(found, 1)]
    logging.disable(logging.NOTSET)
    return pd.DataFrame(rows, columns=PRED_COLUMNS), failed


def lost_gold(gold: pd.DataFrame, notes: pd.DataFrame) -> pd.Series:
    """Per article, the gold references tied to a note histkit did not read at all (lost notes)."""
    read = set(zip(notes.doc_id, (note_key(n) for n in notes.note_no)))
    linked = gold[gold.note_no != ""]
    lost = [(d, n) not in read for d, n in zip(linked.doc_id, linked.note_no)]
    return linked[lost].groupby("doc_id").size()


def miss_causes(run, citations: pd.DataFrame, notes: pd.DataFrame) -> pd.DataFrame:
    """What histkit made of the note of each gold reference it missed (gold tied to a note only)."""
    read = set(zip(notes.doc_id, (note_key(n) for n in notes.note_no)))
    kinds: dict[tuple, set] = {}
    for doc_id, note_no, kind in zip(citations.doc_id, citations.note_no, citations.kind):
        kinds.setdefault((doc_id, note_key(note_no)), set()).add(kind)
    causes = []
    for row in run.alignment[run.alignment.outcome == "fn"].itertuples(index=False):
        key = (row.doc_id, row.note_no)
        if not row.note_no:
            continue
        found = kinds.get(key, set())
        if key not in read:
            causes.append("note not read")
        elif "literature" in found:
            causes.append("a reference in the note, but none matches (fields split wrongly, or another work)")
        elif found:
            causes.append("the note's citations read as " + " + ".join(sorted(found)) + ", no reference")
        else:
            causes.append("note read, no citation found in it")
    counts = pd.Series(causes, dtype=object).value_counts()
    return pd.DataFrame({"cause": counts.index, "missed gold references": counts.values})


def fmt(x: float) -> str:
    return f"{x:.2f}"


def markdown(frame: pd.DataFrame) -> str:
    cells = [[str(v) for v in row] for row in frame.itertuples(index=False)]
    lines = ["| " + " | ".join(frame.columns) + " |", "|" + "---|" * len(frame.columns)]
    return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in cells])


def prf(scores: pd.DataFrame, prefix: str) -> pd.DataFrame:
    return pd.DataFrame({f"{prefix} refs": scores.predicted.values, f"{prefix} P": scores.precision.map(fmt).values,
                         f"{prefix} R": scores.recall.map(fmt).values, f"{prefix} F1": scores.f1.map(fmt).values})


def article_table(articles: pd.DataFrame, runs: dict, notes: pd.DataFrame, lost: pd.Series) -> pd.DataFrame:
    """One row per article: the gold, the notes histkit read, and each system's P/R/F1."""
    first = next(iter(runs.values())).articles
    base = articles.set_index("doc_id").loc[first.doc_id]
    read = notes.groupby("doc_id").size()
    table = pd.DataFrame({"article": first.doc_id.values, "lang": base.language.values, "linked": base.linked.values,
                          "gold": first.gold.values, "footnotes": base.footnotes.values,
                          "notes read": [int(read.get(d, 0)) for d in first.doc_id],
                          "gold in lost notes": [int(lost.get(d, 0)) for d in first.doc_id]})
    return pd.concat([table] + [prf(run.articles, name) for name, run in runs.items()], axis=1)


def micro_table(runs: dict) -> pd.DataFrame:
    """Micro-averages by language, by whether the gold ties references to notes, and over the corpus."""
    parts = []
    for by in ("language", "linked", ()):
        articles = next(iter(runs.values())).articles
        first = micro_average(articles, by)
        label = [f"{by}: {v}" for v in first[by]] if by else ["all"]
        count = articles.groupby(by).size().loc[first[by]].values if by else [len(articles)]
        table = pd.DataFrame({"group": label, "articles": count, "gold": first.gold.values})
        parts.append(pd.concat([table] + [prf(micro_average(run.articles, by), name) for name, run in runs.items()],
                               axis=1))
    return pd.concat(parts, ignore_index=True)


def field_cells(accuracy: pd.DataFrame, key: str) -> pd.DataFrame:
    """Field accuracy as `strict / soft (n)` cells, one row per ``key`` value, one column per field."""
    rows = []
    for value, group in accuracy.groupby(key, sort=False):
        cells = {f: f"{fmt(r.strict)} / {fmt(r.soft)} ({r.n})" if r.n else "–"
                 for f, r in zip(group.field, group.itertuples())}
        rows.append({key: value, **{f: cells.get(f, "") for f in FIELDS}})
    return pd.DataFrame(rows)


def field_tables(runs: dict) -> list[tuple[str, pd.DataFrame]]:
    out = []
    for name, run in runs.items():
        overall = micro_average(run.field_accuracy).assign(scope="all")
        by_lang = micro_average(run.field_accuracy, "language").assign(scope=lambda f: "language: " + f.language)
        out.append((f"{name}: field accuracy, micro, strict / soft (matched pairs where the gold gives the field)",
                    field_cells(pd.concat([by_lang, overall], ignore_index=True), "scope")))
        out.append((f"{name}: field accuracy per article", field_cells(run.field_accuracy, "doc_id")))
    return out



def examples(run, notes: pd.DataFrame, count: int) -> list[str]:
    """Missed gold references (with the note's text), false predictions and field disagreements, round-robin by article."""
    text = {(d, note_key(n)): " ".join(str(t).split()) for d, n, t in zip(notes.doc_id, notes.note_no, notes.text)}
    gold, pred, al = run.gold, run.predicted, run.alignment
    out = ["### Missed gold references (fn)"]
    for row in _spread(al[al.outcome == "fn"], count):
        g = gold.iloc[int(row.gold_row)]
        note = text.get((row.doc_id, g.note_no), "[note not read]" if g.note_no else "[gold not tied to a note]")
        out.append(f"- {row.doc_id} {'fn' + g.note_no if g.note_no else '(no note)'}: gold `{g.authors} | {g.title} | {g.container} | {g.year}`"
                   f" — note: “{note[:300]}”")
    out.append("\n### Predictions matching no gold (fp)")
    for row in _spread(al[al.outcome == "fp"], count):
        p = pred.iloc[int(row.pred_row)]
        out.append(f"- {row.doc_id} n{p.note_no}: `{p.authors} | {p.title} | {p.container} | {p.year}` "
                   f"— raw: “{' '.join(str(p.raw).split())[:200]}”")
    out.append("\n### Matched, but a field disagrees (soft)")
    wrong = run.fields[~run.fields.soft]
    for row in _spread(wrong, count):
        p = pred.iloc[int(row.pred_row)]
        out.append(f"- {row.doc_id} n{p.note_no} {row.field}: gold `{row.gold}` ≠ `{row.predicted}` "
                   f"— raw: “{' '.join(str(p.raw).split())[:200]}”")
    return out


def _spread(frame: pd.DataFrame, count: int) -> list:
    """Up to ``count`` rows, taken in turn from each article so one long article does not fill the list."""
    queues = [list(group.itertuples(index=False)) for _, group in frame.groupby("doc_id", sort=True)]
    out = []
    while queues and len(out) < count:
        for queue in queues:
            if queue and len(out) < count:
                out.append(queue.pop(0))
        queues = [q for q in queues if q]
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--no-refextract", action="store_true", help="leave the refextract baseline out")
    parser.add_argument("--pdftotext", action="store_true", help="also score histkit on each PDF's pdftotext text")
    parser.add_argument("--examples", type=int, default=0, metavar="N", help="print N failures of each kind")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus} (give its folder, or set HISTKIT_CORPUS)")
        return
    records = manifest(args.corpus)
    gold, articles, skipped = read_all_gold(args.corpus, records)
    routes = inputs_of(args.corpus, articles)
    print(f"# Literature references against TEI gold\n\nhistkit {__version__}; corpus {args.corpus.name}/: "
          f"{len(articles)} articles with reference gold, {len(gold)} gold references.\n")
    print("Skipped (no reference gold):\n" + "\n".join(f"- {s}" for s in skipped) + "\n" if skipped else "")
    with tempfile.TemporaryDirectory() as folder:
        if args.pdftotext and "pdf" in routes:
            routes["pdftotext"] = pdftotext_files(routes["pdf"], Path(folder))
        for route, paths in routes.items():
            report_route(route, paths, gold, articles, args, with_baseline=route == "pdf" and not args.no_refextract)


def report_route(route: str, paths: list[Path], gold: pd.DataFrame, articles: pd.DataFrame, args,
                 with_baseline: bool) -> None:
    """Score histkit (and refextract on the same notes) for one input route and print the tables."""
    done = {stem(p) for p in paths}
    mine = articles[articles.doc_id.isin(done)].reset_index(drop=True)
    tables = run_histkit(paths)
    notes = tables["notes"]
    described = mine[["doc_id", "language", "linked"]]
    references = tables["references"]
    runs = {"histkit": evaluate_references(gold, references, described),
            # as the cross-validation scores (`train_literature_model.py --cv`): this gold annotates few repeats
            "histkit without repeats": evaluate_references(
                gold, references[references.ref_of.fillna("").astype(str) == ""], described)}
    failed = 0
    if with_baseline:
        scoped = notes[notes.doc_id.isin(done)].reset_index(drop=True)
        scoped = scoped[gold_scope(scoped, gold[gold.doc_id.isin(done)])]
        baseline, failed = run_refextract(scoped)
        runs["refextract"] = evaluate_references(gold, baseline, described)
    print(f"## Input: {route} ({len(paths)} files)\n")
    outside = int(runs["histkit"].articles.out_of_scope.sum())
    print(f"histkit references in notes after the last one the gold covers (not scored): {outside}.")
    if with_baseline:
        print(f"refextract ran on the {len(scoped)} notes histkit read that the gold covers"
              + (f"; it failed on {failed}." if failed else "."))
    print()
    print("### Per article (instance level)\n")
    print(markdown(article_table(mine, runs, notes, lost_gold(gold, notes))) + "\n")
    print("### Micro-averages (instance level)\n")
    print(markdown(micro_table(runs)) + "\n")
    for title, table in field_tables(runs):
        print(f"### {title}\n\n{markdown(table)}\n")
    print("### histkit: what became of the notes of the gold references it missed (gold tied to notes)\n")
    print(markdown(miss_causes(runs["histkit"], tables["citations"], notes)) + "\n")
    if args.examples:
        print("\n".join(examples(runs["histkit"], notes, args.examples)) + "\n")


if __name__ == "__main__":
    main()
