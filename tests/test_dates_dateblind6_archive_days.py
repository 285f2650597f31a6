"""Dates round 6: the days archives write with a Roman month, and other calendars' days with a short year."""

from histkit.dates import find_dates
from histkit.dates.search import names_a_year


def _read(text):
    return [(d.surface, d.date_start, d.precision) for d in find_dates(text)]


def test_a_roman_month_between_a_slash_and_a_hyphen_is_a_day():
    assert _read("zpráva ze dne 3/IV-1939.") == [("3/IV-1939", "1939-04-03", "day")]


def test_a_roman_month_with_a_two_digit_year_is_a_day_of_the_twentieth_century():
    assert _read("rozkaz ze dne 5-VI-45; telegram 10.XI.38") == [("5-VI-45", "1945-06-05", "day"),
                                                                   ("10.XI.38", "1938-11-10", "day")]


def test_a_stop_and_a_space_may_part_a_roman_month_from_its_short_year():
    assert _read("telegram 8. V. 45, 22.15 hod.") == [("8. V. 45", "1945-05-08", "day")]


def test_a_signature_with_two_separators_and_a_short_number_is_no_day():
    assert _read("Belgija, 11/II-15, Biografija") == []


def test_a_number_going_on_after_the_short_year_is_no_day():
    assert _read("par. 5.V.12.3 and t. 2.IV.13a") == []


def test_the_year_a_roman_month_and_the_day_with_spaces_are_a_day_without_the_sentence_stop():
    assert _read("hlášení 1921 V 5 a Vermerk 1938 XI 12.") == [("1921 V 5", "1921-05-05", "day"),
                                                               ("1938 XI 12", "1938-11-12", "day")]


def test_a_republican_day_names_a_year_though_no_four_digits_stand_in_its_paragraph():
    assert names_a_year("le 9 thermidor an II, la réaction") and names_a_year("rozkaz 5-VI-45")
