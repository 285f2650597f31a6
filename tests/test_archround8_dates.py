"""Dates in each language's forms (generality round 8, in-sample): Vietnamese months without a day and two days of
one month, Malay month names, a span of two months under one year, `and` between two days in Ukrainian and Slovene;
each on invented input."""

from histkit.dates import find_dates


def spans(text):
    return [(d.date_start, d.date_end, d.precision) for d in find_dates(text)]


def test_a_vietnamese_month_and_year_without_a_day():
    assert spans("báo cáo tháng 4 năm 1962") == [("1962-04-01", "1962-04-30", "month")]


def test_two_vietnamese_days_of_one_month_are_a_span():
    assert spans("công văn ngày 7 và 21 tháng 10 năm 1955") == [("1955-10-07", "1955-10-21", "day")]


def test_two_vietnamese_days_each_with_its_word():
    assert spans("ngày 2 và ngày 9 tháng 1 năm 1960") == [("1960-01-02", "1960-01-09", "day")]


def test_a_malay_month_name():
    assert spans("surat, 9 Julai 1950") == [("1950-07-09", "1950-07-09", "day")]


def test_a_span_of_two_months_with_the_year_once():
    assert spans("minit, Mac–Ogos 1951") == [("1951-03-01", "1951-08-31", "month")]


def test_a_span_of_months_backwards_is_no_span():
    assert ("1949-11-01", "1949-02-28", "month") not in spans("November–February 1949")


def test_two_ukrainian_days_joined_by_ta():
    assert spans("протоколи, 8 та 22 березня 1930 р.") == [("1930-03-08", "1930-03-22", "day")]


def test_two_slovene_days_joined_by_in():
    assert spans("zapisnika z dne 5. in 19. junija 1925") == [("1925-06-05", "1925-06-19", "day")]


def test_a_roman_month_and_year_opening_a_part_is_a_month():
    assert spans("relacja spisana w Krakowie, XI 1945.") == [("1945-11-01", "1945-11-30", "month")]


def test_a_roman_numeral_after_a_word_is_a_volume_not_a_month():
    assert spans("t. VI 1946") == [("1946-01-01", "1946-12-31", "year")]
