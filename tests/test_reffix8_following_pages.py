"""The cited pages end a reference however the pages that follow are marked (`sgg.`, `ss.`, `и даље`, `sq.`), and
pages joined by a word for "and" in any language (`45-52 e 101-115`) are one run of pages."""

import pytest

from histkit.citations.tails import trailing_pages


@pytest.mark.parametrize("text, pages", [
    ("Rossi, Le leghe, Rovigo, Minelliana, 2003, pp. 88 sgg.", "pp. 88 sgg."),
    ("Marić, Štampa, Beograd, 1970, стр. 201 и даље", "стр. 201 и даље"),
    ("Dupont, Les étrangers, Lille, 1990, p. 14 sq.", "p. 14 sq."),
    ("Rossi, Le leghe, Rovigo, Minelliana, 2003, pp. 45-52 e 101-115", "pp. 45-52 e 101-115"),
])
def test_the_pages_that_follow_and_pages_joined_by_and_end_a_reference(text, pages):
    assert trailing_pages(text)[1] == pages


@pytest.mark.parametrize("text, pages", [
    ("Rossi, Le leghe, Napoli 1971, 19–21, 89–92 e passim", "19–21, 89–92 e passim"),
    ("Savigny, System 1, Berlin 1840, 394 ss., 404–5", "394 ss., 404–5"),
])
def test_pages_that_follow_between_runs_of_pages_and_passim_after_them_are_pages(text, pages):
    assert trailing_pages(text)[1] == pages
