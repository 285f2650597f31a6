"""A four-digit year, a two-digit month and a two-digit day between slashes (`1979/10/25`) are read year first, as
ISO days are with hyphens: no other order makes a day of them."""

from histkit.dates import find_dates


def _read(text):
    return [(d.surface, d.date_start, d.precision) for d in find_dates(text)]


def test_a_year_first_slashed_day_is_read():
    assert _read("Estatutua 1979/10/25 egunean onartu zen.") == [("1979/10/25", "1979-10-25", "day")]


def test_a_slash_after_it_makes_it_a_number_not_a_day():
    assert [d.surface for d in find_dates("sign. 1979/10/25/3")] != ["1979/10/25"]


def test_a_budget_year_stays_one():
    assert _read("budget 1953/54") == [("1953/54", "1953-01-01", "year")]
