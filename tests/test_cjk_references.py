"""Chinese and Japanese references read by their shape (histkit/citations/cjk.py)."""

from histkit.citations.cjk import is_cjk_reference, read_cjk
from histkit.citations.references import parse_reference


def test_a_book_gives_author_title_imprint_year_and_pages():
    ref = read_cjk("张某：《某地商业史》，北京：某书局，1999年，第10—12页。", {})
    assert (ref["authors"], ref["title"], ref["place"], ref["publisher"], ref["year"], ref["pages"]) == \
        ("张某", "某地商业史", "北京", "某书局", "1999", "10—12")


def test_an_article_takes_its_journal_year_and_issue_from_the_glued_units():
    ref = read_cjk("刘某：《某文》，《某学报》1987年第4期，第5—9页。", {})
    assert (ref["container"], ref["year"], ref["issue"], ref["pages"]) == ("某学报", "1987", "4", "5—9")


def test_a_chapter_names_its_book_after_the_in_word_and_its_volume_by_its_unit():
    ref = read_cjk("赵某：《某章》，载钱某主编：《某论集》第3辑，上海：某出版社，2001年，第7页。", {})
    assert (ref["title"], ref["container"], ref["volume"], ref["year"]) == ("某章", "某论集", "3", "2001")


def test_a_japanese_page_unit_is_read_as_the_chinese_one():
    assert read_cjk("山本某：《某研究》，東京：某社，1930年，第8頁。", {})["pages"] == "8"


def test_the_cited_before_form_names_the_author_only():
    ref = read_cjk("前引孙某文，第25页。", {})
    assert (ref["authors"], ref["pages"]) == ("孙某", "25")


def test_a_newspaper_issue_dated_to_the_day_is_no_reference():
    assert not is_cjk_reference("《某报》1930年5月1日，第3版。")


def test_what_a_quotation_is_taken_from_is_the_work_read():
    ref = read_cjk("《某报》社论，转引自周某：《某书》，第70页。", {})
    assert (ref["authors"], ref["title"], ref["pages"]) == ("周某", "某书", "70")


def test_an_ibid_and_a_latin_reference_are_not_read_here():
    assert read_cjk("同上，第20页。", {}) is None and read_cjk("J. Smith, A Title, London 1990, 4", {}) is None


def test_parse_reference_reads_the_cjk_shape_first():
    assert parse_reference("吴某：《某书》（修订本），北京：某书局，2015年，第3页。")["title"] == "某书"
