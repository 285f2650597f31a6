"""`histkit run`: papermill runs into runs/NAME/, failures reported, parameters checked."""

import json
from importlib import metadata

import nbformat
import pytest
import yaml

from histkit import __version__
from histkit.cli import main
from histkit.errors import ParameterError
from histkit.version import source_hash
from histkit.run import declared_parameters, load_params_file, parse_value, run_notebooks
from histkit.run.params import parameters_per_notebook, write_params

from conftest import REPO, write_notebook

FIGURE_CELL = '''from pathlib import Path
import pandas as pd
from histkit import plots
plots.use_style("column")
files = sorted(Path(corpus).glob("*.txt"))
sizes = pd.DataFrame({"file": [f.stem for f in files], "chars": [len(f.read_text(encoding="utf-8")) * scale for f in files]})
sizes.to_csv(Path(output_dir) / "tables" / "sizes_per_file.csv", index=False)
fig, ax = plots.new_figure()
plots.bar_stacked(sizes.set_index("file")[["chars"]], ax=ax, xlabel="znakova / знакова")
plots.save_figure(fig, "sizes_bar", Path(output_dir) / "figures")'''


def sizes_notebook(folder):
    return write_notebook(
        folder / "sizes.ipynb",
        'corpus = "data/corpus"  # folder of .txt files\noutput_dir = "runs/dev"\nscale = 1  # multiplies every count\n'
        'actors = "authority/actors.csv"  # authority file\ndecimal = "."',
        FIGURE_CELL,
    )


def broken_notebook(folder):
    # Cells: 0 title, 1 parameters, 2 fine, 3 raises.
    return write_notebook(
        folder / "broken.ipynb",
        'corpus = "data/corpus"\noutput_dir = "runs/dev"',
        "x = 1",
        'y = 2\nraise ValueError("no such archive: HDA")',
    )


