"""An Arabic-script note's punctuation and digits read as values; a Hijri year ends a caseless imprint."""

from histkit.citations.caseless import caseless_imprint
from histkit.citations.scriptfolds import fold_arabic, fold_wide_punctuation


def test_persian_and_arabic_indic_digits_become_ascii_and_the_length_is_kept():
    text = "ص ۴۵–۵۲، ج ٣؛"
    assert fold_arabic(text) == "ص 45–52, ج 3;" and len(fold_arabic(text)) == len(text)


def test_the_note_folding_for_splitting_folds_them_too():
    assert fold_wide_punctuation("نام، ۱۳۸۸؛") == "نام, 1388;"


def test_a_solar_hijri_year_ends_an_arabic_script_imprint():
    found = caseless_imprint(fold_arabic("نام نام، عنوان کتاب، تهران: ناشر، ۱۳۸۸"))
    assert found.group("place", "publisher", "year") == ("تهران", "ناشر", "1388")


def test_a_hijri_year_alone_does_not_end_a_latin_imprint():
    assert caseless_imprint("J. Smith, A Title, London: Press, 1388") is None


def test_the_foldings_fold_the_first_and_last_character_of_each_run_they_map_inside_latin_text():
    # (a text is folded only when it holds a character the table maps: the runs' ends must be among them)
    assert fold_wide_punctuation("Naslov，１ ＿ ～ 、。") == "Naslov,1 _ ~ ,."
    assert fold_wide_punctuation("Naslov ٠٩۰۹ ०९ ๐๙ ।॥ ።፣፤ ။၊") == "Naslov 0909 09 09 .. .,; .,"
    assert fold_arabic("Naslov ٠٩، ۹؛") == "Naslov 09, 9;"


def test_a_text_with_nothing_to_fold_is_returned_as_it_is():
    assert fold_wide_punctuation("Čas, 1990, str. 45–52.") == "Čas, 1990, str. 45–52." == fold_arabic("Čas, 1990, str. 45–52.")
