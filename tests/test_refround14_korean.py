"""Round 14's Korean house (`korean.py`): the author and a comma, 『book』 or 「article」, the parts after commas, units
after numbers; its repeats; what has the marks but is no reference. Names and titles here are made up for the tests."""

from histkit.citations.extract import cite_document, default_matcher
from histkit.citations.korean import is_korean_reference, read_korean
from histkit.citations.references import looks_like_literature, parse_reference


def test_a_book_gives_author_title_imprint_year_and_pages():
    ref = read_korean("홍길동, 『조선의 시장』, 서울: 가나출판, 1999, 12~20쪽.", {})
    assert (ref["authors"], ref["title"], ref["place"], ref["publisher"], ref["year"], ref["pages"]) == \
        ("홍길동", "조선의 시장", "서울", "가나출판", "1999", "12~20")


def test_an_article_names_its_journal_and_the_bare_number_after_it_is_the_volume():
    ref = read_korean("홍길동, 「장시의 변동」, 『역사연구』 77, 2004, 101~130쪽, 특히 110쪽.", {})
    assert (ref["title"], ref["container"], ref["volume"], ref["year"], ref["pages"]) == \
        ("장시의 변동", "역사연구", "77", "2004", "101~130")


def test_volume_and_issue_words_after_the_journal():
    ref = read_korean("홍길동, 「장시의 변동」, 『역사연구』 제12권 제4호, 2004, 5~9쪽.", {})
    assert (ref["volume"], ref["issue"]) == ("12", "4")


def test_a_chapter_names_the_editors_of_its_book_before_the_book():
    ref = read_korean("홍길동, 「장시」, 김가나·이다라 엮음, 『시장의 역사』, 서울: 가나출판, 2010, 33~50쪽.", {})
    assert (ref["authors"], ref["title"], ref["container"], ref["year"]) == ("홍길동", "장시", "시장의 역사", "2010")


def test_the_imprint_in_brackets_after_the_title():
    ref = read_korean("홍길동, 『장터 일기』(서울: 가나출판, 1970), 8~9쪽.", {})
    assert (ref["place"], ref["publisher"], ref["year"]) == ("서울", "가나출판", "1970")


def test_a_later_edition_is_cited_by_its_own_year_not_the_first_one_in_brackets():
    assert read_korean("홍길동, 『장터』, 개정판, 서울: 가나출판, 2015(초판 2001), 3쪽.", {})["year"] == "2015"


def test_a_japanese_work_written_the_korean_way_with_its_page_unit():
    ref = read_korean("田中一郎, 『市場史』, 京城: 某會, 1936, 45頁 참조.", {})
    assert (ref["authors"], ref["title"], ref["year"], ref["pages"]) == ("田中一郎", "市場史", "1936", "45")


def test_a_thesis_names_its_university_as_publisher():
    ref = read_korean("홍길동, 「장시 연구」, 가나대학교 대학원 사학과 박사학위논문, 2008, 7쪽.", {})
    assert (ref["title"], ref["publisher"], ref["year"]) == ("장시 연구", "가나대학교 대학원 사학과 박사학위논문", "2008")


def test_a_newspaper_issue_dated_to_the_day_is_no_reference():
    assert not is_korean_reference("『가나일보』 1930년 4월 2일자, 「시장 소식」.")


def test_an_archive_item_with_its_number_is_no_reference():
    assert not is_korean_reference("국립문서관, 「시장 허가의 건」(1920), 관리번호 AB0001234.")


def test_a_repeat_prints_the_author_and_the_word_for_the_work_cited():
    ref = read_korean("홍길동, 앞의 책, 60쪽.", {})
    assert (ref["authors"], ref["title"], ref["pages"]) == ("홍길동", "앞의 책", "60")


def test_the_reference_parser_reads_the_korean_shape():
    text = "홍길동, 『조선의 시장』, 서울: 가나출판, 1999, 12쪽."
    assert looks_like_literature(text) and parse_reference(text)["title"] == "조선의 시장"


def _references(notes):
    return cite_document("d", notes, default_matcher().copy()).references


def test_a_repeat_with_the_author_links_to_the_authors_work():
    refs = _references([("1", "홍길동, 『조선의 시장』, 서울: 가나출판, 1999, 12쪽."), ("2", "홍길동, 앞의 책, 60쪽.")])
    assert (refs[1]["ref_of"], refs[1]["title"], refs[1]["year"]) == ("1:1", "조선의 시장", "1999")


def test_a_name_before_the_word_for_the_work_just_cited_is_no_ibid_of_the_citation_before():
    refs = _references([("1", "홍길동, 「장시의 변동」, 『역사연구』 77, 2004, 101~130쪽."),
                        ("2", "김가나, 『시장』, 서울: 가나출판, 1999, 5쪽."), ("3", "홍길동, 위의 글, 150쪽.")])
    assert refs[-1]["ref_of"] == "1:1"


def test_a_work_cited_again_by_its_title_alone_links_to_it():
    refs = _references([("1", "某會 編, 『東洋市場統計年報』 第5輯, 京城, 1937, 23쪽."), ("2", "『東洋市場統計年報』 第5輯, 30쪽.")])
    assert refs[1]["ref_of"] == "1:1"
