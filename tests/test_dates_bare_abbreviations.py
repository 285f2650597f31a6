"""A month abbreviated without its full stop between a day and a year, and days joined by an ampersand."""

from histkit.dates import find_dates


def _read(text: str) -> list[tuple[str, str, str, str]]:
    return [(d.surface, d.date_start, d.date_end, d.precision) for d in find_dates(text)]


def test_a_day_and_an_english_month_abbreviated_without_a_stop_is_that_day():
    assert _read("letter, 14 Aug 1914, f. 3") == [("14 Aug 1914", "1914-08-14", "1914-08-14", "day")]


def test_a_german_month_abbreviated_without_a_stop_is_read_too():
    assert _read("Bericht vom 3 Okt 1944") == [("3 Okt 1944", "1944-10-03", "1944-10-03", "day")]


def test_an_abbreviation_without_a_stop_and_without_a_year_is_no_date():
    assert _read("the 12 Jan conference") == []


def test_two_days_joined_by_an_ampersand_are_one_span():
    assert _read("12 & 13 March 1920") == [("12 & 13 March 1920", "1920-03-12", "1920-03-13", "day")]
