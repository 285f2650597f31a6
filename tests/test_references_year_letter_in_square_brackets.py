"""A year with the letter an author-date list gives it (`[1982b]`) opens an OSCOLA journal citation as a plain year does."""

from histkit.citations.references import parse_reference


def test_lettered_year_in_square_brackets_is_the_year_and_leaves_the_journal_bare():
    ref = parse_reference("FA Elliston, ‘Civil Disobedience and Whistle-Blowing’ [1982b] Journal of Business Ethics 1, 23–28.")
    assert (ref["year"], ref["container"]) == ("1982", "Journal of Business Ethics")


def test_plain_year_in_square_brackets_reads_as_before():
    ref = parse_reference("FA Elliston, ‘Civil Disobedience’ [1982] Journal of Business Ethics 1 23.")
    assert (ref["year"], ref["container"], ref["volume"], ref["pages"]) == ("1982", "Journal of Business Ethics", "1", "23")
