"""Thai dates counted in the Buddhist Era alone (dates round 2)."""

from histkit import Document, analyse_layout, dates_table
from histkit.dates import find_dates


def test_a_paragraph_with_only_buddhist_era_years_is_read():
    text = "รัฐธรรมนูญประกาศใช้เมื่อวันที่ 10 ธันวาคม 2475 ในพระที่นั่ง\n"
    table = dates_table(analyse_layout(Document.from_text(text, doc_id="t")))
    assert table[["date_start", "precision"]].values.tolist() == [["1932-12-10", "day"]]


def test_an_abbreviated_thai_month_before_a_buddhist_era_year():
    found = find_dates("เกิดเหตุเมื่อ 6 ต.ค. 2519 ที่กรุงเทพฯ")
    assert [(d.surface, d.date_start) for d in found] == [("6 ต.ค. 2519", "1976-10-06")]
