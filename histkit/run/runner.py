"""Run parameterised notebooks with papermill into one reproducible run folder.

`run_notebooks` executes each notebook with the parameters it declares and
writes `runs/NAME/`:

    NAME/<notebook>.ipynb   the executed notebooks (outputs and error banners kept)
    NAME/figures/           PDF, SVG and PNG of every figure (`plots.save_figure`)
    NAME/tables/            CSV tables
    NAME/params.yaml        the parameters as given; `-f` it to rerun the same way
    NAME/manifest.json      versions, input and output hashes, parameters, timing
    NAME/index.html         the figures per notebook, links to everything else

Convention with the notebooks: each has a cell tagged `parameters` declaring
at least `corpus` and `output_dir`. The runner injects `output_dir` (the
absolute run folder) and `corpus` when one is given (made absolute). Notebooks
write `{output_dir}/figures/<notebook>_<what>.*` and `{output_dir}/tables/...`.

Kernels start in `cwd` (default: the directory the run is started from, the
repository root for `make run`), so relative paths in parameters and in the
notebooks' defaults mean the same to the user and to the notebook.
"""

from __future__ import annotations

import ast
import hashlib
import html
import json
import os
import platform
import re
import shutil
import sys
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from importlib import metadata
from multiprocessing import get_context
from pathlib import Path

import yaml

from ..data import authority_dir
from ..errors import ParameterError

KERNEL = "python3"
MARKER = ".histkit-run"  # marks a folder this runner made, so a rerun may replace it
KERNEL_LOG = "kernels.log"  # what kernels and papermill print to stderr; noisy, so not on the terminal
RUNNER_FILES = ("manifest.json", "index.html", "params.yaml", KERNEL_LOG, MARKER)
INJECTED = ("output_dir",)
# Fixed for every kernel: set and dict-of-set iteration orders then do not
# change between runs, and anything that stamps a date gets the same one.
KERNEL_ENV = {"PYTHONHASHSEED": "0", "SOURCE_DATE_EPOCH": "0"}
# Papermill's and nbclient's per-run stamps: the only differences between two
# executions of the same notebook on the same inputs.
TIMING_KEYS = ("start_time", "end_time", "duration", "execution")
_LIBRARIES = ("numpy", "papermill", "nbclient", "nbformat", "ipykernel", "jupyter_client")


@dataclass(frozen=True)
class NotebookError:
    """Where and how an executed notebook failed.

    `cell_index` counts the cells of the source notebook from 0 (None when the
    failure is outside a cell: the kernel died or never started).
    """

    cell_index: int | None
    first_line: str
    ename: str
    evalue: str

    def __str__(self) -> str:
        where = "" if self.cell_index is None else f"cell {self.cell_index} ({self.first_line!r}): "
        return f"{where}{self.ename}: {self.evalue}"


@dataclass
class NotebookResult:
    """One notebook of a run: where it came from, where it went, how it ended."""

    notebook: Path
    executed: Path
    parameters: dict
    seconds: float = 0.0
    error: NotebookError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def stem(self) -> str:
        return self.executed.stem


@dataclass
class RunResult:
    """A finished run: its folder, each notebook's result and the manifest written."""

    name: str
    run_dir: Path
    notebooks: list[NotebookResult]
    manifest: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return all(nb.ok for nb in self.notebooks)

    @property
    def failures(self) -> list[NotebookResult]:
        return [nb for nb in self.notebooks if not nb.ok]

    @property
    def outputs(self) -> dict[str, str]:
        """sha256 of every figure and table, by path relative to the run folder."""
        return self.manifest.get("outputs", {})


def parse_value(text: str):
    """Read a `-p name value` value as a YAML scalar or list, else keep the text.

        >>> parse_value("10"), parse_value('[["a", 1950, 1953]]'), parse_value("Note: x")
        (10, [['a', 1950, 1953]], 'Note: x')

    Never raises: text YAML cannot read stays a string.
    """
    try:
        value = yaml.safe_load(text)
    except yaml.YAMLError:
        return text
    # `key: value` in a title is text, not a mapping; a mapping must say so with braces.
    if isinstance(value, dict) and not text.lstrip().startswith("{"):
        return text
    return text if value is None and text.strip() not in ("null", "~", "None") else value


