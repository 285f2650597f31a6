"""A day and month without a year whose month's mark stands before its number (Vietnamese `ngày 19 tháng 8`) is
read in the year of the date before it, as `同年9月29日` is (numeral_marks.csv, `before` rows)."""

from histkit import Document, analyse_layout, dates_table


def test_a_vietnamese_day_without_its_year_takes_the_year_of_the_date_before():
    text = "Ngày 2 tháng 9 năm 1945, Hồ Chí Minh đọc Tuyên ngôn. Trước đó, ngày 19 tháng 8, Việt Minh giành chính quyền.\n"
    table = dates_table(analyse_layout(Document.from_text(text, doc_id="v")))
    assert table[["surface", "date_start"]].values.tolist() == [["2 tháng 9 năm 1945", "1945-09-02"],
                                                                ["19 tháng 8", "1945-08-19"]]


def test_a_number_before_the_mark_with_no_date_before_is_not_read():
    text = "Ngày 19 tháng 8, Việt Minh giành chính quyền ở Hà Nội.\n"
    assert dates_table(analyse_layout(Document.from_text(text, doc_id="v"))).empty


def test_a_day_without_its_year_in_another_scripts_digits_is_read_and_kept_as_written():
    text = "১৯৭১ সালের ২৫ মার্চ রাতে অভিযান শুরু করে। পরদিন, ২৬ মার্চ, ঘোষণা দেওয়া হয়।\n"
    table = dates_table(analyse_layout(Document.from_text(text, doc_id="b")))
    assert table[["surface", "date_start"]].values.tolist()[-1] == ["২৬ মার্চ", "1971-03-26"]
