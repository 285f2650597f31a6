"""`histkit init`: from a folder of two new articles to drafted authority files, then to non-empty figures with `histkit run`."""

import csv
from pathlib import Path

import pytest

from histkit.actors import load_actors
from histkit.analysis.periods import read_periods_file
from histkit.cli import main

REPO = Path(__file__).resolve().parents[1]

#: Two articles written for this test: names in several cases, an archive histkit does not know, dates 1948-1956.
UNIONS = """Trade Unions and the Party in Slovenia, 1948–1956

Introduction

In the summer of 1948 the leadership in Ljubljana faced the break with Moscow. Boris Kidrič, then in
charge of the economy, wrote to Edvard Kardelj that the plan had to change.1 Kardelj answered in
August 1948 that the Party would keep its course.2 Kidrič did not agree with him.

The Reform Years

By 1952 the trade unions had won a new role. Kidrič spoke to the congress of the unions in
Ljubljana in May 1952, and Kardelj defended the reform in Belgrade in 1953.3 Franc Leskošek, the
minister of industry, warned that the workers' councils would weaken the Party.4 Leskošek and
Kidrič quarrelled again in 1953, and Kardelj took the side of Kidrič.5 After the death of Kidrič in
1953, Kardelj and Leskošek led the reform until 1956.6

1 Arhiv grada Novog Mesta (henceforth AGNM), fond 12, šk. 4, Pismo Borisa Kidriča Edvardu Kardelju, 3. 7. 1948.
2 AGNM, fond 12, šk. 4, Odgovor Edvarda Kardelja, 12. 8. 1948.
3 Jože Prinčič, Slovenska industrija v jugoslovanskem primežu (Novo mesto: Dolenjska založba, 1992), 45.
4 AGNM, fond 12, šk. 7, Zapisnik seje s Francem Leskoškom, 14. 5. 1952.
5 AGNM, fond 12, šk. 8, Pismo Kidriča Kardelju, 2. 2. 1953.
6 Jože Prinčič, Nacionalizacija na ozemlju LR Slovenije (Novo mesto: Tiskarna Novo mesto, 1994), 112.
"""
LEGATION = """The Yugoslav Legation in Vienna, 1950–1955

The legation in Vienna reported on Austria from 1950. Its envoy, Karlo Mrazović, met Karl Renner
in March 1950 and again in 1951.1 Mrazović wrote that Renner wanted good relations with Belgrade.2
In 1953 Renner received Mrazović and the Austrian Socialist Party promised support.3

In 1954 and 1955 the talks on the state treaty changed the picture. Mrazović met Julius Raab in
Vienna in 1954,4 and Raab spoke of trade with Yugoslavia. Renner, Raab and Mrazović met once more
in 1955, when the treaty was signed.5

1 AGNM, fond 30, šk. 1, Izveštaj Mrazovića o razgovoru s Rennerom, 20. 3. 1950.
2 AGNM, fond 30, šk. 1, Pismo Karla Mrazovića, 4. 6. 1951.
3 AGNM, fond 30, šk. 2, Izveštaj o razgovoru s Rennerom, 9. 9. 1953.
4 AGNM, fond 30, šk. 3, Zabeleška o razgovoru s Juliusom Raabom, 11. 5. 1954.
5 Arnold Suppan, Jugoslawien und Österreich 1918–1938 (Wien: Verlag für Geschichte und Politik, 1996), 12.
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = tmp_path_factory.mktemp("init")
    (root / "articles").mkdir()
    (root / "articles" / "unions.txt").write_text(UNIONS, encoding="utf-8")
    (root / "articles" / "legation.txt").write_text(LEGATION, encoding="utf-8")
    assert main(["init", str(root / "articles"), "--out", str(root / "project")]) == 0
    return root


def rows(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_init_writes_the_drafts_and_the_parameters_into_the_project(project):
    names = {p.name for p in (project / "project").iterdir()}
    assert names == {"actors.csv", "actor_candidates.csv", "periods.csv", "archives.csv", "params.yaml"}


def test_the_drafted_actors_file_loads_as_an_authority_file(project):
    assert len(load_actors(project / "project" / "actors.csv")) > 5


def test_drafted_persons_carry_their_inflected_forms_and_surnames_as_aliases(project):
    actors = {r["name"]: r for r in rows(project / "project" / "actors.csv")}
    assert {"Karlo Mrazović", "Edvard Kardelj", "Boris Kidrič", "Julius Raab"} <= set(actors)
    assert set(actors["Karlo Mrazović"]["aliases"].split("|")) >= {"Mrazović", "Karla Mrazovića"}
    assert actors["Edvard Kardelj"]["kind"] == "person" and "first name Edvard" in actors["Edvard Kardelj"]["note"]


def test_persons_of_the_narrative_come_before_the_places(project):
    kinds = [r["kind"] for r in rows(project / "project" / "actors.csv")]
    assert kinds.index("state") > kinds.index("person")
    assert kinds[:4] == ["person"] * 4


def test_the_author_of_cited_literature_is_not_drafted_as_an_actor(project):
    names = " ".join(r["name"] + "|" + r["aliases"] for r in rows(project / "project" / "actor_candidates.csv"))
    assert "Prinčič" not in names and "Suppan" not in names


def test_init_drafts_two_periods_from_the_dates_the_texts_name(project):
    # (the legation's citations of AGNM, an archive its own notes never define, are read by their shape and dated
    # 1950–1954: with them the 95th percentile of the dated years, the drafted periods' last year, is 1955)
    periods = read_periods_file(project / "project" / "periods.csv")
    assert periods[["label", "start", "end"]].values.tolist() == [
        ["1948–1951", "1948-01-01", "1951-12-31"], ["1952–1955", "1952-01-01", "1955-12-31"]]


def test_init_lists_the_archive_the_shipped_archives_file_lacks(project):
    archives = rows(project / "project" / "archives.csv")
    assert [(r["code"], r["name"]) for r in archives] == [("AGNM", "Arhiv grada Novog Mesta")]


def test_init_does_not_overwrite_a_project_unless_forced(project, capsys):
    assert main(["init", str(project / "articles"), "--out", str(project / "project")]) == 2
    assert "--force" in capsys.readouterr().err


def test_init_of_a_folder_with_no_readable_file_is_an_error_not_a_traceback(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["init", str(tmp_path / "empty"), "--out", str(tmp_path / "p")]) == 2
    assert "Traceback" not in capsys.readouterr().err


@pytest.fixture(scope="module")
def run(project):
    notebooks = sorted(str(p) for p in (REPO / "notebooks").glob("*.ipynb"))
    code = main(["run", *notebooks, "-f", str(project / "project" / "params.yaml"), "--runs-dir", str(project / "runs"),
                 "--jobs", "3"])
    return code, project / "runs" / "run"


def test_run_with_the_drafted_parameters_succeeds(run):
    assert run[0] == 0


@pytest.mark.parametrize("table", ["actor_frequency_counts", "archival_sources_archives", "period_comparison_actor_counts",
                                   "period_comparison_archive_counts"])
def test_run_with_the_drafted_parameters_gives_non_empty_actor_archive_and_period_tables(run, table):
    assert rows(run[1] / "tables" / f"{table}.csv")


def test_the_period_comparison_compares_the_drafted_periods(run):
    header = rows(run[1] / "tables" / "period_comparison_actor_counts.csv")[0]
    assert {"1948–1951", "1952–1955"} <= set(header)


def test_the_drafted_parameters_point_the_notebooks_at_the_drafted_archives_file(project):
    import yaml

    params = yaml.safe_load((project / "project" / "params.yaml").read_text(encoding="utf-8"))
    assert Path(params["archives_file"]) == (project / "project" / "archives.csv").resolve()
