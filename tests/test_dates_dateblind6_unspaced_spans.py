"""Dates round 6: a word for "to" in a script written without spaces joins two dates into one span."""

from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return [tuple(r) for r in table[["surface", "date_start", "date_end"]].values.tolist()]


def test_japanese_kara_between_two_era_months_is_one_span():
    assert _table("日露戦争は明治37年2月から明治38年9月まで続いた。") == [
        ("明治37年2月から明治38年9月", "1904-02-01", "1905-09-30")]


def test_chinese_zhi_between_two_years_is_one_span():
    assert _table("1942年至1945年間，戰事不斷。") == [("1942年至1945年", "1942-01-01", "1945-12-31")]


def test_two_years_without_a_word_between_them_stay_two_rows():
    assert _table("1942年、1945年に選挙があった。") == [("1942年", "1942-01-01", "1942-12-31"),
                                                   ("1945年", "1945-01-01", "1945-12-31")]
