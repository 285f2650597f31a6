"""The three shipped notebooks: stored clean, parameters papermill can read, and they run on a small corpus.

The runner's own tests (test_runner.py) cover `histkit run`; these cover what
the notebooks contain and produce.
"""

import csv
import subprocess
import sys

import nbformat
import papermill
import pytest
import yaml
from conftest import REPO

from histkit import analysis
from histkit.data import authority_file
NOTEBOOKS = ("actor_frequency", "archival_sources", "period_comparison")
COMMON = {"corpus": "data/corpus", "output_dir": "runs/dev", "actors_file": ""}

FIGURES = {
    "actor_frequency": ["ranking", "sections", "network"],
    "archival_sources": ["archives", "by_fond", "timeline", "shares_documents", "shares_sections"],
    "period_comparison": ["actors", "archives"],
}
TABLES = {
    "actor_frequency": ["counts", "by_document", "by_section", "sections", "co_mentions"],
    "archival_sources": ["archives", "by_fond", "timeline", "undated", "shares_documents", "shares_sections"],
    "period_comparison": ["passage_dates", "passages", "undated", "actor_counts", "actor_log_odds", "archive_counts", "archive_log_odds"],
}

# An English article in a British-history journal's style: page-bottom footnotes,
# a running head, TNA and NARA citations, an Ibid. and a passage with no date.
ARTICLE = """Anna Keller

London and Vienna: British Policy towards Austria, 1946–1952

Abstract: The article follows British policy towards Austria between the end
of the war and the early 1950s, from the Foreign Office files.

Keywords: Austria, Foreign Office, occupation, state treaty

Introduction

In March 1946 Ernest Bevin told the Cabinet that Austria could not be left
to the Soviet Union.1 The Foreign Office agreed, and Clement Attlee approved
the line in May 1946.2 Bevin repeated the argument to the Americans.

1 TNA, FO 371/55234, Bevin to Attlee, 12 March 1946.
2 TNA, CAB 128/5, Cabinet conclusions, 20 May 1946.

46 JOURNAL OF CONTEMPORARY DIPLOMACY 14 (2019)

 The American view differed. Washington wanted a quick treaty, and the
State Department pressed London in June 1951.3 Bevin was no longer in office;
Anthony Eden took up the question with the Soviet Union in 1952.4

3 NARA, RG 59, Central Decimal File 1950–1954, Box 2345, memorandum of 14 June
1951.
4 TNA, FO 371/98050, Eden to the Cabinet, 3 October 1952; Ibid., minute of 5
October 1952.

Conclusion

Some questions remain open: neither Eden nor Attlee wrote about Austria
in their memoirs.5

5 See John Smith, Austria in the Cold War (London: Routledge, 2005), 12–15.
"""

ACTORS = """actor_id,name,kind,aliases,birth,death,wikidata,note
bevin,Ernest Bevin,person,,1881,1951,,
attlee,Clement Attlee,person,,1883,1967,,
eden,Anthony Eden,person,,1897,1977,,
fo,Foreign Office,institution,,,,,
austria,Austria,state,,,,,
ussr,Soviet Union,state,USSR,,,,
"""

SPECIFIC = {
    "actor_frequency": {"min_count": 1, "top_n": 5, "min_edge_weight": 1},
    "archival_sources": {"group_by": "fond", "date_bin": "quarter"},
    "period_comparison": {"periods": [["1946–1949", 1946, 1949], ["1950–1952", 1950, 1952]], "prior_size": 10.0},
}


