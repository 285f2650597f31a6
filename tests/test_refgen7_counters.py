"""The scripts of East Asia print a counter glued after a number (`77頁`, `45~52쪽`): the cited pages read by that shape
where no list knows the counter; and a Korean note's parts read by their shape where its words are on no list."""

import re

from histkit.citations.ibidshape import unknown_ibid
from histkit.citations.korean import read_korean
from histkit.citations.words import pages_shape


def test_a_counter_glued_after_the_pages_marks_them():
    assert re.fullmatch(pages_shape(), "45~52쪽") and re.fullmatch(pages_shape(), "77頁")


def test_a_year_with_its_counter_is_no_page():
    assert re.fullmatch(pages_shape(), "1998年") is None


def test_a_short_word_and_a_page_with_its_counter_is_an_ibid_by_its_shape():
    assert unknown_ibid("同右, 140頁.").group("word", "pages") == ("同右", "140頁")


def test_a_name_glued_to_a_phrase_in_chinese_characters_is_no_ibid_word():
    assert unknown_ibid("山本前掲書, 77頁.") is None


def test_a_short_word_after_the_pages_that_end_a_korean_citation_is_a_remark():
    ref = read_korean("김영숙, 『일제하 연구』, 서울: 혜안, 2006, 45~52쪽 살핌.", {})
    assert (ref["title"], ref["year"], ref["pages"]) == ("일제하 연구", "2006", "45~52")


def test_a_part_of_script_words_without_digits_before_the_year_is_the_institution_that_printed_it():
    ref = read_korean("최민호, 「금융조합」, 한빛대학교 대학원 사학과 석사논문, 2009, 77~85쪽.", {})
    assert (ref["title"], ref["publisher"], ref["year"]) == ("금융조합", "한빛대학교 대학원 사학과 석사논문", "2009")
