"""Round 15's Japanese-language house (`japanese.py`): the name glued to 『book』 or 「article」, the parts after the
ideographic commas, units after numbers; the glued repeats; where a Japanese note goes on to another work. Names and
titles here are made up for the tests."""

from histkit.citations.extract import cite_document, default_matcher
from histkit.citations.japanese import glued_surnames, japanese_stops, read_japanese
from histkit.citations.splitter import split_citations


def test_a_book_gives_author_title_publisher_year_and_pages():
    ref = read_japanese("田中一郎『村の市場』某出版会、1999年、12–20頁。", {})
    assert (ref["authors"], ref["title"], ref["publisher"], ref["year"], ref["pages"]) == \
        ("田中一郎", "村の市場", "某出版会", "1999", "12–20")


def test_an_article_names_its_journal_volume_and_issue_in_brackets():
    ref = read_japanese("田中一郎「市の変動」（『某史学』第77巻第2号、2004年）、101–130頁、とくに110頁。", {})
    assert (ref["title"], ref["container"], ref["volume"], ref["issue"], ref["year"], ref["pages"]) == \
        ("市の変動", "某史学", "77", "2", "2004", "101–130")


def test_a_chapter_names_the_editor_of_its_book_in_the_brackets():
    ref = read_japanese("田中一郎「市」（木村次郎編『論集』某社、2010年）、33–50頁。", {})
    assert (ref["authors"], ref["container"], ref["editors"], ref["publisher"], ref["year"]) == \
        ("田中一郎", "論集", "木村次郎", "某社", "2010")


def test_a_translator_in_brackets_and_the_originals_year():
    ref = read_japanese("ピーター・スミス（田中花子訳）『市場』某書店、2001年、8頁（原著1990年）。", {})
    assert (ref["authors"], ref["translator"], ref["year"], ref["first_edition"]) == \
        ("ピーター・スミス", "田中花子", "2001", "1990")


def test_an_editing_body_a_volume_word_and_a_reprints_first_year():
    ref = read_japanese("某省某局編『調査資料』下巻、某出版、1982年（復刻版、初版1910年）、132頁。", {})
    assert (ref["authors"], ref["volume"], ref["year"], ref["first_edition"]) == ("某省某局", "下", "1982", "1910")


def test_a_thesis_has_its_school_as_publisher():
    ref = read_japanese("田中花子「村の病」（博士論文、某大学大学院某研究科、2010年）、56頁。", {})
    assert (ref["publisher"], ref["year"], ref["pages"]) == ("某大学大学院某研究科", "2010", "56")


def test_the_glued_repeats_give_the_surname_and_the_word_or_the_short_title():
    assert [(r["authors"], r["title"], r["pages"]) for r in (
        read_japanese("田中前掲書、77頁。", {}), read_japanese("木村編前掲書、5頁", {}),
        read_japanese("田中前掲「市の変動」、25頁。", {}), read_japanese("前掲の田中書のほか", {}))] == [
        ("田中", "前掲書", "77"), ("木村", "前掲書", "5"), ("田中", "市の変動", "25"), ("田中", "前掲書", "")]


def test_an_archives_item_and_a_newspaper_are_no_reference():
    assert read_japanese("某資料館所蔵「某家文書」（明治三十年）。", {}) is None
    assert read_japanese("『某新聞』1905年5月3日付。", {}) is None


def test_a_japanese_note_goes_on_after_its_full_stop_after_besides_and_before_and():
    assert japanese_stops("田中前掲書、6頁。木村一郎『本』某社、1990年。") == [8]
    assert japanese_stops("前掲の田中書のほか、木村一郎『本』") == [9]
    assert japanese_stops("田中前掲書、6頁、および John Smith, Title") == [8]
    assert japanese_stops("同上、22頁。") == []
    assert japanese_stops("某所蔵「文書」、昭和13年3月1日。および某所蔵「綴」") == []


def test_the_splitter_cuts_a_folded_japanese_note_at_its_full_stop():
    pieces = [s.raw for s in split_citations("田中前掲論文,60頁.木村一郎「論文」(『某誌』第6巻,1996年),455–480頁.")]
    assert pieces == ["田中前掲論文,60頁", "木村一郎「論文」(『某誌』第6巻,1996年),455–480頁."]


def test_a_glued_name_is_called_by_its_beginnings_and_a_katakana_one_by_its_last_part():
    assert glued_surnames("田中一郎") == ("田", "田中", "田中一")
    assert glued_surnames("ピーター・スミス") == ("スミス",)
    assert glued_surnames("田中") == () and glued_surnames("Smith") == ()


def test_a_glued_repeat_links_to_the_authors_full_reference():
    notes = [("1", "田中一郎『村の市場』某出版会、1999年、12頁。"), ("2", "田中前掲書、60頁。")]
    refs = cite_document("d", notes, default_matcher().copy()).references
    assert (refs[1]["ref_of"], refs[1]["title"], refs[1]["year"]) == ("1:1", "村の市場", "1999")
