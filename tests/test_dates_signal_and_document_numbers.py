"""A number glued to a letter or standing after a sign for number before a date is a signal's or a document's, not a
first day of a list (`MKA/T14, 3 June 1944`, `ordre n° 6, 12 mars 1958`), nor is the last leaf of a range (`l.
21–23, 23 April 1944`); and a Turkic month's dotless `ı`
(`martın`, Azerbaijani) matches no English `i`: `Paul Martin, 1917` names no March."""

import pytest

from histkit.dates import find_dates


@pytest.mark.parametrize("text, start, end", [
    ("signal MKA/T14, 3 June 1944", "1944-06-03", "1944-06-03"),
    ("ordre n° 6, 12 mars 1958", "1958-03-12", "1958-03-12"),
    ("приказ № 8, 21 мая 1943 г.", "1943-05-21", "1943-05-21"),
    ("TsGA, f. 9, op. 2, d. 7, l. 21–23, 23 April 1944", "1944-04-23", "1944-04-23"),
    ("Minutes, 11, 12 March 1950", "1950-03-11", "1950-03-12"),
])
def test_a_number_of_a_signal_or_a_document_is_no_first_day(text, start, end):
    found = find_dates(text)
    assert [(d.date_start, d.date_end) for d in found] == [(start, end)]


@pytest.mark.parametrize("text, start, precision", [
    ("affaire Jean Martin, 1916", "1916-01-01", "year"),
    ("the papers of Lord Mayin, 1921", "1921-01-01", "year"),
    ("1918-ci il mayın 28-də", "1918-05-28", "day"),
])
def test_a_dotless_i_of_a_turkic_month_matches_no_english_i(text, start, precision):
    found = find_dates(text)
    assert [(d.date_start, d.precision) for d in found] == [(start, precision)]
