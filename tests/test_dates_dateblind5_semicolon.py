"""A year after a semicolon in prose opens a clause and is a date; after a number and a semicolon it is a page."""

from histkit.dates import find_dates


def test_a_year_after_a_semicolon_that_follows_a_word_is_a_date():
    assert [d.surface for d in find_dates("Talks failed; 1957 brought a new cabinet.")] == ["1957"]


def test_a_number_after_a_number_and_a_semicolon_is_a_page():
    assert find_dates("See pp. 12; 1957.") == []
