"""Initials without full stops that spell an article (`EL Glaeser`, `LA Smith`) are a person's initials: a repeat by
such authors with its note (`EL Glaeser and A Shleifer (n 1), 403`) names its authors, not a title."""

from histkit.citations.names import is_name
from histkit.citations.references import parse_reference


def test_initials_in_capitals_before_a_surname_make_a_name():
    assert is_name("EL Glaeser") and is_name("LA Smith")


def test_an_article_before_words_in_capitals_or_a_title_is_still_none():
    assert not is_name("EL PAÍS") and not is_name("La Révolution française")


def test_a_repeat_by_two_such_authors_with_its_note_names_the_authors():
    ref = parse_reference("EL Glaeser and A Shleifer (n 1), 403.")
    assert (ref["authors"], ref["title"], ref["pages"]) == ("EL Glaeser and A Shleifer", "", "403")
