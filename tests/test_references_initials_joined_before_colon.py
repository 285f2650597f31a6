"""Authors by their initials joined by `&` or a word for "and" before a colon and the title (`D. Long & P. Wilson:
Title, Oxford, Clarendon Press, 1995`) are the authors; a title's words joined so are not."""

from histkit.citations.namecolon import name_colon
from histkit.citations.references import parse_reference


def test_two_authors_by_initials_and_an_ampersand_before_the_colon():
    ref = parse_reference("D. Long & P. Wilson: Thinkers of the Twenty Years’ Crisis, Oxford, Clarendon Press, 1995.")
    assert (ref["authors"], ref["title"], ref["year"]) == ("D. Long & P. Wilson", "Thinkers of the Twenty Years’ Crisis", "1995")


def test_two_authors_by_initials_and_the_word_and_before_the_colon():
    assert name_colon("D. Long and P. Wilson: Thinkers of the Crisis, Oxford, 1995").group("authors") == "D. Long and P. Wilson"


def test_a_title_joined_by_and_before_its_subtitle_is_no_authors():
    assert name_colon("War and Peace: A Study of the Novel, Oxford 1990") is None
