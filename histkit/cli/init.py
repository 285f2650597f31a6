"""`histkit init CORPUS --out PROJECT`: draft the actors, periods and archives files of a new corpus, and the run's parameters."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import HistkitError, ParameterError


def register(commands) -> None:
    """Add `histkit init` to the argparse sub-parsers.

        >>> parser = argparse.ArgumentParser(prog="histkit")
        >>> register(parser.add_subparsers())
        >>> args = parser.parse_args(["init", "my_articles/", "--out", "project/"])
        >>> args.paths, args.out, args.top
        (['my_articles/'], 'project/', 60)
    """
    parser = commands.add_parser(
        "init",
        help="start on your own corpus: draft its actors, periods and archives files and the notebooks' parameters",
        description=(
            "Read a corpus and write drafts to review into PROJECT:\n"
            "  actors.csv            the persons, organisations and places the texts are about, best first\n"
            "  actor_candidates.csv  every name found, with its kind, the evidence for it, counts and contexts\n"
            "  periods.csv           periods cut where the dated passages split in half\n"
            "  archives.csv          archives the citations name that histkit's archives file lacks\n"
            "  params.yaml           the parameters that point the notebooks at the corpus and these files\n"
            "Then: histkit run notebooks/*.ipynb -f PROJECT/params.yaml"
        ),
        epilog="Example: histkit init my_articles/ --out my_project/ && histkit run notebooks/*.ipynb -f my_project/params.yaml",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="+", metavar="CORPUS", help="PDF, Word, TEI or text files, or folders of them")
    parser.add_argument("--out", required=True, metavar="PROJECT", help="folder to write the drafts into")
    parser.add_argument("--top", type=int, default=60, metavar="N",
                        help="how many drafted actors go into actors.csv (default 60; all are in actor_candidates.csv)")
    parser.add_argument("--force", action="store_true", help="overwrite the files of an earlier init in PROJECT")
    parser.set_defaults(func=_init)


def _init(args) -> int:
    import pandas as pd

    from ..actors import COLUMNS, draft_actors, draft_authority
    from ..citations import load_archives
    from ..read import load_corpus
    from ..store import build_tables
    from .drafts import draft_archives, draft_periods

    out = Path(args.out)
    names = ("actors.csv", "actor_candidates.csv", "periods.csv", "archives.csv", "params.yaml")
    if not args.force and any((out / name).exists() for name in names):
        raise ParameterError(f"{out} already holds the files of a project; give another --out, or --force to replace them")
    if args.top < 1:
        raise ParameterError(f"--top {args.top}: give 1 or more")
    corpus = load_corpus(args.paths)
    for err in corpus.errors:
        print(f"histkit init: skipped {err}", file=sys.stderr)
    if not len(corpus):
        raise HistkitError("no document could be read; nothing to draft from")
    empty = pd.DataFrame(columns=[*COLUMNS, "gender"], dtype=str)
    print(f"reading {len(corpus)} documents ...", flush=True)
    tables = build_tables(list(corpus), actors=empty)
    draft = draft_actors(tables, empty)
    actors = draft_authority(draft, top=args.top)
    periods = draft_periods(tables)
    archives = draft_archives(tables, load_archives())
    out.mkdir(parents=True, exist_ok=True)
    for name, table in (("actors.csv", actors), ("actor_candidates.csv", draft), ("periods.csv", periods),
                        ("archives.csv", archives)):
        table.to_csv(out / name, index=False, lineterminator="\n", encoding="utf-8")
    _write_params(out, args.paths)
    _tell(out, draft, actors, periods, archives)
    return 0


def _write_params(out: Path, paths: list[str]) -> None:
    """params.yaml: the corpus and the drafted files, as absolute paths, for every notebook that declares them."""
    import yaml

    corpus = [str(Path(p).resolve()) for p in paths]
    params = {"corpus": corpus[0],
              "actors_file": str((out / "actors.csv").resolve()),
              "archives_file": str((out / "archives.csv").resolve()),
              "periods": str((out / "periods.csv").resolve())}
    text = ("# Written by histkit init; run with: histkit run notebooks/*.ipynb -f " + str(out / "params.yaml") + "\n"
            + yaml.safe_dump(params, allow_unicode=True, sort_keys=False))
    (out / "params.yaml").write_text(text, encoding="utf-8")
    if len(corpus) > 1:
        print(f"note: the notebooks read one corpus folder; params.yaml names the first, {corpus[0]}", file=sys.stderr)


def _tell(out: Path, draft, actors, periods, archives) -> None:
    """What was written and what to check in each file."""
    kinds = actors["kind"].value_counts().to_dict()
    print(f"wrote {out}/actors.csv: {len(actors)} drafted actors "
          f"({kinds.get('person', 0)} persons, {kinds.get('organisation', 0)} organisations, {kinds.get('state', 0)} places)")
    print("  check: delete rows that are no actors, merge rows that are one actor (move a name into the other's aliases),"
          " fix kinds (party, state, institution); the note column says why each row was drafted")
    print(f"wrote {out}/actor_candidates.csv: all {len(draft)} names found, with evidence and contexts; "
          "copy the ones you miss into actors.csv")
    if len(periods):
        spans = ", ".join(f"{r.label}" for r in periods.itertuples())
        print(f"wrote {out}/periods.csv: {spans}; check: set the years your question needs")
    else:
        print(f"wrote {out}/periods.csv with no period: the texts name no dates; add periods (label, start, end) yourself")
    if len(archives):
        print(f"wrote {out}/archives.csv: {len(archives)} archives histkit does not know ({', '.join(archives['code'][:5])}"
              f"{', ...' if len(archives) > 5 else ''}); check names, add country, city and variants, and send them to"
              " histkit's data/authority/archives.csv")
    else:
        print(f"wrote {out}/archives.csv with no row: histkit knows every archive the citations name")
    print(f"wrote {out}/params.yaml; next: histkit run notebooks/*.ipynb -f {out}/params.yaml")
