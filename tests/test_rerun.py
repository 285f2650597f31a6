"""Running the same notebook on the same corpus twice gives byte-identical tables and figures."""

import json
import shutil

import pytest

from histkit.run import run_notebooks, sha256_file, strip_timing

from conftest import write_notebook

PIPELINE = '''from pathlib import Path
import pandas as pd
from histkit import build_tables, load_corpus, plots, write_tables
plots.use_style("column")
tables = build_tables(load_corpus([corpus]))
write_tables(tables, Path(output_dir) / "tables" / "pipeline")
mentions = tables["mentions"]
counts = mentions.groupby(["actor_id", "zone"]).size().unstack(fill_value=0).sort_index()
fig, ax = plots.new_figure()
plots.bar_stacked(counts, ax=ax, xlabel="mentions / помињања")
plots.save_figure(fig, "pipeline_mentions", Path(output_dir) / "figures")
fig, ax = plots.new_figure("page")
plots.heatmap(mentions.groupby(["doc_id", "actor_id"]).size().unstack(fill_value=0), ax=ax, label="mentions")
plots.save_figure(fig, "pipeline_heatmap", Path(output_dir) / "figures")
print(len(mentions), "mentions")'''

ENGLISH = """Journal of Cold War Studies 7/2005, 33-58

Belgrade and the Labour Left, 1950-1953

In March 1951 Milovan Đilas went to London.1 Josip Broz Tito followed the
talks, and Edvard Kardelj wrote to Aneurin Bevan in 1952.2

1 The National Archives (TNA), FO 371/95470, Report on the visit, 12 March 1951.
2 Ibid.

34 JOURNAL OF COLD WAR STUDIES

 Tito received the delegation on 3 May 1953.3

3 Hrvatski državni arhiv (HDA), fond 1220, kut. 12, Zapisnik, 4. 5. 1953.
"""

CYRILLIC = """ИСТОРИЈСКИ ЗАПИСИ 2/2010, 101-110

Ђилас и Кардељ у Лондону

Милован Ђилас је 1951. године посетио Лондон, а Едвард Кардељ је о томе
писао Јосипу Брозу Титу.1

1 Архив Југославије, фонд 507, фасц. 3, Белешка, 14. 3. 1951.
"""


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    """The same run made twice under the same name, as `make run` twice would."""
    root = tmp_path_factory.mktemp("rerun")
    (root / "corpus").mkdir()
    (root / "corpus" / "cold_war.txt").write_text(ENGLISH, encoding="utf-8")
    (root / "corpus" / "zapisi.txt").write_text(CYRILLIC, encoding="utf-8")
    notebook = write_notebook(root / "pipeline.ipynb", 'corpus = "data/corpus"\noutput_dir = "runs/dev"', PIPELINE)
    first = run_notebooks([notebook], name="twice", corpus="corpus", runs_dir=root / "runs", cwd=root)
    assert first.ok, first.failures
    kept = shutil.copytree(first.run_dir, root / "first")
    second = run_notebooks([notebook], name="twice", corpus="corpus", runs_dir=root / "runs", cwd=root)
    assert second.ok, second.failures
    return first, kept, second


def test_rerun_gives_byte_identical_tables_and_figures(two_runs):
    first, kept, second = two_runs
    assert any(p.startswith("figures/pipeline_mentions.") for p in first.outputs)
    assert any(p.startswith("tables/pipeline/mentions") for p in first.outputs)
    assert first.outputs == second.outputs


def test_manifest_hashes_match_the_files_on_disk(two_runs):
    _, kept, second = two_runs
    for rel, digest in second.outputs.items():
        assert sha256_file(kept / rel) == digest


def test_rerun_records_the_same_inputs_parameters_and_versions(two_runs):
    first, _, second = two_runs
    for key in ("inputs", "parameters", "notebooks", "libraries", "outputs"):
        assert first.manifest[key] == second.manifest[key]


def test_rerun_index_page_is_byte_identical(two_runs):
    _, kept, second = two_runs
    assert (kept / "index.html").read_bytes() == (second.run_dir / "index.html").read_bytes()


def test_executed_notebooks_differ_only_in_timing_metadata(two_runs):
    _, kept, second = two_runs
    before = json.loads((kept / "pipeline.ipynb").read_text(encoding="utf-8"))
    after = json.loads((second.run_dir / "pipeline.ipynb").read_text(encoding="utf-8"))
    assert before != after  # papermill stamps start and end times
    assert strip_timing(before) == strip_timing(after)
