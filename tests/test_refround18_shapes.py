"""Reference round 18's shapes: Khmer's full stop and colon and its letters as a caseless script's, the calendar's
initial after a Persian or Pashto year (`۱۳۵۰ ل.`), a title quoted right to left (`”…“`), and a corporate author
before the title (`Ministry of …, Title, Place, Publisher, Year`)."""

import pandas as pd

from histkit.citations import extract_citations, parse_reference
from histkit.citations.caseless import caseless_name
from histkit.citations.corporate import corporate_head
from histkit.citations.scriptfolds import fold_arabic, fold_wide_punctuation


def _references(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": ["d"] * len(texts), "note_no": [str(k) for k in range(1, len(texts) + 1)],
                          "text": list(texts)})
    return extract_citations(notes).references


def test_the_khmer_full_stop_and_colon_fold_to_ascii_ones_with_the_khmer_digits():
    assert fold_wide_punctuation("ភ្នំពេញ៖ គ្រឹះស្ថាន, ១៩៩០។") == "ភ្នំពេញ: គ្រឹះស្ថាន, 1990."


def test_two_khmer_words_are_a_caseless_name():
    assert caseless_name("សុខ ដារា") and not caseless_name("សុខ ដារា Smith")


def test_a_khmer_book_with_a_bracketed_imprint_is_read_with_its_author():
    # (made up: a family name and a given name, a title, a publisher in Phnom Penh, Khmer digits)
    found = _references("សុខ ដារា, ភូមិនិងស្រែ (ភ្នំពេញ៖ បណ្ណាគារថ្មី, ១៩៩៨), ទំ. ១០។")
    assert found[["authors", "title", "place", "publisher", "year"]].values.tolist() == [
        ["សុខ ដារា", "ភូមិនិងស្រែ", "ភ្នំពេញ", "បណ្ណាគារថ្មី", "1998"]]


def test_the_solar_calendars_initial_after_a_pashto_year_folds_to_spaces_the_length_kept():
    text = "کابل: مطبعه، ۱۳۵۰ ل.، مخ ۴."
    assert fold_arabic(text) == "کابل: مطبعه, 1350   , مخ 4." and len(fold_arabic(text)) == len(text)


def test_the_two_initials_of_a_persian_solar_year_fold_too_but_not_a_mark_after_a_short_number():
    assert fold_arabic("تهران، ۱۳۶۵ ه.ش.)") == "تهران, 1365     )"
    assert fold_arabic("ج ۲ ص.، ۴") == "ج 2 ص., 4"


def test_a_pashto_book_with_the_solar_initial_after_its_year_is_read():
    # (made up: a name of two words, a title, a place, a publisher)
    found = _references("احمد ولي، د کلي ژوند، کابل: دولتي مطبعه، ۱۳۵۰ ل.، مخ ۴.")
    assert found[["authors", "title", "place", "publisher", "year"]].values.tolist() == [
        ["احمد ولي", "د کلي ژوند", "کابل", "دولتي مطبعه", "1350"]]


def test_a_title_quoted_right_to_left_is_the_articles_title():
    # (made up: Pashto prints the opening quote ” and the closing “ in a right-to-left line)
    found = _references("احمد ولي، ”د کلي ژوند“، کرهڼه، ټوک ۳، ګڼه ۲ (۱۳۵۰ ل.)، مخ ۴–۹.")
    assert found[["authors", "title"]].values.tolist() == [["احمد ولي", "د کلي ژوند"]]


def test_a_closing_quote_before_a_space_opens_no_title():
    found = parse_reference("A. Smith, “Village Life,” Journal of Rural History 3 (1990): 4–9")
    assert found["title"] == "Village Life" and found["container"] == "Journal of Rural History"


def test_a_ministry_before_the_title_is_the_corporate_author():
    found = parse_reference("Ministry of Agriculture, Annual Report on Rice, Rangoon, Government Press, 1930, p. 4")
    assert (found["authors"], found["title"], found["year"]) == ("Ministry of Agriculture", "Annual Report on Rice", "1930")


def test_a_part_in_small_letters_after_the_bodys_comma_continues_its_name():
    text = "Ministero di agricoltura, industria e commercio, Relazione annuale, Roma, Tipografia, 1905"
    assert text[:corporate_head(text)] == "Ministero di agricoltura, industria e commercio, "


def test_a_corporate_word_in_a_caseless_first_part_makes_it_the_author():
    # (made up: "the Ministry of Agriculture", its head noun وزارت last in Pashto)
    found = _references("د کرنې وزارت، کلنی راپور، کابل: دولتي مطبعه، ۱۳۵۰ ل.، مخ ۴.")
    assert found[["authors", "title", "year"]].values.tolist() == [["د کرنې وزارت", "کلنی راپور", "1350"]]


def test_a_title_opening_with_a_corporate_word_and_a_pair_is_no_author():
    assert corporate_head("Government and Society in Burma, London, Macmillan, 1930") == 0


def test_a_corporate_word_without_a_small_word_after_it_is_no_author():
    assert corporate_head("Office Politics, London, Macmillan, 1930") == 0


def test_a_bodys_name_with_no_year_after_its_title_is_left_to_the_other_readers():
    assert corporate_head("Ministry of Agriculture, Annual Report on Rice, p. 4") == 0


def test_the_word_for_an_encyclopaedia_entry_is_no_part_of_its_title():
    found = parse_reference("A. Rossi, voce Enfiteusi, in Enc. giur., XII, Roma, Treccani, 1989, pp. 1-9")
    assert (found["authors"], found["title"], found["year"]) == ("A. Rossi", "Enfiteusi", "1989")


def test_a_title_opening_with_the_entry_words_capital_keeps_it():
    assert parse_reference("A. Rossi, Voce del popolo, Roma, Treccani, 1989")["title"] == "Voce del popolo"


def test_a_quoted_thesis_title_is_read_without_its_quotes():
    found = parse_reference("A. Rossi, “Le terre comuni, 1900–1940”, tesi di dottorato, Università di Pisa, 2004, p. 8")
    assert (found["title"], found["publisher"], found["year"]) == ("Le terre comuni, 1900–1940", "Università di Pisa", "2004")
