"""Reference round 19's shapes: Uyghur's number words joined after a number by a hyphen and its authors before a colon
and a quoted title, Yoruba's tone marks over a subdot in names and edition words, its `o.i.` page mark and its word for
"in" after a quoted title, Lao's era initials before a year, and corporate authors named head word last or in two
parts (`Labour Office, Government of Bombay`)."""

import re

import pandas as pd

from histkit.citations import extract_citations, parse_reference
from histkit.citations.corporate import corporate_head
from histkit.citations.editions import edition_shape
from histkit.citations.names import is_name
from histkit.citations.scriptfolds import fold_arabic, fold_wide_punctuation
from histkit.citations.suffixes import numbers_first
from histkit.citations.tails import without_first_edition
from histkit.citations.words import PAGE_MARK_SHAPE


def _references(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": ["d"] * len(texts), "note_no": [str(k) for k in range(1, len(texts) + 1)],
                          "text": list(texts)})
    return extract_citations(notes).references


def test_a_number_word_joined_by_a_hyphen_stands_before_its_number_the_length_kept():
    text = "22-توم 2-سان، 12-30-بەتلەر"
    assert numbers_first(text) == "توم 22 سان 2، بەتلەر 12-30" and len(numbers_first(text)) == len(text)


def test_a_years_word_joined_by_a_hyphen_folds_to_spaces_before_the_year():
    assert fold_arabic("قەشقەر، 1985-يىل، 4-بەت") == "قەشقەر,     1985, بەت 4"


def test_a_hyphen_between_two_numbers_is_a_range_not_a_suffix():
    assert numbers_first("1884-1949") == "1884-1949" and numbers_first("ص 12-30") == "ص 12-30"


def test_a_uyghur_book_with_its_author_before_a_colon_and_a_quoted_title_is_read():
    # (made up: a given name and a father's name, a title, a place and a publisher)
    found = parse_reference(fold_arabic("ئەخمەت مەمەت: «يېزا تارىخى»، قەشقەر: قەشقەر نەشرىياتى، 1985-يىل، 12-30-بەتلەر."))
    assert [found[k] for k in ("authors", "title", "place", "publisher", "year")] == [
        "ئەخمەت مەمەت", "يېزا تارىخى", "قەشقەر", "قەشقەر نەشرىياتى", "1985"]


def test_one_surname_before_a_colon_and_a_quoted_title_is_a_short_forms_author():
    found = parse_reference(fold_arabic("مەمەت: «يېزا تارىخى»، 14-بەت"))
    assert (found["authors"], found["title"]) == ("مەمەت", "يېزا تارىخى")


def test_a_quotation_after_a_name_and_a_colon_ending_the_note_is_no_title():
    assert parse_reference("Goethe: „Mehr Licht!“")["authors"] != "Goethe"


def test_a_translators_clause_after_a_name_colon_title_stays_out_of_the_authors():
    found = parse_reference(fold_arabic("ئەخمەت مەمەت: «يېزا تارىخى»، تەرجىمە قىلغۇچى: تۇرسۇن ئابلا، قەشقەر: قەشقەر نەشرىياتى، 1985-يىل."))
    assert (found["authors"], found["title"]) == ("ئەخمەت مەمەت", "يېزا تارىخى")


def test_a_name_with_tone_marks_over_a_subdot_is_a_name():
    assert is_name("Ọ̀jọ́ Adéṣọlá") and is_name("Ẹ̀kọ́") and not is_name("Ìtàn àwọn àgbẹ̀")


def test_an_edition_word_followed_by_its_ordinal_in_words_is_an_edition():
    assert edition_shape("àtúnṣe kẹta") and not edition_shape("àtúnṣe")


def test_a_first_editions_year_after_a_semicolon_in_the_imprint_is_dropped_with_tone_marked_words():
    assert without_first_edition("(Èkó: Press, 2004; àtúnṣe àkọ́kọ́ 1990), 4") == "(Èkó: Press, 2004), 4"


def test_two_small_initials_each_with_a_full_stop_are_a_page_mark():
    assert re.fullmatch(rf"{PAGE_MARK_SHAPE}\d+", "o.i. 45") and not re.fullmatch(rf"{PAGE_MARK_SHAPE}\d+", "O.I. 45")


def test_a_listed_word_for_in_after_a_chicago_quoted_title_opens_the_container():
    # (made up: an article's title and the book it is in, Yoruba's `nínú`)
    found = parse_reference('Ọ̀jọ́ Adéṣọlá, "Ọjà Ìlú," nínú Ìtàn Ìlú, olóòtú Bọ́lá Àmọ̀ (Èkó: Press, 2004), o.i. 3–9.')
    assert (found["authors"], found["title"], found["container"]) == ("Ọ̀jọ́ Adéṣọlá", "Ọjà Ìlú", "Ìtàn Ìlú")


def test_two_lao_era_initials_before_a_year_fold_to_spaces():
    assert fold_wide_punctuation("ວຽງຈັນ: ໂຮງພິມ, ພ.ສ. 2505)") == "ວຽງຈັນ: ໂຮງພິມ,      2505)"


def test_a_corporate_author_named_head_word_last_then_its_parent_body_is_one_author():
    text = "Revenue Office, Government of Madras, Report on Land Tenures, 1911 (Madras: Government Press, 1912), 4."
    assert text[:corporate_head(text)] == "Revenue Office, Government of Madras, "


def test_and_between_two_head_words_joins_one_bodys_name():
    text = "Colony and Protectorate of Kenya, Annual Report for 1925 (Nairobi: Government Printer, 1926), 3."
    assert text[:corporate_head(text)] == "Colony and Protectorate of Kenya, "


def test_and_before_a_word_no_head_word_still_makes_a_titles_pair():
    assert corporate_head("Government and Society in India, Oxford, 1990") == 0


def test_a_uyghur_note_with_its_year_and_page_words_gives_a_reference():
    found = _references("قاراڭ: ئەخمەت مەمەت: «يېزا تارىخى»، قەشقەر: قەشقەر نەشرىياتى، 1985-يىل، 12-30-بەتلەر.")
    assert found[["authors", "title", "year"]].values.tolist() == [["ئەخمەت مەمەت", "يېزا تارىخى", "1985"]]
