"""Words of the scripts that write vowels as combining marks (Indic vowel signs and viramas, Thai tone marks) read by
their shape as words of any other script are: `\\w` counts no mark, so a shape counts a letter with its marks
(`words.LETTER`). The Gujarati words here are on no list: only their shape can say what they are."""

import re

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.ibidshape import unknown_ibid
from histkit.citations.repeatphrase import repeats_the_one_work
from histkit.citations.words import LETTER, page_mark_shape, pages_shape


def test_a_letter_with_its_vowel_sign_is_one_letter_of_a_shape():
    assert re.fullmatch(f"{LETTER}{{2}}", "પૃષ") is not None
    assert re.fullmatch(LETTER, "પૃ") is not None


def test_a_page_mark_with_a_vowel_sign_and_its_full_stop_marks_the_pages():
    assert re.fullmatch(pages_shape(), "પૃ. 45–52")


def test_a_page_word_with_a_tone_mark_and_no_full_stop_marks_the_pages():
    assert re.fullmatch(pages_shape(), "ป้า 45")


def test_a_page_mark_does_not_start_after_a_vowel_sign_inside_a_longer_word():
    assert re.search(f"(?:{page_mark_shape()})45", "અમદાવાદપૃ. 45") is None
    assert re.search(f"(?:{page_mark_shape()})45", "અમદાવાદ પૃ. 45").group() == "પૃ. 45"


def test_an_ibid_word_with_vowel_signs_on_no_list_is_read_by_its_shape():
    assert unknown_ibid("એજન, પૃ. 80.").group("word", "pages") == ("એજન", "પૃ. 80")


def test_a_repeat_phrase_with_vowel_signs_sharing_no_word_with_the_one_work_repeats_it():
    assert repeats_the_one_work("પૂર્વોક્ત", {"અવધના ખેડૂતો"})


def test_a_title_s_opening_letters_in_a_script_without_spaces_are_a_short_title_not_a_repeat_word():
    assert not repeats_the_one_work("คลองรังสิต", {"คลองรังสิตกับการขยายตัวของการปลูกข้าว"})


def test_a_book_and_its_repeat_in_a_script_of_vowel_signs_are_read_from_their_shape():
    notes = pd.DataFrame({"doc_id": ["d", "d"], "note_no": ["1", "2"],
                          "text": ["રમેશ ત્રિપાઠી, અવધના ખેડૂતો, અમદાવાદ, 1996, પૃ. 45.", "ત્રિપાઠી, પૂર્વોક્ત, પૃ. 77."]})
    refs = extract_citations(notes).references
    assert refs[["note_no", "authors", "title", "place", "year", "pages", "ref_of"]].values.tolist() == [
        ["1", "રમેશ ત્રિપાઠી", "અવધના ખેડૂતો", "અમદાવાદ", "1996", "પૃ. 45", ""],
        ["2", "ત્રિપાઠી", "અવધના ખેડૂતો", "અમદાવાદ", "1996", "પૃ. 77", "1:1"]]
