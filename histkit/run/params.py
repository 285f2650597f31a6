"""Parameters of a run: read from `-p` and YAML files, checked against what each notebook declares.

A notebook declares its parameters in a cell tagged `parameters`. A value
given for the run goes to every notebook that declares it; a mapping under a
notebook's name goes to that notebook alone. The runner itself sets
`output_dir`, and makes `corpus` absolute, so kernels started anywhere agree.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import yaml

from ..errors import ParameterError
from .imports import import_papermill

INJECTED = ("output_dir",)


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

        >>> import tempfile
        >>> scratch = tempfile.TemporaryDirectory()
        >>> path = Path(scratch.name) / "params.yaml"
        >>> _ = path.write_text("top_n: 10\\nactor_frequency: {min_count: 2}\\n", encoding="utf-8")
        >>> load_params_file(path)
        {'top_n': 10, 'actor_frequency': {'min_count': 2}}
        >>> scratch.cleanup()

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

        >>> import nbformat, tempfile
        >>> from nbformat.v4 import new_code_cell, new_notebook
        >>> scratch = tempfile.TemporaryDirectory()
        >>> cell = new_code_cell("top_n = 10  # how many actors", metadata={"tags": ["parameters"]})
        >>> kernel = {"name": "python3", "display_name": "Python 3", "language": "python"}
        >>> nbformat.write(new_notebook(cells=[cell], metadata={"kernelspec": kernel}), f"{scratch.name}/demo.ipynb")
        >>> declared_parameters(f"{scratch.name}/demo.ipynb")
        {'top_n': {'name': 'top_n', 'inferred_type_name': 'None', 'default': '10', 'help': 'how many actors'}}
        >>> scratch.cleanup()

    Raises ParameterError when the notebook is missing or not a notebook.
    """
    papermill = import_papermill()

    path = Path(notebook)
    if not path.is_file():
        raise ParameterError(f"{path}: notebook not found")
    try:
        return papermill.inspect_notebook(str(path))
    except Exception as err:  # papermill raises json, nbformat and its own errors here
        raise ParameterError(f"{path}: cannot read it as a notebook ({err})") from None


def merge_parameters(base: dict, override: dict) -> dict:
    """`base` updated with `override`; a notebook's section is updated name by name, not replaced.

        >>> merge_parameters({"top_n": 10, "sizes": {"scale": 1, "decimal": ","}}, {"sizes": {"scale": 2}})
        {'top_n': 10, 'sizes': {'scale': 2, 'decimal': ','}}
    """
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = value
    return merged


def parameters_per_notebook(given: dict, declared: dict, paths: list[Path], run_dir: Path, cwd: Path) -> dict[str, dict]:
    """The values each notebook receives, by notebook stem: what it declares of `given`, and `output_dir`.

        >>> declared = {"sizes": {"corpus": {}, "scale": {}, "output_dir": {}}, "broken": {"corpus": {}, "output_dir": {}}}
        >>> paths = [Path("sizes.ipynb"), Path("broken.ipynb")]
        >>> parameters_per_notebook({"scale": 3, "corpus": "data"}, declared, paths, Path("/runs/x"), Path("/project"))
        {'sizes': {'scale': 3, 'corpus': '/project/data', 'output_dir': '/runs/x'}, \
'broken': {'corpus': '/project/data', 'output_dir': '/runs/x'}}

    Raises ParameterError for a parameter no notebook declares (naming what
    each declares, and a close name), a notebook section naming a parameter
    that notebook does not declare, and `output_dir` given by the user.
    """
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
            values["corpus"] = str(absolute_path(values["corpus"], cwd))
        values["output_dir"] = str(run_dir)
        out[path.stem] = values
    return out


def _unknown(key, paths, declared) -> str:
    lists = "; ".join(f"{p.name} declares {', '.join(sorted(declared[p.stem])) or 'nothing'}" for p in paths)
    known = sorted({name for p in paths for name in declared[p.stem]})
    close = difflib.get_close_matches(str(key), known, n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    return f"unknown parameter {key!r}: {lists}. {hint}Check the spelling or add it to the notebook's parameters cell"


def absolute_path(path: str | os.PathLike, cwd: Path) -> Path:
    """`path` with `~` expanded, read from `cwd` when it is relative.

        >>> absolute_path("data/corpus", Path("/project")), absolute_path("/srv/corpus", Path("/project"))
        (PosixPath('/project/data/corpus'), PosixPath('/srv/corpus'))
    """
    p = Path(path).expanduser()
    return p if p.is_absolute() else cwd / p


def write_params(path: Path, given: dict) -> None:
    """Write the parameters of a run as a YAML file that `-f` reads back, one `name: value` line each.

        >>> import tempfile
        >>> scratch = tempfile.TemporaryDirectory()
        >>> write_params(Path(scratch.name) / "params.yaml", {"top_n": 5, "title": "Note: Ђилас"})
        >>> print((Path(scratch.name) / "params.yaml").read_text(encoding="utf-8"), end="")
        # Parameters of this run. Rerun it the same way with: histkit run NOTEBOOK... -f params.yaml
        title: 'Note: Ђилас'
        top_n: 5
        >>> scratch.cleanup()
    """
    header = "# Parameters of this run. Rerun it the same way with: histkit run NOTEBOOK... -f params.yaml\n"
    path.write_text(header + dump_yaml(given), encoding="utf-8")


def dump_yaml(mapping: dict) -> str:
    """One `name: value` line per key in name order, each value in YAML flow style, as one types `-p`.

        >>> print(dump_yaml({"periods": [["a", 1950, 1953]], "actor_frequency": {"min_count": 2}}), end="")
        actor_frequency: {min_count: 2}
        periods: [[a, 1950, 1953]]
    """
    lines = []
    for key in sorted(mapping):
        flow = yaml.safe_dump({key: mapping[key]}, default_flow_style=True, allow_unicode=True, width=1 << 30)
        lines.append(flow.strip()[1:-1] + "\n")
    return "".join(lines)
