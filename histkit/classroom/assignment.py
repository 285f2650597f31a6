"""What an assignment is made of: answer and check cells, and where a class folder keeps its files.

A teacher tags the cells of one notebook: ``solution`` for what the student
writes, ``check`` for a cell that tests the answer. nbgrader's metadata says
the same and is read too. Making copies, running them and grading them all
go by these definitions.
"""

from __future__ import annotations

SOLUTION_TAG = "solution"
CHECK_TAG = "check"
# nbclient (hence papermill and nbconvert) runs on past a cell with this tag that raises.
KEEP_GOING_TAG = "raises-exception"
ANSWER_KEYS = "answer_keys"  # class folder: answer_keys/<student_id>/<assignment>.ipynb
EXECUTED_SUFFIX = ".executed.ipynb"  # class folder: <student_id>/<assignment>.executed.ipynb


def is_check(cell) -> bool:
    """A cell checking an answer: tagged ``check``, or an nbgrader autograder-test cell.

        >>> from nbformat.v4 import new_code_cell
        >>> is_check(new_code_cell("assert answer == 1951", metadata={"tags": ["check"]}))
        True
        >>> is_check(new_code_cell("assert answer == 1951", metadata={"nbgrader": {"grade": True, "solution": False}}))
        True
        >>> is_check(new_code_cell("answer = 1951"))
        False
    """
    grader = cell.metadata.get("nbgrader", {})
    tagged = CHECK_TAG in cell.metadata.get("tags", [])
    return cell.cell_type == "code" and (tagged or (bool(grader.get("grade")) and not grader.get("solution")))


def is_solution(cell) -> bool:
    """A cell the student must write: tagged ``solution``, or an nbgrader solution cell.

        >>> from nbformat.v4 import new_code_cell, new_markdown_cell
        >>> is_solution(new_code_cell("answer = 1951", metadata={"tags": ["solution"]}))
        True
        >>> is_solution(new_markdown_cell("Why 1951?", metadata={"nbgrader": {"solution": True}}))
        True
        >>> is_solution(new_code_cell("answer = 1951"))
        False
    """
    return SOLUTION_TAG in cell.metadata.get("tags", []) or bool(cell.metadata.get("nbgrader", {}).get("solution"))


def keep_going_after(cell) -> None:
    """Tag a check cell so that a failed check shows its error and the cells after it still run.

        >>> from nbformat.v4 import new_code_cell
        >>> cell = new_code_cell("assert answer == 1951", metadata={"tags": ["check"]})
        >>> keep_going_after(cell); keep_going_after(cell)
        >>> cell.metadata.tags
        ['check', 'raises-exception']
    """
    tags = cell.metadata.setdefault("tags", [])
    if KEEP_GOING_TAG not in tags:
        tags.append(KEEP_GOING_TAG)
