"""`histkit classroom collect` a teacher can trust: checks put back, own folders, limits, and bad copies."""

from pathlib import Path

import nbformat
import pandas as pd
import pytest

from histkit import ParameterError
from histkit.classroom import ANSWER_PROMPT, RESULTS_COLUMNS, checksum, collect, make_assignments, restore_cells
from histkit.cli import main

from test_classroom import edit_cell, write_cells, write_roster

CHECK_1 = "assert answer == year + 1, 'answer should be the year after yours'"
LESSON = [
    ("md", "# Lesson: the year after", ()),
    ("code", "year = 1950  # a year", ("parameters",)),
    ("code", "answer = year + 1", ("solution",)),
    ("code", CHECK_1, ("check",)),
    ("code", "work = 1", ()),
    ("code", "assert isinstance(year, int), 'year should be a number'", ("check",)),
]
STUDENTS = ["ana", "ben", "cid", "dan", "eve", "fay", "gil", "ivy", "jon", "kim", "lea"]


def delete_cell(path, source):
    nb = nbformat.read(path, as_version=4)
    nb.cells = [c for c in nb.cells if c.source != source]
    nbformat.write(nb, path)


def add_cell(path, source, tags=()):
    nb = nbformat.read(path, as_version=4)
    cell = nbformat.v4.new_code_cell(source, metadata={"tags": list(tags)})
    cell.id = f"added-{len(nb.cells)}"
    nb.cells.append(cell)
    nbformat.write(nb, path)


@pytest.fixture(scope="module")
def trusted(tmp_path_factory):
    """One class run, unconfined: an honest copy, edited and deleted checks, a crash, memory and output hogs, bad files."""
    tmp = tmp_path_factory.mktemp("trusted")
    lesson = write_cells(tmp / "lesson.ipynb", LESSON)
    years = {"gil": "1951"}  # only gil gets a parameters cell of their own
    roster = write_roster(tmp / "roster.csv", "student_id,name,year\n" + "".join(f"{s},{s.title()},{years.get(s, '')}\n" for s in STUDENTS))
    out = tmp / "class"
    make_assignments(lesson, roster, out)
    (tmp / "data").mkdir()
    (tmp / "data" / "notes.txt").write_text("the teacher's notes", encoding="utf-8")
    copy = {sid: out / sid / "lesson.ipynb" for sid in STUDENTS}
    honest = "answer = year + 1\nimport os\nopen('seen.txt', 'w').write(os.getcwd() + '|' + open('data/notes.txt').read())"
    edit_cell(copy["ana"], ANSWER_PROMPT, honest)
    edit_cell(copy["ben"], CHECK_1, "pass")  # no answer, and the check that would say so edited away
    delete_cell(copy["cid"], CHECK_1)
    add_cell(copy["cid"], "assert True", ("check",))
    edit_cell(copy["dan"], ANSWER_PROMPT, "import os\nos._exit(1)")
    # Filled bit by bit, memory stays full: the kernel cannot format the traceback, only print it on stderr.
    edit_cell(copy["eve"], ANSWER_PROMPT, "hog = []\nwhile True:\n    hog.append(' ' * 10**6)")
    edit_cell(copy["fay"], ANSWER_PROMPT, "while True:\n    print('x' * 1000)")
    edit_cell(copy["gil"], ANSWER_PROMPT, "answer = year + 1")
    edit_cell(copy["gil"], "# Parameters\nyear = 1951\n", "year = 'any year I like'")
    copy["ivy"].unlink()
    copy["jon"].write_text("", encoding="utf-8")
    copy["kim"].write_text('{"cells": [', encoding="utf-8")
    copy["lea"].write_text('{"hello": "world"}', encoding="utf-8")
    results = collect(out, jobs=2, timeout=60, cwd=tmp, memory="1G", max_output="1M", data=["data/notes.txt"])
    return out, results.set_index("student_id")


def test_an_honest_copy_runs_and_passes_every_check_with_nothing_flagged(trusted):
    _, results = trusted
    assert results.loc["ana", ["status", "checks_passed", "checks_total", "tampered"]].tolist() == ["ran", 2, 2, ""]


def test_an_edited_check_is_graded_as_released_and_flagged_tampered(trusted):
    out, results = trusted
    assert results.loc["ben", ["checks_passed", "checks_total", "tampered"]].tolist() == [1, 2, "check_1: edited"]
    assert results.loc["ben", "checks_failed"] == "check_1: NameError: name 'answer' is not defined"
    executed = nbformat.read(out / "ben" / "lesson.executed.ipynb", as_version=4)
    assert CHECK_1 in [c.source for c in executed.cells]


def test_a_deleted_check_is_put_back_and_a_check_the_student_added_does_not_count(trusted):
    _, results = trusted
    assert results.loc["cid", "tampered"] == "cell 6: added | check_1: deleted"
    assert results.loc["cid", ["checks_passed", "checks_total"]].tolist() == [1, 2]


