"""Two dates that only a word for "to" or a dash parts are one span in the dates table (histkit.dates.spans): each end
whole, or the first a day the text gives without its year, which takes the year of the end it runs to."""

from histkit import Document, analyse_layout, dates_table
from histkit.dates import find_dates
from histkit.dates.spans import spans_of
from histkit.dates.values import DateMatch


def _spans(text, yearless=frozenset()):
    return [(d.surface, d.date_start, d.date_end, d.precision) for d in spans_of(text, find_dates(text), yearless)]


def test_two_whole_days_a_word_for_to_parts_are_one_span_of_days():
    assert _spans("mula Marso 3, 1901 hanggang Abril 5, 1903") == [
        ("Marso 3, 1901 hanggang Abril 5, 1903", "1901-03-03", "1903-04-05", "day")]


def test_a_year_to_a_month_is_one_span_of_the_finer_precision():
    assert _spans("mula 1931 hanggang Mayo 1934") == [("1931 hanggang Mayo 1934", "1931-01-01", "1934-05-31", "month")]


def test_two_year_first_days_a_dash_parts_are_one_span():
    assert _spans("1961 ജൂൺ 2 – 1962 മാർച്ച് 4") == [("1961 ജൂൺ 2 – 1962 മാർച്ച് 4", "1961-06-02", "1962-03-04", "day")]


def test_dates_an_and_parts_stay_apart():
    assert len(_spans("Mayo 3, 1901 at Abril 5, 1903")) == 2


def test_a_later_date_before_an_earlier_one_is_no_span():
    assert len(_spans("Abril 5, 1903 hanggang Marso 3, 1901")) == 2


def test_a_day_without_its_year_before_to_takes_the_year_of_the_end_it_runs_to():
    text = "do 4 de maio ao 6 de xuño de 1952"
    first = DateMatch(3, 12, "4 de maio", "1948-05-04", "1948-05-04", "day")  # (dated by a year before it)
    # (the last end alone, as a reader that found only it gives it: the forms now read the whole span themselves)
    end = DateMatch(16, len(text), "6 de xuño de 1952", "1952-06-06", "1952-06-06", "day")
    assert [(d.surface, d.date_start, d.date_end) for d in spans_of(text, [first, end], frozenset({3}))] == [
        ("4 de maio ao 6 de xuño de 1952", "1952-05-04", "1952-06-06")]


def test_in_the_dates_table_two_days_of_the_year_before_joined_by_a_postposition_are_one_span():
    text = "1962ء میں 4 مارچ سے 9 مارچ تک اجلاس ہوا۔\n"
    table = dates_table(analyse_layout(Document.from_text(text, doc_id="d")))
    assert table[["surface", "date_start", "date_end"]].values.tolist() == [
        ["1962ء", "1962-01-01", "1962-12-31"], ["4 مارچ سے 9 مارچ", "1962-03-04", "1962-03-09"]]


def test_a_word_for_to_glued_to_the_second_end_by_its_hyphen_joins_the_span():
    assert _spans("mill-1 ta' Marzu 1941 sal-1944") == [("1 ta' Marzu 1941 sal-1944", "1941-03-01", "1944-12-31", "day")]
