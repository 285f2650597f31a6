"""`histkit run`: execute notebooks with papermill into runs/NAME/."""

from __future__ import annotations

import argparse
import sys

from ..errors import ParameterError


def register(commands) -> None:
    """Add `histkit run` to the argparse sub-parsers.

        >>> parser = argparse.ArgumentParser(prog="histkit")
        >>> register(parser.add_subparsers())
        >>> args = parser.parse_args(["run", "notebooks/", "-p", "top_n", "10", "--jobs", "2"])
        >>> args.notebooks, args.parameter, args.jobs, args.name
        (['notebooks/'], [['top_n', '10']], 2, 'run')
    """
    parser = commands.add_parser(
        "run",
        help="execute notebooks with papermill into runs/NAME/ (figures, tables, manifest, index.html)",
        description=(
            "Execute parameterised notebooks with papermill. Writes runs/NAME/ with the executed\n"
            "notebooks, figures/ (PDF, SVG, PNG), tables/ (CSV), params.yaml, manifest.json and\n"
            "index.html. Kernels start in the current directory, so relative paths are read from here.\n"
            "A notebook that fails does not stop the others; the run then exits with status 1."
        ),
        epilog=(
            "Example: histkit run notebooks/actor_frequency.ipynb --corpus data/corpus -p top_n 10 --name top10\n"
            "Example: histkit run notebooks/*.ipynb -f runs/sample/params.yaml --name again --jobs 2"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("notebooks", nargs="+", metavar="NOTEBOOK", help=".ipynb files with a 'parameters' cell, or folders of them")
    parser.add_argument(
        "-p", "--parameter", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
        help="set a parameter; VALUE is read as YAML (10, true, '[[\"a\", 1950, 1953]]'); repeatable",
    )
    parser.add_argument(
        "-f", "--parameters-file", metavar="FILE",
        help="YAML file of parameters; a mapping under a notebook's name applies to that notebook only",
    )
    parser.add_argument("--corpus", metavar="PATH", help="corpus folder or file given to every notebook")
    parser.add_argument("--name", default="run", help="name of the run folder (default: run)")
    parser.add_argument("--jobs", type=int, default=1, metavar="N",
                        help="notebooks run at the same time (default 1), in the order given; "
                             "the next one's kernel starts meanwhile")
    parser.add_argument("--runs-dir", default="runs", metavar="DIR", help="where run folders go (default: runs)")
    parser.add_argument("--kernel", default="python3", metavar="NAME", help="Jupyter kernel to run them in (default python3)")
    parser.set_defaults(func=_run)


def _run(args) -> int:
    # here, not with the module: the notebooks' machinery (papermill's, YAML, asyncio) is a seventh of a second to
    # import, which every other command (`histkit tables`) would pay for nothing
    from .. import run as run_stage

    params = {}
    for name, value in args.parameter:
        if name in params:
            raise ParameterError(f"-p {name} is given twice; give each parameter once")
        params[name] = run_stage.parse_value(value)
    result = run_stage.run_notebooks(
        args.notebooks,
        name=args.name,
        params=params,
        params_file=args.parameters_file,
        corpus=args.corpus,
        jobs=args.jobs,
        runs_dir=args.runs_dir,
        progress=_report,
        kernel=args.kernel,
    )
    figures = sum(1 for p in result.outputs if p.startswith("figures/"))
    tables = sum(1 for p in result.outputs if p.startswith("tables/"))
    print(f"wrote {result.run_dir}: {figures} figure files, {tables} tables; open {result.run_dir / 'index.html'}")
    _authority_notices(result)
    if not result.ok:
        print(f"histkit run: {len(result.failures)} of {len(result.notebooks)} notebooks failed", file=sys.stderr)
        return 1
    return 0


def _authority_notices(result) -> None:
    """Say why actor figures are empty when a notebook was given an actors file with no actors in it."""
    files = sorted({str(nb.parameters.get("actors_file") or "") for nb in result.notebooks} - {""})
    if not files:  # the shipped authority: nothing to say, and the actors stage (pandas, the matcher) is not loaded
        return
    from ..actors import authority_notice, load_actors
    from ..errors import HistkitError

    for path in files:
        try:
            note = authority_notice(load_actors(path), source=path)
        except HistkitError:
            continue  # the notebook itself reported the broken file
        if note:
            print(f"histkit run: {note}", file=sys.stderr)


def _report(nb) -> None:
    if nb.ok:
        print(f"ran {nb.notebook.name} in {nb.seconds:.1f} s", flush=True)
    else:
        print(f"histkit run: {nb.notebook} failed at {nb.error} (see {nb.executed})", file=sys.stderr, flush=True)
