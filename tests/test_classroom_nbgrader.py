"""Real nbgrader takes histkit's classroom copies: `nbgrader validate` and `nbgrader autograde` agree with `collect`.

nbgrader is an optional development dependency (the ``dev`` extra); without
it these tests are skipped. It runs as its command, in processes of its own.
"""

import importlib.util
import os
import shutil
import subprocess
import sys

import nbformat
import pandas as pd
import pytest

from histkit.classroom import ANSWER_PROMPT, checksum, collect, make_assignments

from test_classroom import edit_cell, write_cells, write_roster

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("nbgrader") is None, reason="nbgrader is not installed (pip install -e '.[dev]')"
)

CHECK_1 = "assert answer == year + 1, 'answer should be the year after yours'"
LESSON = [
    ("md", "# Lesson: the year after", ()),
    ("code", "year = 1950  # a year", ("parameters",)),
    ("code", "answer = year + 1", ("solution",)),
    ("code", CHECK_1, ("check",)),
    ("code", "assert answer > 1900, 'answer should be a year'", ("check",)),
]
ANSWERS = {"ana": "answer = year + 1", "ben": "answer = year + 2"}  # ben also edits away the check that fails


def nbgrader(*args, cwd):
    # nbgrader runs `alembic` from PATH: the environment's own scripts must be found there.
    env = dict(os.environ, PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
    return subprocess.run([sys.executable, "-m", "nbgrader", *args], cwd=cwd, env=env, capture_output=True, text=True)


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """Two copies (right; half right, with the check that fails edited away), collected by histkit."""
    tmp = tmp_path_factory.mktemp("nbgrader")
    roster = write_roster(tmp / "roster.csv", "student_id,name\n" + "".join(f"{s},{s.title()}\n" for s in ANSWERS))
    out = tmp / "class"
    make_assignments(write_cells(tmp / "lesson.ipynb", LESSON), roster, out)
    for sid, answer in ANSWERS.items():
        edit_cell(out / sid / "lesson.ipynb", ANSWER_PROMPT, answer)
    edit_cell(out / "ben" / "lesson.ipynb", CHECK_1, "pass")
    # (no copy loops: the limit is only there so that a machine under load never cuts an honest copy short)
    results = collect(out, jobs=2, timeout=600).set_index("student_id")
    return tmp, out, results


def test_the_checksums_make_writes_are_the_ones_nbgrader_computes(graded):
    from nbgrader.utils import compute_checksum

    _, out, _ = graded
    cells = [c for c in nbformat.read(out / "ana" / "lesson.ipynb", as_version=4).cells if "checksum" in c.metadata.get("nbgrader", {})]
    assert len(cells) == 2
    assert [c.metadata.nbgrader.checksum for c in cells] == [compute_checksum(c) for c in cells] == [checksum(c) for c in cells]


def test_nbgrader_validate_passes_on_every_answer_key(graded):
    _, out, _ = graded
    keys = sorted(str(p) for p in (out / "answer_keys").glob("*/lesson.ipynb"))
    done = nbgrader("validate", *keys, cwd=out)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.count("Success! Your notebook passes all the tests.") == len(keys) == 2


def test_nbgrader_autograde_gives_each_student_the_points_collect_gives(graded):
    tmp, out, results = graded
    course = tmp / "course"
    (course / "source" / "lesson").mkdir(parents=True)
    shutil.copy(out / "answer_keys" / "ana" / "lesson.ipynb", course / "source" / "lesson" / "lesson.ipynb")
    for sid in ANSWERS:
        (course / "submitted" / sid / "lesson").mkdir(parents=True)
        shutil.copy(out / sid / "lesson.ipynb", course / "submitted" / sid / "lesson" / "lesson.ipynb")
    for step in (["generate_assignment", "lesson", "--create"], ["autograde", "lesson"], ["export"]):
        done = nbgrader(*step, cwd=course)
        assert done.returncode == 0 and "ERROR" not in done.stderr, done.stderr[-2000:]
    grades = pd.read_csv(course / "grades.csv").set_index("student_id")
    nbgrader_points = grades.score.astype(int).to_dict()
    assert nbgrader_points == results.checks_passed.to_dict() == {"ana": 2, "ben": 1}, results.to_dict("index")
    assert results.loc["ben", "tampered"] == "check_1: edited"