def small_corpus(folder):
    folder.mkdir()
    (folder / "a.txt").write_text("Đilas je pisao Kardelju.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Ђилас је писао Кардељу 1953.\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """One run of a working and a failing notebook, shared by the tests that only read it."""
    root = tmp_path_factory.mktemp("project")
    corpus = small_corpus(root / "corpus")
    (root / "authority").mkdir()
    (root / "authority" / "actors.csv").write_text("actor_id,name\ndjilas,Milovan Đilas\n", encoding="utf-8")
    notebooks = [sizes_notebook(root), broken_notebook(root)]
    finished = []
    result = run_notebooks(
        notebooks, name="demo", params={"scale": 2}, corpus="corpus", jobs=2, runs_dir=root / "runs", cwd=root,
        progress=finished.append,
    )
    result.finished = finished
    return result, root, corpus


def test_run_folder_holds_executed_notebooks_figures_tables_and_records(run):
    result, root, _ = run
    names = sorted(p.relative_to(result.run_dir).as_posix() for p in result.run_dir.rglob("*") if p.is_file())
    assert names == [
        ".histkit-run",
        "broken.ipynb",
        "figures/sizes_bar.pdf",
        "figures/sizes_bar.png",
        "figures/sizes_bar.svg",
        "index.html",
        "kernels.log",
        "manifest.json",
        "params.yaml",
        "sizes.ipynb",
        "tables/sizes_per_file.csv",
    ]
    assert result.run_dir == root / "runs" / "demo"


def test_parameters_reach_the_notebook_and_relative_corpus_is_read_from_cwd(run):
    result, _, _ = run
    table = (result.run_dir / "tables" / "sizes_per_file.csv").read_text(encoding="utf-8")
    assert table.splitlines() == ["file,chars", "a,50", "b,58"]


def test_runner_injects_absolute_corpus_and_run_folder(run):
    result, _, corpus = run
    sizes = next(nb for nb in result.notebooks if nb.stem == "sizes")
    assert sizes.parameters == {"corpus": str(corpus), "output_dir": str(result.run_dir), "scale": 2}


def test_failing_notebook_is_reported_with_its_cell_and_error(run):
    result, _, _ = run
    (failure,) = result.failures
    assert failure.notebook.name == "broken.ipynb"
    assert (failure.error.cell_index, failure.error.first_line) == (3, "y = 2")
    assert str(failure.error) == "cell 3 ('y = 2'): ValueError: no such archive: HDA"


def test_progress_hears_of_each_notebook_and_results_keep_the_order_given(run):
    result, _, _ = run
    assert sorted(nb.stem for nb in result.finished) == ["broken", "sizes"]
    assert [nb.stem for nb in result.notebooks] == ["sizes", "broken"]


def test_a_folder_stands_for_the_notebooks_directly_in_it(tmp_path):
    sizes_notebook(tmp_path)
    broken_notebook(tmp_path)
    (tmp_path / "sub").mkdir()
    broken_notebook(tmp_path / "sub")
    with pytest.raises(ParameterError, match=r"broken.ipynb declares .*; sizes.ipynb declares [^;]*$"):
        run_notebooks([tmp_path], params={"nothing_like_it": 1}, runs_dir=tmp_path / "runs", cwd=tmp_path)


def test_failing_notebook_does_not_stop_the_others(run):
    result, _, _ = run
    assert not result.ok
    assert [nb.stem for nb in result.notebooks if nb.ok] == ["sizes"]


def test_failed_executed_notebook_keeps_papermills_error_banner(run):
    result, _, _ = run
    nb = nbformat.read(result.run_dir / "broken.ipynb", as_version=4)
    assert "An Exception was encountered" in nb.cells[0].source


def test_manifest_hashes_the_notebooks_the_corpus_and_files_named_by_parameters(run):
    result, _, _ = run
    inputs = result.manifest["inputs"]
    # decimal = "." names the project folder itself, which is not an input to hash.
    in_project = sorted(path for path in inputs if not path.startswith("/"))
    assert in_project == ["authority/actors.csv", "broken.ipynb", "corpus/a.txt", "corpus/b.txt", "sizes.ipynb"]
    assert all(len(h) == 64 for h in inputs.values())


def test_manifest_hashes_the_shipped_authority_files_the_notebooks_read_by_default(run):
    result, _, _ = run
    assert any(path.endswith("data/authority/actors.csv") for path in result.manifest["inputs"])


def test_manifest_hashes_figures_and_tables_and_keeps_timing_apart(run):
    result, _, _ = run
    manifest = json.loads((result.run_dir / "manifest.json").read_text(encoding="utf-8"))
    assert sorted(manifest["outputs"]) == [
        "figures/sizes_bar.pdf", "figures/sizes_bar.png", "figures/sizes_bar.svg", "tables/sizes_per_file.csv",
    ]
    assert set(manifest["timing"]["notebooks_seconds"]) == {"sizes", "broken"}
    assert "seconds" not in json.dumps({k: v for k, v in manifest.items() if k != "timing"})


def test_manifest_records_versions_status_and_error(run):
    result, _, _ = run
    manifest = result.manifest
    assert manifest["histkit"] == __version__
    assert manifest["libraries"]["papermill"] == metadata.version("papermill")
    assert manifest["libraries"]["matplotlib"] == metadata.version("matplotlib")
    assert manifest["notebooks"]["sizes"]["status"] == "ok"
    assert manifest["notebooks"]["broken"]["error"]["ename"] == "ValueError"


def test_manifest_source_digest_is_the_fingerprint_the_stores_keep(run):
    result, _, _ = run
    assert result.manifest["histkit_source"] == source_hash()


def test_params_yaml_holds_the_parameters_as_given(run):
    result, _, _ = run
    assert yaml.safe_load((result.run_dir / "params.yaml").read_text(encoding="utf-8")) == {
        "corpus": "corpus",
        "scale": 2,
    }


def test_index_page_shows_each_figure_and_links_notebooks_tables_and_manifest(run):
    result, _, _ = run
    page = (result.run_dir / "index.html").read_text(encoding="utf-8")
    for link in ('src="figures/sizes_bar.png"', 'href="figures/sizes_bar.pdf"', 'href="sizes.ipynb"',
                 'href="broken.ipynb"', 'href="tables/sizes_per_file.csv"', 'href="manifest.json"'):
        assert link in page
    assert "failed" in page and "http" not in page


def test_cli_exits_non_zero_and_names_the_failing_cell(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    broken_notebook(tmp_path)
    code = main(["run", "broken.ipynb", "--name", "cli", "--runs-dir", "out"])
    err = capsys.readouterr().err
    assert code == 1
    assert "broken.ipynb failed at cell 3 ('y = 2'): ValueError: no such archive: HDA" in err
    assert (tmp_path / "out" / "cli" / "manifest.json").is_file()


def test_missing_kernel_is_reported_with_the_command_that_installs_it(tmp_path):
    result = run_notebooks([broken_notebook(tmp_path)], kernel="histkit_no_such_kernel",
                           runs_dir=tmp_path / "runs", cwd=tmp_path)
    (failure,) = result.failures
    assert failure.error.cell_index is None and failure.error.ename == "NoSuchKernel"
    assert "ipykernel install --sys-prefix --name histkit_no_such_kernel" in failure.error.evalue
    assert result.manifest["notebooks"]["broken"]["status"] == "failed"


def test_rerun_under_the_same_name_leaves_no_output_of_the_earlier_run(tmp_path):
    notebook = write_notebook(
        tmp_path / "tab.ipynb",
        'corpus = "data/corpus"\noutput_dir = "runs/dev"\nlabel = "a"',
        'open(f"{output_dir}/tables/tab_{label}.csv", "w").write("x\\n1\\n")',
    )
    run_notebooks([notebook], name="same", params={"label": "first"}, runs_dir=tmp_path / "runs", cwd=tmp_path)
    second = run_notebooks([notebook], name="same", params={"label": "second"}, runs_dir=tmp_path / "runs", cwd=tmp_path)
    assert sorted(second.outputs) == ["tables/tab_second.csv"]
    assert sorted(p.name for p in (tmp_path / "runs" / "same" / "tables").iterdir()) == ["tab_second.csv"]


def test_unknown_parameter_is_refused_before_running_and_lists_the_declared_ones(tmp_path):
    notebook = sizes_notebook(tmp_path)
    with pytest.raises(ParameterError) as err:
        run_notebooks([notebook], params={"scael": 3}, runs_dir=tmp_path / "runs", cwd=tmp_path)
    assert "unknown parameter 'scael'" in str(err.value)
    assert "sizes.ipynb declares actors, corpus, decimal, output_dir, scale" in str(err.value)
    assert "did you mean 'scale'?" in str(err.value)
    assert not (tmp_path / "runs").exists()


def test_parameter_declared_by_one_notebook_goes_only_to_that_one(tmp_path):
    paths = [sizes_notebook(tmp_path), broken_notebook(tmp_path)]
    declared = {p.stem: declared_parameters(p) for p in paths}
    values = parameters_per_notebook({"scale": 3}, declared, paths, tmp_path / "runs" / "x", tmp_path)
    assert values["sizes"]["scale"] == 3 and "scale" not in values["broken"]


def test_notebook_section_of_a_parameters_file_must_name_declared_parameters(tmp_path):
    notebook = broken_notebook(tmp_path)
    params = tmp_path / "params.yaml"
    params.write_text("broken:\n  top_n: 5\n", encoding="utf-8")
    with pytest.raises(ParameterError, match="unknown parameter 'top_n': broken.ipynb declares corpus, output_dir"):
        run_notebooks([notebook], params_file=params, runs_dir=tmp_path / "runs", cwd=tmp_path)


def test_output_dir_cannot_be_set_by_the_user(tmp_path):
    notebook = broken_notebook(tmp_path)
    with pytest.raises(ParameterError, match="--name and --runs-dir"):
        run_notebooks([notebook], params={"output_dir": "elsewhere"}, runs_dir=tmp_path / "runs", cwd=tmp_path)


def test_a_corpus_that_does_not_exist_is_refused_before_anything_runs(tmp_path):
    notebook = broken_notebook(tmp_path)
    with pytest.raises(ParameterError, match="--corpus missing: no such file or folder"):
        run_notebooks([notebook], corpus="missing", runs_dir=tmp_path / "runs", cwd=tmp_path)
    assert not (tmp_path / "runs").exists()


def test_missing_notebook_is_a_parameter_error_naming_it(tmp_path):
    with pytest.raises(ParameterError, match="nothere.ipynb: notebook not found"):
        run_notebooks([tmp_path / "nothere.ipynb"], runs_dir=tmp_path / "runs", cwd=tmp_path)


def test_two_notebooks_with_the_same_name_are_refused(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = sizes_notebook(tmp_path / "a"), sizes_notebook(tmp_path / "b")
    with pytest.raises(ParameterError, match="outputs would collide"):
        run_notebooks([first, second], runs_dir=tmp_path / "runs", cwd=tmp_path)


def test_a_folder_not_made_by_the_runner_is_never_replaced(tmp_path):
    notebook = broken_notebook(tmp_path)
    precious = tmp_path / "runs" / "thesis"
    precious.mkdir(parents=True)
    (precious / "draft.docx").write_text("years of work")
    with pytest.raises(ParameterError, match="was not made by 'histkit run'"):
        run_notebooks([notebook], name="thesis", runs_dir=tmp_path / "runs", cwd=tmp_path)
    assert (precious / "draft.docx").read_text() == "years of work"


@pytest.mark.parametrize("jobs", [0, -1, 1.5])
def test_jobs_below_one_or_fractional_is_refused(tmp_path, jobs):
    with pytest.raises(ParameterError, match="--jobs"):
        run_notebooks([broken_notebook(tmp_path)], jobs=jobs, runs_dir=tmp_path / "runs", cwd=tmp_path)


@pytest.mark.parametrize(
    "text, value",
    [
        ("10", 10),
        ("0.5", 0.5),
        ("true", True),
        ("body", "body"),
        ('[["a", 1950, 1953], ["b", 1954, 1956]]', [["a", 1950, 1953], ["b", 1954, 1956]]),
        ("[body, notes]", ["body", "notes"]),
        ("{a: 1}", {"a": 1}),
        ("Note: the title", "Note: the title"),
        ("", ""),
        ("null", None),
        ("Ђилас", "Ђилас"),
    ],
)
def test_parameter_values_are_read_as_yaml_scalars_and_lists(text, value):
    assert parse_value(text) == value


def test_params_yaml_reads_back_as_the_same_parameters_one_line_each(tmp_path):
    given = {"periods": [["1950–1953", 1950, 1953], ["1954–1956", 1954, 1956]], "title": "Note: Ђилас",
             "top_n": 5, "actor_frequency": {"min_count": 2}}
    write_params(tmp_path / "params.yaml", given)
    assert load_params_file(tmp_path / "params.yaml") == given
    assert len((tmp_path / "params.yaml").read_text(encoding="utf-8").splitlines()) == 1 + len(given)


def test_parameters_file_that_is_not_a_mapping_names_the_file(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text("- 1\n- 2\n", encoding="utf-8")
    with pytest.raises(ParameterError, match="p.yaml: expected 'name: value' lines"):
        load_params_file(path)


def test_parameters_file_with_bad_yaml_names_the_line(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text("top_n: 5\nzones: [body\n", encoding="utf-8")
    with pytest.raises(ParameterError, match=r"p.yaml line \d+: not valid YAML"):
        load_params_file(path)


def test_cli_parses_repeated_p_options_as_yaml(tmp_path, monkeypatch):
    import histkit.run as runner

    seen = {}

    def fake_run(notebooks, **kwargs):
        seen.update(kwargs)
        raise _Stop()

    monkeypatch.setattr(runner, "run_notebooks", fake_run)
    with pytest.raises(_Stop):
        main(["run", "x.ipynb", "-p", "top_n", "10", "-p", "periods", '[["a", 1950, 1953]]', "--jobs", "2"])
    assert seen["params"] == {"top_n": 10, "periods": [["a", 1950, 1953]]}
    assert seen["jobs"] == 2 and seen["kernel"] == "python3"


def test_cli_refuses_a_corpus_that_does_not_exist(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["run", "x.ipynb", "--corpus", "missing"]) == 2
    assert "--corpus missing: no such file or folder" in capsys.readouterr().err


class _Stop(Exception):
    """Raised by a stand-in runner so the CLI test never starts a kernel."""

    def __init__(self):
        super().__init__("stop")


# --------------------------------------------------------------------------- the shipped notebooks

SHIPPED = ("actor_frequency", "archival_sources", "period_comparison")

COLD_WAR = """Journal of Cold War Studies 7/2005, 33-58

Belgrade and the Labour Left, 1950-1956

Introduction

In March 1951 Milovan Đilas went to London.1 Josip Broz Tito followed the
talks, and Edvard Kardelj wrote to Aneurin Bevan in 1952.2 The Labour Party
answered through the Socialist International.3

1 The National Archives (TNA), FO 371/95470, Report on the visit, 12 March 1951.
2 Ibid.
3 TNA, FO 371/102156, Minute on Kardelj's letter, 4 June 1952.

34 JOURNAL OF COLD WAR STUDIES

After Stalin

 Tito received a Labour delegation on 3 May 1955, and Đilas was by then
out of office.4 Kardelj spoke of the Socialist International in 1956.5

4 Arhiv Jugoslavije (AJ), fond 507, 14/I-23, Zabeleška o razgovoru, 5. 5. 1955.
5 AJ, fond 507, 14/I-30, Zapisnik, 12. 3. 1956.
"""

ZAPISI = """ИСТОРИЈСКИ ЗАПИСИ 2/2010, 101-110

Ђилас и Кардељ у Лондону

Увод

Милован Ђилас је 1951. године посетио Лондон, а Едвард Кардељ је о томе
писао Јосипу Брозу Титу.1 Тито је 1954. примио Бевана.2

1 Архив Југославије (АЈ), фонд 507, 14/I-2, Белешка, 14. 3. 1951.
2 АЈ, фонд 507, 14/I-9, Забелешка, 2. 1. 1954.
"""


@pytest.fixture(scope="module")
def shipped_run(tmp_path_factory):
    """The three notebooks of notebooks/ run once, two at a time, on two short articles."""
    root = tmp_path_factory.mktemp("shipped")
    (root / "corpus").mkdir()
    (root / "corpus" / "cold_war.txt").write_text(COLD_WAR, encoding="utf-8")
    (root / "corpus" / "zapisi.txt").write_text(ZAPISI, encoding="utf-8")
    notebooks = [REPO / "notebooks" / f"{name}.ipynb" for name in SHIPPED]
    return run_notebooks(notebooks, name="small", corpus=root / "corpus", jobs=2, runs_dir=root / "runs", cwd=REPO)


def test_shipped_notebooks_all_run_on_a_small_corpus(shipped_run):
    assert [(nb.stem, str(nb.error or "")) for nb in shipped_run.notebooks] == [(n, "") for n in SHIPPED]


@pytest.mark.parametrize("name", SHIPPED)
def test_each_shipped_notebook_writes_prefixed_figures_in_three_formats_and_tables(shipped_run, name):
    figures = [p for p in shipped_run.outputs if p.startswith(f"figures/{name}_")]
    stems = {p.rsplit(".", 1)[0] for p in figures}
    assert stems and sorted(figures) == sorted(f"{s}.{ext}" for s in stems for ext in ("pdf", "png", "svg"))
    assert any(p.startswith(f"tables/{name}_") and p.endswith(".csv") for p in shipped_run.outputs)


def test_shipped_notebooks_draw_no_label_with_a_missing_glyph(shipped_run):
    for nb in shipped_run.notebooks:
        text = nb.executed.read_text(encoding="utf-8")
        assert "missing from font" not in text, nb.stem


def test_index_page_of_the_shipped_run_shows_every_png(shipped_run):
    page = (shipped_run.run_dir / "index.html").read_text(encoding="utf-8")
    pngs = [p for p in shipped_run.outputs if p.endswith(".png")]
    assert pngs and all(f'src="{p}"' in page for p in pngs)
