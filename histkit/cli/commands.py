"""The `histkit` command: its parser, and the one place where errors become exit codes.

Each command (one module per command) parses its options, calls one function
of the package and prints what it did; `main` turns a `HistkitError` into a
one-line message and exit code 2.
"""

from __future__ import annotations

import argparse
import sys

from ..errors import HistkitError
from ..version import __version__
from . import actors as actors_command
from . import classroom as classroom_command
from . import evaluate as evaluate_command
from . import export as export_command
from . import init as init_command
from . import review as review_command
from . import run as run_command
from . import tables as tables_command

_COMMANDS = (tables_command, init_command, actors_command, run_command, classroom_command, export_command,
             review_command, evaluate_command)


def build_parser() -> argparse.ArgumentParser:
    """The parser of the `histkit` command line with every command registered.

        >>> parser = build_parser()
        >>> parser.prog, sorted(parser.parse_args(["tables", "a.txt", "--out", "t/"]).__dict__)
        ('histkit', ['actors', 'archives', 'command', 'dask', 'doc_timeout', 'format', 'func', 'jobs', 'ocr', 'out',
                     'paths', 'quiet', 'strict'])
    """
    parser = argparse.ArgumentParser(
        prog="histkit",
        description="Tables of actors, archival citations and dates from footnoted historical texts.",
        epilog="Example: histkit tables data/corpus --out tables/",
    )
    parser.add_argument("--version", action="version", version=f"histkit {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _COMMANDS:
        module.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the `histkit` command line on `argv` (default: the process's arguments); return the exit code.

        >>> main(["run", "no_such_notebook.ipynb"])  # prints "histkit run: error: ..." on stderr
        2

    0 when the command did its work, 1 when it did but some of it failed
    (a notebook, an unreadable file), 2 for a `HistkitError` or no command,
    130 when interrupted. argparse exits with 2 itself for bad options.
    """
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
