"""Round 15's scripts without capitals and its new repeat words: Thai books with Buddhist Era years (`thai.py`), Indic
digits, Hindi names of three words, lead words and closing quotes before a caseless letter, GOST's glued initials.
Names and titles here are made up for the tests."""

from histkit.citations.caseless import caseless_name
from histkit.citations.extract import cite_document, default_matcher
from histkit.citations.legal import without_lead_in
from histkit.citations.scriptfolds import fold_arabic
from histkit.citations.references import parse_reference
from histkit.citations.thai import read_thai


def _references(notes):
    return cite_document("d", notes, default_matcher().copy()).references


def test_a_thai_book_keeps_its_buddhist_era_year_as_printed():
    ref = read_thai("ชื่อ นามสกุล, หนังสือเล่มหนึ่ง (กรุงเทพฯ: สำนักพิมพ์หนึ่ง, 2540), หน้า 45–52.", {})
    assert (ref["authors"], ref["title"], ref["place"], ref["publisher"], ref["year"]) == \
        ("ชื่อ นามสกุล", "หนังสือเล่มหนึ่ง", "กรุงเทพฯ", "สำนักพิมพ์หนึ่ง", "2540")


def test_a_thai_translators_clause_ends_the_title_and_a_see_word_is_no_name():
    ref = read_thai("ดู ชื่อ นามสกุล, หนังสือ, แปลโดย ผู้แปล คนหนึ่ง, พิมพ์ครั้งที่ 2 (กรุงเทพฯ: สำนักพิมพ์, 2545)", {})
    assert (ref["authors"], ref["title"], ref["year"]) == ("ชื่อ นามสกุล", "หนังสือ", "2545")


def test_a_quoted_thai_article_is_not_read_as_a_book():
    assert read_thai("ชื่อ นามสกุล, “บทความ,” ใน หนังสือ (กรุงเทพฯ: สำนักพิมพ์, 2542), หน้า 5.", {}) is None


def test_a_quoted_title_closes_before_a_caseless_journal():
    ref = parse_reference("ชื่อ นามสกุล, “บทความหนึ่ง,” วารสารหนึ่ง ปีที่ 19 (2536): 12–30")
    assert ref["title"] == "บทความหนึ่ง"


def test_a_thai_repeat_by_the_given_name_links_to_the_full_reference():
    refs = _references([("1", "ชื่อ นามสกุล, หนังสือ (กรุงเทพฯ: สำนักพิมพ์, 2540), หน้า 4."),
                        ("2", "ชื่อ, อ้างแล้ว, หน้า 77.")])
    assert refs[1]["ref_of"] == "1:1"


def test_indic_digits_are_read_as_values():
    assert fold_arabic("१९९६, पृ. ४५–५२") == "1996, पृ. 45–52"
    assert fold_arabic("২০১০") == "2010"


def test_a_hindi_name_of_three_words_is_a_name():
    assert caseless_name("राम कुमार शर्मा") and not caseless_name("राम कुमार शर्मा की किताब")
    assert not caseless_name("गाँव की किताब")


def test_a_hindi_book_of_a_three_word_title_is_by_the_name_before_it():
    ref = parse_reference("राम कुमार शर्मा, गाँव की किताब, कोई प्रकाशन, नई दिल्ली, १९९६, पृ. ४५–५२.".translate(
        {code: ord("0") + code - 0x0966 for code in range(0x0966, 0x0970)}))
    assert (ref["authors"], ref["year"]) == ("राम कुमार शर्मा", "1996")


def test_a_lead_word_before_a_caseless_name_is_cut():
    assert without_lead_in("देखें, राम शर्मा, किताब") == "राम शर्मा, किताब"


def test_a_hindi_op_cit_links_to_the_authors_work():
    refs = _references([("1", "राम कुमार शर्मा, गाँव की किताब, कोई प्रकाशन, नई दिल्ली, 1996, पृ. 4."),
                        ("2", "तुलना करें, शर्मा, पूर्वोक्त, पृ. 7.")])
    assert refs[1]["ref_of"] == "1:1"


def test_a_gost_repeat_inverted_links_to_a_name_with_its_initial_glued():
    refs = _references([("1", "Б.Дорж. Нэгэн ном. УБ.: Адмон, 2003. х. 45."), ("2", "Дорж Б. Дурдсан бүтээл. х. 44.")])
    assert refs[1]["ref_of"] == "1:1"


def test_swahili_repeat_words_link_to_the_authors_work():
    refs = _references([("1", "Juma Mshana, *Kitabu Kimoja* (Dar es Salaam: DUP, 1998), kur. 4–5."),
                        ("2", "Mshana, kazi iliyotajwa, uk. 77.")])
    assert refs[1]["ref_of"] == "1:1"
