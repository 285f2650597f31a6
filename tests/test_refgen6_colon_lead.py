"""A lead word no list holds before a colon and the author (`Xem: Name, …`, `Dẫn theo: Name, …`), read by its shape:
one word of four letters or fewer, or two words the last in small letters, and a colon before a reference are cut
from it; one word and a colon before a full name of three words are no part of the name. The words are made up."""

from histkit.citations.heads import without_words_before_name
from histkit.citations.names import is_name
from histkit.citations.beforecolon import short_lead
from histkit.citations.splitter import split_citations


def test_one_word_and_a_colon_before_a_full_name_of_three_words_are_cut():
    assert without_words_before_name("Qem: Jan Ola Qarvo, Yllbok, Qorn, 2006", is_name) == "Jan Ola Qarvo, Yllbok, Qorn, 2006"


def test_a_surname_and_a_colon_before_a_title_of_two_words_stay():
    assert without_words_before_name("Qarvo: Yllbok Stada, Qorn 2006", is_name) == "Qarvo: Yllbok Stada, Qorn 2006"


def test_two_words_the_last_in_small_letters_or_one_short_word_are_a_lead_s_shape():
    assert short_lead("Qẫn qheo") and short_lead("Qem") and not short_lead("Qarvoberg") and not short_lead("Qorn Stada")


def test_a_long_capitalised_word_before_a_colon_is_no_lead():
    pieces = [(s.raw, s.role) for s in split_citations("Qarvoberg: Yllbok för Stada, qr. 95.")]
    assert ("Qarvoberg:", "commentary") not in pieces
