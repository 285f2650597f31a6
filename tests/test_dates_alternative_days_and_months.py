"""The first of two days or months a word for "or" parts is a row of its own, in the month and year of the second
(the date rounds' rules 117 and 155): `Februar oder März 1525`, `2 lub 3 lipca`, `1 or 2 May 1920`."""

import pytest

from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return [tuple(r) for r in table[["surface", "date_start", "date_end"]].values.tolist()]


@pytest.mark.parametrize("text, rows", [
    ("Die Artikel entstanden wohl im Februar oder März 1525 in Memmingen.",
     [("Februar", "1525-02-01", "1525-02-28"), ("März 1525", "1525-03-01", "1525-03-31")]),
    ("Wojska przeprawiły się 30 czerwca 1410 r., lecz rachunki wskazują raczej na 2 lub 3 lipca.",
     [("30 czerwca 1410 r.", "1410-06-30", "1410-06-30"), ("2", "1410-07-02", "1410-07-02"),
      ("3 lipca", "1410-07-03", "1410-07-03")]),
    ("The fleet sailed on 1 or 2 May 1920.", [("1", "1920-05-01", "1920-05-01"), ("2 May 1920", "1920-05-02", "1920-05-02")]),
])
def test_the_first_of_two_alternatives_takes_the_month_and_year_of_the_second(text, rows):
    assert _table(text) == rows


def test_a_first_number_after_the_second_day_is_no_alternative():
    assert _table("The fleet sailed on 25 or 3 May 1920.") == [("3 May 1920", "1920-05-03", "1920-05-03")]
