"""An article's quoted title right after its authors' names with no comma between (`Ben Bowling and Coretta Phillips
‘Title’ [2007] Modern Law Review, 70(6): 936–961`) is read as if the comma stood there; the year in brackets before
a journal printed with its volume and issue after it is the article's year."""

from conftest import cite


def test_names_then_a_quoted_title_without_a_comma_are_an_articles_authors_and_title():
    ref = cite("Ben Bowling and Coretta Phillips ‘Disproportionate and discriminatory: reviewing the evidence on police "
               "stop and search’ [2007] Modern Law Review, 70(6): 936–961.").references.iloc[0]
    assert (ref.authors, ref.title, ref.container, ref.year, ref.volume, ref.issue, ref.pages) == (
        "Ben Bowling and Coretta Phillips", "Disproportionate and discriminatory: reviewing the evidence on police stop "
        "and search", "Modern Law Review", "2007", "70", "6", "936–961")


def test_prose_quoting_a_phrase_after_a_few_words_is_no_reference():
    assert cite("Over de Haagse ‘Indische wijken’ is weinig geschreven.").references.empty
