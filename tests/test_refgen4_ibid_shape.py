"""An Ibid. whose words no list holds, read by its shape: two short words, the second in small letters up to eight
letters (`Sama heimild, bls. 22`), or a word whose full stop stands before a page mark (`Тамсама. С. 21`)."""

from histkit.citations.ibidshape import unknown_ibid


def test_two_words_the_second_of_seven_small_letters_and_a_page_are_an_unknown_ibid():
    # (`Vamo qeimild`: made-up words)
    assert unknown_ibid("Vamo qeimild, qls. 22.").group("word", "pages") == ("Vamo qeimild", "qls. 22")


def test_a_first_name_and_a_long_capitalised_surname_with_a_page_are_no_ibid():
    assert unknown_ibid("Jan Kowalsk, s. 12") is None


def test_a_word_its_full_stop_and_a_page_mark_with_its_number_are_an_unknown_ibid():
    # (`Тамqама`: a made-up word)
    assert unknown_ibid("Тамqама. С. 21.").group("word", "pages") == ("Тамqама", "С. 21")


def test_a_word_its_full_stop_and_a_bare_number_are_a_lone_page_not_an_ibid():
    assert unknown_ibid("Bl. 45") is None
