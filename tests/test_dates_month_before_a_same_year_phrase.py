"""A month named alone before a phrase for *the same year* (`октябрём того же года`, `v srpnu téhož roku`) is a month
of the year of the date before (the date rounds' rule 150), as one after a lead word is; Czech `do` and `asi` lead
into a month (`snad do ledna`: the bound named, rule 154); the Russian instrumental names a month (`октябрём`)."""

import pytest

from histkit.dates.baremonths import find_bare_months
from histkit.dates.search import find_dates
from histkit.dates.words import month_of


def _months(text):
    return [(d.surface, d.date_start) for d in find_bare_months(text, find_dates(text))]


@pytest.mark.parametrize("text, rows", [
    ("Письмо написано около 15 сентября 1919 г.; его прежде датировали октябрём того же года.",
     [("октябрём", "1919-10-01")]),
    ("Editoři jej kladou do počátku roku 1415, snad do ledna.", [("ledna", "1415-01-01")]),
    ("The letter of 3 May 1920 was answered in June of the same year.", [("June", "1920-06-01")]),
])
def test_a_month_alone_is_read_after_a_lead_word_or_before_a_same_year_phrase(text, rows):
    assert _months(text) == rows


def test_a_month_before_a_same_year_phrase_with_no_date_before_it_is_none():
    assert _months("Его датировали октябрём того же года.") == []


def test_the_russian_instrumental_names_its_month():
    assert (month_of("октябрём"), month_of("декабрем"), month_of("маем")) == (10, 12, 5)
