"""Check cells a student cannot change: checksums kept by `make`, and the released cells put back before grading.

`make` gives every check cell and every locked cell an nbgrader checksum (the
same md5 nbgrader computes, so nbgrader accepts the copies) and keeps the
released cells in the teacher's answer key. Before a copy runs, each of those
cells whose checksum no longer matches, or that was deleted, is put back from
the key, as nbgrader's ``overwritecells`` does; the student's own parameters
cell is put back too. What was put back is reported, so a copy graded with
the original checks still shows that its checks had been edited.
"""

from __future__ import annotations

import copy
import hashlib

from .assignment import is_check, is_solution

INJECTED_ID = "injected-parameters"  # the cell papermill writes with a student's parameters


def checksum(cell) -> str:
    """nbgrader's checksum of a graded or locked cell: source, type, grading flags, grade_id and points.

        >>> from nbformat.v4 import new_code_cell
        >>> cell = new_code_cell("assert answer == 1951", metadata={"nbgrader": {
        ...     "grade": True, "solution": False, "locked": True, "grade_id": "check_1", "points": 1}})
        >>> checksum(cell)
        '3cde313c3b8487dd1ea8193694012419'
        >>> edited = copy.deepcopy(cell); edited.source = "pass"
        >>> checksum(edited) == checksum(cell)
        False

    Computed exactly as ``nbgrader.utils.compute_checksum``, so a copy made
    here validates with nbgrader and nbgrader's checksums are read here.
    """
    grader = cell.metadata.get("nbgrader", {})
    grade, solution = bool(grader.get("grade", False)), bool(grader.get("solution", False))
    locked = not solution and (grade or bool(grader.get("locked", False)))
    digest = hashlib.md5()
    for part in (cell.source, cell.cell_type, str(grade), str(solution), str(locked), grader.get("grade_id", "")):
        digest.update(part.encode("utf-8"))
    if grade:
        digest.update(str(float(grader.get("points", 0))).encode("utf-8"))
    return digest.hexdigest()


def is_protected(cell) -> bool:
    """A cell the student may not change: a check, or a cell the teacher locked (not an answer).

        >>> from nbformat.v4 import new_code_cell
        >>> is_protected(new_code_cell("x = 1", metadata={"nbgrader": {"locked": True, "grade_id": "intro"}}))
        True
        >>> is_protected(new_code_cell("x = 1", metadata={"nbgrader": {"locked": True, "solution": True}}))
        False
    """
    locked = bool(cell.metadata.get("nbgrader", {}).get("locked"))
    return not is_solution(cell) and (is_check(cell) or locked)


def cell_key(cell) -> str:
    """What names a protected cell across copies: its grade_id, or the injected parameters' cell id ("" for others).

        >>> from nbformat.v4 import new_code_cell
        >>> cell_key(new_code_cell("x", metadata={"nbgrader": {"grade_id": "check_1"}})), cell_key(new_code_cell("x"))
        ('check_1', '')
    """
    grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
    if grade_id:
        return grade_id
    return "parameters" if cell.get("id") == INJECTED_ID else ""


