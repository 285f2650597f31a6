"""`histkit actors discover`: names in a corpus that the actors authority file does not know yet."""

from __future__ import annotations

import argparse
import sys

from ..errors import HistkitError


def register(commands) -> None:
    """Add `histkit actors discover` to the argparse sub-parsers.

        >>> parser = argparse.ArgumentParser(prog="histkit")
        >>> register(parser.add_subparsers())
        >>> args = parser.parse_args(["actors", "discover", "data/corpus", "--min-count", "2"])
        >>> args.paths, args.min_count, args.top
        (['data/corpus'], 2, 40)
    """
    parser = commands.add_parser(
        "actors",
        help="work with the actors authority file",
        description="Work with the actors authority file.",
        epilog="Example: histkit actors discover data/corpus --actors my_actors.csv",
    )
    sub = parser.add_subparsers(dest="actors_command", metavar="ACTION")
    discover_parser = sub.add_parser(
        "discover",
        help="list the actors the authority file does not know yet, grouped, with kind, evidence and contexts",
        description=(
            "Find capitalised names (one to four words) that no actor of the authority file matches, "
            "group the forms of one actor (cases, scripts, the surname alone), guess its kind with the "
            "evidence, and list them best first: by mentions in the body, spread over its sections.\n\n"
            "Left out or ranked down: adjectives of nationality, common nouns of the language, words that "
            "only ever start a sentence or mostly follow an article, titles before a name (Mr, Sir, Drug), "
            "month names, places, the authors, titles and imprints of cited literature, and the archive, "
            "fond and series of archival citations. --raw lists the ungrouped runs of capitals instead."
        ),
        epilog="Example: histkit actors discover data/corpus --min-count 2 --out candidates.csv",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    discover_parser.add_argument("paths", nargs="+", metavar="PATH", help="text files or folders of them")
    discover_parser.add_argument("--actors", metavar="FILE", help="your own actors authority file (default: the shipped one)")
    discover_parser.add_argument("--min-count", type=int, default=1, metavar="N", help="list candidates seen at least N times (default 1)")
    discover_parser.add_argument("--out", metavar="FILE", help="write the full table as CSV instead of printing the top of it")
    discover_parser.add_argument("--top", type=int, default=40, metavar="N", help="how many candidates to print (default 40)")
    discover_parser.add_argument("--raw", action="store_true",
                                 help="list every capitalised run of words alone, counted, as before grouping")
    discover_parser.set_defaults(func=_discover)
    parser.set_defaults(func=lambda args: (parser.print_help(), 2)[1])


def _discover(args) -> int:
    from ..actors import discover, draft_actors, load_actors  # here: `histkit run` imports no parser
    from ..read import load_corpus

    actors = load_actors(args.actors)  # a broken authority file fails before any text is read
    corpus = load_corpus(args.paths)
    for err in corpus.errors:
        print(f"histkit actors: skipped {err}", file=sys.stderr)
    if not len(corpus):
        raise HistkitError("no document could be read; nothing to search")
    if actors.empty:
        print(f"note: {args.actors or 'the actors file'} has no actors yet, so every name found is a candidate",
              file=sys.stderr)
    if args.raw:
        from .. import layout

        table = discover([layout.analyse_layout(doc) for doc in corpus], actors, min_count=args.min_count)
    else:
        from ..store import build_tables

        table = draft_actors(build_tables(list(corpus), actors=actors), actors)
        table = table[table["count"] >= args.min_count]
    if args.out:
        table.to_csv(args.out, index=False, lineterminator="\n", encoding="utf-8")
        print(f"wrote {len(table)} candidates to {args.out}")
        return 0
    if table.empty:
        print("no candidates: every capitalised name is already in the authority file")
        return 0
    _print(table.head(args.top), raw=args.raw)
    if len(table) > args.top:
        print(f"... {len(table) - args.top} more; use --out FILE for all of them")
    return 0


def _print(table, raw: bool) -> None:
    for row in table.to_dict("records"):
        if raw:
            print(f"{row['count']:5d}  {row['n_docs']:3d} docs  {row['candidate']}")
        else:
            aliases = f" ({row['aliases'].replace('|', ', ')})" if row["aliases"] else ""
            print(f"{row['body']:4d} body {row['notes']:4d} notes  {row['kind']:12s}  {row['name']}{aliases}")
            print(f"       because: {row['evidence']}")
        print(f"       {row['examples'].split(' | ')[0]}")
