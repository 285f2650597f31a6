"""Dates of archival round 12 read in-sample: Kazakh and Estonian forms, spans between two whole dates, a small Roman
month between full stops."""

from histkit.dates import find_date_groups


def _spans(text: str) -> list[tuple[str, str]]:
    return [(d.date_start, d.date_end) for d in find_date_groups(text)]


def test_a_kazakh_date_with_the_word_for_year_before_day_and_month():
    assert _spans("хабарламасы, 1932 жылғы 12 наурыз.") == [("1932-03-12", "1932-03-12")]


def test_a_kazakh_month_after_the_abbreviated_word_for_year():
    assert _spans("(ШҚОМА, 1-қор, 1930 ж. қазан)") == [("1930-10-01", "1930-10-31")]


def test_an_estonian_month_in_the_elative_after_the_word_for_year():
    assert _spans("mõlemad 1918. aasta oktoobrist.") == [("1918-10-01", "1918-10-31")]


def test_two_estonian_days_of_may_in_the_adessive():
    assert _spans("protokoll, 3. ja 17. mail 1919") == [("1919-05-03", "1919-05-17")]


def test_two_whole_dates_each_with_a_word_for_year_and_joined_by_and_are_one_span():
    assert _spans("12.03.1930 ж. және 17.03.1930 ж. хаттамалар") == [("1930-03-12", "1930-03-17")]


def test_a_month_to_a_month_of_the_next_year_is_one_span():
    assert _spans("correspondência de Outubro de 1835 a Março de 1836.") == [("1835-10-01", "1836-03-31")]


def test_a_small_roman_month_between_full_stops():
    assert _spans("Malaita to Resident Commissioner, 14.iii.1927.") == [("1927-03-14", "1927-03-14")]


def test_a_small_roman_letter_after_a_space_is_no_month():
    assert _spans("pp. 5 i 1927") == [("1927-01-01", "1927-12-31")]


def test_an_old_style_day_and_its_new_style_day_each_with_an_ordinal_full_stop():
    assert _spans("kiri rektorile, 12./25. märtsil 1917.") == [("1917-03-25", "1917-03-25")]
