"""Dates of Azerbaijani, Indonesian, Georgian and Armenian (month names and a word after the year), and dates whose
numbers carry their marks (Chinese, Japanese, Korean, Vietnamese), from data/dates (generality round 4's misses)."""

import pytest

from histkit.dates import find_dates, parse_date


@pytest.mark.parametrize("text, day", [
    ("1920-ci il 4 aprel", "1920-04-04"),
    ("1918 წლის 26 მაისი", "1918-05-26"),
    ("1921 թ. մարտի 5", "1921-03-05"),
    ("3 Agustus 1951", "1951-08-03"),
])
def test_a_year_with_its_word_or_a_day_and_month_of_more_languages_is_a_day(text, day):
    value = parse_date(text)
    assert (value.start, value.precision) == (day, "day")


@pytest.mark.parametrize("text, start, precision", [
    ("1948年5月14日", "1948-05-14", "day"),
    ("1950년 6월 25일", "1950-06-25", "day"),
    ("1936年7月", "1936-07-01", "month"),
])
def test_a_year_month_and_day_each_with_its_mark_after_the_number_is_read(text, start, precision):
    value = parse_date(text)
    assert (value.start, value.precision) == (start, precision)


def test_a_vietnamese_day_month_and_year_each_after_its_word_is_a_day():
    found = find_dates("Báo cáo, ngày 3 tháng 5 năm 1937.")
    assert [(d.surface, d.date_start) for d in found] == [("3 tháng 5 năm 1937", "1937-05-03")]


@pytest.mark.parametrize("text, start, end", [
    ("7 і 14 листопада 1942 р.", "1942-11-07", "1942-11-14"),
    ("4 dan 11 Oktober 1940", "1940-10-04", "1940-10-11"),
    ("3 e 18 de abril de 1913", "1913-04-03", "1913-04-18"),
])
def test_two_days_of_one_month_joined_by_a_word_for_and_start_at_the_first(text, start, end):
    found = find_dates(text)
    assert [(d.date_start, d.date_end) for d in found] == [(start, end)]


@pytest.mark.parametrize("text, day", [("12/XI/1922", "1922-11-12"), ("12/VI/1885", "1885-06-12")])
def test_a_day_roman_month_and_year_between_slashes_is_a_day(text, day):
    value = parse_date(text)
    assert (value.start, value.precision) == (day, "day")


def test_spanish_days_joined_by_y_start_at_the_first():
    found = find_dates("18 y 20 de julio de 1904")
    assert [(d.date_start, d.date_end) for d in found] == [("1904-07-18", "1904-07-20")]


def test_a_range_of_days_after_the_year_and_its_word_is_a_range():
    value = parse_date("1919-cu il 1–3 iyun")
    assert (value.start, value.end, value.precision) == ("1919-06-01", "1919-06-03", "day")


@pytest.mark.parametrize("text, start, precision", [
    ("昭和13年3月1日", "1938-03-01", "day"),
    ("단기 4283년 7월 3일", "1950-07-03", "day"),
    ("民国37年12月", "1948-12-01", "month"),
    ("昭和12年", "1937-01-01", "year"),
])
def test_a_year_counted_in_an_era_is_its_gregorian_year(text, start, precision):
    found = find_dates(f"文書, {text}.")
    assert [(d.date_start, d.precision) for d in found] == [(start, precision)]


@pytest.mark.parametrize("text, start, precision", [
    ("昭和十一年十一月二十五日", "1936-11-25", "day"),
    ("民国三十七年十二月", "1948-12-01", "month"),
])
def test_an_era_date_in_chinese_numerals_is_read(text, start, precision):
    found = find_dates(f"文書, {text}.")
    assert [(d.date_start, d.precision) for d in found] == [(start, precision)]
