"""Dates in catalogue shapes: a month abbreviated without its stop, days joined by an ampersand, the year first
with no word after it (`1919 Dec. 12`), a year glued to `ca.`."""

from conftest import dates_read as _read


def test_a_day_and_an_english_month_abbreviated_without_a_stop_is_that_day():
    assert _read("letter, 14 Aug 1914, f. 3") == [("14 Aug 1914", "1914-08-14", "1914-08-14", "day")]


def test_a_german_month_abbreviated_without_a_stop_is_read_too():
    assert _read("Bericht vom 3 Okt 1944") == [("3 Okt 1944", "1944-10-03", "1944-10-03", "day")]


def test_an_abbreviation_without_a_stop_and_without_a_year_is_no_date():
    assert _read("the 12 Jan conference") == []


def test_two_days_joined_by_an_ampersand_are_one_span():
    assert _read("12 & 13 March 1920") == [("12 & 13 March 1920", "1920-03-12", "1920-03-13", "day")]


def test_a_year_month_and_day_as_american_finding_aids_write_them_is_that_day():
    assert _read("Minutes, 1919 Dec. 12") == [("1919 Dec. 12", "1919-12-12", "1919-12-12", "day")]


def test_a_year_after_ca_with_no_space_is_that_year():
    assert _read("photograph, ca.1920") == [("1920", "1920-01-01", "1920-12-31", "year")]


def test_a_number_before_a_month_day_and_year_is_not_that_years_day():
    assert _read("telegram 1702, June 9, 1962")[-1] == ("June 9, 1962", "1962-06-09", "1962-06-09", "day")


def test_a_fonds_number_before_an_inventory_is_no_year_first_date():
    assert _read("LVVA, f. 1632 apr. 2") == []
