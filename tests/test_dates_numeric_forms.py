"""Dates whose month is a number or a Roman numeral, in forms of no language's words (ARCHGEN7)."""

from __future__ import annotations

from histkit.dates import find_dates, parse_date


def _days(text: str) -> list[tuple[str, str]]:
    return [(d.date_start, d.precision) for d in find_dates(text)]


def test_the_year_first_then_a_roman_month_and_the_day():
    assert _days("MNL OL, K 27, 1918. XI. 12.") == [("1918-11-12", "day")]


def test_a_small_roman_numeral_is_no_month_there():
    assert _days("1918. xi. 12.") != [("1918-11-12", "day")]


def test_day_month_and_year_with_hyphens():
    assert _days("brief van 12-6-1955") == [("1955-06-12", "day")]
    assert parse_date("31-12-1944").start == "1944-12-31"


def test_hyphens_inside_a_call_number_are_no_date():
    assert _days("f. R-1-2-1955") == []
    assert _days("45-12-6-1955") == []


def test_a_julian_day_with_its_gregorian_one_and_a_roman_month():
    assert _days("раппорт, 12 (25) XI 1912") == [("1912-11-25", "day")]
