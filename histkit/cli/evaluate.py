"""`histkit evaluate`: a references table scored against TEI reference gold (instance P/R/F1, field accuracy)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import ParameterError


def register(commands) -> None:
    """Add `histkit evaluate` to the argparse sub-parsers.

        >>> parser = argparse.ArgumentParser(prog="histkit")
        >>> register(parser.add_subparsers())
        >>> args = parser.parse_args(["evaluate", "a.tei.xml", "--tables", "store/"])
        >>> args.gold, args.tables, args.corpus
        (['a.tei.xml'], 'store/', None)
    """
    parser = commands.add_parser(
        "evaluate",
        help="score the references table against TEI reference gold (standOff/listBibl/biblStruct)",
        description="Read TEI gold files (one per article: standOff/listBibl/biblStruct, @source=\"fnN\" for the "
                    "note) and score histkit's references table against them: instance-level precision, recall "
                    "and F1 (a reference is found when first author and year agree or the titles are 0.8 similar) "
                    "and field accuracy, strict and soft, per article and micro-averaged. An article is the gold "
                    "file's name without .tei.xml; the table's document is the file of the same stem.",
        epilog="Example: histkit evaluate gold/*.tei.xml --corpus articles/\n"
               "         histkit evaluate gold/*.tei.xml --tables tables/   (a store written by histkit tables)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("gold", nargs="+", metavar="GOLD", help="TEI gold files")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--tables", metavar="DIR", help="a store written by histkit tables")
    source.add_argument("--corpus", metavar="PATH", nargs="+", help="the articles' files (or folders) to read now")
    parser.set_defaults(func=_evaluate)


def _evaluate(args) -> int:
    import pandas as pd

    from ..evaluate import FIELDS, evaluate_references, micro_average, read_gold

    golds = [read_gold(path) for path in args.gold]
    for gold in golds:
        for problem in gold.problems:
            print(f"histkit evaluate: {problem.doc_id}: {problem.message}")
    gold = pd.concat([g.table for g in golds], ignore_index=True)
    if gold.empty:
        raise ParameterError("no gold reference in the files given")
    run = evaluate_references(gold, _references(args))
    print(run.articles[["doc_id", "gold", "predicted", "matched", "precision", "recall", "f1"]]
          .to_string(index=False, float_format="%.2f"))
    total = micro_average(run.articles).iloc[0]
    print(f"\nmicro-average: {int(total.matched)} of {int(total.gold)} gold found, {int(total.predicted)} predicted; "
          f"P {total.precision:.2f} R {total.recall:.2f} F1 {total.f1:.2f}")
    fields = micro_average(run.field_accuracy)
    print("field accuracy (strict / soft, n): " + "; ".join(
        f"{r.field} {r.strict:.2f} / {r.soft:.2f} ({r.n})" for r in fields.itertuples() if r.field in FIELDS))
    return 0


def _references(args):
    """The references table to score, its doc_id made the stem of the file each document was read from."""
    from ..read import load_corpus
    from ..store import build_tables, read_store

    tables = read_store(args.tables) if args.tables else build_tables(load_corpus(args.corpus))
    stems = {doc: _stem(path) for doc, path in zip(tables["documents"].doc_id, tables["documents"].path)}
    return tables["references"].assign(doc_id=lambda f: f.doc_id.map(lambda d: stems.get(d, d)))


def _stem(path) -> str:
    name = Path(str(path)).name
    for suffix in (".tei.xml", ".xml", ".pdf", ".docx", ".txt"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return Path(name).stem
