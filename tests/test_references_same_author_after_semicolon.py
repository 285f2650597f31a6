"""The rule parser reads a same-author reference after a semicolon (`Táž, …`, `TÝŽ, …`, `Ista, …`) in the shapes it
comes in: a journal's volume and year without an issue word, a publisher and year without a comma between, a publisher
opening with its article."""

from unittest import mock

import pandas as pd
import pytest

import histkit.citations.extract as extract
from histkit.citations import parse_reference

FIRST = "Jana Horáková, Dějiny města Tábora, Praha, Academia, 1990, s. 5; "


def _rules_references(text: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": "d", "note_no": ["1"], "text": [text]})
    with mock.patch.object(extract, "with_model_references", lambda refs, *_: refs):
        return extract.extract_citations(notes).references


@pytest.mark.parametrize(("later", "fields"), [
    ("TÝŽ, Cechy v Táboře, Jihočeský sborník historický 41, 1972, s. 12–30.",
     ("Cechy v Táboře", "Jihočeský sborník historický", "1972")),
    ("Táž, Měšťané a šlechta, Brno, Matice moravská 1995, s. 40.", ("Měšťané a šlechta", "", "1995")),
    ("Ista, Le corporazioni, Bologna, il Mulino, 1998, p. 3.", ("Le corporazioni", "", "1998")),
])
def test_a_same_author_reference_after_a_semicolon_is_read_by_the_rules(later, fields):
    refs = _rules_references(FIRST + later)
    assert refs[["authors", "title", "container", "year"]].values.tolist()[-1] == ["Jana Horáková", *fields]


@pytest.mark.parametrize("text", ["Savigny, System 5, 1841, 11–12."])
def test_a_day_or_a_books_volume_before_the_year_is_no_journal(text):
    assert parse_reference(text)["container"] == ""


def test_a_papers_name_and_a_day_before_the_year_is_a_newspapers_issue_not_a_journal():
    ref = parse_reference("Trybuna Ludu, June 13, 1962")
    assert (ref["container"], ref["volume"], ref["year"]) == ("Trybuna Ludu", "", "1962")
