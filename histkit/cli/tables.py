"""`histkit tables`: a corpus to its tables on disk."""

from __future__ import annotations

import argparse
import sys

from ..errors import HistkitError, ParameterError


def register(commands) -> None:
    """Add `histkit tables` to the argparse sub-parsers.

        >>> parser = argparse.ArgumentParser(prog="histkit")
        >>> register(parser.add_subparsers())
        >>> args = parser.parse_args(["tables", "data/corpus", "--out", "tables/"])
        >>> args.paths, args.out, args.format, args.doc_timeout, args.dask
        (['data/corpus'], 'tables/', 'csv', 120.0, None)
    """
    parser = commands.add_parser(
        "tables",
        help="write the tables (documents, blocks, notes, citations, mentions, ...) of a corpus",
        description="Read PDF, Word, TEI and text files, recover their layout and write every table of the corpus "
                    "into a store: one Parquet dataset per table (and a CSV file with --format csv) and manifest.json. "
                    "Run again into the same folder, it parses only the files that are new or changed.",
        epilog="Example: histkit tables data/corpus --out tables/ --format csv --jobs 4\n"
               "On a Dask cluster: histkit tables data/corpus --out tables/ --dask tcp://scheduler:8786",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="PDF, Word (.docx), OpenDocument (.odt), web page (.html), e-book (.epub), TEI (.xml) or text files, or folders of them")
    parser.add_argument("--out", required=True, metavar="DIR", help="folder to write the tables into")
    parser.add_argument("--format", choices=("csv", "parquet"), default="csv",
                        help="csv: CSV files beside the Parquet ones (default); parquet: Parquet only")
    parser.add_argument("--actors", metavar="FILE", help="your own actors authority file (default: the shipped one)")
    parser.add_argument("--archives", metavar="FILE", help="your own archives file (code,name,variants,country,city), added to the shipped one; a code in both takes your row")
    parser.add_argument("--strict", action="store_true", help="stop at the first file that cannot be read")
    parser.add_argument("--ocr", nargs="?", const=True, default=False, metavar="LANGS",
                        help="add a text layer to scanned PDF pages first (needs ocrmypdf and Tesseract); LANGS: "
                             "Tesseract's languages of the scans, e.g. deu+lat (default: its English, eng)")
    parser.add_argument("--jobs", type=int, metavar="N", help="worker processes parsing the files "
                        "(default: one per core; 1 with --doc-timeout 0 parses in this process)")
    parser.add_argument("--doc-timeout", type=float, default=120.0, metavar="SECONDS",
                        help="skip (and report) a file whose parsing takes longer (default 120; 0: no limit)")
    parser.add_argument("--dask", metavar="ADDRESS",
                        help="parse the files on a Dask cluster: its scheduler's address (tcp://HOST:8786) or "
                             "scheduler file (.json), or local to start one on this machine with --jobs workers; "
                             'needs pip install "histkit[dask]"')
    parser.add_argument("--quiet", action="store_true", help="no progress bar or progress lines")
    parser.set_defaults(func=_tables)


def _tables(args) -> int:
    from ..read import ocr_missing  # here: every histkit command imports this module, `histkit run` needs no parser
    from ..store import NothingRead, update_store

    missing = ocr_missing() if args.ocr else None
    if missing:
        raise HistkitError(f"--ocr: {missing}")
    if args.jobs is not None and args.jobs < 1:
        raise ParameterError(f"--jobs {args.jobs}: give 1 or more worker processes")
    try:
        done = update_store(args.paths, args.out, actors=args.actors, archives=args.archives, format=args.format,
                            ocr=args.ocr, strict=args.strict, jobs=args.jobs, doc_timeout=args.doc_timeout,
                            quiet=args.quiet, dask=args.dask)
    except NothingRead as err:
        _skipped(err.skipped)
        raise
    _skipped(done.skipped)
    if done.plan.reason:
        print(f"every file parsed again: {done.plan.reason}")
    print(done.plan.summary())
    counts = ", ".join(f"{done.rows.get(name, 0)} {name}" for name in ("documents", "notes", "citations", "mentions"))
    print(f"wrote {len(done.rows)} tables to {args.out}: {counts}")
    _authority_notice(args.actors, done.rows.get("mentions", 0), args.out, args.format)
    warnings = done.rows.get("problems", 0) - len(done.skipped)
    if warnings > 0:
        print(f"{warnings} warnings, listed in {args.out}/problems.{args.format}", file=sys.stderr)
    # Unreadable files are a failure the caller must see, even though the others were written.
    return 1 if done.skipped else 0


def _authority_notice(path, mentions: int, store, format: str) -> None:
    """Why the mention tables are empty: the actors stage failed on documents (their problems say why), or the
    authority file is empty or names nobody in the corpus. Blaming the authority file for a stage that never ran
    to the end would send the user to fix the wrong thing."""
    if mentions:
        return
    from ..actors import authority_notice, load_actors
    from ..store import read_store

    problems = read_store(store, ["problems"]).problems
    failed = problems.loc[problems.stage == "actors", "doc_id"].nunique()
    if failed:
        print(f"histkit tables: the actors stage failed on {failed} document{'s' if failed > 1 else ''}, so the "
              f"mention tables lack {'them' if failed > 1 else 'it'}; see why in {store}/problems.{format} "
              "(stage actors) and report it if the message does not say what to change", file=sys.stderr)
        return
    note = authority_notice(load_actors(path), mentions, source=path or "the shipped actors file")
    if note:
        print(f"histkit tables: {note}", file=sys.stderr)


def _skipped(skipped: list[tuple[str, str]]) -> None:
    for path, problem in skipped:
        print(f"histkit tables: skipped {path}: {problem}", file=sys.stderr)
