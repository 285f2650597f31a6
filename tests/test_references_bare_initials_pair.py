"""Two authors by initials without stops and surnames, joined by "and" (`JP Near and MP Miceli, Title: Subtitle,
Journal 4, 1985, 2`), are the authors: the note had been read as commentary, its reference lost."""

from histkit.citations.names import is_name
from histkit.citations.references import parse_reference


def test_two_authors_by_bare_initials_are_a_name():
    assert is_name("JP Near and MP Miceli")


def test_a_title_of_two_words_joined_by_and_is_no_name():
    assert not is_name("Law and EU Regulation")


def test_the_reference_of_two_authors_by_bare_initials_is_read():
    ref = parse_reference("JP Near and MP Miceli, Organisational Dissidence: The Case of Whistle-Blowing, "
                          "Journal of Business Ethics 4, 1985, 2.")
    assert (ref["authors"], ref["container"], ref["year"]) == ("JP Near and MP Miceli", "Journal of Business Ethics", "1985")
