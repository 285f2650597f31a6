"""Where a notebook's inputs and outputs are: the project folder, input paths, tables in and out.

The project folder is the nearest folder, from the current one upwards, that
holds a ``pyproject.toml`` or a ``notebooks/`` folder (a histkit checkout, or
a project laid out like one); outside any project it is the current folder.
So a notebook opened from ``notebooks/`` finds ``data/corpus`` and writes to
the same ``runs/`` as ``make run``, in a checkout and with an installed wheel.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pandas as pd

from ..errors import ParameterError
from ..store import build_tables

PROJECT_MARKERS = ("pyproject.toml", "notebooks")


def project_root(start: str | os.PathLike | None = None) -> Path:
    """The nearest folder from `start` (default: the current folder) upwards holding a project marker.

        >>> import tempfile; folder = tempfile.TemporaryDirectory(); project = Path(folder.name)
        >>> (project / "notebooks" / "drafts").mkdir(parents=True)
        >>> project_root(project / "notebooks" / "drafts") == project.resolve()
        True
        >>> folder.cleanup()

    The markers are PROJECT_MARKERS: a ``pyproject.toml`` file or a
    ``notebooks/`` folder. With none in `start` or above it, `start` itself.
    """
    here = Path(start if start is not None else Path.cwd()).expanduser().resolve()
    for folder in (here, *here.parents):
        if any((folder / marker).exists() for marker in PROJECT_MARKERS):
            return folder
    return here


def find_input(path: str | os.PathLike, what: str = "corpus") -> Path:
    """An input path as given if it exists from the current folder, else relative to the project folder.

        >>> find_input("data/corpus").name
        'corpus'

    Raises ParameterError when neither exists (the message names both places).
    """
    given = Path(path).expanduser()
    if given.exists():
        return given
    root = project_root()
    if not given.is_absolute() and (root / given).exists():
        return root / given
    if root == Path.cwd().resolve():
        places = f"in {Path.cwd()}; give an existing path (absolute, or relative to that folder)"
    else:
        places = f"in {Path.cwd()} nor in the project folder {root}; give an existing path (absolute, or relative to either)"
    raise ParameterError(f"{what} {str(path)!r} not found {places}")


def output_path(path: str | os.PathLike) -> Path:
    """Where a relative output folder goes: inside the project folder (see `project_root`).

        >>> output_path("runs/dev") == project_root() / "runs" / "dev"
        True

    So a notebook opened from notebooks/ in JupyterLab writes to the same
    runs/ folder as `make run`. Absolute paths are kept.
    """
    given = Path(path).expanduser()
    return given if given.is_absolute() else project_root() / given


def load_tables(corpus: str | os.PathLike = "data/corpus", actors_file: str | os.PathLike = ""):
    """`build_tables` on a corpus path found by `find_input`; empty `actors_file` = shipped authority.

        >>> load_tables("no/such/corpus")
        Traceback (most recent call last):
        histkit.errors.ParameterError: corpus 'no/such/corpus' not found in ...

    Raises ParameterError for a missing path, and what `build_tables` raises.
    """
    actors = find_input(actors_file, "actors_file") if str(actors_file) else None
    return build_tables(find_input(corpus, "corpus"), actors=actors)


def save_table(frame: pd.DataFrame, name: str, output_dir: str | os.PathLike) -> Path:
    """Write `output_dir/tables/<name>.csv` byte for byte the same for the same frame.

        >>> import tempfile; folder = tempfile.TemporaryDirectory()
        >>> save_table(pd.DataFrame({"a": [1.5, 2.0]}), "demo_counts", folder.name).read_text()
        'a\\n1.5\\n2\\n'
        >>> folder.cleanup()

    Raises ParameterError when `name` is not a plain file stem.
    """
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", name or ""):
        raise ParameterError(f"table name {name!r} is not a plain file stem; use letters, digits, '_', '-'")
    folder = Path(output_dir) / "tables"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.csv"
    frame.to_csv(path, index=False, lineterminator="\n", encoding="utf-8", float_format="%.6g")
    return path
