"""Authors and a quoted title with no comma between them, followed by the word for "in", are an article's citation."""

from histkit.citations.references import is_literature, parse_reference


def test_names_quoted_title_and_in_is_literature_read_with_its_authors():
    text = "M. Eliantonio and T. Palonnitty ‘The EU requirements: a story’ in this same issue, p. 1 f."
    assert is_literature(text)
    ref = parse_reference(text)
    assert (ref["authors"], ref["title"]) == ("M. Eliantonio and T. Palonnitty", "The EU requirements: a story")


def test_a_clause_quoting_words_before_in_is_not_literature():
    assert not is_literature("He did add ‘that we never’ in his speech, p. 1.")
