"""Dates whose parts are joined by a word, whose day carries an ordinal ending (joining_words.csv, numeral_marks.csv),
or whose Old Style day stands before the New Style one in another bracket or order, or two days of one night.

Each form below was read before as its year or its month alone: the day was lost.
"""

from conftest import dates_read as _read


def test_a_day_whose_year_follows_del_is_that_day():
    assert _read("il 20 ottobre del 1934") == [("20 ottobre del 1934", "1934-10-20", "1934-10-20", "day")]


def test_a_month_whose_year_follows_del_is_that_month():
    assert _read("nel maggio del 1915") == [("maggio del 1915", "1915-05-01", "1915-05-31", "month")]


def test_a_maltese_day_joined_to_its_month_by_ta_is_that_day():
    assert _read("12 ta' Marzu 1919") == [("12 ta' Marzu 1919", "1919-03-12", "1919-03-12", "day")]


def test_a_russian_day_in_the_genitive_ordinal_is_that_day():
    assert _read("12-го июня 1876 г.") == [("12-го июня 1876 г.", "1876-06-12", "1876-06-12", "day")]


def test_a_bulgarian_ordinal_day_of_june_is_that_day():
    assert _read("на 12-ти юни 1876") == [("12-ти юни 1876", "1876-06-12", "1876-06-12", "day")]


def test_a_mongolian_day_after_the_month_of_the_year_is_that_day():
    assert _read("1921 оны 7 дугаар сарын 11-нд") == [
        ("1921 оны 7 дугаар сарын 11-нд", "1921-07-11", "1921-07-11", "day")]


def test_a_mongolian_month_with_its_abbreviated_ordinal_takes_its_day():
    assert _read("2023 оны 3-р сарын 5") == [("2023 оны 3-р сарын 5", "2023-03-05", "2023-03-05", "day")]


def test_an_old_style_day_with_the_new_style_in_square_brackets_is_the_new_style_day():
    assert _read("on 25 October [7 November] 1917") == [("25 October [7 November] 1917", "1917-11-07", "1917-11-07", "day")]


def test_an_old_style_date_written_month_first_is_the_new_style_day():
    assert _read("October 25 (November 7), 1917") == [("October 25 (November 7), 1917", "1917-11-07", "1917-11-07", "day")]


def test_a_latvian_year_and_month_without_a_day_is_that_month():
    assert _read("1920. gada maijā") == [("1920. gada maijā", "1920-05-01", "1920-05-31", "month")]


def test_two_days_in_a_row_a_slash_apart_are_a_nights_span():
    assert _read("in der Nacht vom 9./10. November 1938")[-1][1:] == ("1938-11-09", "1938-11-10", "day")


def test_two_numbers_in_a_row_after_an_abbreviated_label_are_no_nights_span():
    assert _read("f. 12/13 May 1920") == [("May 1920", "1920-05-01", "1920-05-31", "month")]
