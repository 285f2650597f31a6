"""`histkit classroom make` and `histkit classroom collect`: per-student notebooks and their results."""

from __future__ import annotations

import argparse
from pathlib import Path



def register(commands) -> None:
    """Add `histkit classroom make|collect` to the argparse sub-parsers.

        >>> parser = argparse.ArgumentParser(prog="histkit")
        >>> register(parser.add_subparsers())
        >>> args = parser.parse_args(["classroom", "collect", "class/", "--jobs", "4", "--timeout", "300"])
        >>> args.step, args.directory, args.jobs, args.timeout
        ('collect', 'class/', 4, 300.0)
    """
    parser = commands.add_parser(
        "classroom",
        help="make per-student copies of an assignment notebook from a roster, then run them all",
        description="Hand every student the same notebook with their own parameters, then run and check their copies.",
        epilog="Example: histkit classroom make notebooks/assignments/actors_in_a_period.ipynb "
        "--roster roster.csv --out class/",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(func=lambda args: parser.print_help() or 2)
    steps = parser.add_subparsers(dest="step", metavar="STEP")

    make_parser = steps.add_parser(
        "make",
        help="write each student's copy (parameters injected, solutions removed) and an answer key",
        description=(
            "Write DIR/<student_id>/<assignment>.ipynb for every roster row, with that row's parameters\n"
            "injected by papermill (nothing is executed) and the cells tagged 'solution' replaced by an\n"
            "empty answer cell, and DIR/answer_keys/<student_id>/<assignment>.ipynb with the solutions kept.\n"
            "The roster is a CSV with student_id, name and one column per notebook parameter; an empty\n"
            "cell keeps the notebook's default."
        ),
        epilog="Example: histkit classroom make notebooks/assignments/actors_in_a_period.ipynb "
        "--roster roster.csv --out class/",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    make_parser.add_argument("assignment", metavar="ASSIGNMENT", help="the assignment notebook (.ipynb)")
    make_parser.add_argument("--roster", required=True, metavar="FILE", help="CSV: student_id, name, parameter columns")
    make_parser.add_argument("--out", required=True, metavar="DIR", help="class folder to write the copies into")
    make_parser.add_argument("--force", action="store_true", help="overwrite student copies that exist already")
    make_parser.set_defaults(func=_make)

    collect_parser = steps.add_parser(
        "collect",
        help="run every student's copy, then write results.csv and results.html",
        description=(
            "Execute DIR/<student_id>/<assignment>.ipynb for every student with papermill, each in its own\n"
            "process and in the student's own folder, under limits of time, memory and output; save the\n"
            "executed copy next to it (<assignment>.executed.ipynb) and write DIR/results.csv and\n"
            "DIR/results.html: ran / failed (cell and error) / timed out / out of memory / too much output /\n"
            "missing / unreadable, how many 'check' cells passed, and which checks had been edited (they\n"
            "are put back from DIR/answer_keys/ before the copy runs). Name the files the notebooks read\n"
            "with --data: each is linked into every student's folder at the same relative place.\n"
            "With --sandbox (Linux, bubblewrap) each kernel sees its own folder, the --data files (read-only)\n"
            "and the Python environment, nothing else of yours, and no network; without it the copies\n"
            "run unconfined, as you."
        ),
        epilog="Example: histkit classroom collect class/ --jobs 4 --timeout 300 --sandbox --data data/corpus",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    collect_parser.add_argument("directory", metavar="DIR", help="the class folder written by 'histkit classroom make'")
    collect_parser.add_argument("--jobs", type=int, default=None, metavar="N", help="notebooks run at once (default: one per CPU)")
    collect_parser.add_argument(
        "--timeout", type=float, default=600, metavar="S",
        help="seconds the cells of each notebook may take; starting and stopping the kernel are not counted (default 600)",
    )
    collect_parser.add_argument("--assignment", metavar="NAME", help="which assignment, when DIR holds copies of several")
    collect_parser.add_argument(
        "--data", action="append", default=[], metavar="PATH",
        help="a file or folder the notebooks read (a corpus, an authority file); repeat for several",
    )
    collect_parser.add_argument("--sandbox", action="store_true",
                                help="confine each kernel with bubblewrap: its folder, --data read-only, no network")
    collect_parser.add_argument("--memory", default="2G", metavar="SIZE",
                                help="memory each notebook may use, e.g. 2G, 512M or none (default 2G)")
    collect_parser.add_argument("--max-output", default="20M", metavar="SIZE",
                                help="output each notebook may print before it is cut and stopped (default 20M)")
    collect_parser.add_argument("--cwd", metavar="DIR",
                                help="folder relative --data paths are found from (default: the current folder); "
                                "the notebooks run in their students' folders")
    collect_parser.set_defaults(func=_collect)


# The classroom stage is imported when its command runs: it loads nbformat and jsonschema,
# more than a second that every other command (`histkit tables` above all) would pay at start-up.
def _make(args) -> int:
    from ..classroom import ANSWER_KEYS, make_assignments

    written = make_assignments(args.assignment, args.roster, args.out, force=args.force)
    out = Path(args.out)
    copies = "1 student copy" if len(written) == 1 else f"{len(written)} student copies"
    print(f"wrote {copies} to {out}/<student_id>/ and answer keys to {out / ANSWER_KEYS}/")
    return 0


def _collect(args) -> int:
    from ..classroom import collect, status_summary

    if not args.sandbox:
        print("the copies run unconfined: a notebook can read, change or delete any file you can "
              "(pass --sandbox to confine them; it needs bubblewrap)")
    results = collect(args.directory, jobs=args.jobs, timeout=args.timeout, cwd=args.cwd, assignment=args.assignment,
                      sandbox=args.sandbox, memory=args.memory, max_output=args.max_output, data=args.data)
    summary = status_summary(results)
    tampered = int((results.tampered != "").sum())
    if tampered:
        summary += f"; {tampered} with edited checks (graded with the originals)"
    folder = Path(args.directory)
    print(f"{len(results)} notebooks: {summary}; see {folder / 'results.csv'} and {folder / 'results.html'}")
    return 0
