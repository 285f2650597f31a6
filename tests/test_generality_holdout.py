"""`scripts/measure_generality.py --hold-out`: a round scored as if its languages (and archives) were unknown.

The option drops the data rows of the held-out languages (word lists of citations and dates, dateparser's month
names) and, with ``--hold-out-countries``, the archives authority's rows of those countries, before any reader is
built. The readers are built once a process, so the end-to-end checks run in a process of their own.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import histkit.data
import histkit.dates.words
from conftest import load_script

measure = load_script("measure_generality")
REPO = Path(__file__).resolve().parent.parent


def _isolated(monkeypatch) -> None:
    # hold_out patches these in the process: the test gives them back when it ends
    monkeypatch.setattr(histkit.data, "data_rows", histkit.data.data_rows)
    monkeypatch.setattr(histkit.data, "authority_file", histkit.data.authority_file)
    monkeypatch.setattr(histkit.dates.words, "LANGUAGES", histkit.dates.words.LANGUAGES)
    monkeypatch.setattr(measure, "HELD_COUNTRIES", set())


def test_a_row_of_held_out_languages_only_is_dropped():
    rows = [{"form": "doravante", "language": "pt"}, {"form": "s/d", "language": "pt es gl"},
            {"form": "hereafter", "language": "en"}, {"form": "Ibid", "language": ""}]
    assert [r["form"] for r in measure.held_rows(rows, {"pt", "es"})] == ["s/d", "hereafter", "Ibid"]
    assert [r["form"] for r in measure.held_rows(rows, {"pt", "es", "gl"})] == ["hereafter", "Ibid"]


def test_hold_out_hides_the_word_lists_of_citations_and_dates(monkeypatch):
    _isolated(monkeypatch)
    measure.hold_out({"pt"})
    hereafter = [r["form"] for r in histkit.data.data_rows("citations", "hereafter.csv")]
    assert "doravante" not in hereafter and "hereafter" in hereafter
    months = histkit.data.data_rows("dates", "months.csv")
    assert months and all(r["language"].split() != ["pt"] for r in months)


def test_hold_out_drops_the_month_names_dateparser_gives_for_the_language(monkeypatch):
    _isolated(monkeypatch)
    measure.hold_out({"tr", "no"})
    assert "tr" not in histkit.dates.words.LANGUAGES and "nb" not in histkit.dates.words.LANGUAGES
    assert "de" in histkit.dates.words.LANGUAGES


def test_hold_out_countries_hides_their_archives_from_the_authority(monkeypatch):
    _isolated(monkeypatch)
    measure.hold_out(set(), {"PT"})
    with open(histkit.data.authority_file("archives.csv"), encoding="utf-8") as handle:
        kept = list(csv.DictReader(handle))
    assert kept and not any(r["country"] == "PT" for r in kept)
    assert any(r["code"] == "TNA" for r in kept)


def test_a_held_out_country_s_archive_is_scored_by_any_of_its_spellings(monkeypatch):
    _isolated(monkeypatch)
    names = {"ANTT": {"antt", "arquivo nacional da torre do tombo", "torre do tombo"}}
    assert not measure.same_archive("ANTT", "Torre do Tombo", "", names)
    measure.hold_out(set(), {"PT"})
    assert measure.same_archive("ANTT", "Torre do Tombo", "", names)


def _run(code: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_readers_built_after_hold_out_no_longer_know_the_language():
    read = ("import sys; sys.path.insert(0, 'scripts'); import measure_generality as m; {hold}"
            "from histkit.dates import parse_date; print(getattr(parse_date('12 Haziran 1935'), 'precision', None))")
    assert _run(read.format(hold="")) == "day"
    assert _run(read.format(hold="m.hold_out({'tr'}); ")) != "day"


def test_the_option_scores_a_round_folder(tmp_path):
    (tmp_path / "notes.csv").write_text('doc_id,note_no,text\nt,1,"The National Archives, Kew, FO 371/1, 3 May 1950."\n',
                                        encoding="utf-8")
    (tmp_path / "expected.csv").write_text(
        "doc_id,note_no,seq,kind,archive,fond,collection,unit,date_start,date_end,date_precision,ibid_of\n"
        "t,1,1,archival,TNA,,,,1950-05-03,1950-05-03,day,\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "scripts/measure_generality.py", "--hold-out", "pt,es", str(tmp_path)],
                          cwd=REPO, env=env, capture_output=True, text=True, check=True)
    assert "'archival_expected': 1" in done.stdout
    missing = subprocess.run([sys.executable, "scripts/measure_generality.py", "--hold-out"],
                             cwd=REPO, env=env, capture_output=True, text=True)
    assert missing.returncode != 0 and "--hold-out needs a value" in missing.stderr
