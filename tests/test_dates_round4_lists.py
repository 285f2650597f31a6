"""Dates of one document joined by a word for "and", and the Armenian year with its month (rounds 1-4 of the blind
fixtures, in-sample), on invented input."""

from histkit.dates import find_date_groups, find_dates


def spans(text):
    return [(d.surface, d.date_start, d.date_end, d.precision) for d in find_date_groups(text)]


def test_two_whole_days_joined_by_and_are_one_span_from_the_first_to_the_last():
    assert spans("Protokoll, 2.05.1921 ja 7.06.1921.") == [("2.05.1921 ja 7.06.1921", "1921-05-02", "1921-06-07", "day")]
    assert spans("File 12, 3–5 March 1931 and 9 March 1931") == \
        [("3–5 March 1931 and 9 March 1931", "1931-03-03", "1931-03-09", "day")]


def test_two_whole_days_stay_apart_when_words_part_them_or_the_later_comes_first():
    assert len(spans("A to B 2.05.1921 ja C to D 7.06.1921")) == 2
    assert len(spans("7.06.1921 ja 2.05.1921")) == 2


def test_find_dates_still_gives_each_day_of_the_pair():
    assert [d.date_start for d in find_dates("2.05.1921 ja 7.06.1921")] == ["1921-05-02", "1921-06-07"]


def test_days_of_one_month_joined_by_a_scandinavian_and_are_a_list():
    assert spans("brev 3 och 5 mars 1943")[0][1:3] == ("1943-03-03", "1943-03-05")


def test_an_armenian_year_with_its_word_and_a_month_in_the_nominative_is_that_month():
    assert spans("1925 թ. հունիս") == [("1925 թ. հունիս", "1925-06-01", "1925-06-30", "month")]


def test_a_year_month_and_day_with_full_stops_is_a_day():
    assert spans("관리번호 BA0012345, 1951.3.9.") == [("1951.3.9", "1951-03-09", "1951-03-09", "day")]
    assert spans("1956. 10. 23.")[0][1] == "1956-10-23"


def test_a_dotted_date_after_a_word_is_a_signature_not_a_day():
    assert all(d.precision != "day" for d in find_dates("GV c 1937.03.12, carta"))


def test_a_slashed_date_after_the_vietnamese_word_for_day_is_read_day_first():
    assert spans("Công văn số 45, ngày 3/11/1954.")[0][1] == "1954-11-03"
    assert spans("letter of 3/11/1954")[0][1] == "1954-03-11"  # (without it, the American month first)


def test_an_islamic_year_a_slash_and_its_gregorian_years_are_the_gregorian_years():
    assert spans("sijill 12, 1281/1864–65.") == [("1281/1864–65", "1864-01-01", "1865-12-31", "year")]
    assert spans("1330 Sh./1951–52")[0][1:3] == ("1951-01-01", "1952-12-31")


def test_a_number_a_slash_and_a_year_too_far_apart_for_two_calendars_are_no_date():
    assert spans("1400/1500") == []
