"""Dates among the numbers of economic and social history (date round 12): quarters named by the statistical offices'
words, spans of months, years written with a thousands separator, and the numbers beside them that are no dates."""

import pytest

from histkit import Document, analyse_layout, dates_table


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return table[["surface", "date_start", "date_end", "precision"]].values.tolist()


@pytest.mark.parametrize("text, surface, start, end", [
    ("Der Index fiel im 2. Vierteljahr 1931 weiter.", "2. Vierteljahr 1931", "1931-04-01", "1931-06-30"),
    ("Der Absatz stieg im ersten Quartal 1931.", "ersten Quartal 1931", "1931-01-01", "1931-03-31"),
    ("De omzet daalde in het vierde kwartaal van 1931.", "vierde kwartaal van 1931", "1931-10-01", "1931-12-31"),
    ("Sales rose in the 2nd quarter of 1931.", "2nd quarter of 1931", "1931-04-01", "1931-06-30"),
])
def test_a_quarter_in_the_words_of_statistical_offices_is_its_three_months(text, surface, start, end):
    assert _table(text) == [[surface, start, end, "month"]]


@pytest.mark.parametrize("text, surface, start, end", [
    ("Prices were collected between March and October 1904.", "March and October 1904", "1904-03-01", "1904-10-31"),
    ("Der Index stieg zwischen März und Oktober 1923.", "März und Oktober 1923", "1923-03-01", "1923-10-31"),
    ("Los precios bajaron de julio a noviembre de 1931.", "julio a noviembre de 1931", "1931-07-01", "1931-11-30"),
    ("Il cambio resse da gennaio a giugno 1927.", "gennaio a giugno 1927", "1927-01-01", "1927-06-30"),
])
def test_a_month_before_another_of_one_year_after_between_or_from_is_the_span_of_the_months(text, surface, start, end):
    assert _table(text) == [[surface, start, end, "month"]]


def test_two_months_joined_by_and_without_a_word_for_between_are_no_span():
    # (a list: each month its row, March in October's year, rule 36)
    assert _table("Strikes broke out in March and October 1904.") == [["March", "1904-03-01", "1904-03-31", "month"],
                                                                       ["October 1904", "1904-10-01", "1904-10-31", "month"]]


def test_a_romance_a_between_months_without_a_word_for_from_is_no_span():
    assert _table("Il 5 di gennaio a giugno 1927 no.")[-1] == ["giugno 1927", "1927-06-01", "1927-06-30", "month"]


def test_a_word_that_opens_a_night_makes_no_span_of_two_months():
    # (`z` is "of" here: a list of two months, a row each, rule 36)
    assert _table("depesze z lipca i sierpnia 1948 r.") == [["lipca", "1948-07-01", "1948-07-31", "month"],
                                                            ["sierpnia 1948 r.", "1948-08-01", "1948-08-31", "month"]]


@pytest.mark.parametrize("text", [
    "Feinstein, National Income, Table 1929, col. 4.",
    "AAN, MPiH, tabl. 1913.",
    "ACS, PCM, fasc. 1929.",
])
def test_a_table_or_file_number_shaped_like_a_year_is_no_date(text):
    assert _table(text) == []


def test_an_imprint_year_before_a_table_number_is_no_date():
    assert _table("Historisk statistik för Sverige, Stockholm 1969, tabell 19.") == []


def test_a_spanish_decade_named_with_decada_and_its_words_is_that_decade_of_the_dates_beside_it():
    assert _table("Entre 1910 y 1935 creció; la década de los veinte fue la mayor.")[-1] \
        == ["década de los veinte", "1920-01-01", "1929-12-31", "year"]


@pytest.mark.parametrize("text, surface, start, end", [
    ("Según la memoria, en el año 1.913 la cosecha fue buena (1912).", "1.913", "1913-01-01", "1913-12-31"),
    ("Según la memoria, de 1.920 a 1.930 no bajó (1912).", "1.920 a 1.930", "1920-01-01", "1930-12-31"),
])
def test_a_year_written_with_a_thousands_point_after_a_word_only_a_year_follows_is_that_year(text, surface, start, end):
    assert _table(text)[0] == [surface, start, end, "year"]


def test_a_number_with_a_thousands_point_before_a_unit_is_a_count():
    assert _table("En 1912 se importaron 1.913 toneladas.") == [["1912", "1912-01-01", "1912-12-31", "year"]]


def test_two_digits_after_a_word_for_to_are_no_shortened_second_year():
    assert _table("Het cijfer daalde van 142 in 1929 tot 77 in het jaar daarna.") \
        == [["1929", "1929-01-01", "1929-12-31", "year"]]


def test_a_shortened_second_year_after_a_dash_stays_the_span():
    assert _table("Feinstein's series for 1913–38.") == [["1913–38", "1913-01-01", "1938-12-31", "year"]]


def test_two_american_days_parted_by_the_first_years_comma_and_to_are_one_span():
    assert _table("The fiscal year (July 1, 1949, to June 30, 1950) closed.") \
        == [["July 1, 1949, to June 30, 1950", "1949-07-01", "1950-06-30", "day"]]


def test_a_journal_volumes_year_in_brackets_before_its_page_is_no_date():
    assert _table("7 Vgl. Wirtschaft und Statistik 3 (1923), S. 700, zu den Preisen von 1922.") \
        == [["1922", "1922-01-01", "1922-12-31", "year"]]


def test_slashed_numbers_after_an_archival_series_code_in_capitals_are_a_file_not_a_day():
    assert _table("NAI, RLFC 3/1/1913; letter of 4 January 1913.") \
        == [["4 January 1913", "1913-01-04", "1913-01-04", "day"]]
