"""A paragraph whose only date is an era's year in numerals (dates round 2)."""

from histkit import Document, analyse_layout, dates_table


def test_a_minguo_day_in_chinese_numerals_alone_in_its_paragraph():
    text = "民國二十六年七月七日，日軍在盧溝橋附近演習，戰爭全面爆發。\n"
    table = dates_table(analyse_layout(Document.from_text(text, doc_id="z")))
    assert table[["surface", "date_start", "precision"]].values.tolist() == [["民國二十六年七月七日", "1937-07-07", "day"]]
