"""An edition statement in words no list holds after the title (`Name, Title, ail arg. (Place: Publisher, 1968)`): two
words in small letters, the second abbreviated; it is neither the title nor makes the title an author."""

from histkit.citations import parse_reference
from histkit.citations.editions import edition_shape


def test_two_small_words_the_second_abbreviated_are_an_edition_shape():
    assert edition_shape("qil arg.")


def test_an_op_cit_is_no_edition_shape():
    assert not edition_shape("ob. cit.")


def test_an_unknown_edition_after_the_title_is_left_out_of_authors_and_title():
    ref = parse_reference("R. E. Pritchard, Cymorth Cydfuddiannol, qil arg. (Llandysul: Gwasg Gomer, 1968), tt. 101–4.")
    assert (ref["authors"], ref["title"], ref["year"]) == ("R. E. Pritchard", "Cymorth Cydfuddiannol", "1968")
