"""Feasts named with their year in the languages of dates round 20 (the date rounds' rules 112 and 168): the day, and a
feast with its day in brackets two rows, the day named twice in one calendar."""

import pytest

from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return [tuple(r) for r in table[["surface", "date_start", "date_end"]].values.tolist()]


@pytest.mark.parametrize("text, row", [
    ("Der Rat tagte am Sonntag Lätare 1525 im Rathaus.", ("Sonntag Lätare 1525", "1525-03-26", "1525-03-26")),
    ("El Domingo de Ramos de 1936 salieron las procesiones.", ("Domingo de Ramos de 1936", "1936-04-05", "1936-04-05")),
    ("De troepen lagen sinds Hemelvaartsdag 1940 klaar.", ("Hemelvaartsdag 1940", "1940-05-02", "1940-05-02")),
    ("O svatém Václavu 1968 sloužil arcibiskup mši.", ("svatém Václavu 1968", "1968-09-28", "1968-09-28")),
    ("Cenzura byla o Velikonocích 1969 zpět.", ("Velikonocích 1969", "1969-04-06", "1969-04-06")),
])
def test_a_feast_with_its_year_is_its_day(text, row):
    assert _table(text) == [row]


def test_a_russian_feast_before_1918_is_its_julian_day_as_written():
    assert _table("На Пасху 1905 г. рабочие ещё бастовали.") == [("Пасху 1905 г.", "1905-04-17", "1905-04-17")]


def test_a_feast_and_its_day_in_brackets_are_two_rows():
    assert _table("Met Pinksteren 1940 (12 mei) stonden zij aan de brug.") == [
        ("Pinksteren 1940", "1940-05-12", "1940-05-12"), ("12 mei", "1940-05-12", "1940-05-12")]


def test_a_day_and_its_equivalent_in_another_calendar_stay_one_row():
    assert _table("the massacre of 1 March 1811 (5 Safar 1226) opened") == [
        ("1 March 1811 (5 Safar 1226)", "1811-03-01", "1811-03-01")]
