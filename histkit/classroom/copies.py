"""The copies of a class folder: which students should have one, reading them as handed in, and their working folders.

The answer keys `make` wrote say who should have handed in a copy, so a
copy that is missing is reported, not passed over; a copy that is an empty
file, not JSON or not a notebook is reported with what is wrong with it.
Each copy runs in its student's folder; the files the notebooks read (a
corpus, an authority file) are linked into it for the run, and the links
taken away after.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import nbformat

from ..errors import HistkitError, ParameterError
from .assignment import ANSWER_KEYS, EXECUTED_SUFFIX


@dataclass
class StudentCopy:
    """One student's copy in a class folder: the notebook (which may be missing), its executed copy, its answer key."""

    student_id: str
    notebook: Path
    executed: Path
    key: Path | None


def find_student_notebooks(directory, assignment: str | None = None) -> list[StudentCopy]:
    """The ``<student_id>/<assignment>.ipynb`` copies of a class folder, and those its answer keys expect, by student_id.

        >>> import tempfile
        >>> scratch = tempfile.TemporaryDirectory()
        >>> for path in ("ben/lesson.ipynb", "ana/lesson.ipynb", "ana/lesson.executed.ipynb",
        ...              "answer_keys/ana/lesson.ipynb", "answer_keys/cid/lesson.ipynb"):
        ...     (Path(scratch.name) / path).parent.mkdir(parents=True, exist_ok=True)
        ...     (Path(scratch.name) / path).touch()
        >>> [(c.student_id, c.notebook.exists(), c.key is not None) for c in find_student_notebooks(scratch.name)]
        [('ana', True, True), ('ben', True, False), ('cid', False, True)]
        >>> scratch.cleanup()

    A student with an answer key but no copy is listed (their notebook does
    not exist). Skips executed copies and Jupyter checkpoints. Raises
    `HistkitError` when there are none, or several assignments and no `assignment`.
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise HistkitError(f"{directory}: no such folder; give the --out folder of 'histkit classroom make'")
    handed = _notebooks(directory, skip=ANSWER_KEYS)
    keys = _notebooks(directory / ANSWER_KEYS) if (directory / ANSWER_KEYS).is_dir() else []
    if assignment:
        stem = Path(assignment).stem
        handed, keys = [nb for nb in handed if nb.stem == stem], [nb for nb in keys if nb.stem == stem]
    names = sorted({nb.stem for nb in handed + keys})
    if not handed:
        wanted = f"{Path(assignment).stem}.ipynb" if assignment else "<assignment>.ipynb"
        raise HistkitError(
            f"{directory}: no student notebooks ({directory}/<student_id>/{wanted}); "
            "make them with 'histkit classroom make'"
        )
    if len(names) > 1:
        raise HistkitError(f"{directory} holds several assignments ({', '.join(names)}); choose one with --assignment")
    name = f"{names[0]}.ipynb"
    students = sorted({nb.parent.name for nb in handed + keys})
    copies = []
    for sid in students:
        notebook, key = directory / sid / name, directory / ANSWER_KEYS / sid / name
        copies.append(StudentCopy(sid, notebook, notebook.with_name(notebook.stem + EXECUTED_SUFFIX),
                                  key if key.exists() else None))
    return copies


def _notebooks(directory: Path, skip: str = "") -> list[Path]:
    found = []
    for folder in sorted(p for p in directory.iterdir() if p.is_dir()):
        if folder.name == skip or folder.name.startswith("."):
            continue
        found += [nb for nb in sorted(folder.glob("*.ipynb")) if not nb.name.endswith(EXECUTED_SUFFIX)]
    return found


def read_copy(path) -> tuple[nbformat.NotebookNode | None, str]:
    """A student's notebook, or None and why it cannot be run ("" when it can).

        >>> import tempfile
        >>> scratch = tempfile.TemporaryDirectory(); empty = Path(scratch.name) / "empty.ipynb"; empty.touch()
        >>> read_copy(empty)
        (None, 'the copy is an empty file')
        >>> _ = empty.write_text('{"cells": [', encoding="utf-8")
        >>> read_copy(empty)[1]
        'the copy is not a notebook: its JSON is cut or broken (line 1, column 12)'
        >>> read_copy(Path(scratch.name) / "gone.ipynb")[1]
        'no copy handed in'
        >>> scratch.cleanup()

    Never raises.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, "no copy handed in"
    except (OSError, UnicodeDecodeError) as err:
        return None, f"the copy cannot be read as text ({err.__class__.__name__}); is it a notebook?"
    if not text.strip():
        return None, "the copy is an empty file"
    try:
        json.loads(text)
    except json.JSONDecodeError as err:
        return None, f"the copy is not a notebook: its JSON is cut or broken (line {err.lineno}, column {err.colno})"
    try:
        nb = nbformat.reads(text, as_version=4)
        nbformat.validate(nb)
    except Exception as err:  # nbformat raises several kinds for JSON that is not a notebook
        first = str(err).strip().splitlines()[0] if str(err).strip() else err.__class__.__name__
        return None, f"the copy is not a Jupyter notebook ({first[:120]})"
    return nb, ""


