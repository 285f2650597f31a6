"""US law-review (Bluebook) references and the English and Austrian legal `Journal 77:3 (1983) 690` style."""

import pytest

from conftest import fields

from histkit.citations import parse_reference


def test_bluebook_article_has_volume_before_the_journal_and_the_year_in_brackets():
    ref = parse_reference("Albert W. Alschuler, Rediscovering Blackstone, 145 U. PA. L. REV. 1, 2 (1996).")
    assert fields(ref, "authors", "title", "container", "volume", "year", "pages") == \
        ("Albert W. Alschuler", "Rediscovering Blackstone", "U. PA. L. REV.", "145", "1996", "2")


@pytest.mark.parametrize("text, expected", [
    ("N. Hing, M. Lamont , P. Vitartas and E. Fink, Sports Bettors’ Responses: Implications for Compulsive "
     "Consumption. 68 JOURNAL OF BUSINESS RESEARCH, 2057–2066 (2015).",
     ("N. Hing, M. Lamont , P. Vitartas and E. Fink", "Sports Bettors’ Responses: Implications for Compulsive "
      "Consumption", "JOURNAL OF BUSINESS RESEARCH", "68", "2015")),
    ("C. Bonnaire, Internet gambling: what are the risks? 38 L’ENCÉPHALE, 42–49 (2012).",
     ("C. Bonnaire", "Internet gambling: what are the risks?", "L’ENCÉPHALE", "38", "2012")),
    ("Lee Harris, A Critical Theory of Private Equity 35 (1) Delaware Journal of Corporate Law 1 (2010).",
     ("Lee Harris", "A Critical Theory of Private Equity", "Delaware Journal of Corporate Law", "35", "2010")),
])
def test_bluebook_article_by_several_authors_or_with_its_title_ended_by_its_own_stop_or_no_comma(text, expected):
    assert fields(parse_reference(text), "authors", "title", "container", "volume", "year") == expected


@pytest.mark.parametrize("text, title, year", [
    ("DAVID LIEBERMAN, THE PROVINCE OF LEGISLATION DETERMINED 65 (1989).", "THE PROVINCE OF LEGISLATION DETERMINED", "1989"),
    ("DANIEL J. BOORSTIN, THE MYSTERIOUS SCIENCE OF THE LAW, at vii (Peter Smith 1973) (1941).",
     "THE MYSTERIOUS SCIENCE OF THE LAW", "1973"),
])
def test_bluebook_book_in_capitals_with_publisher_or_edition_before_the_year(text, title, year):
    assert fields(parse_reference(text), "title", "year") == (title, year)


def test_journal_volume_issue_and_bracketed_year_then_pages():
    ref = parse_reference("Zeman, Legal mobilization, American Political Science Review 77:3 (1983) 690 ff.")
    assert fields(ref, "authors", "title", "container", "volume", "issue", "year", "pages") == \
        ("Zeman", "Legal mobilization", "American Political Science Review", "77", "3", "1983", "690 ff.")


def test_book_with_the_year_in_brackets_and_the_page_after_it():
    ref = parse_reference("Schupisser, Judging Climate Change: A Comparative Analysis (2023) 45.")
    assert fields(ref, "authors", "title", "year", "pages") == ("Schupisser", "Judging Climate Change: A Comparative Analysis", "2023", "45")
