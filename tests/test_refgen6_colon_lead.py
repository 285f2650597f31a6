"""A lead word no list holds before a colon and the author (`Xem: Name, …`, `Dẫn theo: Name, …`), read by its shape:
one to three words and a colon before a person's name are no part of the reference. The words are made up."""

from histkit.citations.heads import without_words_before_name
from histkit.citations.names import is_name
from histkit.citations.references import looks_like_literature
from histkit.citations.rereadings import rereadings


def test_one_word_and_a_colon_before_a_full_name_of_three_words_are_cut():
    assert without_words_before_name("Qem: Jan Ola Qarvo, Yllbok, Qorn, 2006", is_name) == "Jan Ola Qarvo, Yllbok, Qorn, 2006"


def test_a_surname_and_a_colon_before_a_title_of_two_words_stay():
    assert without_words_before_name("Qarvo: Yllbok Stada, Qorn 2006", is_name) == "Qarvo: Yllbok Stada, Qorn 2006"


def test_two_words_and_a_colon_before_a_short_form_are_read_again_without_them():
    assert list(rereadings("Qem qo: Qarvo, Yllbok för Stada, qr. 95.")) == ["Qarvo, Yllbok för Stada, qr. 95."]


def test_a_short_form_after_such_a_lead_is_literature():
    assert looks_like_literature("Qem qo: Qarvo, Yllbok för Stada, qr. 95.")


def test_more_than_three_words_before_the_colon_are_prose_not_a_lead():
    assert list(rereadings("Qem qo qa qi: Qarvo, Yllbok för Stada, qr. 95.")) == []
