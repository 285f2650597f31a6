"""Dates round 6: years and months of the French republican calendar named without a day."""

from histkit.dates.republican import find_republican_units


def _read(text):
    return [(d.surface, d.date_start, d.date_end, d.precision) for d in find_republican_units(text)]


def test_a_republican_year_runs_from_its_first_vendemiaire_and_its_article_is_out():
    assert _read("La Constitution de l'an VIII fut promulguée.") == [("an VIII", "1799-09-23", "1800-09-22", "year")]


def test_a_republican_month_and_year_are_its_thirty_days():
    assert _read("approuvée en pluviôse an VIII") == [("pluviôse an VIII", "1800-01-21", "1800-02-19", "month")]


def test_two_republican_years_joined_by_et_are_one_span():
    assert _read("Entre l'an II et l'an X, le décadi") == [("an II et l'an X", "1793-09-22", "1802-09-22", "year")]


def test_the_last_republican_year_ends_with_the_calendar():
    assert _read("en l'an XIV") == [("an XIV", "1805-09-23", "1805-12-31", "year")]


def test_an_english_article_before_a_roman_numeral_word_is_no_year():
    assert _read("an X-ray of an Xmas card") == []
