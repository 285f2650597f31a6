"""Making a class's copies of an assignment: one notebook per student from a roster, and answer keys.

A teacher writes one assignment notebook with cells tagged ``parameters``,
``solution`` and ``check``, and a roster CSV (student_id, name, one column per
parameter). Each student's copy gets their parameters injected by papermill
(nothing is executed) and the solutions taken out; cell metadata follows
nbgrader (schema 3), so a teacher who uses nbgrader can take the copies over.
Check cells and locked cells carry nbgrader's checksum: with the answer key
kept in the class folder, `collect` tells an edited check and puts it back.
"""

from __future__ import annotations

import ast
import copy
import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from ..errors import HistkitError, ParameterError
from ..run import declared_parameters
from .assignment import ANSWER_KEYS, is_check, is_solution, keep_going_after
from .integrity import checksum, is_protected
from ..patterns import compiled

PARAMETERS_TAG = "parameters"
INJECTED_TAG = "injected-parameters"
ANSWER_PROMPT = "# YOUR ANSWER HERE"
MARKDOWN_PROMPT = "YOUR ANSWER HERE"
ROSTER_KEYS = ("student_id", "name")

_BEGIN, _END = "### BEGIN SOLUTION", "### END SOLUTION"
_SAFE_ID = compiled(r"[A-Za-z0-9](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9_-])?")
# Folder names Windows refuses, and our own answer-key folder.
_RESERVED = {"con", "prn", "aux", "nul", ANSWER_KEYS} | {f"{p}{n}" for p in ("com", "lpt") for n in range(1, 10)}


@dataclass
class Student:
    """One roster row: who, where in the file, and the parameters to inject."""

    student_id: str
    name: str
    line: int
    parameters: dict = field(default_factory=dict)


def make_assignments(assignment, roster, out, force: bool = False) -> list[Path]:
    """Write each student's copy of an assignment, and an answer key, from a roster.

        >>> import tempfile
        >>> from nbformat.v4 import new_code_cell, new_notebook
        >>> scratch = tempfile.TemporaryDirectory()
        >>> here = Path(scratch.name)
        >>> cells = [new_code_cell("year = 1950", metadata={"tags": ["parameters"]}),
        ...          new_code_cell("answer = year + 1", metadata={"tags": ["solution"]})]
        >>> kernel = {"name": "python3", "display_name": "Python 3", "language": "python"}
        >>> nbformat.write(new_notebook(cells=cells, metadata={"kernelspec": kernel}), here / "lesson.ipynb")
        >>> _ = (here / "roster.csv").write_text("student_id,name,year\\nana,Ana,1951\\nben,Ben,\\n", encoding="utf-8")
        >>> written = make_assignments(here / "lesson.ipynb", here / "roster.csv", here / "class")
        >>> [path.relative_to(here).as_posix() for path in written]
        ['class/ana/lesson.ipynb', 'class/ben/lesson.ipynb']
        >>> [cell.source for cell in nbformat.read(written[0], as_version=4).cells]
        ['year = 1950', '# Parameters\\nyear = 1951\\n', '# YOUR ANSWER HERE']
        >>> scratch.cleanup()

    Writes ``out/<student_id>/<assignment>.ipynb`` (parameters injected, solution
    cells replaced by an empty answer cell) and
    ``out/answer_keys/<student_id>/<assignment>.ipynb`` (solutions kept);
    nothing is executed. Empty roster cells keep the notebook's default.
    Returns the student copies in roster order.
    Raises `ParameterError` for a bad roster (naming its line) and
    `HistkitError` when a student copy exists already and `force` is false,
    since a student may have worked in it; nothing is written then.
    """
    assignment, out = Path(assignment), Path(out)
    source = read_notebook(assignment)
    declared = declared_defaults(assignment)
    students = read_roster(roster, declared, assignment.name)
    name = f"{assignment.stem}.ipynb"
    copies = [(out / s.student_id / name, out / ANSWER_KEYS / s.student_id / name, s) for s in students]
    if not force:
        existing = [str(path) for path, _, _ in copies if path.exists()]
        if existing:
            raise HistkitError(
                f"{existing[0]} exists already ({len(existing)} student copies in {out}); a student may have "
                "worked in it. Choose another --out folder, or pass --force to overwrite every copy"
            )
    written = []
    for student_path, key_path, student in copies:
        key = prepare_copy(source, student, assignment.stem, answer_key=True)
        copy = prepare_copy(source, student, assignment.stem, answer_key=False)
        for path, nb in ((key_path, key), (student_path, copy)):
            path.parent.mkdir(parents=True, exist_ok=True)
            nbformat.write(nb, path)
        written.append(student_path)
    return written


