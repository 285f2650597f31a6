"""Where a notebook's inputs and outputs are: the project folder, input paths, tables in and out.

The project folder is the nearest folder, from the current one upwards, that
holds a ``pyproject.toml`` or a ``notebooks/`` folder (a histkit checkout, or
a project laid out like one); outside any project it is the current folder.
So a notebook opened from ``notebooks/`` finds ``data/corpus`` and writes to
the same ``runs/`` as ``make run``, in a checkout and with an installed wheel.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ParameterError

if TYPE_CHECKING:  # pandas loads with the analyses, not with the runner that resolves a store's folder
    import pandas as pd

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


def load_tables(corpus: str | os.PathLike = "data/corpus", actors_file: str | os.PathLike = "",
                store: str | os.PathLike = "", jobs: int | None = 1, archives_file: str | os.PathLike = ""):
    """The tables of a corpus found by `find_input`, read from its store (built or updated first).

        >>> load_tables("no/such/corpus")
        Traceback (most recent call last):
        histkit.errors.ParameterError: corpus 'no/such/corpus' not found in ...

    An empty `actors_file` means the shipped authority; `archives_file`
    names the user's archives, read with the shipped ones
    (`histkit.citations.archives_authority`). The store is `store` if
    given, else `store_folder(corpus, actors_file, archives_file)`, so the
    notebooks of a run parse the corpus once and later ones read Parquet;
    only new or changed files are parsed again (see `update_store`). `jobs`
    worker processes parse (1: in this process; None: one per core). A
    corpus with no readable file gives its tables as `build_tables` does.
    Raises ParameterError for a missing path, and what `update_store` raises.
    """
    # The parsers are imported here, not with the module: a notebook that finds its store up to date never calls them.
    from ..store import read_store, store_lock

    found, actors, folder = store_target(corpus, actors_file, store, archives_file)
    archives = find_input(archives_file, "archives_file") if str(archives_file) else None
    with store_lock(folder):  # notebooks run side by side wait for the first one's build
        if not refresh_store(found, actors, folder, jobs, archives):  # no store to write; the tables say which files failed and why
            from ..store import build_tables

            return build_tables(found, actors=actors, archives=archives)
        return read_store(folder)


def store_target(corpus: str | os.PathLike = "data/corpus", actors_file: str | os.PathLike = "",
                 store: str | os.PathLike = "", archives_file: str | os.PathLike = "") -> tuple[Path, Path | None, Path]:
    """The corpus (absolute) and actors file `load_tables` reads (None: the shipped one) and the store it keeps them in.

        >>> found, actors, folder = store_target("data/corpus")
        >>> found.name, actors, folder == store_folder(found)
        ('corpus', None, True)

    Raises ParameterError for a path that `find_input` does not find.
    """
    actors = find_input(actors_file, "actors_file") if str(actors_file) else None
    archives = find_input(archives_file, "archives_file") if str(archives_file) else None
    # Absolute, as `histkit run` gives it: the store keys its documents by path, so a corpus named from the project
    # folder and from notebooks/ must read the same store rather than rebuild it for each.
    found = find_input(corpus, "corpus").absolute()
    return found, actors, output_path(store) if str(store) else store_folder(found, actors, archives)


def refresh_store(corpus: Path, actors: Path | None, folder: Path, jobs: int | None = 1,
                  archives: Path | None = None) -> bool:
    """Build or update the store in `folder` as `load_tables` does; False when no file of the corpus could be read.

        >>> import tempfile; scratch = tempfile.TemporaryDirectory()
        >>> _ = (Path(scratch.name) / "a.txt").write_text("Tito met Spaak.1\\n\\n1 Ibid.\\n", encoding="utf-8")
        >>> refresh_store(Path(scratch.name), None, Path(scratch.name) / "store")
        True
        >>> scratch.cleanup()

    Call it holding the store's lock (`histkit.store.store_lock`). Raises
    what `update_store` raises.
    """
    from ..store import NothingRead, update_store

    try:
        update_store(corpus, folder, actors=actors, archives=archives, format="parquet", jobs=jobs)
    except NothingRead:
        return False
    return True


def store_folder(corpus: str | os.PathLike, actors_file: str | os.PathLike | None = None,
                 archives_file: str | os.PathLike | None = None) -> Path:
    """Where `load_tables` keeps the store of a corpus read with an actors file (and archives): runs/.store/<key>.

        >>> store_folder("data/corpus") == store_folder(Path("data/corpus").resolve())
        True
        >>> store_folder("data/corpus") != store_folder("data/corpus", "actors.csv")
        True

    The key hashes the absolute paths, so another corpus or authority file
    gets its own store; it lies in the project folder's runs/ (see `output_path`).
    """
    named = f"{Path(corpus).expanduser().resolve()}\n{Path(actors_file).expanduser().resolve() if actors_file else ''}"
    if archives_file:  # without one the key is what it was before archives files could be given
        named += f"\n{Path(archives_file).expanduser().resolve()}"
    return output_path(Path("runs") / ".store" / hashlib.sha256(named.encode("utf-8")).hexdigest()[:16])


def save_table(frame: pd.DataFrame, name: str, output_dir: str | os.PathLike) -> Path:
    """Write `output_dir/tables/<name>.csv` byte for byte the same for the same frame.

        >>> import pandas as pd, tempfile; folder = tempfile.TemporaryDirectory()
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
