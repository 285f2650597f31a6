"""Editors named before a bracketed mark in a language no list holds: an unknown "and", words before the name."""

from histkit.citations.heads import without_words_before_name
from histkit.citations.names import is_name, persons
from histkit.citations.unknownand import joined_by_unknown_and


def test_two_full_names_joined_by_an_unknown_short_word_are_persons():
    assert joined_by_unknown_and("Xabier Aranburu zut Itziar Lasa", is_name)


def test_a_title_with_a_short_word_between_nouns_is_not_two_persons():
    assert not joined_by_unknown_and("industrializazioa zut gizartea", is_name)


def test_family_names_alone_are_not_joined_by_an_unknown_word():
    assert not joined_by_unknown_and("Aranburu zut Lasa", is_name)


def test_persons_accepts_the_unknown_join_before_an_editor_mark():
    assert persons("Xabier Aranburu zut Itziar Lasa")


def test_words_before_a_name_with_an_unknown_editor_mark_are_cut():
    text = "Qwerty asdfgh Breandán Mac Giolla (zxc.), Pobal agus cladach (Indreabhán: Cló, 1998)"
    assert without_words_before_name(text, is_name) == "Breandán Mac Giolla (zxc.), Pobal agus cladach (Indreabhán: Cló, 1998)"


def test_parse_reads_unknown_joined_editors_and_the_title_after_their_mark():
    from histkit.citations import parse_reference
    ref = parse_reference("Xabier Aranburu zut Itziar Lasa (zxc.), Industrializazioa zut gizartea (Donostia: Elkar, 1998).")
    assert (ref["authors"], ref["title"], ref["year"]) == (
        "Xabier Aranburu zut Itziar Lasa", "Industrializazioa zut gizartea", "1998")


def test_a_lead_word_and_a_small_word_set_off_by_commas_are_cut_before_the_name():
    text = "Qwerty, asdfgh, Mikel Goñi Ansa, Bizkaiko historia (Bilbo: Foru, 2005)"
    assert without_words_before_name(text, is_name) == "Mikel Goñi Ansa, Bizkaiko historia (Bilbo: Foru, 2005)"


def test_a_name_and_its_initial_before_a_small_word_between_commas_stay():
    text = "Goñi, asdfgh, Bizkaiko historia (Bilbo: Foru, 2005)"
    assert without_words_before_name(text, is_name) == text
