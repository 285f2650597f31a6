"""The cited pages by their shape where the page mark is on no list: a mark printed after the number or range, with the
ordinal's full stop (Latvian `88. lpp.`, Hungarian `12–30. old.`), and a mark without a full stop before the number
(Estonian `lk 88`); a short word a list gives another meaning (an issue's `nr 3`, an edition's `2. izd.`) is no page."""

from histkit.citations import parse_reference
from histkit.citations.tails import trailing_pages


def test_a_page_range_with_its_mark_after_it_is_the_cited_pages():
    ref = parse_reference("J. Kalniņš, Ostas vēsture, Rīga: Liesma, 1970, 88.–90. lpp.")
    assert (ref["title"], ref["year"], ref["pages"]) == ("Ostas vēsture", "1970", "88.–90. lpp")


def test_a_page_mark_without_a_full_stop_before_the_page_is_the_cited_pages():
    ref = parse_reference("Peeter Tamm, Sadama ajalugu, Tallinn: Valgus, 1970, lk 88.")
    assert (ref["authors"], ref["title"], ref["pages"]) == ("Peeter Tamm", "Sadama ajalugu", "lk 88")


def test_an_issue_word_without_a_full_stop_is_no_page_mark():
    text = "Sadama ajalugu, Kroonika 1970, nr 3"
    assert trailing_pages(text) == (len(text), "")


def test_an_edition_after_its_number_is_no_page():
    text = "Povijest luke, Zagreb, 1980, 2. izd."
    assert trailing_pages(text) == (len(text), "")


def test_a_year_before_a_short_word_is_no_page():
    text = "Ostas vēsture, Rīga, 1925. g."
    assert trailing_pages(text) == (len(text), "")
