"""Month names of the languages dateparser knows beyond the first thirty: a date in them is a day, not a year."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.dates import find_dates


def _days(text: str) -> list[str]:
    return [d.date_start for d in find_dates(text) if d.precision == "day"]


def test_a_finnish_day_in_the_partitive():
    assert _days("kirje 12. lokakuuta 1940") == ["1940-10-12"]


def test_an_icelandic_day():
    assert _days("lýðveldið var stofnað 17. júní 1944") == ["1944-06-17"]


def test_a_hindi_month_name_with_the_day_and_year():
    assert _days("12 मार्च 1940 को") == ["1940-03-12"]


def test_a_swahili_day():
    assert _days("barua ya 12 Machi 1940") == ["1940-03-12"]


def test_a_hindi_newspaper_issue_with_its_town_in_brackets_is_the_press_not_a_reference():
    notes = pd.DataFrame({"doc_id": "d", "note_no": ["1"], "text": ["प्रताप (कानपुर), ७ फ़रवरी १९२१, पृ. ३."]})
    tables = extract_citations(notes)
    assert list(tables.citations.kind) == ["press"] and tables.references.empty


def test_a_date_in_devanagari_digits_is_read_and_keeps_its_surface():
    dates = find_dates("पत्र, ७ फ़रवरी १९२१")
    assert [(d.surface, d.date_start) for d in dates] == [("७ फ़रवरी १९२१", "1921-02-07")]


def test_a_solar_hijri_day_in_persian_digits_is_its_gregorian_day():
    assert _days("نامه، ۱۲ فروردین ۱۳۰۰") == ["1921-04-01"]


def _years(text: str) -> list[tuple[str, str]]:
    return [(d.date_start, d.date_end) for d in find_dates(text)]


def test_a_year_marked_solar_hijri_is_the_gregorian_year_it_opens_in():
    assert _years("گزارش سال ۱۳۲۰ ش.") == [("1941-01-01", "1941-12-31")]


def test_a_span_of_years_marked_hijri_is_the_span_of_gregorian_years_they_open_in():
    assert _years("the waqf registers of 1342–43 AH") == [("1923-01-01", "1924-12-31")]


def test_a_hijri_year_with_the_gregorian_after_a_slash_is_read_as_the_pair_it_was():
    assert _years("1325 Sh./1946–47") == [("1946-01-01", "1947-12-31")]