def restore_cells(nb, key) -> tuple[object, list[str]]:
    """The copy with every protected cell of the answer key put back as released, and what had been changed.

        >>> from nbformat.v4 import new_code_cell, new_notebook
        >>> meta = {"nbgrader": {"grade": True, "solution": False, "locked": True, "grade_id": "check_1", "points": 1}}
        >>> key = new_notebook(cells=[new_code_cell("answer = 1951"), new_code_cell("assert answer == 1951", metadata=meta)])
        >>> key.cells[1].metadata.nbgrader["checksum"] = checksum(key.cells[1])
        >>> student = copy.deepcopy(key); student.cells[1].source = "pass"
        >>> restored, changed = restore_cells(student, key)
        >>> restored.cells[1].source, changed
        ('assert answer == 1951', ['check_1: edited'])
        >>> restore_cells(new_notebook(cells=[new_code_cell("answer = 1951")]), key)[1]
        ['check_1: deleted']

    A protected cell counts as edited when its checksum differs from the
    key's, or its source, type or metadata do (for cells without a checksum);
    a deleted one goes back after the cell that preceded it in the key. A
    student cell claiming a protected cell's id a second time, or posing as
    a check the key does not have, loses its check marks ("added"). The
    kernel is the key's (not flagged: Jupyter renames it by itself).
    Returns a new notebook; `nb` is not changed. Never raises.
    """
    nb = copy.deepcopy(nb)
    wanted = {cell_key(c): c for c in key.cells if cell_key(c) and (is_protected(c) or cell_key(c) == "parameters")}
    changed, placed = [], {}
    cells = []
    for cell in nb.cells:
        name = cell_key(cell)
        if name in wanted and name not in placed:
            original = wanted[name]
            if _edited(cell, original):
                changed.append(f"{name}: edited")
                cell = _released(original)
            placed[name] = cell
        elif is_check(cell) or name in wanted:
            changed.append(f"{name or 'cell ' + str(len(cells) + 1)}: added")
            cell = _unchecked(cell)
        cells.append(cell)
    for index, original in enumerate(key.cells):
        name = cell_key(original)
        if name in wanted and name not in placed:
            changed.append(f"{name}: deleted")
            placed[name] = _released(original)
            cells.insert(_after(cells, key.cells[:index]), placed[name])
    nb.cells = cells
    if key.metadata.get("kernelspec"):  # the copy runs in the teacher's kernel, whatever its metadata says now
        nb.metadata["kernelspec"] = copy.deepcopy(key.metadata.kernelspec)
    return nb, changed


def unverified_edits(nb) -> list[str]:
    """Protected cells of a copy without an answer key whose checksum no longer matches their source.

        >>> from nbformat.v4 import new_code_cell, new_notebook
        >>> meta = {"nbgrader": {"grade": True, "solution": False, "grade_id": "check_1", "points": 1}}
        >>> nb = new_notebook(cells=[new_code_cell("assert answer == 1951", metadata=meta)])
        >>> nb.cells[0].metadata.nbgrader["checksum"] = checksum(nb.cells[0])
        >>> nb.cells[0].source = "pass"
        >>> unverified_edits(nb)
        ['check_1: edited (no answer key to put it back from)']

    Weaker than `restore_cells` (a student can rewrite the checksum too), but
    it catches a plain edit. Never raises.
    """
    return [f"{cell_key(c)}: edited (no answer key to put it back from)" for c in nb.cells
            if is_protected(c) and "checksum" in c.metadata.get("nbgrader", {})
            and checksum(c) != c.metadata.nbgrader["checksum"]]


def _edited(cell, original) -> bool:
    if cell.cell_type != original.cell_type or cell.source != original.source:
        return True
    mine, theirs = cell.metadata.get("nbgrader", {}), original.metadata.get("nbgrader", {})
    if "checksum" in theirs:
        return checksum(cell) != theirs["checksum"]
    return mine != theirs


def _released(original):
    """A fresh copy of the key's cell, as handed out: no outputs."""
    cell = copy.deepcopy(original)
    if cell.cell_type == "code":
        cell.outputs, cell.execution_count = [], None
    return cell


def _unchecked(cell):
    """A student's cell stripped of whatever made it count as a check."""
    cell = copy.deepcopy(cell)
    cell.metadata.pop("nbgrader", None)
    tags = [t for t in cell.metadata.get("tags", []) if t != "check"]
    if "tags" in cell.metadata:
        cell.metadata["tags"] = tags
    return cell


def _after(cells: list, before: list) -> int:
    """Where a deleted cell goes back: after the last cell that preceded it in the key and is still there."""
    ids = [c.get("id") for c in cells]
    for previous in reversed(before):
        if previous.get("id") in ids:
            return len(ids) - ids[::-1].index(previous.get("id"))
    return 0
