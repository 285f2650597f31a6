"""A capital `I` before a year with a suffix after an apostrophe is the Danish or Norwegian "in", not a Roman month:
`I 1930'erne` is "in the 1930s"."""

from histkit.dates import find_dates


def test_a_year_with_a_suffix_after_an_apostrophe_is_no_roman_month_and_year():
    assert [(d.surface, d.date_start, d.date_end) for d in find_dates("I 1930'erne voksede byen.")] == \
        [("1930'erne", "1930-01-01", "1939-12-31")]


def test_a_roman_month_and_year_opening_a_citation_is_still_read():
    assert [(d.surface, d.date_start) for d in find_dates("VI 1946, k. 12")] == [("VI 1946", "1946-06-01")]
