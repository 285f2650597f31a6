"""Reference round 16's shapes: Urdu's full stop and the hamza after a common-era year, a listed word printed with
another apostrophe (Uzbek `Oʻ`), Latin's `Eiusdem`, and a quoted title that is no "work cited" phrase."""

import re

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.scriptfolds import fold_arabic, fold_wide_punctuation
from histkit.citations.repeatphrase import repeats_the_one_work
from histkit.citations.words import alternation


def _references(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": ["d"] * len(texts), "note_no": [str(k) for k in range(1, len(texts) + 1)],
                          "text": list(texts)})
    return extract_citations(notes).references


def test_the_urdu_full_stop_folds_to_a_full_stop_and_the_year_sign_to_a_space_the_length_kept():
    text = "۱۹۹۶ء، ص ۴۵۔"
    assert fold_wide_punctuation(text) == "1996 , ص 45." and len(fold_wide_punctuation(text)) == len(text)


def test_a_hamza_after_a_letter_stays():
    assert fold_arabic("جزء ۲") == "جزء 2"


def test_an_urdu_book_with_its_year_sign_is_read_with_place_publisher_and_year():
    # (made up: a name, a title, a place and a publisher in Urdu, the year printed `۱۹۸۲ء`)
    found = _references("احمد علی خان، شہر کی کہانی، کراچی: نیا ادارہ، ۱۹۸۲ء، ص ۱۰۔")
    assert found[["authors", "place", "publisher", "year"]].values.tolist() == [["احمد علی خان", "کراچی", "نیا ادارہ", "1982"]]


def test_a_listed_word_matches_whatever_apostrophe_prints_it():
    ibid = alternation("ibid.csv", "ibid", "uz")
    assert [bool(re.fullmatch(ibid, text)) for text in ("Oʻsha joyda", "O‘sha joyda", "O'sha joyda", "Osha joyda")] \
        == [True, True, True, False]


def test_a_quoted_phrase_is_a_title_not_the_work_cited():
    assert not repeats_the_one_work("«Bona et census»", {"De collegiis antiquis"})
    assert repeats_the_one_work("op. laud.", {"De collegiis antiquis"})


def test_a_short_quoted_title_repeats_the_authors_second_work_not_the_first():
    # (made up: the second work's author given by Latin's `Eiusdem`, repeated later by its quoted short title)
    found = _references("Marcus Kessler, Die Klöster im Süden, Münster, Aschendorff, 1950, S. 3; Eiusdem, «Bona et census "
                        "monasteriorum», Archivum Monasticum 12 (1952) 1–20.", "Kessler, «Bona et census», p. 5.")
    assert found[["authors", "year", "ref_of"]].values.tolist() == [
        ["Marcus Kessler", "1950", ""], ["Marcus Kessler", "1952", ""], ["Kessler", "1952", "1:2"]]


def test_an_urdu_article_in_its_reversed_quotes_is_read_with_journal_volume_issue_and_year():
    # (made up: an article in Urdu, its title quoted ” … “ as right-to-left print does, volume and issue by words)
    found = _references("نسرین اختر، ”دیہات کے مدارس“، مجلہ تحقیق، جلد ۷، شمارہ ۳ (۱۹۸۰ء)، ص ۱۰–۲۰۔")
    assert found[["authors", "title", "container", "volume", "issue", "year"]].values.tolist() == [
        ["نسرین اختر", "دیہات کے مدارس", "مجلہ تحقیق", "7", "3", "1980"]]


def test_a_latin_script_article_is_left_to_the_latin_readers():
    from histkit.citations.caselessjournal import caseless_article
    assert caseless_article("A. Smith, ‘Title’, Journal, vol 7, no 3 (1980), pp. 10–20") is None


def test_op_cit_after_a_single_initial_is_no_second_initial():
    found = _references("Mirzayev K. Maktablar tarixi. – Toshkent: Fan, 1990. – B. 5.", "Mirzayev K. Op. cit. – B. 9.")
    assert found[["authors", "ref_of"]].values.tolist()[-1] == ["Mirzayev K.", "1:1"]


def test_a_bengali_phrase_of_two_words_with_vowel_signs_repeats_the_authors_one_work():
    assert repeats_the_one_work("পূর্বোক্ত প্রবন্ধ", {"নদীর ঘাট"})


