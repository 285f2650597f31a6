"""A kernel imports what its notebook opens with while it starts, and nothing else changes."""

import json

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from histkit.run import run_notebooks
from histkit.run.warm import leading_imports, warm_arguments

from conftest import write_notebook


def notebook_file(folder, *cells):
    path = folder / "n.ipynb"
    path.write_text(json.dumps(new_notebook(cells=list(cells))), encoding="utf-8")
    return path


def parameters(source="corpus = 'x'"):
    return new_code_cell(source, metadata={"tags": ["parameters"]})


def test_the_imports_opening_the_first_cell_after_the_parameters_are_taken(tmp_path):
    path = notebook_file(tmp_path, new_markdown_cell("# t"), parameters(),
                         new_code_cell("import os\nfrom pathlib import (Path,\n    PurePath)\nx = 1\nimport sys"))
    assert leading_imports(path) == ["import os", "from pathlib import (Path,\n    PurePath)"]


def test_only_the_first_code_cell_counts_wherever_the_parameters_are(tmp_path):
    path = notebook_file(tmp_path, new_code_cell("import os\nos.environ['X'] = '1'"), parameters(),
                         new_code_cell("import json"))
    assert leading_imports(path) == ["import os"]


def test_a_cell_opening_with_code_gives_no_imports(tmp_path):
    path = notebook_file(tmp_path, parameters(), new_code_cell("x = 1\nimport os"))
    assert leading_imports(path) == []


@pytest.mark.parametrize("source", ["%matplotlib inline\nimport os", "from . import sibling"])
def test_magics_and_relative_imports_are_left_to_the_cell(tmp_path, source):
    assert leading_imports(notebook_file(tmp_path, parameters(), new_code_cell(source))) == []


def test_the_kernel_runs_the_imports_in_a_namespace_of_their_own(tmp_path):
    path = notebook_file(tmp_path, parameters(), new_code_cell("import os"))
    assert warm_arguments(path) == ["--IPKernelApp.exec_lines=exec('import os', {})"]


def test_a_kernel_that_is_not_ipythons_gets_no_option(tmp_path):
    path = notebook_file(tmp_path, parameters(), new_code_cell("import os"))
    assert warm_arguments(path, "ir") == []


def test_a_warmed_kernel_binds_nothing_early_and_counts_cells_from_one(tmp_path):
    path = write_notebook(tmp_path / "warm.ipynb", 'output_dir = "runs/dev"',
                          "import json\nprint(sorted(k for k in globals() if k in ('json', 'exec')))")
    result = run_notebooks([path], name="warm", runs_dir=tmp_path / "runs", cwd=tmp_path)
    cells = [c for c in nbformat.read(result.run_dir / "warm.ipynb", as_version=4).cells if c.cell_type == "code"]
    assert result.ok
    assert [c.execution_count for c in cells] == [1, 2, 3]
    assert cells[-1].outputs[0]["text"] == "['json']\n"
