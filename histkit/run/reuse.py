"""What a run reuses from earlier runs: the figure cache its kernels copy unchanged figures from.

The cache lies in the runs folder (runs/.cache/figures), so `make clean`
empties it with the runs. Its files are keyed by what each figure was drawn
from (see `analysis.figcache`); after each run the files unused for a month,
and the least recently used beyond 256 MB, are removed.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..analysis import figcache

CACHE = Path(".cache") / "figures"


def figure_cache_environment(runs_dir: Path) -> dict[str, str]:
    """The environment variable that gives the kernels the figure cache of `runs_dir`.

        >>> from unittest import mock
        >>> with mock.patch.dict(os.environ, clear=True):
        ...     figure_cache_environment(Path("/project/runs"))
        {'HISTKIT_FIGURE_CACHE': '/project/runs/.cache/figures'}
        >>> with mock.patch.dict(os.environ, {"HISTKIT_FIGURE_CACHE": ""}):
        ...     figure_cache_environment(Path("/project/runs"))   # set, even empty, by the user: theirs
        {}

    A user who sets HISTKIT_FIGURE_CACHE keeps their own folder (empty: no
    cache, every figure drawn).
    """
    if figcache.CACHE_ENV in os.environ:
        return {}
    return {figcache.CACHE_ENV: str(Path(runs_dir) / CACHE)}


def prune_figure_cache(runs_dir: Path) -> None:
    """Remove what the figure cache of `runs_dir` no longer needs (see `analysis.figcache.prune`)."""
    folder = figcache.cache_folder() if figcache.CACHE_ENV in os.environ else Path(runs_dir) / CACHE
    if folder is not None and folder.is_dir():
        figcache.prune(folder)
