"""A weekday named as the following one after a dated day is the first such day after it (the date rounds' rule 162);
a weekday alone, or after a date that is no single day, is no date."""

import pytest

from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return [tuple(r) for r in table[["surface", "date_start"]].values.tolist()]


@pytest.mark.parametrize("text, row", [
    ("The conference met on Friday, 30 July 1926. The following Tuesday the delegates met again.",
     ("Tuesday", "1926-08-03")),
    ("La police évacua la Sorbonne le vendredi 3 mai 1968 ; le lundi suivant, les étudiants revinrent.",
     ("lundi", "1968-05-06")),
    ("Der Rat tagte am 3. März 1525; am folgenden Freitag kam die Antwort.", ("Freitag", "1525-03-10")),
])
def test_a_weekday_after_a_word_for_the_following_is_the_next_such_day(text, row):
    assert _table(text)[-1] == row


def test_a_weekday_that_recurs_is_no_date():
    assert _table("A circular issued on 3 May 1926 and every Thursday told the lodges the news.") == [
        ("3 May 1926", "1926-05-03")]


def test_a_following_weekday_after_a_year_alone_is_no_date():
    assert _table("In 1926 the strike failed; the following Tuesday nobody came.") == [("1926", "1926-01-01")]
