"""Dates in each calendar's and language's forms (generality round 6, in-sample): Buddhist Era years with and
without their mark, Thai, Persian and Belarusian month names, `and` between two days in Thai and Persian; each on
invented input."""

from histkit.dates import find_dates


def spans(text):
    return [(d.date_start, d.date_end, d.precision) for d in find_dates(text)]


def test_a_buddhist_era_year_after_its_mark_is_the_gregorian_year_543_years_before():
    assert spans("หนังสือ, 4 มิถุนายน พ.ศ. 2481") == [("1938-06-04", "1938-06-04", "day")]


def test_the_surface_of_a_buddhist_era_date_is_the_text_as_written():
    assert [d.surface for d in find_dates("รายงาน, 4 มิถุนายน พ.ศ. 2481.")] == ["4 มิถุนายน พ.ศ. 2481"]


def test_a_span_of_buddhist_era_years_gives_both_gregorian_years():
    assert spans("บันทึก, พ.ศ. 2470–2472") == [("1927-01-01", "1929-12-31", "year")]


def test_a_buddhist_era_year_after_a_thai_month_without_its_mark():
    assert spans("ตุลาคม 2490") == [("1947-10-01", "1947-10-31", "month")]


def test_two_days_of_one_thai_month_joined_by_and():
    assert spans("5 และ 20 สิงหาคม พ.ศ. 2490") == [("1947-08-05", "1947-08-20", "day")]


def test_a_year_of_an_era_written_with_the_year_mark_is_read_as_before():
    assert spans("단기 4285년 3월 1일") == [("1952-03-01", "1952-03-01", "day")]


def test_a_four_digit_number_after_thai_words_that_is_no_buddhist_era_year_stays_no_date():
    assert spans("กล่อง 2480") == []


def test_persian_names_of_the_gregorian_months_with_a_day_and_a_month():
    assert spans("گزارش، 9 اکتبر 1951") == [("1951-10-09", "1951-10-09", "day")]
    assert spans("نامه، فوریه 1936") == [("1936-02-01", "1936-02-29", "month")]


def test_a_solar_hijri_date_with_the_gregorian_in_brackets_gives_the_gregorian_day():
    assert spans("نامه، 3 آذر 1320 (24 نوامبر 1941)") == [("1941-11-24", "1941-11-24", "day")]


def test_two_days_of_one_month_joined_by_the_persian_and():
    assert spans("4 و 18 مارس 1933") == [("1933-03-04", "1933-03-18", "day")]


def test_belarusian_month_names_in_the_genitive_and_the_nominative():
    assert spans("ліст, 7 чэрвеня 1931 г.") == [("1931-06-07", "1931-06-07", "day")]
    assert spans("пратакол, студзень 1924 г.") == [("1924-01-01", "1924-01-31", "month")]


def test_three_days_of_one_month_listed_with_commas_and_and_are_one_span():
    assert spans("rapports des 4, 11 et 25 mars 1949") == [("1949-03-04", "1949-03-25", "day")]


def test_a_day_and_a_roman_month_day_joined_by_and_are_one_span():
    assert spans("oficios de 3 y 18-VI-1871") == [("1871-06-03", "1871-06-18", "day")]


def test_a_number_after_a_page_abbreviation_is_no_listed_day():
    assert spans("p. 4, 11 and 25 March 1949") == [("1949-03-11", "1949-03-25", "day")]


def test_a_file_number_and_a_comma_before_one_day_lists_nothing():
    assert spans("Dosya 14, 25 Mart 1921") == [("1921-03-25", "1921-03-25", "day")]


def test_an_old_style_day_before_a_new_style_day_of_the_next_month_in_brackets_gives_the_new_style_day():
    assert spans("донесение, 30 сентября (13 октября) 1912 г.") == [("1912-10-13", "1912-10-13", "day")]


def test_an_old_style_day_with_the_new_style_day_of_the_same_month_in_brackets_is_read_as_before():
    assert spans("рапорт 5 (18) марта 1917 г.") == [("1917-03-18", "1917-03-18", "day")]


def test_an_old_style_day_with_a_full_stop_before_a_bracketed_new_style_day_with_one_gives_the_new_style_day():
    assert spans("izveštaj, 30. septembra (13. oktobra) 1912.") == [("1912-10-13", "1912-10-13", "day")]


def test_a_bracketed_year_is_no_new_style_day_and_the_date_before_it_is_read():
    assert spans("izveštaj, 30. septembra 1912 (1913)") == [("1912-09-30", "1912-09-30", "day"), ("1913-01-01", "1913-12-31", "year")]
