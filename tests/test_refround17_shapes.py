"""Reference round 17's shapes: Ethiopic punctuation and an era's sign beside a year (Ethiopian calendar `ዓ.ም.`,
Bikram Sambat `वि.सं.`), an earlier edition after the era's sign, editors of three caseless words, a bracketed
(Place, Year) in a script without case, and the statements of responsibility of a Soviet reference."""

import pandas as pd

from histkit.citations import extract_citations, split_citations
from histkit.citations.scriptfolds import fold_wide_punctuation
from histkit.citations.responsibility import joins_responsibilities
from histkit.citations.tails import place_year_bracket, without_first_edition


def _references(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": ["d"] * len(texts), "note_no": [str(k) for k in range(1, len(texts) + 1)],
                          "text": list(texts)})
    return extract_citations(notes).references


def test_the_ethiopic_preface_colon_is_a_colon_and_the_word_separator_a_space():
    assert fold_wide_punctuation("ሀገር፦ ለሙከራ፡ቃል፣ 1990።") == "ሀገር: ለሙከራ ቃል, 1990."


def test_the_ethiopian_eras_sign_after_a_year_folds_to_spaces_the_length_kept():
    text = "ማተሚያ፣ 1988 ዓ.ም.)፣ ገጽ 4።"
    assert fold_wide_punctuation(text) == "ማተሚያ, 1988     ), ገጽ 4." and len(fold_wide_punctuation(text)) == len(text)


def test_the_bikram_sambat_prefix_before_a_year_folds_to_spaces_but_a_page_mark_stays():
    assert fold_wide_punctuation("प्रकाशन, वि.सं. २०३०, पृ. ४।") == "प्रकाशन,        2030, पृ. 4."


def test_an_amharic_book_with_its_era_marked_year_is_read_with_place_publisher_and_year():
    # (made up: a name, a title, a place and a publisher in Amharic)
    found = _references("ከበደ ተሰማ፣ የገጠር ኑሮ ታሪክ (ባሕር ዳር፦ ጣና አሳታሚ፣ 1988 ዓ.ም.)፣ ገጽ 10።")
    assert found[["authors", "title", "place", "publisher", "year"]].values.tolist() == [
        ["ከበደ ተሰማ", "የገጠር ኑሮ ታሪክ", "ባሕር ዳር", "ጣና አሳታሚ", "1988"]]


def test_an_earlier_edition_after_a_semicolon_is_dropped_with_the_spaces_of_an_eras_sign():
    assert without_first_edition("(ከተማ: አሳታሚ, 1992     ; ቀዳሚ እትም 1980     ), 4") == "(ከተማ: አሳታሚ, 1992), 4"


def test_three_caseless_words_before_a_bracketed_editors_word_are_the_editor():
    # (made up: a given name and a compound father's name, the Amharic word for editor in brackets)
    found = _references("ሙሉጌታ ወልደ ጊዮርጊስ (አዘጋጅ)፣ የደብዳቤዎች ስብስብ፣ ቅጽ 3 (ጎንደር፦ ፋሲል አሳታሚ፣ 1979 ዓ.ም.)፣ ገጽ 5።")
    assert found[["authors", "title", "volume", "year"]].values.tolist() == [
        ["ሙሉጌታ ወልደ ጊዮርጊስ", "የደብዳቤዎች ስብስብ", "3", "1979"]]


def test_a_bracketed_place_and_year_in_a_script_without_case_is_an_imprint():
    assert place_year_bracket("דוד כהן, פֿון שטעטל (לובלין, 1931), ז׳ 4").group("place", "year") == ("לובלין", "1931")


def test_a_yiddish_book_with_place_and_year_and_no_publisher_is_read():
    found = _references("דוד כהן, פֿון שטעטל (לובלין, 1931), ז׳ 4.")
    assert found[["authors", "title", "place", "year"]].values.tolist() == [["דוד כהן", "פֿון שטעטל", "לובלין", "1931"]]


def test_a_semicolon_between_a_translator_and_an_editor_after_the_slash_joins_them():
    note = "Мюллер Г. Ремесло в Европе / Пер. с нем. А. Б. Сидорова; Под ред. В. Г. Петрова. М., 1965. С. 3."
    assert joins_responsibilities(note, note.index(";"))
    assert [s.raw for s in split_citations(note) if s.role == "citation"] == [note]


def test_a_semicolon_between_two_references_still_cuts_though_one_has_a_slash():
    note = "Мюллер Г. Ремесло / Под ред. В. Г. Петрова. М., 1965. С. 3; Сидоров А. Б. Цех. Л., 1970. С. 5."
    assert not joins_responsibilities(note, note.index(";"))


def test_a_soviet_book_translated_and_edited_is_one_reference():
    found = _references("Мюллер Г. Ремесло в Европе / Пер. с нем. А. Б. Сидорова; Под ред. В. Г. Петрова. М.: Наука, "
                        "1965. С. 3.")
    assert found[["authors", "title", "place", "publisher", "year"]].values.tolist() == [
        ["Мюллер Г.", "Ремесло в Европе", "М.", "Наука", "1965"]]


def test_the_listed_tamil_ibid_repeats_the_work_before():
    # (made up: a Tamil book with initials before the given name, then the word for ibid. with a page)
    found = _references("மு. அருள்மொழி, ஊர்ப் பொருளாதாரம், மதுரை: தென்றல் பதிப்பகம், 1990, பக். 4–9.", "மேலது, ப. 12.")
    assert found.ref_of.tolist() == ["", "1:1"]


def test_a_listed_nepali_lead_word_is_no_part_of_the_reference():
    found = _references("हेर्नुहोस्, हरिप्रसाद शर्मा, गाउँको इतिहास, पोखरा: मेरो प्रकाशन, २०३०, पृ. ४।")
    assert found[["authors", "place", "year"]].values.tolist() == [["हरिप्रसाद शर्मा", "पोखरा", "2030"]]


def test_a_tamil_initial_of_a_letter_and_its_vowel_sign_opens_the_authors_name():
    # (made up: a Tamil initial of two letters and a vowel sign, `இரா.`, before the given name)
    found = _references("இரா. அன்பழகன், நெசவுத் தொழில், மதுரை: தென்றல் பதிப்பகம், 1991, பக். 4–9.")
    assert found[["authors", "title"]].values.tolist() == [["இரா. அன்பழகன்", "நெசவுத் தொழில்"]]
