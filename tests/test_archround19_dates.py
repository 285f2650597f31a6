"""Dates of round 19's house styles: Tongan month names, an Estonian Julian day with its full stops, and the year
written first with a comma as Spanish-American catalogues date a document."""

from histkit.dates import find_dates

def _read(text: str) -> list[tuple[str, str, str]]:
    return [(d.date_start, d.date_end, d.precision) for d in find_dates(text)]

def test_a_tongan_month_written_first_dates_the_day():
    assert _read("Nukuʻalofa, ʻEpeleli 12, 1875") == [("1875-04-12", "1875-04-12", "day")]

def test_a_tongan_month_alone_is_the_month():
    assert _read("Letter Book 6, Mē 1890.") == [("1890-05-01", "1890-05-31", "month")]


def test_an_estonian_julian_day_with_its_full_stops_reads_the_new_style():
    assert _read("raad rüütelkonnale, 12. (24.) märtsil 1862") == [("1862-03-24", "1862-03-24", "day")]


def test_a_russian_julian_day_without_full_stops_still_reads_the_new_style():
    assert _read("Письмо, 12 (24) октября 1873 г.") == [("1873-10-24", "1873-10-24", "day")]


def test_the_year_first_with_a_comma_then_month_and_day_is_the_day():
    assert _read("causa criminal contra Pedro Mina, 1785, mayo 12.") == [("1785-05-12", "1785-05-12", "day")]


def test_a_year_and_comma_before_a_full_date_stays_a_year():
    assert _read("vol. 1920, March 3, 1921")[-1] == ("1921-03-03", "1921-03-03", "day")
