"""`histkit tables`: a corpus to its tables on disk."""

from __future__ import annotations

import argparse
import sys

from ..errors import HistkitError
from ..read import load_corpus, ocr_missing
from ..store import build_tables, write_tables


def register(commands) -> None:
    """Add `histkit tables` to the argparse sub-parsers.

        >>> parser = argparse.ArgumentParser(prog="histkit")
        >>> register(parser.add_subparsers())
        >>> args = parser.parse_args(["tables", "data/corpus", "--out", "tables/"])
        >>> args.paths, args.out, args.format
        (['data/corpus'], 'tables/', 'csv')
    """
    parser = commands.add_parser(
        "tables",
        help="write the tables (documents, blocks, notes, citations, mentions, ...) of a corpus",
        description="Read PDF, Word, TEI and text files, recover their layout and write every table of the corpus.",
        epilog="Example: histkit tables data/corpus --out tables/ --format csv",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="PDF, Word (.docx), TEI (.xml) or text files, or folders of them")
    parser.add_argument("--out", required=True, metavar="DIR", help="folder to write the tables into")
    parser.add_argument("--format", choices=("csv", "parquet"), default="csv", help="file format (default csv)")
    parser.add_argument("--actors", metavar="FILE", help="your own actors authority file (default: the shipped one)")
    parser.add_argument("--archives", metavar="FILE", help="your own archives authority file (default: the shipped one)")
    parser.add_argument("--strict", action="store_true", help="stop at the first file that cannot be read")
    parser.add_argument("--ocr", action="store_true",
                        help="add a text layer to scanned PDF pages first (needs ocrmypdf and Tesseract)")
    parser.set_defaults(func=_tables)


def _tables(args) -> int:
    missing = ocr_missing() if args.ocr else None
    if missing:
        raise HistkitError(f"--ocr: {missing}")
    corpus = load_corpus(args.paths, strict=args.strict, ocr=args.ocr)
    for err in corpus.errors:
        print(f"histkit tables: skipped {err}", file=sys.stderr)
    if not len(corpus):
        raise HistkitError("no document could be read; nothing to write")
    tables = build_tables(corpus, actors=args.actors, archives=args.archives)
    written = write_tables(tables, args.out, args.format)
    counts = ", ".join(f"{len(tables[name])} {name}" for name in ("documents", "notes", "citations", "mentions"))
    print(f"wrote {len(written)} tables to {args.out}: {counts}")
    warnings = tables.problems[tables.problems.stage != "load"]
    if len(warnings):
        print(f"{len(warnings)} warnings, listed in {args.out}/problems.{args.format}", file=sys.stderr)
    # Unreadable files are a failure the caller must see, even though the others were written.
    return 1 if corpus.errors else 0
