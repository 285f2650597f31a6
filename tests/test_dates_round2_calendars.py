"""A day of another calendar with its Gregorian day in brackets is one date, surface the whole (dates round 2)."""

from histkit import Document, analyse_layout, dates_table


def test_a_solar_hijri_day_with_its_gregorian_day_in_brackets_is_one_row_of_the_dates_table():
    text = "مصدق در ۷ اردیبهشت ۱۳۳۰ (۲۸ آوریل ۱۹۵۱) به نخست‌وزیری برگزیده شد.\n"
    table = dates_table(analyse_layout(Document.from_text(text, doc_id="f")))
    assert table[["surface", "date_start"]].values.tolist() == [["۷ اردیبهشت ۱۳۳۰ (۲۸ آوریل ۱۹۵۱)", "1951-04-28"]]