def test_each_copy_runs_in_its_own_folder_with_the_data_linked_in_and_taken_away_after(trusted):
    out, _ = trusted
    assert (out / "ana" / "seen.txt").read_text(encoding="utf-8") == f"{(out / 'ana').resolve()}|the teacher's notes"
    assert not (out / "ana" / "data").exists()


def test_a_kernel_that_dies_is_reported_and_the_others_still_run(trusted):
    _, results = trusted
    assert results.loc["dan", ["status", "error"]].tolist() == ["failed", "the kernel died (it crashed, or was killed)"]
    assert results.loc["ana", "status"] == "ran"


def test_a_copy_past_its_memory_limit_is_reported_out_of_memory(trusted):
    _, results = trusted
    assert results.loc["eve", "status"] == "out of memory"
    assert results.loc["eve", "failed_cell"] == "cell 3: hog = []"
    assert results.loc["eve", "error"] == "MemoryError (past the 1 GB memory limit)"


def test_a_copy_printing_without_end_is_cut_and_reported(trusted):
    out, results = trusted
    assert results.loc["fay", ["status", "failed_cell"]].tolist() == ["too much output", "cell 3: while True:"]
    assert results.loc["fay", "error"] == "printed more than 1 MB; cut there and stopped"
    assert (out / "fay" / "lesson.executed.ipynb").stat().st_size < 2 * 2**20


@pytest.mark.parametrize(("sid", "status", "error"), [
    ("ivy", "missing", "no copy handed in"),
    ("jon", "unreadable", "the copy is an empty file"),
    ("kim", "unreadable", "the copy is not a notebook: its JSON is cut or broken (line 1, column 12)"),
    ("lea", "unreadable", "the copy is not a Jupyter notebook ("),
])
def test_a_missing_or_broken_copy_is_reported_for_its_student_and_counts_no_check(trusted, sid, status, error):
    _, results = trusted
    assert results.loc[sid, "status"] == status
    assert results.loc[sid, "error"].startswith(error)
    assert results.loc[sid, ["checks_passed", "checks_total", "name"]].tolist() == [0, 2, sid.title()]


def test_results_csv_lists_every_student_of_the_answer_keys_with_the_tampered_column_last(trusted):
    out, _ = trusted
    table = pd.read_csv(out / "results.csv", dtype=str, keep_default_na=False)
    assert list(table.columns) == RESULTS_COLUMNS and RESULTS_COLUMNS[-1] == "tampered"
    assert list(table.student_id) == STUDENTS


def test_results_html_flags_the_tampered_copy_and_says_the_copies_ran_unconfined(trusted):
    out, _ = trusted
    page = (out / "results.html").read_text(encoding="utf-8")
    assert '<td class="tampered">check_1: edited</td>' in page
    assert '<a href="ana/lesson.executed.ipynb">' in page and '<a href="ivy/' not in page
    assert "The copies ran unconfined" in page


def test_a_student_who_changes_their_own_parameters_gets_them_put_back(trusted):
    _, results = trusted
    assert results.loc["gil", ["status", "checks_passed", "tampered"]].tolist() == ["ran", 2, "parameters: edited"]


