"""A quarter of a year named before its year is its three months in the dates table (histkit.dates.quarters,
quarter_words.csv); a Tagalog day joined to its month by `ng` is a day (joining_words.csv)."""

import pytest

from histkit import Document, analyse_layout, dates_table
from histkit.dates import find_dates


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return table[["surface", "date_start", "date_end", "precision"]].values.tolist()


@pytest.mark.parametrize("text, surface, start, end", [
    ("Produksjonen falt i tredje kvartal 1952.", "tredje kvartal 1952", "1952-07-01", "1952-09-30"),
    ("As vendas medraron no segundo trimestre de 1952.", "segundo trimestre de 1952", "1952-04-01", "1952-06-30"),
    ("Output fell in the fourth quarter of 1952.", "fourth quarter of 1952", "1952-10-01", "1952-12-31"),
])
def test_a_quarter_before_its_year_is_its_three_months(text, surface, start, end):
    assert _table(text) == [[surface, start, end, "month"]]


def test_a_year_without_a_quarter_before_it_stays_a_year():
    assert _table("Produksjonen falt i 1952.") == [["1952", "1952-01-01", "1952-12-31", "year"]]


def test_a_tagalog_day_joined_to_its_month_by_ng_is_that_day():
    assert [(d.surface, d.date_start) for d in find_dates("noong ika-4 ng Hulyo 1946")] == [("4 ng Hulyo 1946", "1946-07-04")]
