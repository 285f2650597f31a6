"""Dates in each calendar's and language's forms (generality round 7, in-sample): Uzbek year-first dates, Korean era
years, the same year in another count in brackets, Mongolian year and month marks, Levantine and Iraqi month names,
a Hijri year with its Gregorian span, English Old Style double years, an ordinal day typed with a degree sign; each on
invented input."""

from histkit.dates import find_dates


def spans(text):
    return [(d.date_start, d.date_end, d.precision) for d in find_dates(text)]


def test_an_uzbek_year_then_a_day_joined_to_its_month_by_a_hyphen():
    assert spans("majlis bayonnomasi, 1931-yil 4-may") == [("1931-05-04", "1931-05-04", "day")]


def test_an_uzbek_year_then_a_month():
    assert spans("hisobot, 1928-yil oktabr") == [("1928-10-01", "1928-10-31", "month")]


def test_a_korean_gwangmu_year_is_the_gregorian_year_1896_after():
    assert spans("광무 5년 3월 2일") == [("1901-03-02", "1901-03-02", "day")]


def test_the_gregorian_year_in_brackets_after_an_era_year_does_not_cut_the_date():
    assert spans("광무 5년(1901) 3월") == [("1901-03-01", "1901-03-31", "month")]


def test_an_era_year_in_brackets_after_the_gregorian_year_does_not_cut_the_date():
    assert spans("1960年（昭和35年）2月") == [("1960-02-01", "1960-02-29", "month")]


def test_a_mongolian_year_and_month_with_their_marks():
    assert spans("1952 оны 3 дугаар сар") == [("1952-03-01", "1952-03-31", "month")]


def test_an_iraqi_month_name():
    assert spans("تقرير، 3 آذار 1930") == [("1930-03-03", "1930-03-03", "day")]


def test_a_two_word_levantine_month_name():
    assert spans("رسالة، 9 تشرين الثاني 1928") == [("1928-11-09", "1928-11-09", "day")]


def test_a_hijri_year_with_its_mark_then_a_slash_and_the_gregorian_years():
    assert spans("ملف 3/4، 1340هـ/1921–1922م") == [("1921-01-01", "1922-12-31", "year")]


def test_an_old_style_double_year_is_read_as_the_new_style_year():
    assert spans("vestry book, 3 March 1719/20") == [("1720-03-03", "1720-03-03", "day")]


def test_a_slash_after_a_year_that_is_not_the_next_year_is_no_double_year():
    assert spans("accounts, March 1719/25") == []


def test_an_ordinal_day_typed_with_a_degree_sign_opens_a_list_of_days():
    assert spans("telegrammi, 1° e 9 agosto 1921") == [("1921-08-01", "1921-08-09", "day")]


def test_the_arabic_uzbek_and_mongolian_no_date_marks_say_undated():
    from histkit.dates import says_undated
    assert [says_undated(t) for t in ("ملف 3، بدون تاريخ.", "7-yig'ma jild, sanasiz.", "х/н 5, огноогүй.")] == [True] * 3