def load_params_file(path: str | Path) -> dict:
    """Read a YAML parameters file: names at the top for every notebook, and
    optionally a mapping under a notebook's name for that notebook alone.

        >>> load_params_file("params.yaml")
        {'top_n': 10, 'actor_frequency': {'min_count': 2}}

    Raises ParameterError when the file is missing, not YAML or not a mapping.
    """
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ParameterError(f"{path}: parameters file not found") from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise ParameterError(f"{path}{where}: not valid YAML ({getattr(err, 'problem', err)})") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ParameterError(f"{path}: expected 'name: value' lines, found a {type(data).__name__}")
    return data


def declared_parameters(notebook: str | Path) -> dict[str, dict]:
    """The parameters a notebook declares in its `parameters` cell, by name.

        >>> sorted(declared_parameters("notebooks/actor_frequency.ipynb"))
        ['actors', 'corpus', 'output_dir', 'top_n', ...]

    Raises ParameterError when the notebook is missing or not a notebook.
    """
    import papermill

    path = Path(notebook)
    if not path.is_file():
        raise ParameterError(f"{path}: notebook not found")
    try:
        return papermill.inspect_notebook(str(path))
    except Exception as err:  # papermill raises json, nbformat and its own errors here
        raise ParameterError(f"{path}: cannot read it as a notebook ({err})") from None


