"""A kernel that imports histkit to read tables and draw figures, and the `histkit run` command, load no parser."""

import subprocess
import sys

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
