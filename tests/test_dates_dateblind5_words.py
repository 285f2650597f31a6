"""Dates round 5's languages as data: words for "to" between a span's ends (to_words.csv), decade and century words
(decade_words.csv, century_words.csv, century_ordinals.csv, numeral_marks.csv), month cases (months.csv), year
words inside a year-first day (year_words.csv) and the Urdu year's glued mark."""

import pytest

from histkit.dates import find_dates
from histkit.dates.centuries import find_centuries


def _read(text):
    return [(d.surface, d.date_start, d.date_end) for d in find_dates(text)]


@pytest.mark.parametrize("text, surface, start, end", [
    ("Bu'r gwaith o 1 Ebrill hyd 30 Mehefin 1950.", "1 Ebrill hyd 30 Mehefin 1950", "1950-04-01", "1950-06-30"),
    ("A folga durou dende 1950 ata 1953.", "1950 ata 1953", "1950-01-01", "1953-12-31"),
    ("Tumagal ito mula 1950 hanggang 1953.", "1950 hanggang 1953", "1950-01-01", "1953-12-31"),
    ("Вайна ішла з 1 мая 1950 па 3 ліпеня 1951 г.", "1 мая 1950 па 3 ліпеня 1951 г.", "1950-05-01", "1951-07-03"),
    ("போர் 1950 முதல் 1953 வரை நடந்தது.", "1950 முதல் 1953", "1950-01-01", "1953-12-31"),
    ("സമരം 1950 മുതൽ 1953 വരെ നീണ്ടു.", "1950 മുതൽ 1953", "1950-01-01", "1953-12-31"),
])
def test_a_word_for_to_between_two_ends_makes_one_span(text, surface, start, end):
    assert _read(text) == [(surface, start, end)]


@pytest.mark.parametrize("text, surface, start", [
    ("Yn y 1950au tyfodd y dref.", "1950au", "1950-01-01"),
    ("Noong dekada 1950 lumago ang lungsod.", "dekada 1950", "1950-01-01"),
    ("Byen vokste i 1950-årene.", "1950-årene", "1950-01-01"),
    ("У 1950-я гады горад вырас.", "1950-я гады", "1950-01-01"),
    ("1950-жылдары қала өсті.", "1950-жылдары", "1950-01-01"),
    ("1950ء کی دہائی میں شہر بڑھا۔", "1950ء کی دہائی", "1950-01-01"),
    ("1950களில் நகரம் வளர்ந்தது.", "1950களில்", "1950-01-01"),
    ("1950-കളിൽ നഗരം വളർന്നു.", "1950-കളിൽ", "1950-01-01"),
    ("၁၉၅၀ ပြည့်လွန်နှစ်များ တွင်", "၁၉၅၀ ပြည့်လွန်နှစ်များ", "1950-01-01"),
    ("1950-ci illərdə şəhər böyüdü.", "1950-ci illərdə", "1950-01-01"),
])
def test_a_decade_word_makes_the_year_its_decade(text, surface, start):
    assert _read(text) == [(surface, start, start[:3] + "9-12-31")]


@pytest.mark.parametrize("text, surface, start", [
    ("yn y 18fed ganrif", "18fed ganrif", "1700-01-01"),
    ("yn yr ugeinfed ganrif", "ugeinfed ganrif", "1900-01-01"),
    ("fis-seklu tmintax", "seklu tmintax", "1700-01-01"),
    ("noong ika-18 na siglo", "18 na siglo", "1700-01-01"),
    ("XVIII ғасырдың соңында", "XVIII ғасырдың", "1700-01-01"),
    ("XVIII əsrdə", "XVIII əsrdə", "1700-01-01"),
    ("اٹھارویں صدی میں", "اٹھارویں صدی", "1700-01-01"),
    ("18ஆம் நூற்றாண்டில்", "18ஆம் நூற்றாண்டில்", "1700-01-01"),
    ("18-ാം നൂറ്റാണ്ടിൽ", "18-ാം നൂറ്റാണ്ടിൽ", "1700-01-01"),
    ("၁၈ ရာစု တွင်", "၁၈ ရာစု", "1700-01-01"),
])
def test_a_century_word_with_its_number_or_ordinal_names_the_hundred_years(text, surface, start):
    assert [(c.surface, c.date_start) for c in find_centuries(text)] == [(surface, start)]


@pytest.mark.parametrize("text, surface, day", [
    ("Жиын 1950 жылғы 3 наурызда өтті.", "1950 жылғы 3 наурызда", "1950-03-03"),
    ("Sənəd 1950-ci il martın 3-də imzalandı.", "1950-ci il martın 3-də", "1950-03-03"),  # (the table drops -də)
    ("၁၉၅၀ ခုနှစ် မတ်လ ၃ ရက်တွင်", "၁၉၅၀ ခုနှစ် မတ်လ ၃ ရက်", "1950-03-03"),
])
def test_a_year_first_day_with_the_year_word_inside_is_read_whole(text, surface, day):
    assert _read(text) == [(surface, day, day)]


def test_a_kazakh_month_in_the_locative_after_the_year_word_is_that_month():
    assert _read("1950 жылы наурызда") == [("1950 жылы наурызда", "1950-03-01", "1950-03-31")]


def test_the_urdu_gregorian_mark_glued_to_a_year_is_in_its_surface_and_joins_a_span():
    assert _read("3 مارچ 1950ء کو") == [("3 مارچ 1950ء", "1950-03-03", "1950-03-03")]
    assert _read("1950ء سے 1953ء تک") == [("1950ء سے 1953ء", "1950-01-01", "1953-12-31")]


def test_a_decade_word_after_a_space_is_a_whole_word_so_a_year_before_another_word_stays_a_year():
    assert _read("im September 1955 aus Moskau") == [("September 1955", "1955-09-01", "1955-09-30")]


def test_a_norwegian_year_with_its_decade_suffix_after_a_capital_i_is_no_roman_month():
    assert _read("I 1950-årene vokste byen.") == [("1950-årene", "1950-01-01", "1959-12-31")]


def test_a_tamil_month_name_inside_a_word_is_no_month():
    assert _read("சுமார் 1921 இல்") == [("1921", "1921-01-01", "1921-12-31")]


def test_a_kazakh_month_with_its_possessive_and_case_ending_is_that_month():
    assert _read("1950 жылдың 3 наурызынан бастап") == [("1950 жылдың 3 наурызынан", "1950-03-03", "1950-03-03")]
