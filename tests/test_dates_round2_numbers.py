"""Romanian spans with `și`, and a year before a colon and a number (dates round 2)."""

from histkit.dates import find_dates


def _read(text):
    return [(d.surface, d.date_start, d.date_end) for d in find_dates(text)]


def test_a_romanian_span_of_years_with_si():
    assert _read("între 1948 și 1989 au fost arestate") == [("1948 și 1989", "1948-01-01", "1989-12-31")]


def test_a_year_before_a_colon_and_a_number_is_a_statutes_number():
    assert _read("en kungörelse (SFS 1939:615) om beredskap, utfärdad 1939") == [("1939", "1939-01-01", "1939-12-31")]
