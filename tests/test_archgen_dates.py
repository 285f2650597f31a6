"""Catalan and Galician dates: their month names, and Catalan `d'` before a month that opens with a vowel."""

import pytest

from histkit.dates import parse_date


@pytest.mark.parametrize("text, day", [
    ("9 de gener de 1939", "1939-01-09"),
    ("30 d'agost de 1932", "1932-08-30"),
    ("1 d’octubre de 1934", "1934-10-01"),
    ("18 de xuño de 1931", "1931-06-18"),
    ("5 de decembro de 1935", "1935-12-05"),
])
def test_a_catalan_or_galician_day_month_and_year_is_a_day(text, day):
    value = parse_date(text)
    assert (value.start, value.precision) == (day, "day")


@pytest.mark.parametrize("text, day", [
    ("1941. gada 22. jūnijā", "1941-06-22"),
    ("1919. gada 11. novembris", "1919-11-11"),
])
def test_a_latvian_year_then_gada_then_day_and_month_is_a_day(text, day):
    value = parse_date(text)
    assert (value.start, value.precision) == (day, "day")


@pytest.mark.parametrize("text, day", [
    ("1936ko urriaren 7an", "1936-10-07"),
    ("1938ko martxoaren 15a", "1938-03-15"),
])
def test_a_basque_year_with_ko_then_the_genitive_month_and_the_day_is_a_day(text, day):
    value = parse_date(text)
    assert (value.start, value.precision) == (day, "day")
