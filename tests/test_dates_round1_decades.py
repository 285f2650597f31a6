"""Dates round 1 (tests/fixtures/dates/round1): decades that a word makes of a year (decade_words.csv)."""

from histkit.dates import find_dates


def _read(text):
    return [(d.surface, d.date_start, d.date_end) for d in find_dates(text)]


def test_a_word_before_a_year_ending_in_nought_makes_it_a_decade():
    assert _read("renouvelée depuis les années 1990, et durante la década de 1940") == [
        ("années 1990", "1990-01-01", "1999-12-31"), ("década de 1940", "1940-01-01", "1949-12-31")]


def test_a_word_after_the_year_makes_it_a_decade_glued_to_it_or_after_a_space():
    assert _read("1930年代の研究; 1960 के दशक में; 1950-luvulla") == [
        ("1930年代", "1930-01-01", "1939-12-31"), ("1960 के दशक", "1960-01-01", "1969-12-31"),
        ("1950-luvulla", "1950-01-01", "1959-12-31")]