def test_collect_on_the_command_line_says_the_copies_run_unconfined_without_sandbox(tmp_path, capsys):
    [copy] = make_assignments(write_cells(tmp_path / "l.ipynb", LESSON[:2]), write_roster(tmp_path / "r.csv", "student_id,name\nana,Ana\n"),
                              tmp_path / "class")
    copy.write_text("", encoding="utf-8")  # nothing to run: the line comes before any copy runs
    assert main(["classroom", "collect", str(tmp_path / "class"), "--timeout", "60"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("the copies run unconfined: a notebook can read, change or delete any file")
    assert printed[1].startswith("1 notebooks: 0 ran, 0 failed, 0 timed out, 1 unreadable;")


@pytest.mark.parametrize(("option", "message"), [
    (["--memory", "lots"], "--memory must be a size such as 2G, 512M or none, not 'lots'"),
    (["--max-output", "-1"], "--max-output must be a size"),
    (["--data", "no/such/corpus"], "--data 'no/such/corpus' not found"),
    (["--data", "../outside"], "--data '../outside' leads out of"),
])
def test_a_bad_limit_or_data_path_is_refused_before_anything_runs(tmp_path, capsys, option, message):
    make_assignments(write_cells(tmp_path / "l.ipynb", LESSON[:2]), write_roster(tmp_path / "r.csv", "student_id,name\nana,Ana\n"),
                     tmp_path / "class")
    assert main(["classroom", "collect", str(tmp_path / "class"), *option]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "class" / "results.csv").exists()


def test_a_cell_the_teacher_locked_is_put_back_like_a_check(tmp_path):
    lesson = write_cells(tmp_path / "l.ipynb", LESSON[:3])
    nb = nbformat.read(lesson, as_version=4)
    nb.cells[0].metadata["nbgrader"] = {"locked": True}
    nbformat.write(nb, lesson)
    [copy] = make_assignments(lesson, write_roster(tmp_path / "r.csv", "student_id,name\nana,Ana\n"), tmp_path / "class")
    edit_cell(copy, "# Lesson: the year after", "# My own lesson")
    key = nbformat.read(tmp_path / "class" / "answer_keys" / "ana" / "l.ipynb", as_version=4)
    restored, changed = restore_cells(nbformat.read(copy, as_version=4), key)
    assert (restored.cells[0].source, changed) == ("# Lesson: the year after", ["locked_1: edited"])


def test_a_check_whose_checksum_was_rewritten_with_it_is_still_put_back_from_the_key(tmp_path):
    [copy] = make_assignments(write_cells(tmp_path / "l.ipynb", LESSON), write_roster(tmp_path / "r.csv", "student_id,name\nana,Ana\n"),
                              tmp_path / "class")
    nb = nbformat.read(copy, as_version=4)
    check = next(c for c in nb.cells if c.source == CHECK_1)
    check.source = "pass"
    check.metadata.nbgrader.checksum = checksum(check)
    key = nbformat.read(tmp_path / "class" / "answer_keys" / "ana" / "l.ipynb", as_version=4)
    restored, changed = restore_cells(nb, key)
    assert changed == ["check_1: edited"] and CHECK_1 in [c.source for c in restored.cells]


def test_sandbox_where_bubblewrap_is_not_installed_is_refused_saying_how_to_get_it(tmp_path, monkeypatch):
    make_assignments(write_cells(tmp_path / "l.ipynb", LESSON[:2]), write_roster(tmp_path / "r.csv", "student_id,name\nana,Ana\n"),
                     tmp_path / "class")
    monkeypatch.setenv("PATH", "")
    with pytest.raises(ParameterError, match=r"--sandbox needs bubblewrap, which is not installed here \(Linux: apt install"):
        collect(tmp_path / "class", sandbox=True)
    assert not (tmp_path / "class" / "results.csv").exists()


def test_a_link_a_student_left_where_the_executed_copy_goes_does_not_overwrite_the_file_it_points_at(tmp_path):
    [copy] = make_assignments(write_cells(tmp_path / "l.ipynb", LESSON[:2]), write_roster(tmp_path / "r.csv", "student_id,name\nana,Ana\n"),
                              tmp_path / "class")
    teacher = tmp_path / "grades.csv"
    teacher.write_text("ana,A\n", encoding="utf-8")
    plant = f"import os\nos.symlink({str(teacher)!r}, 'l.executed.ipynb')"
    edit_cell(copy, "year = 1950  # a year", "year = 1950  # a year\n" + plant)
    assert collect(tmp_path / "class", timeout=60).status.tolist() == ["ran"]
    assert teacher.read_text(encoding="utf-8") == "ana,A\n"
    assert not (tmp_path / "class" / "ana" / "l.executed.ipynb").is_symlink()


def test_data_is_not_linked_through_a_folder_link_leading_out_of_the_students_folder(tmp_path):
    from histkit.classroom.copies import link_data

    (tmp_path / "corpus").mkdir()
    (tmp_path / "teacher").mkdir()
    (tmp_path / "ana").mkdir()
    (tmp_path / "ana" / "data").symlink_to(tmp_path / "teacher", target_is_directory=True)
    assert link_data(tmp_path / "ana", [(Path("data/corpus"), tmp_path / "corpus")]) == []
    assert list((tmp_path / "teacher").iterdir()) == []


def test_a_copy_whose_kernel_was_changed_runs_in_the_kernel_of_its_answer_key(tmp_path):
    [copy] = make_assignments(write_cells(tmp_path / "l.ipynb", LESSON), write_roster(tmp_path / "r.csv", "student_id,name\nana,Ana\n"),
                              tmp_path / "class")
    nb = nbformat.read(copy, as_version=4)
    nb.metadata.kernelspec = {"name": "no-such-kernel", "display_name": "Mine", "language": "python"}
    key = nbformat.read(tmp_path / "class" / "answer_keys" / "ana" / "l.ipynb", as_version=4)
    restored, changed = restore_cells(nb, key)
    assert (restored.metadata.kernelspec.name, changed) == ("python3", [])


def test_sandbox_where_bubblewrap_cannot_make_one_is_refused_at_once_in_its_words(tmp_path, monkeypatch):
    make_assignments(write_cells(tmp_path / "l.ipynb", LESSON[:2]), write_roster(tmp_path / "r.csv", "student_id,name\nana,Ana\n"),
                     tmp_path / "class")
    fake = tmp_path / "bin" / "bwrap"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\necho 'bwrap: No permissions to create new namespace' >&2\nexit 1\n", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", str(fake.parent))
    with pytest.raises(ParameterError, match=r"cannot make a sandbox here \(bwrap: No permissions to create new namespace\)"):
        collect(tmp_path / "class", sandbox=True)
