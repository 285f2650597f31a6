"""The cited page after an article's range read from its shape: a word in small letters, then a number, ending it."""

from histkit.citations import parse_reference


def test_a_small_word_and_a_page_after_the_range_give_the_cited_page_not_the_title():
    # (`qorvat`: a made-up language's "there")
    ref = parse_reference("M. Brink, 'Koloniale pensioenen', Tijdschrift voor Geschiedenis 98 (1985) 212-230, qorvat 220.")
    assert (ref["title"], ref["container"], ref["year"]) == ("Koloniale pensioenen", "Tijdschrift voor Geschiedenis", "1985")