def resolve_data(paths, base) -> list[tuple[Path, Path]]:
    """Each file or folder the notebooks read as (its place in a student's folder, the real path).

        >>> import tempfile; scratch = tempfile.TemporaryDirectory(); base = Path(scratch.name).resolve()
        >>> (base / "data" / "corpus").mkdir(parents=True)
        >>> [(str(inside), real == base / "data" / "corpus") for inside, real in resolve_data(["data/corpus"], base)]
        [('data/corpus', True)]
        >>> resolve_data(["nowhere"], base)
        Traceback (most recent call last):
        histkit.errors.ParameterError: --data 'nowhere' not found in ...
        >>> scratch.cleanup()

    A relative path keeps its place (``data/corpus`` is ``data/corpus`` in
    every student's folder); an absolute one is read where it is.
    Raises ParameterError for a path that does not exist, or a relative one
    leading up out of `base` (it would have no place in a student's folder).
    """
    found = []
    for given in paths:
        path = Path(given).expanduser()
        real = (path if path.is_absolute() else Path(base) / path).resolve()
        if not path.is_absolute() and ".." in path.parts:
            raise ParameterError(f"--data {str(given)!r} leads out of {base}; give it as an absolute path")
        if not real.exists():
            raise ParameterError(f"--data {str(given)!r} not found in {base}; give a file or folder the notebooks read")
        found.append((Path(os.path.normpath(path)) if not path.is_absolute() else real, real))
    return found


def link_data(folder: Path, data: list[tuple[Path, Path]]) -> list[Path]:
    """Link each relative data path into a student's folder; what was made, to take away with `unlink_data`.

        >>> import tempfile; scratch = tempfile.TemporaryDirectory(); here = Path(scratch.name)
        >>> (here / "corpus").mkdir(); (here / "ana").mkdir()
        >>> made = link_data(here / "ana", [(Path("data/corpus"), here / "corpus")])
        >>> (here / "ana" / "data" / "corpus").resolve() == (here / "corpus").resolve()
        True
        >>> unlink_data(made); sorted(p.name for p in (here / "ana").iterdir())
        []
        >>> scratch.cleanup()

    A place the student's folder already uses (a file of theirs) is left as
    it is, and so is one a link of theirs leads out of their folder. Never
    raises for a place it cannot link.
    """
    made = []
    for inside, real in data:
        if inside.is_absolute():
            continue
        target = folder / inside
        missing = [p for p in reversed(target.parents) if p != folder and folder in p.parents and not p.exists()]
        if target.exists() or target.is_symlink() or not _inside(target.parent, folder):
            continue
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.symlink_to(real, target_is_directory=real.is_dir())
        except OSError:
            continue
        made += missing + [target]
    return made


def _inside(path: Path, folder: Path) -> bool:
    """Whether `path` (resolving the links a student may have made) lies in `folder`, or is where it would be made."""
    real, home = path.resolve(), folder.resolve()
    return real == home or home in real.parents


def unlink_data(made: list[Path]) -> None:
    """Take away the links and the folders `link_data` made, newest first; a folder now in use stays."""
    for path in reversed(made):
        try:
            path.unlink() if path.is_symlink() else path.rmdir()
        except OSError:
            pass
