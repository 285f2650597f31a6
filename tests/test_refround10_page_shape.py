"""One page shape for the readers of pages in unknown words (`words.pages_shape`): an Ibid. whose word no list holds
is read with a page marked without a full stop (`lk 12`) or after the number (`12. lpp.`), as a reference's end is."""

from histkit.citations.ibidshape import unknown_ibid
from histkit.citations.tails import trailing_pages


def test_an_unknown_ibid_with_a_page_mark_without_a_full_stop():
    assert unknown_ibid("Seesama, lk 12.").group("word", "pages") == ("Seesama", "lk 12")


def test_an_unknown_ibid_with_its_page_mark_after_the_number():
    assert unknown_ibid("Tajā pašā, 12.–14. lpp.").group("word", "pages") == ("Tajā pašā", "12.–14. lpp.")


def test_an_unknown_ibid_with_a_volume_is_not_read_as_pages():
    assert unknown_ibid("Seesama, t. 4") is None


def test_a_page_mark_of_three_small_letters_and_a_full_stop_ends_a_reference():
    text = "Tamm, Küla, Tartu 1999, lhk. 12"
    assert trailing_pages(text) == (text.index(", lhk"), "lhk. 12")
