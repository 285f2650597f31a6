"""Where notebooks find their inputs and write their outputs: the project folder, from the current folder up."""

from pathlib import Path

import pandas as pd
import pytest
from conftest import REPO

from histkit import analysis
from histkit.errors import ParameterError


def inside_a_project(folder: Path) -> bool:
    return any((f / marker).exists() for f in (folder, *folder.parents) for marker in ("pyproject.toml", "notebooks"))


def test_inside_a_checkout_a_notebook_in_notebooks_finds_the_corpus_and_writes_to_the_checkouts_runs(monkeypatch):
    monkeypatch.chdir(REPO / "notebooks")
    assert analysis.project_root() == REPO.resolve()
    assert analysis.find_input("data/corpus").resolve() == (REPO / "data" / "corpus").resolve()
    assert analysis.output_path("runs/dev") == REPO.resolve() / "runs" / "dev"


def test_a_folder_laid_out_with_notebooks_is_a_project_without_a_pyproject(tmp_path, monkeypatch):
    (tmp_path / "paper" / "notebooks" / "drafts").mkdir(parents=True)
    (tmp_path / "paper" / "data" / "corpus").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "paper" / "notebooks" / "drafts")
    assert analysis.find_input("data/corpus").resolve() == (tmp_path / "paper" / "data" / "corpus").resolve()
    assert analysis.output_path("runs/dev") == (tmp_path / "paper").resolve() / "runs" / "dev"


def test_outside_any_project_inputs_and_outputs_are_relative_to_the_current_folder(tmp_path, monkeypatch):
    if inside_a_project(tmp_path):
        pytest.skip(f"{tmp_path} lies inside a folder with a project marker")
    monkeypatch.chdir(tmp_path)
    assert analysis.project_root() == tmp_path.resolve()
    assert analysis.output_path("runs/dev") == tmp_path.resolve() / "runs" / "dev"
    with pytest.raises(ParameterError, match="corpus 'data/corpus' not found"):
        analysis.find_input("data/corpus")  # the histkit checkout's sample is no input here


def test_an_input_that_exists_from_the_current_folder_is_taken_as_given(tmp_path, monkeypatch):
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "notebooks" / "corpus").mkdir()
    (tmp_path / "corpus").mkdir()
    monkeypatch.chdir(tmp_path / "notebooks")
    assert analysis.find_input("corpus") == Path("corpus")


def test_an_input_found_nowhere_is_a_parameter_error_naming_both_places(tmp_path, monkeypatch):
    (tmp_path / "notebooks").mkdir()
    monkeypatch.chdir(tmp_path / "notebooks")
    with pytest.raises(ParameterError, match=r"'nowhere/corpus' not found in .* nor in the project folder"):
        analysis.find_input("nowhere/corpus")


def test_absolute_output_folders_are_kept(tmp_path):
    assert analysis.output_path(tmp_path / "out") == tmp_path / "out"


def test_saved_tables_are_plain_csv_with_unix_line_ends(tmp_path):
    path = analysis.save_table(pd.DataFrame({"a": [1.5, 2.0], "b": ["x", "ž"]}), "demo_counts", tmp_path)
    assert path == tmp_path / "tables" / "demo_counts.csv"
    assert path.read_bytes() == "a,b\n1.5,x\n2,ž\n".encode("utf-8")


@pytest.mark.parametrize("name", ["", "../escape", "a/b"])
def test_a_table_name_that_is_not_a_plain_stem_is_refused(tmp_path, name):
    with pytest.raises(ParameterError, match="plain file stem"):
        analysis.save_table(pd.DataFrame({"a": [1]}), name, tmp_path)


def test_a_corpus_named_from_the_project_folder_and_from_notebooks_shares_one_store(tmp_path, monkeypatch):
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "data" / "corpus").mkdir(parents=True)
    (tmp_path / "data" / "corpus" / "a.txt").write_text("Tito met Spaak.1\n\n1 Ibid.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    first = analysis.load_tables("data/corpus")
    manifest = next((tmp_path / "runs" / ".store").glob("*/manifest.json"))
    written = manifest.stat().st_mtime_ns, manifest.stat().st_ino
    monkeypatch.chdir(tmp_path / "notebooks")
    again = analysis.load_tables("data/corpus")
    assert (manifest.stat().st_mtime_ns, manifest.stat().st_ino) == written  # read, not rebuilt
    assert again["documents"].path.tolist() == first["documents"].path.tolist() == [
        str((tmp_path / "data" / "corpus" / "a.txt").absolute())]
