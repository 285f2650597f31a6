"""Dates round 1 (tests/fixtures/dates/round1): two days or two years a word for "and" joins, read as one span."""

from histkit.dates import find_dates
from histkit.dates.sameyear import days_in_the_year_before


def _read(text):
    return [(d.surface, d.date_start, d.date_end) for d in find_dates(text)]


def test_two_days_joined_by_and_and_a_repeated_article_are_one_span():
    assert _read("La marcia su Roma ebbe luogo fra il 27 e il 28 ottobre 1922.") == [
        ("27 e il 28 ottobre 1922", "1922-10-27", "1922-10-28")]


def test_two_years_joined_by_the_languages_and_are_one_span_as_with_english_and():
    assert _read("Zwischen 1924 und 1929; entre 1936 et 1938") == [
        ("1924 und 1929", "1924-01-01", "1929-12-31"), ("1936 et 1938", "1936-01-01", "1938-12-31")]


def test_a_day_joined_to_its_month_by_a_word_is_read_without_its_year():
    text = "comenzó el 17 de julio de 1936. Entre el 18 y el 20 de julio fracasó en Madrid."
    assert [(d.surface, d.date_start, d.date_end) for d in days_in_the_year_before(text, find_dates(text))] == [
        ("18 y el 20 de julio", "1936-07-18", "1936-07-20")]
