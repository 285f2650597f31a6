"""A lead word read from its shape before a GOST reference: the style puts no comma after the author's name, so the
words before it are cut where a GOST reference opening with its authors follows them."""

from histkit.citations import parse_reference


def test_an_unknown_abbreviation_and_colon_before_gost_authors_is_no_part_of_them():
    # (`Жщк.:`: a made-up language's "see")
    ref = parse_reference("Жщк.: Климкович В. Кооперативний рух у Галичині. – Львів: Світ, 2003. – С. 21–24.")
    assert (ref["authors"], ref["title"], ref["year"]) == ("Климкович В.", "Кооперативний рух у Галичині", "2003")


def test_unknown_words_and_an_abbreviation_before_a_colon_and_gost_authors_are_no_part_of_them():
    # (`Жщкорно ыв жщк.:`: a made-up language's "on this see")
    ref = parse_reference("Жщкорно ыв жщк.: Савчак І. Товариство у 1899–1914 рр. – Львів, 1997. – 64 с.")
    assert (ref["authors"], ref["year"]) == ("Савчак І.", "1997")
