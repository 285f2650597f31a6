"""A title read on past the year that ends it is cut there, and that year is the reference's."""

from __future__ import annotations

from histkit.literature.pastyear import title_past_year


def test_a_title_run_on_past_its_year_in_brackets_ends_before_it():
    assert title_past_year("Das Recht der Stadt (1968). English translation: The Law of the City", "1975") == \
        ("Das Recht der Stadt", "1968")


def test_a_title_run_on_past_its_year_and_page_between_commas_ends_before_them():
    assert title_past_year("Denkformen, 2001, 199.", "2010") == ("Denkformen", "2001")


def test_a_title_holding_a_span_of_years_stays_as_it_is():
    assert title_past_year("Die Stadt und ihr Umland 1600–1800", "1996") == ("Die Stadt und ihr Umland 1600–1800", "1996")
