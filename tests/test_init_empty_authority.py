"""An actors file with only its header, or with no actor the corpus names: empty mentions and a clear message, never a traceback."""

from pathlib import Path

import pandas as pd
import pytest
from conftest import authority, layout_of

from histkit.actors import authority_notice, build_matcher, discover, find_mentions, load_actors
from histkit.cli import main

HEADER = "actor_id,name,kind,aliases,birth,death,wikidata,note,gender\n"
TEXT = ("The Yugoslav delegation of Edvard Kardelj met Victor Larock in Brussels in 1954.1 "
        "Larock wrote to Kardelj again in May 1955.\n\n1 Arhiv Jugoslavije, 507/IX, 11/II-19, 30. jula 1952.\n")


@pytest.fixture()
def corpus(tmp_path) -> Path:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text(TEXT, encoding="utf-8")
    return tmp_path / "corpus"


@pytest.fixture()
def header_only(tmp_path) -> Path:
    path = tmp_path / "actors.csv"
    path.write_text(HEADER, encoding="utf-8")
    return path


@pytest.fixture()
def nobody_named(tmp_path) -> Path:
    path = tmp_path / "nobody.csv"
    path.write_text(HEADER + "zz,Zdravko Qux,person,,,,,,m\n", encoding="utf-8")
    return path


def test_a_matcher_of_an_empty_authority_finds_nothing_in_any_text(header_only):
    matcher = build_matcher(load_actors(header_only), cache=False)
    assert matcher.scan("Kardelj met Larock.") == []


def test_find_mentions_with_a_header_only_file_gives_an_empty_table_with_the_mention_columns(header_only):
    mentions = find_mentions(layout_of(TEXT), load_actors(header_only))
    assert mentions.empty and "actor_id" in mentions.columns


def test_discover_with_a_header_only_file_lists_the_names_of_the_text(header_only):
    table = discover([layout_of(TEXT)], load_actors(header_only))
    assert "Kardelj" in " ".join(table["candidate"])


def test_actors_discover_command_with_a_header_only_file_says_so_and_succeeds(corpus, header_only, capsys):
    assert main(["actors", "discover", str(corpus), "--actors", str(header_only)]) == 0
    out = capsys.readouterr()
    assert "Traceback" not in out.err and "has no actors yet" in out.err and "Kardelj" in out.out


def test_tables_command_with_a_header_only_file_writes_empty_mentions_and_says_why(corpus, header_only, tmp_path, capsys):
    assert main(["tables", str(corpus), "--out", str(tmp_path / "t"), "--actors", str(header_only), "--quiet"]) == 0
    err = capsys.readouterr().err
    assert "has no actors, so the mention tables are empty" in err and "histkit init" in err
    assert pd.read_csv(tmp_path / "t" / "mentions.csv").empty


def test_tables_command_with_no_actor_named_in_the_corpus_says_so(corpus, nobody_named, tmp_path, capsys):
    assert main(["tables", str(corpus), "--out", str(tmp_path / "t"), "--actors", str(nobody_named), "--quiet"]) == 0
    assert "no actor of" in capsys.readouterr().err


def test_tables_command_blames_the_failed_actors_stage_not_the_authority_file(corpus, tmp_path, capsys, monkeypatch):
    def broken(layout, matcher):
        raise RuntimeError("a surprise")

    monkeypatch.setattr("histkit.store.tables.find_mentions", broken)
    main(["tables", str(corpus), "--out", str(tmp_path / "t"), "--quiet", "--jobs", "1", "--doc-timeout", "0"])
    err = capsys.readouterr().err
    assert "the actors stage failed on 1 document" in err and "no actor of" not in err


def test_tables_command_says_nothing_about_the_authority_when_actors_are_found(corpus, tmp_path, capsys):
    assert main(["tables", str(corpus), "--out", str(tmp_path / "t"), "--quiet"]) == 0
    assert "mention tables are empty" not in capsys.readouterr().err


def test_the_notice_is_empty_when_mentions_were_found():
    assert authority_notice(authority(("t", "Tito", "person", "")), 5) == ""


def test_run_command_with_a_header_only_file_runs_the_actor_notebook_and_says_why_it_is_empty(
        corpus, header_only, tmp_path, capsys):
    notebook = Path(__file__).resolve().parents[1] / "notebooks" / "actor_frequency.ipynb"
    code = main(["run", str(notebook), "--corpus", str(corpus), "-p", "actors_file", str(header_only),
                 "--runs-dir", str(tmp_path / "runs")])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "has no actors, so the mention tables are empty" in err
    assert (tmp_path / "runs" / "run" / "figures" / "actor_frequency_ranking.png").exists()
