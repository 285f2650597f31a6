"""Author–date (APA) references: authors, then the date in brackets, then title and journal or publisher."""

import pytest

from conftest import cite

from histkit.citations import parse_reference


def fields(raw: str, *names: str) -> tuple:
    ref = parse_reference(raw)
    return tuple(ref[name] for name in names)


def test_journal_article_gives_authors_year_title_journal_volume_issue_and_pages():
    raw = "Lastname, A. B., & Other, C. (2001). Title of work. Journal Name, 12(3), 45–67."
    assert fields(raw, "authors", "year", "title", "container", "volume", "issue", "pages") == \
        ("Lastname, A. B., & Other, C.", "2001", "Title of work", "Journal Name", "12", "3", "45–67")


def test_book_leaves_its_edition_out_of_the_title_and_names_the_publisher():
    assert fields("Lastname, A. (2001). Book title (2nd ed.). Publisher.", "authors", "title", "publisher") == \
        ("Lastname, A.", "Book title", "Publisher")


def test_a_bracket_inside_the_title_stays_in_it():
    assert fields("City of Elm. (2019). Workshop (Ages 13-17): Know Your Rights. https://example.org/x", "title")[0] == \
        "Workshop (Ages 13-17): Know Your Rights"


def test_description_in_square_brackets_is_the_container():
    assert fields("Ward, L. (2015). Practical lessons [PowerPoint slides]. SlideShare. https://example.org/p",
                  "title", "container", "publisher") == ("Practical lessons", "PowerPoint slides", "SlideShare")


def test_organisation_as_author_without_a_date():
    assert fields("Some Bar Association. (n.d.). An award for teaching. https://example.org/a", "authors", "year", "title") \
        == ("Some Bar Association", "", "An award for teaching")


def test_newspaper_day_makes_the_last_sentence_the_paper_and_the_rest_the_title():
    raw = "Green, T. (2014, February 28). Who is she? A student's bragging costs a lawsuit. Daily Times. https://example.org"
    assert fields(raw, "year", "title", "container") == ("2014", "Who is she? A student's bragging costs a lawsuit",
                                                         "Daily Times")


def test_reference_after_a_sentence_of_comment_begins_at_its_authors():
    note = "A book on the subject is useful here. Doe, J. & Roe, R. (1999). Teaching law. Corwin."
    ref = cite(note).references.iloc[0]
    assert (ref.authors, ref.year, ref.title) == ("Doe, J. & Roe, R.", "1999", "Teaching law")


@pytest.mark.parametrize("raw, expected", [("(Lastname, 2001, p. 4)", ("Lastname", "2001", "p. 4")),
                                           ("(Doe & Roe, 1999)", ("Doe & Roe", "1999", ""))])
def test_short_citation_in_brackets_gives_author_year_and_page(raw, expected):
    assert fields(raw, "authors", "year", "pages") == expected


def test_a_name_and_year_in_running_prose_is_no_reference():
    assert parse_reference("Smith (2001) argues that the law changed. It did.")["year"] == ""
