"""`histkit classroom collect --sandbox`: a class of copies that misbehave, and the teacher's files still there.

Skipped where bubblewrap is not installed or cannot make a sandbox (a CI
image without user namespaces): the sandbox is Linux's, and needs it.
"""

import subprocess

import nbformat
import pandas as pd
import pytest

from histkit.classroom import ANSWER_PROMPT, bwrap, make_assignments
from histkit.cli import main

from test_classroom import edit_cell, write_cells, write_roster
from test_classroom_trust import CHECK_1, LESSON


def sandbox_works() -> bool:
    program = bwrap()
    if program is None:
        return False
    return subprocess.run([program, "--ro-bind", "/", "/", "--unshare-net", "true"], capture_output=True).returncode == 0


pytestmark = pytest.mark.skipif(
    not sandbox_works(), reason="bubblewrap (bwrap) is not installed here, or cannot make a sandbox: --sandbox is not tested"
)

PROBES = """import os, socket
probes = {}
for what, attempt in [("delete", lambda: os.remove(TEACHER)), ("overwrite data", lambda: open("data/notes.txt", "w")),
                      ("list the teacher's folder", lambda: sorted(os.listdir(os.path.dirname(TEACHER)))),
                      ("network", lambda: socket.create_connection(("1.1.1.1", 53), timeout=3))]:
    try:
        found = attempt()
        probes[what] = found if isinstance(found, list) else "done"
    except OSError as err:
        probes[what] = type(err).__name__
open("probes.txt", "w").write(repr(probes))
answer = year + 1"""


@pytest.fixture(scope="module")
def sandboxed(tmp_path_factory):
    """Five copies under --sandbox (honest, edited checks, loops, exhausts memory, deletes a teacher's file) and a prober."""
    tmp = tmp_path_factory.mktemp("sandboxed")
    teacher = tmp / "grades.csv"
    teacher.write_text("student_id,grade\nana,A\n", encoding="utf-8")
    (tmp / "data").mkdir()
    (tmp / "data" / "notes.txt").write_text("the teacher's notes", encoding="utf-8")
    students = ["ana", "ben", "cid", "dan", "eve", "fay"]
    roster = write_roster(tmp / "roster.csv", "student_id,name\n" + "".join(f"{s},{s.title()}\n" for s in students))
    out = tmp / "class"
    make_assignments(write_cells(tmp / "lesson.ipynb", LESSON), roster, out)
    copy = {sid: out / sid / "lesson.ipynb" for sid in students}
    edit_cell(copy["ana"], ANSWER_PROMPT, "answer = year + 1\nnotes = open('data/notes.txt').read()")
    edit_cell(copy["ben"], CHECK_1, "pass")
    edit_cell(copy["cid"], ANSWER_PROMPT, "while True:\n    pass")
    edit_cell(copy["dan"], ANSWER_PROMPT, "hog = [bytearray(2**28) for _ in range(64)]")
    edit_cell(copy["eve"], ANSWER_PROMPT, f"import os\nos.remove({str(teacher)!r})")
    edit_cell(copy["fay"], ANSWER_PROMPT, f"TEACHER = {str(teacher)!r}\n" + PROBES)
    argv = ["classroom", "collect", str(out), "--sandbox", "--jobs", "2", "--timeout", "5", "--memory", "1G",
            "--data", "data/notes.txt", "--cwd", str(tmp)]
    assert main(argv) == 0
    results = pd.read_csv(out / "results.csv", dtype=str, keep_default_na=False).set_index("student_id")
    return tmp, out, results


def test_under_the_sandbox_each_copy_of_the_class_gets_the_right_outcome(sandboxed):
    _, _, results = sandboxed
    assert results[["status", "checks_passed", "tampered"]].to_dict("index") == {
        "ana": {"status": "ran", "checks_passed": "2", "tampered": ""},
        "ben": {"status": "ran", "checks_passed": "1", "tampered": "check_1: edited"},
        "cid": {"status": "timed out", "checks_passed": "0", "tampered": ""},
        "dan": {"status": "out of memory", "checks_passed": "0", "tampered": ""},
        "eve": {"status": "failed", "checks_passed": "0", "tampered": ""},
        "fay": {"status": "ran", "checks_passed": "2", "tampered": ""},
    }


def test_a_copy_that_deletes_a_teachers_file_fails_to_and_is_reported(sandboxed):
    tmp, _, results = sandboxed
    assert (tmp / "grades.csv").read_text(encoding="utf-8") == "student_id,grade\nana,A\n"
    assert results.loc["eve", "failed_cell"] == "cell 3: import os"
    assert results.loc["eve", "error"].startswith("FileNotFoundError: [Errno 2] No such file or directory")


def test_the_sandbox_hides_the_teachers_folder_keeps_data_read_only_and_has_no_network(sandboxed):
    tmp, out, _ = sandboxed
    probes = (out / "fay" / "probes.txt").read_text(encoding="utf-8")
    # The folders above the student's and the data's exist (bwrap makes them to mount on), empty of the rest.
    assert probes == ("{'delete': 'FileNotFoundError', 'overwrite data': 'OSError', "
                      "\"list the teacher's folder\": ['class', 'data'], 'network': 'OSError'}")
    assert (tmp / "data" / "notes.txt").read_text(encoding="utf-8") == "the teacher's notes"


def test_the_honest_copy_reads_the_data_it_was_given_inside_the_sandbox(sandboxed):
    _, out, _ = sandboxed
    executed = nbformat.read(out / "ana" / "lesson.executed.ipynb", as_version=4)
    assert not [o for c in executed.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not (out / "ana" / "data").exists()


def test_results_html_says_the_copies_ran_in_a_sandbox(sandboxed):
    _, out, _ = sandboxed
    assert "Each copy ran in a sandbox" in (out / "results.html").read_text(encoding="utf-8")
