"""`histkit classroom collect` and kernels that fail to start: one more try, then a named cause."""

import sys

import nbformat
import pandas as pd
import pytest

from histkit.classroom import collect, make_assignments
from histkit.classroom.confine import kernel_manager_class
from histkit.classroom.worker import KernelStartError, execute_copy

from test_classroom import write_cells, write_roster

# A kernel launcher that counts its starts in argv[1] and dies, before the kernel runs, on the first argv[2] of them.
FLAKY = """import os, sys
count, fails = sys.argv[1], int(sys.argv[2])
n = int(open(count).read()) if os.path.exists(count) else 0
open(count, "w").write(str(n + 1))
if n < fails:
    sys.exit(1)
os.execvp(sys.argv[3], sys.argv[3:])"""
KERNEL = {"name": "python3", "display_name": "Python 3", "language": "python"}


def run_flaky(tmp_path, source, fails):
    """Execute a one-cell notebook with a kernel that dies `fails` times at start; (notebook, retries, starts)."""
    write_cells(tmp_path / "nb.ipynb", [("code", source, ())])
    manager = kernel_manager_class([sys.executable, "-c", FLAKY, str(tmp_path / "starts"), str(fails)], str(tmp_path))
    retries = []
    try:
        execute_copy(tmp_path / "nb.ipynb", tmp_path / "out.ipynb", str(tmp_path), on_retry=retries.append,
                     kernel_manager_class=manager)
    finally:
        starts = int((tmp_path / "starts").read_text())
    return nbformat.read(tmp_path / "out.ipynb", as_version=4), retries, starts


def test_a_kernel_that_dies_before_the_first_cell_is_started_once_more_and_the_notebook_runs(tmp_path):
    nb, retries, starts = run_flaky(tmp_path, "print(6 * 7)", fails=1)
    assert (starts, len(retries)) == (2, 1)
    assert nb.cells[0].outputs[0]["text"] == "42\n"


def test_a_kernel_that_never_starts_is_tried_twice_then_reported_with_its_error(tmp_path):
    with pytest.raises(KernelStartError, match="^RuntimeError: Kernel died before replying to kernel_info$"):
        run_flaky(tmp_path, "print(6 * 7)", fails=5)
    assert int((tmp_path / "starts").read_text()) == 2


def test_a_notebook_whose_cell_fails_is_never_run_again(tmp_path):
    nb, retries, starts = run_flaky(tmp_path, "print(labl)", fails=0)
    assert (starts, retries) == (1, [])
    assert nb.cells[-1].outputs[0]["ename"] == "NameError"


def test_a_notebook_whose_kernel_dies_in_a_cell_is_never_run_again(tmp_path):
    with pytest.raises(Exception, match="Kernel died") as raised:
        run_flaky(tmp_path, "import os\nos._exit(1)", fails=0)
    assert not isinstance(raised.value, KernelStartError)
    assert int((tmp_path / "starts").read_text()) == 1


@pytest.fixture(scope="module")
def two_students(tmp_path_factory):
    """Ana's and Ben's copies of a one-cell lesson."""
    tmp = tmp_path_factory.mktemp("kernel_start")
    lesson = write_cells(tmp / "lesson.ipynb", [("code", "year = 1950", ("parameters",)), ("code", "print(year)", ())])
    make_assignments(lesson, write_roster(tmp / "roster.csv", "student_id,name\nana,Ana\nben,Ben\n"), tmp / "class")
    return tmp / "class"


def test_a_student_whose_kernel_never_starts_is_reported_as_did_not_start_with_its_error(two_students):
    collect(two_students, jobs=1, timeout=120, memory="1M")  # too little memory for Python itself to start
    results = pd.read_csv(two_students / "results.csv", dtype=str, keep_default_na=False)
    assert results.status.tolist() == ["did not start", "did not start"]
    assert results.failed_cell.tolist() == ["", ""]
    assert results.error[0] == "did not start (tried twice): RuntimeError: Kernel died before replying to kernel_info"