def run_notebooks(
    notebooks: Iterable[str | Path],
    name: str = "run",
    params: Mapping | None = None,
    params_file: str | Path | None = None,
    corpus: str | Path | None = None,
    jobs: int = 1,
    runs_dir: str | Path = "runs",
    cwd: str | Path | None = None,
    progress: Callable[[NotebookResult], object] | None = None,
    kernel: str = KERNEL,
) -> RunResult:
    """Execute notebooks with papermill into `runs_dir/name/` and write its manifest.

        >>> result = run_notebooks(["notebooks/actor_frequency.ipynb"], name="dev", params={"top_n": 5})
        >>> result.ok, result.run_dir.name, sorted(result.outputs)[0]
        (True, 'dev', 'figures/actor_frequency_network.pdf')

    `params` override `params_file`; both may hold a mapping under a
    notebook's name for that notebook alone. A parameter goes to every
    notebook that declares it. A folder stands for the notebooks directly in
    it, in name order. `progress` is called with each `NotebookResult` as it
    finishes. A failing notebook does not stop the others: see
    `RunResult.failures`. `kernel` names the Jupyter kernel (default
    python3, which `make setup` installs into .venv). Raises ParameterError, before anything runs, for a
    missing notebook, a parameter no notebook declares, a bad name or `jobs`.
    """
    cwd = Path(cwd or os.getcwd()).resolve()
    paths = _notebook_paths(notebooks, cwd)
    if not paths:
        raise ParameterError("no notebook given; name at least one .ipynb file")
    if not isinstance(jobs, int) or jobs < 1:
        raise ParameterError(f"--jobs must be a whole number of at least 1, not {jobs!r}")
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", str(name)):
        raise ParameterError(f"run name {name!r} must be a plain folder name (letters, digits, '_', '-', '.')")
    stems = [p.stem for p in paths]
    duplicated = sorted({s for s in stems if stems.count(s) > 1})
    if duplicated:
        raise ParameterError(f"two notebooks are both named {duplicated[0]!r}; their outputs would collide")

    given = load_params_file(params_file) if params_file else {}
    given = _merge(given, dict(params or {}))
    if corpus is not None:
        given["corpus"] = str(corpus)
    declared = {p.stem: declared_parameters(p) for p in paths}
    run_dir = (Path(runs_dir) if Path(runs_dir).is_absolute() else cwd / runs_dir) / str(name)
    per_notebook = _parameters_per_notebook(given, declared, paths, run_dir, cwd)

    _prepare_run_dir(run_dir)
    _write_params(run_dir / "params.yaml", given)

    started = time.perf_counter()
    tasks = [(str(p), str(run_dir / f"{p.stem}.ipynb"), per_notebook[p.stem], str(cwd), kernel) for p in paths]
    results: list[NotebookResult | None] = [None] * len(tasks)
    with ProcessPoolExecutor(
        max_workers=min(jobs, len(tasks)),
        mp_context=_context(),
        initializer=_worker_init,
        initargs=(str(run_dir / KERNEL_LOG),),
    ) as pool:
        futures = {pool.submit(_execute, task): i for i, task in enumerate(tasks)}
        for future in as_completed(futures):
            i = futures[future]
            try:
                seconds, failure = future.result()
            except Exception as err:  # the worker itself died (killed, out of memory)
                seconds, failure = 0.0, {"cell_index": None, "first_line": "", "ename": type(err).__name__,
                                         "evalue": str(err) or "the worker process running it stopped"}
            error = NotebookError(**failure) if failure else None
            results[i] = NotebookResult(paths[i], Path(tasks[i][1]), tasks[i][2], seconds, error)
            if progress:
                progress(results[i])
    total = time.perf_counter() - started

    result = RunResult(str(name), run_dir, results)
    result.manifest = _manifest(result, given, declared, cwd, total, kernel)
    (run_dir / "manifest.json").write_text(
        json.dumps(result.manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    write_index(result)
    return result


def _notebook_paths(notebooks, cwd: Path) -> list[Path]:
    paths = []
    for nb in [notebooks] if isinstance(notebooks, (str, os.PathLike)) else notebooks:
        path = _absolute(str(nb), cwd)
        # A folder means its own notebooks, not those of subfolders (assignments, checkpoints).
        paths += sorted(path.glob("*.ipynb")) if path.is_dir() else [path]
    return paths


def _merge(base: dict, override: dict) -> dict:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = value
    return merged


def _parameters_per_notebook(given, declared, paths, run_dir, cwd) -> dict[str, dict]:
    stems = {p.stem for p in paths}
    common = {k: v for k, v in given.items() if not (k in stems and isinstance(v, dict))}
    sections = {k: v for k, v in given.items() if k in stems and isinstance(v, dict)}
    for key in INJECTED:
        if key in common or any(key in s for s in sections.values()):
            raise ParameterError(
                f"{key} is set by the runner to the run folder; choose it with --name and --runs-dir instead"
            )
    for key in common:
        if not any(key in declared[s] for s in stems):
            raise ParameterError(_unknown(key, paths, declared))
    out = {}
    for path in paths:
        mine = declared[path.stem]
        for key in sections.get(path.stem, {}):
            if key not in mine:
                raise ParameterError(_unknown(key, [path], declared))
        values = {k: v for k, v in {**common, **sections.get(path.stem, {})}.items() if k in mine}
        if isinstance(values.get("corpus"), str):
            values["corpus"] = str(_absolute(values["corpus"], cwd))
        values["output_dir"] = str(run_dir)
        out[path.stem] = values
    return out


def _unknown(key, paths, declared) -> str:
    import difflib

    lists = "; ".join(f"{p.name} declares {', '.join(sorted(declared[p.stem])) or 'nothing'}" for p in paths)
    known = sorted({name for p in paths for name in declared[p.stem]})
    close = difflib.get_close_matches(str(key), known, n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    return f"unknown parameter {key!r}: {lists}. {hint}Check the spelling or add it to the notebook's parameters cell"


def _absolute(path: str, cwd: Path) -> Path:
    p = Path(path).expanduser()
    return p if p.is_absolute() else cwd / p


def _prepare_run_dir(run_dir: Path) -> None:
    if run_dir.exists():
        if not run_dir.is_dir() or (any(run_dir.iterdir()) and not (run_dir / MARKER).exists()):
            raise ParameterError(
                f"{run_dir} exists and was not made by 'histkit run'; choose another --name or move it away"
            )
        # A rerun replaces the whole folder, so no figure of an earlier run survives into this one.
        shutil.rmtree(run_dir)
    for sub in ("figures", "tables"):
        (run_dir / sub).mkdir(parents=True, exist_ok=True)
    (run_dir / MARKER).write_text("made by histkit run; a rerun with the same name replaces this folder\n")


def _write_params(path: Path, given: dict) -> None:
    header = "# Parameters of this run. Rerun it the same way with: histkit run NOTEBOOK... -f params.yaml\n"
    path.write_text(header + _dump_yaml(given), encoding="utf-8")


def _dump_yaml(mapping: dict) -> str:
    """One `name: value` line per key in name order, each value in YAML flow style, as one types `-p`."""
    lines = []
    for key in sorted(mapping):
        flow = yaml.safe_dump({key: mapping[key]}, default_flow_style=True, allow_unicode=True, width=1 << 30)
        lines.append(flow.strip()[1:-1] + "\n")
    return "".join(lines)


def _context():
    # Forking skips re-importing papermill (1-2 s per worker) but is only safe
    # from a single-threaded process; from a Jupyter kernel or a threaded app, spawn.
    if os.name == "posix" and threading.active_count() == 1:
        return get_context("fork")
    return get_context("spawn")


def _worker_init(log_path: str) -> None:
    # Kernels inherit this process's environment and stderr; papermill offers
    # no other way to set either.
    os.environ.update(KERNEL_ENV)
    log = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(log, 2)
    os.close(log)
    import logging

    logging.getLogger("papermill").setLevel(logging.WARNING)


def _execute(task) -> tuple[float, dict | None]:
    """Run one notebook in a worker; returns (seconds, failure as a plain dict or None)."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    source, executed, parameters, cwd, kernel = task
    started = time.perf_counter()
    try:
        papermill.execute_notebook(
            source,
            executed,
            parameters=parameters,
            kernel_name=kernel,
            cwd=cwd,
            progress_bar=False,
            log_output=False,
        )
    except PapermillExecutionError as err:
        _fix_cell_ids(executed)
        index = _source_cell_index(executed, err.cell_index)
        first = next((line for line in str(err.source).splitlines() if line.strip()), "")
        failure = {"cell_index": index, "first_line": first.strip(), "ename": err.ename, "evalue": err.evalue}
        return time.perf_counter() - started, failure
    except Exception as err:  # a kernel that dies or never starts must not stop the other notebooks
        evalue = str(err)
        if type(err).__name__ == "NoSuchKernel":
            evalue += f"; install it with: {sys.executable} -m ipykernel install --sys-prefix --name {kernel}"
        failure = {"cell_index": None, "first_line": "", "ename": type(err).__name__, "evalue": evalue}
        return time.perf_counter() - started, failure
    _fix_cell_ids(executed)
    return time.perf_counter() - started, None


def _fix_cell_ids(executed: str) -> None:
    """Give the cells papermill adds (parameters, error banner) fixed ids instead of random ones,
    so two executions differ only in their timestamps."""
    import nbformat

    try:
        nb = nbformat.read(executed, as_version=4)
    except Exception:  # nothing was written: the failure is already reported
        return
    changed = False
    for i, cell in enumerate(nb.cells):
        tags = cell.get("metadata", {}).get("tags", [])
        for tag in ("injected-parameters", "papermill-error-cell-tag"):
            if tag in tags and "id" in cell:
                cell["id"] = f"{tag}-{i}"
                changed = True
    if changed:
        nbformat.write(nb, executed)


def _source_cell_index(executed: str, index: int | None) -> int | None:
    """Map a cell index of the executed notebook to the source notebook's.

    Papermill counts the cells after injecting its `injected-parameters` cell,
    and the error banner it adds afterwards is not counted; the user edits the
    source notebook, so the report names the cell there.
    """
    if index is None:
        return None
    try:
        import nbformat

        cells = nbformat.read(executed, as_version=4).cells
    except Exception:
        return index
    cells = [c for c in cells if "papermill-error-cell-tag" not in c.get("metadata", {}).get("tags", [])]
    tags = [c.get("metadata", {}).get("tags", []) for c in cells]
    injected = next((i for i, t in enumerate(tags) if "injected-parameters" in t), None)
    if injected is None or index < injected:
        return index
    return None if index == injected else index - 1


def sha256_file(path: str | Path) -> str:
    """The sha256 hex digest of a file's bytes.

        >>> sha256_file("data/corpus/corpus.csv")[:12]
        '3f1c0c9e2b7a'
    """
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _files_under(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(
        p for p in path.rglob("*") if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
    )


def _shown(path: Path, cwd: Path) -> str:
    # Paths inside the project are recorded relative to it, so two clones write the same manifest.
    try:
        return path.resolve().relative_to(cwd).as_posix()
    except ValueError:
        return path.resolve().as_posix()


def _input_files(result: RunResult, declared, cwd: Path) -> dict[str, str]:
    """Hash the notebooks and every parameter value (given or default) naming an existing path."""
    candidates = [nb.notebook for nb in result.notebooks]
    for nb in result.notebooks:
        values = {name: _default(spec) for name, spec in declared[nb.stem].items()}
        values.update(nb.parameters)
        values.pop("output_dir", None)
        for key, value in values.items():
            # Only the corpus and values written like paths: a '.' parameter must not hash the project.
            if isinstance(value, str) and (key == "corpus" or _PATHLIKE.search(value)) and len(value) < 4096:
                path = _absolute(value, cwd).resolve()
                if path.exists() and path not in (cwd, *cwd.parents):
                    candidates.append(path)
    candidates.append(authority_dir())  # read whenever a notebook does not name its own
    hashes = {}
    for candidate in candidates:
        if not candidate.exists():
            continue
        for f in _files_under(candidate):
            hashes[_shown(f, cwd)] = sha256_file(f)
    return dict(sorted(hashes.items()))


_PATHLIKE = re.compile(r"[/\\]|\.[A-Za-z0-9]{1,5}$")


def _default(spec: dict):
    try:
        return ast.literal_eval(spec.get("default", "None"))
    except (ValueError, SyntaxError):
        return None


def _output_files(run_dir: Path, stems: set[str]) -> tuple[dict, dict]:
    outputs, executed = {}, {}
    for f in _files_under(run_dir):
        rel = f.relative_to(run_dir).as_posix()
        if rel in RUNNER_FILES:
            continue
        if f.parent == run_dir and f.suffix == ".ipynb" and f.stem in stems:
            executed[rel] = sha256_file(f)
        else:
            outputs[rel] = sha256_file(f)
    return outputs, executed


def _package_digest() -> str:
    """sha256 over the path and bytes of every .py file of the histkit package, in path order."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def _versions() -> dict[str, str | None]:
    names = set(_LIBRARIES)
    for requirement in metadata.requires("histkit") or []:
        if "extra ==" not in requirement:
            names.add(re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0])
    versions = {}
    for pkg in sorted(names, key=str.lower):
        try:
            versions[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            versions[pkg] = None
    return versions


def _manifest(result: RunResult, given, declared, cwd: Path, total: float, kernel: str) -> dict:
    from ..version import __version__

    outputs, executed = _output_files(result.run_dir, {nb.stem for nb in result.notebooks})
    return {
        "name": result.name,
        "histkit": __version__,
        # The version does not change while the code is being edited; this digest does.
        "histkit_source": _package_digest(),
        "python": platform.python_version(),
        "libraries": _versions(),
        "kernel": {"name": kernel, "cwd": ".", "environment": dict(KERNEL_ENV)},
        "parameters": given,
        "notebooks": {
            nb.stem: {
                "source": _shown(nb.notebook, cwd),
                "executed": nb.executed.name,
                "status": "ok" if nb.ok else "failed",
                "error": None if nb.ok else {
                    "cell_index": nb.error.cell_index,
                    "first_line": nb.error.first_line,
                    "ename": nb.error.ename,
                    "evalue": nb.error.evalue,
                },
                "parameters": {
                    k: (_shown(Path(v), cwd) if k in ("corpus", "output_dir") and isinstance(v, str) else v)
                    for k, v in nb.parameters.items()
                },
            }
            for nb in result.notebooks
        },
        "inputs": _input_files(result, declared, cwd),
        "outputs": outputs,
        # Executed notebooks carry papermill's timestamps, so their hashes change on every rerun.
        "executed_notebooks": executed,
        "timing": {
            "total_seconds": round(total, 2),
            "notebooks_seconds": {nb.stem: round(nb.seconds, 2) for nb in result.notebooks},
        },
    }


def _owner(filename: str, stems: list[str]) -> str | None:
    # Longest stem first, so `period` does not claim the files of `period_comparison`.
    for stem in sorted(stems, key=len, reverse=True):
        base = filename.rsplit(".", 1)[0]
        if base == stem or base.startswith(stem + "_") or base.startswith(stem + "-"):
            return stem
    return None


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>histkit run {name}</title>
<style>
body {{ font-family: "DejaVu Sans", sans-serif; max-width: 1100px; margin: 2em auto; padding: 0 1em; color: #222; }}
h1 {{ font-size: 1.5em; }} h2 {{ font-size: 1.2em; border-bottom: 1px solid #ccc; padding-bottom: .2em; margin-top: 2em; }}
figure {{ margin: 1.5em 0; }} figure img {{ max-width: 100%; border: 1px solid #eee; }}
figcaption {{ font-size: .9em; color: #555; }} .failed {{ color: #D55E00; font-weight: bold; }} .ok {{ color: #009E73; }}
ul {{ padding-left: 1.2em; }} code {{ background: #f4f4f4; padding: 0 .2em; }}
</style>
</head>
<body>
<h1>histkit run <code>{name}</code></h1>
<p>{summary} &middot; <a href="manifest.json">manifest.json</a> &middot; <a href="params.yaml">params.yaml</a></p>
{sections}
</body>
</html>
"""


def write_index(result: RunResult) -> Path:
    """Write `index.html` in the run folder: each notebook's PNG figures and links.

        >>> write_index(result).name
        'index.html'

    Uses no external assets; the page is the same on every rerun of the same inputs.
    """
    run_dir = result.run_dir
    stems = [nb.stem for nb in result.notebooks]
    files = {"figures": [], "tables": []}
    for sub in files:
        if (run_dir / sub).is_dir():
            files[sub] = sorted(p.relative_to(run_dir).as_posix() for p in _files_under(run_dir / sub))
    esc = html.escape
    sections = []
    for nb in result.notebooks:
        status = (
            '<span class="ok">ran</span>'
            if nb.ok
            else f'<span class="failed">failed</span>: {esc(str(nb.error))}'
        )
        parts = [f'<h2 id="{esc(nb.stem)}">{esc(nb.stem)}</h2>',
                 f'<p>{status} &middot; executed notebook <a href="{esc(nb.executed.name)}">{esc(nb.executed.name)}</a></p>']
        shown = result.manifest.get("notebooks", {}).get(nb.stem, {}).get("parameters", nb.parameters)
        listed = _dump_yaml(shown).strip()
        parts.append(f"<details><summary>parameters</summary><pre>{esc(listed)}</pre></details>")
        parts += _figures_html(files["figures"], lambda f, s=nb.stem: _owner(Path(f).name, stems) == s)
        parts += _tables_html(files["tables"], lambda f, s=nb.stem: _owner(Path(f).name, stems) == s)
        sections.append("\n".join(parts))
    others = lambda f: _owner(Path(f).name, stems) is None  # noqa: E731
    if any(others(f) for f in files["figures"] + files["tables"]):
        parts = ['<h2 id="other">Other outputs</h2>']
        parts += _figures_html(files["figures"], others) + _tables_html(files["tables"], others)
        sections.append("\n".join(parts))
    failed = len(result.failures)
    summary = f"{len(result.notebooks)} notebooks, " + (f'<span class="failed">{failed} failed</span>' if failed else "all ran")
    page = _PAGE.format(name=esc(result.name), summary=summary, sections="\n".join(sections))
    path = run_dir / "index.html"
    path.write_text(page, encoding="utf-8")
    return path


def _figures_html(figures: list[str], mine) -> list[str]:
    esc = html.escape
    out = []
    for png in (f for f in figures if f.endswith(".png") and mine(f)):
        base = png[: -len(".png")]
        links = " ".join(f'<a href="{esc(base + ext)}">{ext[1:].upper()}</a>' for ext in (".pdf", ".svg") if base + ext in figures)
        out.append(f'<figure><img src="{esc(png)}" alt="{esc(Path(base).name)}">'
                   f"<figcaption>{esc(Path(base).name)} &middot; {links}</figcaption></figure>")
    return out


def _tables_html(tables: list[str], mine) -> list[str]:
    esc = html.escape
    items = [f'<li><a href="{esc(t)}">{esc(Path(t).name)}</a></li>' for t in tables if mine(t)]
    return ["<p>Tables:</p>", "<ul>", *items, "</ul>"] if items else []


def strip_timing(notebook: dict) -> dict:
    """A copy of an executed notebook (as JSON) without papermill's and nbclient's timestamps.

        >>> strip_timing(json.load(open("runs/sample/actor_frequency.ipynb")))["metadata"]["papermill"]
        {'default_parameters': {}, 'environment_variables': {}, ...}

    Two executions of a notebook on the same inputs are equal after this.
    """
    def clean(meta):
        return {k: clean(v) if isinstance(v, dict) else v for k, v in meta.items() if k not in TIMING_KEYS}

    copy = json.loads(json.dumps(notebook))
    copy["metadata"] = clean(copy.get("metadata", {}))
    for cell in copy.get("cells", []):
        cell["metadata"] = clean(cell.get("metadata", {}))
    return copy