def read_notebook(path) -> nbformat.NotebookNode:
    """Read a notebook, giving every cell a stable id so copies are byte-identical across runs.

        >>> import json, tempfile
        >>> scratch = tempfile.TemporaryDirectory()
        >>> cells = [{"cell_type": "markdown", "metadata": {}, "source": "# Lesson"},
        ...          {"cell_type": "code", "metadata": {}, "source": "year = 1950", "outputs": [], "execution_count": None}]
        >>> old = {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 4}  # written before cells had ids
        >>> _ = Path(scratch.name, "lesson.ipynb").write_text(json.dumps(old), encoding="utf-8")
        >>> [cell.id for cell in read_notebook(Path(scratch.name, "lesson.ipynb")).cells]
        ['cell-0', 'cell-1']
        >>> scratch.cleanup()
        >>> read_notebook("no_such_lesson.ipynb")
        Traceback (most recent call last):
        histkit.errors.HistkitError: no_such_lesson.ipynb: no such notebook

    Raises `HistkitError` when the file is missing or not a notebook.
    """
    path = Path(path)
    try:
        nb = nbformat.read(path, as_version=4)
    except FileNotFoundError:
        raise HistkitError(f"{path}: no such notebook") from None
    except Exception as err:  # nbformat raises several kinds for a file that is not a notebook
        raise HistkitError(f"{path}: not a Jupyter notebook ({err.__class__.__name__}: {err})") from None
    # nbformat.v4.upgrade (called by papermill) gives id-less cells random ids; fixed ones keep output stable.
    nb.nbformat_minor = max(nb.nbformat_minor, 5)
    seen = set()
    for index, cell in enumerate(nb.cells):
        if not cell.get("id") or cell.id in seen:
            cell["id"] = f"cell-{index}"
        seen.add(cell.id)
    return nb


def declared_defaults(assignment) -> dict[str, object]:
    """The parameters a notebook declares in its ``parameters`` cell, with their default values.

        >>> import tempfile
        >>> from nbformat.v4 import new_code_cell, new_notebook
        >>> scratch = tempfile.TemporaryDirectory()
        >>> cell = new_code_cell("year = 1950\\nlabel = 'x'\\nstart = date.today()", metadata={"tags": ["parameters"]})
        >>> kernel = {"name": "python3", "display_name": "Python 3", "language": "python"}
        >>> nbformat.write(new_notebook(cells=[cell], metadata={"kernelspec": kernel}), f"{scratch.name}/lesson.ipynb")
        >>> declared_defaults(f"{scratch.name}/lesson.ipynb")
        {'year': 1950, 'label': 'x', 'start': 'date.today()'}
        >>> scratch.cleanup()

    A default that is not a Python literal is given as its source text.
    Raises ParameterError when the notebook is missing or not a notebook.
    """
    found = declared_parameters(assignment)
    defaults = {}
    for name, info in found.items():
        try:
            defaults[name] = ast.literal_eval(info["default"])
        except (ValueError, SyntaxError, TypeError):
            defaults[name] = info["default"]
    return defaults


