"""Round 13's general shapes outside the CJK and Arabic-script readers: French compound initials, a book's series,
Vietnamese and Persian words as data, a Persian compound name."""

from histkit.citations.caseless import caseless_name
from histkit.citations.names import is_name
from histkit.citations.references import looks_like_literature, parse_reference
from histkit.citations.series import without_series
from histkit.citations.shortrefs import cited_kind
from histkit.citations.splitter import split_citations


def test_french_initials_of_a_compound_forename_make_a_name():
    assert is_name("J.-P. Martin") and is_name("M.-Th. Durand") and is_name("J.-Cl. Petit")


def test_a_hyphen_between_words_that_are_not_initials_is_no_initial():
    assert not is_name("AB.-CD. X")


def test_a_series_clause_and_its_number_are_taken_off():
    assert without_series("A. Roux, Titre, Paris, Sirey, coll. « Études », t. 4, 1950") == "A. Roux, Titre, Paris, Sirey, 1950"


def test_a_series_clause_leaves_the_reference_readable():
    text = "J.-P. Martin, Un titre de thèse, Paris, LGDJ, coll. « Bibliothèque de droit », t. 12, 1970, p. 4"
    assert looks_like_literature(text) and parse_reference(text)["year"] == "1970"


def test_vietnamese_op_cit_words_say_which_work_they_repeat():
    assert (cited_kind("Nguyễn Văn An, Sđd, tr. 5"), cited_kind("Nguyễn Văn An, bài đã dẫn, tr. 5")) == ("book", "article")


def test_a_vietnamese_see_word_cuts_the_reference_off_the_sentence_before():
    pieces = split_citations("Một nhận xét dài về vấn đề này. Xem thêm Nguyễn Văn An, Sđd, tr. 60.")
    assert [p.raw for p in pieces if p.role == "citation"] == ["Nguyễn Văn An, Sđd, tr. 60."]


def test_a_persian_compound_surname_joined_by_a_zero_width_non_joiner_is_a_name():
    assert caseless_name("علی رضایی\u200cپور")


def test_a_persian_see_word_is_a_lead_in():
    pieces = split_citations("نک: علی رضایی, عنوان کتاب, تهران: ناشر, 1388, ص 45")
    assert [p.role for p in pieces] == ["lead-in", "citation"]


def test_french_s_after_the_pages_says_and_following():
    assert parse_reference("J.-P. Martin, Un titre, Paris, LGDJ, 1978, p. 45 s.")["pages"].startswith("p. 45 s")


def test_a_word_for_the_pages_that_follow_is_still_a_page_mark_before_a_number():
    from histkit.citations.words import not_page_words
    assert "s" not in not_page_words().split("|")