def notebook_path(name):
    return REPO / "notebooks" / f"{name}.ipynb"


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """Execute the three notebooks once, in parallel kernels, on a one-article corpus with its own actors file."""
    root = tmp_path_factory.mktemp("notebooks")
    (root / "corpus").mkdir()
    (root / "corpus" / "keller_2019.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "actors.csv").write_text(ACTORS, encoding="utf-8")
    out = root / "out"
    out.mkdir()
    processes = {}
    for name in NOTEBOOKS:
        params = {"corpus": str(root / "corpus"), "output_dir": str(out), "actors_file": str(root / "actors.csv"), **SPECIFIC[name]}
        (root / f"{name}.yaml").write_text(yaml.safe_dump(params, allow_unicode=True), encoding="utf-8")
        processes[name] = subprocess.Popen(
            [sys.executable, "-m", "papermill", str(notebook_path(name)), str(out / f"{name}.ipynb"),
             "-f", str(root / f"{name}.yaml"), "-k", "python3", "--cwd", str(root), "--no-progress-bar", "--log-level", "ERROR"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
    logs = {name: p.communicate(timeout=240)[0] for name, p in processes.items()}
    codes = {name: p.returncode for name, p in processes.items()}
    return {"out": out, "logs": logs, "codes": codes}


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_runs_without_error_on_a_small_corpus(run, name):
    assert run["codes"][name] == 0, run["logs"][name][-3000:]


@pytest.mark.parametrize("name, figure", [(n, f) for n in NOTEBOOKS for f in FIGURES[n]])
def test_notebook_saves_each_figure_as_pdf_svg_and_png(run, name, figure):
    for ext in ("pdf", "svg", "png"):
        path = run["out"] / "figures" / f"{name}_{figure}.{ext}"
        assert path.is_file() and path.stat().st_size > 1000, path


@pytest.mark.parametrize("name, table", [(n, t) for n in NOTEBOOKS for t in TABLES[n]])
def test_notebook_writes_each_table_as_csv_with_unix_line_ends(run, name, table):
    data = (run["out"] / "tables" / f"{name}_{table}.csv").read_bytes()
    assert data.endswith(b"\n") and b"\r\n" not in data


def test_actor_frequency_counts_the_actors_of_the_given_authority_file(run):
    rows = read_csv(run["out"] / "tables" / "actor_frequency_counts.csv")
    assert [(r["actor_id"], r["body"], r["notes"]) for r in rows][:2] == [("bevin", "3", "1"), ("attlee", "2", "1")]


def test_archival_sources_count_the_ibid_for_the_archive_it_repeats(run):
    rows = read_csv(run["out"] / "tables" / "archival_sources_archives.csv")
    assert [(r["archive"], r["citations"], r["via_ibid"]) for r in rows] == [("TNA", "4", "1"), ("NARA", "1", "0")]


def test_period_comparison_reports_the_undated_passage(run):
    rows = read_csv(run["out"] / "tables" / "period_comparison_undated.csv")
    assert [(r["section"], r["reason"]) for r in rows] == [("Conclusion", "no dates")]


def test_period_comparison_dates_passages_in_the_given_periods(run):
    rows = read_csv(run["out"] / "tables" / "period_comparison_passages.csv")
    assert [(r["period"], r["weight"]) for r in rows if r["period"]] == [("1946–1949", "1"), ("1950–1952", "1")]


# --------------------------------------------------------------------------- the stored notebooks


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_stored_notebook_has_no_outputs_and_no_execution_counts(name):
    nb = nbformat.read(notebook_path(name), as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code
    assert all(c.outputs == [] and c.execution_count is None for c in code)


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_stored_notebook_opens_with_a_title_and_has_one_parameters_cell(name):
    nb = nbformat.read(notebook_path(name), as_version=4)
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# ")
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1 and tagged[0].cell_type == "code"
    assert nb.metadata.kernelspec.name == "python3"


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_parameters_cell_declares_the_common_parameters_with_their_defaults(name):
    declared = papermill.inspect_notebook(str(notebook_path(name)))
    assert {key: yaml.safe_load(declared[key]["default"]) for key in COMMON} == COMMON


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_every_parameter_has_a_type_and_a_help_comment(name):
    declared = papermill.inspect_notebook(str(notebook_path(name)))
    assert set(SPECIFIC[name]) <= set(declared)
    for key, info in declared.items():
        assert info["inferred_type_name"] != "None" and info["help"], key


def test_period_comparison_compares_the_periods_of_the_shipped_periods_csv_by_default():
    declared = papermill.inspect_notebook(str(notebook_path("period_comparison")))
    default = yaml.safe_load(declared["periods"]["default"])
    assert analysis.parse_periods(default).equals(analysis.read_periods_file(authority_file("periods.csv")))


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_cells_only_call_into_histkit(name):
    nb = nbformat.read(notebook_path(name), as_version=4)
    source = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    for forbidden in ("def ", "class ", "import re", "groupby(", "pivot", "lambda"):
        assert forbidden not in source, forbidden
