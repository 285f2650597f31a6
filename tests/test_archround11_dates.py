"""Dates written in two calendars' days at once, Greek ordinal days, and a year range cut to its last digit.

Julian and Gregorian days before one month (`12/24 Μαρτίου 1899`, `12/23 March 1752`) are read as the New Style one
when the second is the first plus the lag of that century; Greek days are ordinals (`5ης Αυγούστου`); British notes
write `1847–9` for 1847 to 1849. The notes are invented.
"""

import pytest

from histkit.dates import find_dates, parse_date


@pytest.mark.parametrize("text, day", [
    ("αναφορά, 12/24 Μαρτίου 1899.", "1899-03-24"),
    ("τηλεγράφημα της 2/15 Νοεμβρίου 1913.", "1913-11-15"),
    ("entry of 12/23 March 1752.", "1752-03-23"),
    ("vol. 4, 3/14 Sept. 1752.", "1752-09-14"),
    ("letter of 1/11 May 1650.", "1650-05-11"),
])
def test_old_and_new_style_days_before_one_month_read_the_new_style_day(text, day):
    (found,) = find_dates(text)
    assert (found.date_start, found.precision) == (day, "day")


def test_two_days_a_slash_apart_that_are_not_the_centurys_lag_are_not_read_as_old_and_new_style():
    (found,) = find_dates("entry of 12/20 March 1752.")
    assert found.date_start != "1752-03-20"


@pytest.mark.parametrize("text, start, end", [
    ("πράξη της 5ης Αυγούστου 1821", "1821-08-05", "1821-08-05"),
    ("εκθέσεις της 3ης και 17ης Ιανουαρίου 1914", "1914-01-03", "1914-01-17"),
])
def test_a_greek_ordinal_day_is_a_day(text, start, end):
    (found,) = find_dates(text)
    assert (found.date_start, found.date_end, found.precision) == (start, end, "day")


@pytest.mark.parametrize("text, start, end", [
    ("minutes 1847–9", "1847-01-01", "1849-12-31"),
    ("accounts 1923–4", "1923-01-01", "1924-12-31"),
])
def test_a_year_range_whose_end_is_one_digit_after_a_dash_is_a_span_of_years(text, start, end):
    (found,) = find_dates(text)
    assert (found.date_start, found.date_end) == (start, end)


def test_a_one_digit_end_after_a_hyphen_is_no_year_range():
    value = parse_date("MS 1934-5")
    assert value is None or value.end != "1935-12-31"
