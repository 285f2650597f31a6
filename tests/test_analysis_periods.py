"""The periods of the period comparison: from the shipped periods.csv, another CSV file, or a list."""

import pandas as pd
import pytest

from histkit import analysis
from histkit.data import authority_file
from histkit.errors import AuthorityError, ParameterError

PERIODS = [["early", 1945, 1949], ["late", "1950-01", "1955-12-31"]]


def write(tmp_path, text):
    path = tmp_path / "periods.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_periods_accept_years_months_and_days():
    table = analysis.parse_periods(PERIODS)
    assert table.values.tolist() == [["early", "1945-01-01", "1949-12-31"], ["late", "1950-01-01", "1955-12-31"]]


@pytest.mark.parametrize("periods, message", [
    ([["a", 1950, 1953], ["b", 1953, 1956]], "period 1 and period 2: periods 'a' and 'b' overlap"),
    ([["a", 1956, 1950]], "period 1: period 'a' ends"),
    ([["a", 1950]], r"\[label, start, end\]"),
    ([["a", "spring", 1950]], "ISO dates"),
    ([["a", 1950, 1951], ["a", 1952, 1953]], "period 2: period labels repeat: 'a' is also period 1"),
    ([], "empty"),
])
def test_malformed_periods_given_as_a_list_are_parameter_errors(periods, message):
    with pytest.raises(ParameterError, match=message):
        analysis.parse_periods(periods)


@pytest.mark.parametrize("given", [None, "", "  "])
def test_without_periods_the_shipped_periods_csv_is_compared(given):
    shipped = pd.read_csv(authority_file("periods.csv"), dtype=str)
    table = analysis.parse_periods(given)
    assert table["label"].tolist() == shipped["label"].tolist()
    assert table.values.tolist() == [["1950–1953", "1950-01-01", "1953-12-31"], ["1954–1956", "1954-01-01", "1956-12-31"]]


def test_assign_periods_uses_the_shipped_periods_when_given_none():
    table = pd.DataFrame({"doc_id": "d", "passage_id": ["d:1"], "section": ""})
    found = pd.DataFrame({"passage_id": ["d:1"], "date_start": ["1955-02-01"], "date_end": ["1955-02-01"]})
    assert analysis.assign_periods(table, found)["period"].tolist() == ["1954–1956"]


def test_periods_are_read_from_a_csv_file_with_a_note_column_and_blank_lines(tmp_path):
    path = write(tmp_path, "\ufefflabel,start,end,note\nWar,1939,1945-05-08,\"Europe, not Asia\"\n\n,,,\nPeace, 1945-05-09 ,1949\n")
    assert analysis.parse_periods(str(path)).values.tolist() == [
        ["War", "1939-01-01", "1945-05-08"], ["Peace", "1945-05-09", "1949-12-31"],
    ]


@pytest.mark.parametrize("text, where, advice", [
    ("name,start,end\nWar,1939,1945\n", "line 1", "the header lacks the column(s) label"),
    ("label,start,end\nWar,1939,1945\nCold War,1947,spring\n", "line 3", "years or ISO dates"),
    ("label,start,end\nWar,1945,1939\n", "line 2", "give the earlier date as start"),
    ("label,start,end\nWar,1939,1945\nWar,1950,1953\n", "line 3", "'War' is also line 2; give each period its own label"),
    ("label,start,end\nWar,1939,1945\nPostwar,1945,1949\n", "line 2 and line 3", "a date falls in at most one period"),
    ("label,start,end\nWar,1939,1945,Europe\n", "line 2", "quote a value that contains a comma"),
])
def test_a_malformed_periods_file_is_an_authority_error_naming_the_file_the_line_and_the_fix(tmp_path, text, where, advice):
    path = write(tmp_path, text)
    with pytest.raises(AuthorityError) as error:
        analysis.parse_periods(path)
    assert str(error.value).startswith(f"{path}, {where}")
    assert advice in str(error.value)


def test_a_periods_file_without_periods_is_an_authority_error(tmp_path):
    path = write(tmp_path, "label,start,end,note\n")
    with pytest.raises(AuthorityError, match="no periods; add one row"):
        analysis.read_periods_file(path)


def test_a_periods_file_that_is_not_utf8_is_an_authority_error(tmp_path):
    path = tmp_path / "periods.csv"
    path.write_bytes("label,start,end\nRat,1941,1945\nPosleratni period,1946,1950\nČetnici,1951,1952\n".encode("cp1250"))
    with pytest.raises(AuthorityError, match="not UTF-8 text"):
        analysis.read_periods_file(path)


def test_a_periods_file_that_does_not_exist_is_a_parameter_error_naming_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ParameterError, match="periods file 'mine/periods.csv' not found"):
        analysis.parse_periods("mine/periods.csv")
