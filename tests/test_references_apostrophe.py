"""A `’` between two letters is an apostrophe (`Women’s`, `dell’Italia`), not the opening quote of a title: the journal
after it is read as one."""

import pytest

from histkit.citations.quotes import QUOTE_START

from histkit.citations import parse_reference


def test_an_apostrophe_in_a_journals_name_leaves_it_the_container():
    ref = parse_reference("Jane Doe, Equal Pay Revisited, UCLA Women’s Law Journal 17/2008/2, 45.")
    assert (ref["authors"], ref["title"], ref["container"], ref["year"]) == \
        ("Jane Doe", "Equal Pay Revisited", "UCLA Women’s Law Journal", "2008")


@pytest.mark.parametrize("text", ["’Arbeit und Recht‘", "»Arbeit und Recht«", "„Arbeit und Recht“"])
def test_a_quotation_mark_before_a_word_still_opens_a_quote(text):
    assert QUOTE_START.match(text) is not None