def read_roster(roster, declared: dict, assignment_name: str = "the assignment") -> list[Student]:
    """Students and their typed parameters from a roster CSV (comma, semicolon or tab separated).

        >>> import tempfile
        >>> scratch = tempfile.TemporaryDirectory()
        >>> roster = Path(scratch.name) / "roster.csv"
        >>> _ = roster.write_text("Student ID;Name;period_start\\nana;Ana;1948\\nben;Ben;\\n", encoding="utf-8")
        >>> [(s.student_id, s.line, s.parameters) for s in read_roster(roster, {"period_start": 1950})]
        [('ana', 2, {'period_start': 1948}), ('ben', 3, {})]
        >>> scratch.cleanup()

    Values take the type of the notebook's default (``1950`` → int, ``""`` →
    str, so ``007`` stays text where the default is text); an empty cell keeps
    the default. Raises `ParameterError` naming the file and line for: no
    student_id or name column, a column the notebook does not declare, a row
    with more cells than the header, an unsafe or repeated student_id, a value
    of the wrong type, and a roster without students.
    """
    path = Path(roster)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ParameterError(f"{path}: no such roster file") from None
    except UnicodeDecodeError:
        raise ParameterError(f"{path}: not UTF-8 text; save the roster as 'CSV UTF-8' and try again") from None
    rows = _csv_rows(text)
    if not rows:
        raise ParameterError(f"{path} is empty: write a header line 'student_id,name,...' and one line per student")
    header_line, header = rows[0]
    header = _roster_header(header, declared, assignment_name, f"{path}, line {header_line}")
    students, first_line = [], {}
    for line, cells in rows[1:]:
        where = f"{path}, line {line}"
        if any(c.strip() for c in cells[len(header):]):
            raise ParameterError(f"{where}: {len(cells)} cells but the header has {len(header)} columns")
        row = dict(zip(header, [c.strip() for c in cells]))
        sid = row.get("student_id", "")
        _check_student_id(sid, where)
        if sid.lower() in first_line:
            raise ParameterError(
                f"{where}: student_id '{sid}' is already used on line {first_line[sid.lower()]} "
                "(ids differing only in capitals would share a folder); give every student their own id"
            )
        first_line[sid.lower()] = line
        parameters = {}
        for column in header:
            value = row.get(column, "")
            if column in ROSTER_KEYS:
                if column in declared:
                    parameters[column] = value
            elif value != "":
                parameters[column] = _typed(value, declared[column], f"{where}, column '{column}'")
        students.append(Student(sid, row.get("name", ""), line, parameters))
    if not students:
        raise ParameterError(f"{path}: no students, only the header line; add one line per student")
    return students


def _roster_header(cells: list[str], declared: dict, assignment_name: str, where: str) -> list[str]:
    """The column names of a roster's header line, checked against the notebook's parameters."""
    header = [_header_name(h) for h in cells]
    while header and not header[-1]:
        header.pop()  # spreadsheets export trailing empty columns
    for key in ROSTER_KEYS:
        if key not in header:
            raise ParameterError(
                f"{where}: no '{key}' column; the header must name student_id, name and any parameter columns "
                f"(found: {', '.join(h for h in header if h) or 'nothing'})"
            )
    for column in header:
        if column in ROSTER_KEYS:
            continue
        if not column:
            raise ParameterError(f"{where}: a column has no name; name it or delete it")
        if column not in declared:
            known = ", ".join(sorted(declared)) or "none (tag one cell 'parameters')"
            raise ParameterError(
                f"{where}: column '{column}' is not a parameter of {assignment_name}; its parameters are: {known}"
            )
    if len(set(header)) < len(header):
        twice = sorted({h for h in header if header.count(h) > 1})
        raise ParameterError(f"{where}: column '{twice[0]}' appears twice; keep one")
    return header


def _header_name(text: str) -> str:
    """A header cell as a column name; "Student ID" and "Name" as spreadsheets write them are accepted."""
    name = text.strip()
    spelled = re.sub(r"[\s-]+", "_", name.lower())
    return spelled if spelled in ROSTER_KEYS else name


def _csv_rows(text: str) -> list[tuple[int, list[str]]]:
    """Non-blank CSV records with the line each starts on, the separator guessed from the header."""
    lines = text.splitlines()
    header = next((ln for ln in lines if ln.strip()), "")
    # Spreadsheets in many European locales save CSV with ';'.
    delimiter = max((",", ";", "\t"), key=lambda d: (header.count(d), d == ","))
    reader = csv.reader(lines, delimiter=delimiter)
    rows, before = [], 0
    for cells in reader:
        start, before = before + 1, reader.line_num
        if any(c.strip() for c in cells):
            rows.append((start, cells))
    return rows


def _check_student_id(sid: str, where: str) -> None:
    if not sid:
        raise ParameterError(f"{where}: empty student_id; every student needs one (it names their folder)")
    if not _SAFE_ID.fullmatch(sid) or sid.lower() in _RESERVED:
        raise ParameterError(
            f"{where}: student_id '{sid}' cannot be a folder name; use up to 64 of a-z, A-Z, 0-9, '.', '_', '-', "
            f"starting with a letter or digit (no spaces, slashes or accents; '{ANSWER_KEYS}' is taken)"
        )


def _typed(value: str, default, where: str):
    """A roster cell as the type of the notebook's default; guessed when the default is None."""
    kind = type(default)
    try:
        if kind is bool:
            return _boolean(value)
        if kind is int:
            number = float(value)
            if not number.is_integer():
                raise ValueError
            return int(number)  # spreadsheets write 1950 as 1950.0
        if kind is float:
            return float(value)
        if kind is str:
            return value
    except ValueError:
        raise ParameterError(
            f"{where}: '{value}' is not a{'n' if kind is int else ''} {kind.__name__} "
            f"like the notebook's default ({default!r})"
        ) from None
    for convert in (int, float, _boolean):
        try:
            return convert(value)
        except ValueError:
            pass
    return value


