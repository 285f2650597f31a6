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


def test_a_title_closed_by_its_imprint_in_brackets_ends_before_it_and_takes_its_year():
    assert title_past_year("A TREATISE OF TENURES (London, John Walthoe 1741)", "") == ("A TREATISE OF TENURES", "1741")


def test_a_note_reference_in_brackets_is_no_imprint():
    assert title_past_year("Hartmann (fn. *, 2005)", "") == ("Hartmann (fn. *, 2005)", "")
