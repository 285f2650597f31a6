"""A kernel that imports histkit to read tables and draw figures, and the `histkit run` command, load no parser."""

import importlib.util
import subprocess
import sys

import pytest

from conftest import REPO

HEAVY = ("duckdb", "dateparser", "pypdfium2", "distributed", "dask", "networkx", "ahocorasick", "cyrtranslit",
         "histkit.store", "histkit.citations", "histkit.layout", "histkit.actors", "histkit.dates", "histkit.read")


def loaded_after(code: str) -> list[str]:
    probe = f"import sys\n{code}\nprint(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True)
    return done.stdout.split()


def test_importing_histkit_loads_none_of_its_stages():
    assert loaded_after("import histkit") == []
    assert loaded_after("import histkit\nimport sys\nassert 'pandas' not in sys.modules") == []


def test_a_notebooks_first_import_loads_only_the_analyses():
    assert loaded_after("from histkit import analysis, figures, plots\nanalysis.actor_counts, figures.plot_log_odds") == []


def test_the_run_command_loads_no_parser_and_no_pandas():
    assert loaded_after("from histkit.cli import main\nimport histkit.run\nimport sys\nassert 'pandas' not in sys.modules") == []


def test_a_public_name_is_imported_on_first_use():
    assert "histkit.store" in loaded_after("import histkit\nhistkit.build_tables")
    assert "histkit.read" in loaded_after("from histkit import Document")


def test_a_notebook_reading_an_up_to_date_store_loads_no_parser(tmp_path):
    (tmp_path / "a.txt").write_text("Tito met Spaak.1\n\n1 AJ, 507, IX, 9/I-12, 12. 5. 1954.\n", encoding="utf-8")
    read = f"from histkit import analysis\nanalysis.load_tables({str(tmp_path)!r}, store={str(tmp_path / 'store')!r})"
    assert "histkit.citations" in loaded_after(read)  # the first call builds the store
    assert loaded_after(read) == ["histkit.store", "histkit.read"]  # the second reads it: listing the corpus, no parsing


def test_a_run_with_the_shipped_authority_loads_no_stage_after_its_notebooks():
    after_run = ("from pathlib import Path\nfrom histkit.cli import run\nfrom histkit.run import NotebookResult, RunResult\n"
                 "nb = NotebookResult(Path('a.ipynb'), Path('runs/x/a.ipynb'), {'actors_file': ''}, 1.0)\n"
                 "run._authority_notices(RunResult('x', Path('runs/x'), [nb]))")
    assert loaded_after(after_run) == []


def test_the_runner_imports_papermill_without_compiling_jsonschemas_iri_grammar():
    if importlib.util.find_spec("rfc3987_syntax") is None:
        pytest.skip("rfc3987-syntax is not installed: there is no grammar to leave out")
    probe = ("from histkit.run.imports import import_papermill\nimport_papermill()\nimport sys\n"
             "assert 'rfc3987_syntax' not in sys.modules and 'jsonschema' in sys.modules\n"
             "import rfc3987_syntax  # still there for whoever asks for it")
    assert loaded_after(probe) == []


def test_the_command_line_loads_the_notebooks_machinery_only_for_histkit_run():
    # (`histkit tables` pays no import of YAML, asyncio or the run stage: they come with `histkit run` alone)
    probe = ("from histkit.cli import main\nimport sys\n"
             "assert not {'histkit.run', 'yaml', 'asyncio'} & set(sys.modules), sorted({'histkit.run', 'yaml', 'asyncio'} & set(sys.modules))")
    assert loaded_after(probe) == []
