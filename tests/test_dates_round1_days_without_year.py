"""Dates round 1 (tests/fixtures/dates/round1): days named without their year after a dated one are read in its year."""

from histkit import Document, analyse_layout, dates_table
from histkit.dates import find_dates
from histkit.dates.sameyear import days_in_the_year_before


def _rows(text):
    table = dates_table(analyse_layout(Document.from_text(text, doc_id="d")))
    return table[["surface", "date_start", "date_end"]].values.tolist()


def test_a_day_without_its_year_after_a_dated_one_in_the_paragraph_takes_that_year():
    assert _rows("La marcia su Roma ebbe luogo nell'ottobre 1922; il 30 ottobre il re conferì l'incarico.\n") == [
        ["ottobre 1922", "1922-10-01", "1922-10-31"], ["30 ottobre", "1922-10-30", "1922-10-30"]]


def test_a_span_of_days_without_its_year_is_read_as_a_span():
    assert _rows("W sierpniu 1920 r. bitwa rozstrzygnęła się między 13 a 25 sierpnia.\n")[-1] == [
        "13 a 25 sierpnia", "1920-08-13", "1920-08-25"]


def test_after_a_span_of_years_a_day_without_its_year_is_not_read():
    text = "Between 1914 and 1918 the armistice of 11 November was long awaited."
    assert days_in_the_year_before(text, find_dates(text)) == []


def test_in_a_note_a_bare_number_before_a_day_and_month_gives_it_no_year():
    note = "LVVA, 1468. f., 1. apr., 212. l."
    assert days_in_the_year_before(note, find_dates(note), after_years=False) == []


def test_a_footnote_marker_glued_to_a_word_before_a_lone_roman_numeral_is_no_day():
    text = "Nel 1949 la Camera del lavoro si divise4. I filojugoslavi restarono."
    assert days_in_the_year_before(text, find_dates(text)) == []


def test_a_month_and_day_with_their_marks_and_no_year_take_the_year_of_the_date_before():
    text = "普通選挙法は1925年に成立し、同年5月5日に公布された。"
    assert [(d.surface, d.date_start) for d in days_in_the_year_before(text, find_dates(text))] == [
        ("5月5日", "1925-05-05")]