def _boolean(value: str) -> bool:
    lowered = value.lower()
    if lowered in ("true", "yes", "1"):
        return True
    if lowered in ("false", "no", "0"):
        return False
    raise ValueError(value)


def prepare_copy(source, student: Student, assignment: str, answer_key: bool) -> nbformat.NotebookNode:
    """A student's copy (answers removed) or answer key (answers kept) with their parameters injected.

        >>> from nbformat.v4 import new_code_cell, new_notebook
        >>> source = new_notebook(cells=[new_code_cell("year = 1950", metadata={"tags": ["parameters"]}),
        ...                              new_code_cell("answer = year + 1", metadata={"tags": ["solution"]})])
        >>> copy = prepare_copy(source, Student("ana", "Ana", 2, {"year": 1951}), "lesson", answer_key=False)
        >>> [cell.source for cell in copy.cells]
        ['year = 1950', '# Parameters\\nyear = 1951\\n', '# YOUR ANSWER HERE']
        >>> copy.metadata.histkit
        {'assignment': 'lesson', 'student_id': 'ana', 'name': 'Ana', 'answer_key': False}

    Outputs are cleared, nothing is executed. Never raises on a valid notebook.
    """
    from papermill.parameterize import parameterize_notebook

    nb = copy.deepcopy(source)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    nb.metadata.pop("papermill", None)
    if student.parameters:
        kernel = nb.metadata.get("kernelspec", {}).get("name") or "python3"
        nb.metadata["papermill"] = nbformat.from_dict({})
        for cell in nb.cells:
            cell.metadata.setdefault("tags", [])  # papermill reads every cell's tags
        nb = parameterize_notebook(nb, dict(student.parameters), kernel_name=kernel, language="python")
        for cell in nb.cells:
            if INJECTED_TAG in cell.metadata.tags:
                cell["id"] = INJECTED_TAG  # papermill draws a random id
            if not cell.metadata.tags:
                del cell.metadata["tags"]
    answers = checks = locked = 0
    cells = []
    for cell in nb.cells:
        if is_solution(cell):
            answers += 1
            cell = cell if answer_key else _answer_cell(cell)
            _nbgrader(cell, solution=True, grade=cell.cell_type == "markdown", locked=False, grade_id=f"answer_{answers}")
        elif is_check(cell):
            checks += 1
            keep_going_after(cell)
            _nbgrader(cell, solution=False, grade=True, locked=True, grade_id=f"check_{checks}")
        elif is_protected(cell):
            locked += 1
            _nbgrader(cell, solution=False, grade=False, locked=True, grade_id=f"locked_{locked}")
        cells.append(cell)
    nb.cells = cells
    nb.metadata["histkit"] = {
        "assignment": assignment,
        "student_id": student.student_id,
        "name": student.name,
        "answer_key": answer_key,
    }
    return nb


def _answer_cell(cell):
    """The cell with its solution removed: all of it, or only what lies between nbgrader's markers."""
    blank = copy.deepcopy(cell)
    prompt = ANSWER_PROMPT if cell.cell_type == "code" else MARKDOWN_PROMPT
    lines, kept, inside = cell.source.splitlines(), [], False
    if any(ln.strip() == _BEGIN for ln in lines):
        for ln in lines:
            if ln.strip() == _BEGIN:
                inside = True
                kept.append(ln[: len(ln) - len(ln.lstrip())] + prompt)
            elif ln.strip() == _END:
                inside = False
            elif not inside:
                kept.append(ln)
        blank.source = "\n".join(kept)
    else:
        blank.source = prompt
    return blank


def _nbgrader(cell, solution: bool, grade: bool, locked: bool, grade_id: str) -> None:
    meta = dict(cell.metadata.get("nbgrader", {}))
    meta.update(solution=solution, grade=grade, locked=locked, task=False, schema_version=3)
    meta.setdefault("grade_id", grade_id)
    if grade:
        meta.setdefault("points", 1)
    cell.metadata["nbgrader"] = meta
    if locked:  # the released cell's fingerprint, as nbgrader keeps it, so that an edit shows
        cell.metadata["nbgrader"]["checksum"] = checksum(cell)
