"""A repeat's word run together from its initials, with no vowel (`Sđd`), read as op. cit. by its shape."""

from histkit.citations.repeatshape import plain_repeat_word


def test_a_word_without_a_vowel_is_a_repeat_word():
    assert plain_repeat_word("Qxđd")


def test_a_short_title_with_a_vowel_is_not_a_repeat_word():
    assert plain_repeat_word("Krak") is None


def test_a_word_of_another_script_without_latin_vowels_is_not_a_repeat_word():
    assert plain_repeat_word("Бгд") is None


def test_a_word_of_six_letters_without_a_vowel_is_not_a_repeat_word():
    assert plain_repeat_word("Qxđdfg") is None
