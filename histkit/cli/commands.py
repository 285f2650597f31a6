"""The `histkit` command: thin wrappers over the public functions.

Each command parses its options, calls one function of the package and turns
a `HistkitError` into a one-line message and exit code 2.
"""

from __future__ import annotations

import argparse
import sys

from ..version import __version__
from ..errors import HistkitError
from . import actors as _cli_actors
from . import classroom as _cli_classroom
from . import run as _cli_runner
from . import tables as _cli_tables


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="histkit",
        description="Tables of actors, archival citations and dates from footnoted historical texts.",
        epilog="Example: histkit tables data/corpus --out tables/",
    )
    parser.add_argument("--version", action="version", version=f"histkit {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (_cli_tables, _cli_actors, _cli_runner, _cli_classroom):
        module.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except HistkitError as err:
        print(f"histkit {args.command}: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