def test_a_thesis_named_by_its_institution_and_year_without_a_place_is_a_reference():
    # (made up: the Latin house's thesis, its institution the publisher)
    found = _references("Paulus Ferraro, De scholis rusticis, dissertatio ad lauream, Universitas Lateranensis, 1958, p. 9.")
    assert found[["authors", "title", "publisher", "year"]].values.tolist() == [
        ["Paulus Ferraro", "De scholis rusticis", "Universitas Lateranensis", "1958"]]


def test_a_thesis_in_brackets_after_its_title_is_a_reference():
    found = _references("Jane Doe, Mills and Markets (PhD thesis, University of Leeds, 2001), p. 88.")
    assert found[["authors", "title", "publisher", "year"]].values.tolist() == [
        ["Jane Doe", "Mills and Markets", "University of Leeds", "2001"]]


def test_a_thai_short_title_is_no_work_cited_phrase_its_words_unspaced():
    # (Thai parts no words by spaces: the pieces between its vowel signs are what the short title shares)
    assert not repeats_the_one_work("ชาวนารังสิต", {"ชาวนารังสิตกับปัญหาค่าเช่านา"})


def test_a_long_title_before_a_quoted_journal_with_its_volume_before_the_year_is_a_reference():
    # (made up: the Polish house's article, a title of more than eight words with a year inside it)
    found = _references("A. Nowak, Spółdzielnie mleczarskie w dawnym zaborze pruskim po 1918 roku i później, "
                        "„Kwartalnik Historyczny” 59, 1998, s. 33–58, tu s. 40.")
    assert found[["authors", "container", "volume", "year"]].values.tolist() == [
        ["A. Nowak", "Kwartalnik Historyczny", "59", "1998"]]


def test_a_gost_short_title_closed_by_its_ellipsis_repeats_the_work_in_latin_script_too():
    # (made up: an English book in GOST form, repeated by its short title and an ellipsis)
    found = _references("Dalton J. Schools of the Steppe. – London: Tauris, 1998. – P. 12.",
                        "Dalton J. Schools… – P. 150.")
    assert found[["authors", "title", "ref_of"]].values.tolist()[-1] == ["Dalton J.", "Schools", "1:1"]


def test_the_uzbek_page_mark_b_ends_a_gost_short_title():
    found = _references("Olimov K. Maktablar tarixi. – Toshkent: Fan, 1990. – B. 5.", "Olimov K. Maktablar… – B. 9.")
    assert found[["authors", "ref_of"]].values.tolist()[-1] == ["Olimov K.", "1:1"]


def test_a_malay_name_joined_by_bin_is_a_name_and_its_op_cit_repeats_its_work():
    found = _references("Ismail bin Daud, Sejarah Kampung, Kuala Lumpur: Pustaka, 1990, hlm. 4.",
                        "Ismail bin Daud, op. cit., hlm. 9.")
    assert found[["authors", "ref_of"]].values.tolist()[-1] == ["Ismail bin Daud", "1:1"]


def test_a_latin_gost_book_without_authors_its_editor_after_a_slash_is_read_with_its_imprint():
    # (made up: an edition of documents, the one responsible after ` / `, as GOST prints it)
    found = _references("Maktab hujjatlari / Nashrga tayyorlovchi: Olimov K. – Toshkent: Fan, 1995. – B. 7.")
    assert found[["title", "place", "publisher", "year"]].values.tolist() == [["Maktab hujjatlari", "Toshkent", "Fan", "1995"]]


def test_an_urdu_book_by_its_title_its_editor_after_it_and_its_publishers_branch_in_brackets():
    # (made up: an anthology, `مرتبہ:` naming its editor, the publisher's branch in brackets)
    found = _references("نظموں کا انتخاب، مرتبہ: رشید احمد، لاہور: ادارہ ادب (پاکستان)، ۱۹۵۰ء، ص ۵۔")
    assert found[["authors", "title", "place", "publisher", "year"]].values.tolist() == [
        ["رشید احمد", "نظموں کا انتخاب", "لاہور", "ادارہ ادب (پاکستان)", "1950"]]
