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
        help="list capitalised names not yet in the authority file, with counts and contexts",
        description=(
            "Find capitalised name candidates (one to four words) that no actor of the authority "
            "file matches, count them and show where they occur, so that you can extend the file.\n\n"
            "Left out: adjectives of nationality (Belgian, British, Yugoslav beside a state Yugoslavia), "
            "words that only ever start a sentence or mostly follow an article, titles before a name "
            "(Mr, Sir, Drug), month names, and the place and publisher of a book's imprint."
        ),
        epilog="Example: histkit actors discover data/corpus --min-count 2 --out candidates.csv",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    discover_parser.add_argument("paths", nargs="+", metavar="PATH", help="text files or folders of them")
    discover_parser.add_argument("--actors", metavar="FILE", help="your own actors authority file (default: the shipped one)")
    discover_parser.add_argument("--min-count", type=int, default=1, metavar="N", help="list candidates seen at least N times (default 1)")
    discover_parser.add_argument("--out", metavar="FILE", help="write the full table as CSV instead of printing the top of it")
    discover_parser.add_argument("--top", type=int, default=40, metavar="N", help="how many candidates to print (default 40)")
    discover_parser.set_defaults(func=_discover)
    parser.set_defaults(func=lambda args: (parser.print_help(), 2)[1])


def _discover(args) -> int:
    from .. import layout  # here: every histkit command imports this module, `histkit run` needs no parser
    from ..actors import discover, load_actors
    from ..read import load_corpus

    actors = load_actors(args.actors)  # a broken authority file fails before any text is read
    corpus = load_corpus(args.paths)
    for err in corpus.errors:
        print(f"histkit actors: skipped {err}", file=sys.stderr)
    if not len(corpus):
        raise HistkitError("no document could be read; nothing to search")
    table = discover([layout.analyse_layout(doc) for doc in corpus], actors, min_count=args.min_count)
    if actors.empty:
        print(f"note: {args.actors or 'the actors file'} has no actors yet, so every name found is a candidate",
              file=sys.stderr)
    if args.out:
        table.to_csv(args.out, index=False, lineterminator="\n", encoding="utf-8")
        print(f"wrote {len(table)} candidates to {args.out}")
        return 0
    if table.empty:
        print("no candidates: every capitalised name is already in the authority file")
        return 0
    for row in table.head(args.top).itertuples():
        print(f"{row.count:5d}  {row.n_docs:3d} docs  {row.candidate}")
        print(f"       {row.examples.split(' | ')[0]}")
    if len(table) > args.top:
        print(f"... {len(table) - args.top} more; use --out FILE for all of them")
    return 0
