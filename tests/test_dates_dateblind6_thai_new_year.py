"""Dates round 6: the old Thai new year (until BE 2484 the year opened on 1 April) and the Japanese imperial year."""

from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return [tuple(r) for r in table[["surface", "date_start"]].values.tolist()]


def test_a_day_of_march_in_an_old_buddhist_era_year_is_in_the_gregorian_year_after():
    assert _table("เอกสารลงวันที่ 15 มีนาคม 2480 ในเอกสารเก่า") == [("15 มีนาคม 2480", "1938-03-15")]


def test_a_day_after_march_in_an_old_buddhist_era_year_is_the_year_less_543():
    assert _table("ประกาศใช้เมื่อ 10 ธันวาคม 2475 ที่กรุงเทพ") == [("10 ธันวาคม 2475", "1932-12-10")]


def test_a_day_of_january_from_2484_on_is_the_year_less_543():
    assert _table("วันที่ 1 มกราคม 2484 เป็นวันขึ้นปีใหม่") == [("1 มกราคม 2484", "1941-01-01")]


def test_a_japanese_imperial_year_is_the_gregorian_year_less_660():
    assert _table("記念式典は皇紀2600年に行われた。") == [("皇紀2600年", "1940-01-01")]
