"""A night's first day written by its number alone before the date of its second is the span of the two days (the date
rounds' rules 28 and 160): `in der Nacht vom 27. auf den 28. Februar 1933`, `в ночь с 8 на 9 января 1905 г.`."""

import pytest

from histkit.dates import find_dates


def _dates(text):
    return [(d.surface, d.date_start, d.date_end) for d in find_dates(text)]


@pytest.mark.parametrize("text, row", [
    ("In der Nacht vom 27. auf den 28. Februar 1933 brannte der Reichstag.",
     ("27. auf den 28. Februar 1933", "1933-02-27", "1933-02-28")),
    ("В ночь с 8 на 9 января 1905 г. Гапон составил петицию.", ("8 на 9 января 1905 г.", "1905-01-08", "1905-01-09")),
    ("In de nacht van 9 op 10 mei 1940 trokken de troepen de grens over.",
     ("9 op 10 mei 1940", "1940-05-09", "1940-05-10")),
])
def test_a_nights_bare_first_day_opens_the_span_of_its_two_days(text, row):
    assert _dates(text) == [row]


def test_a_number_before_a_day_that_does_not_follow_it_is_no_night():
    assert _dates("In der Nacht vom 3. auf den 28. Februar 1933 geschah nichts.") == [
        ("28. Februar 1933", "1933-02-28", "1933-02-28")]


def test_a_bare_number_joined_to_a_day_without_a_word_for_night_is_no_night():
    assert _dates("Stimmen 9 op 10 mei 1940 geteld.") == [("10 mei 1940", "1940-05-10", "1940-05-10")]
