"""A month named alone after a lead word is of the year of the date before it (`in the middle of March`, `już w
marcu`); a month joined by "and" to a month with its year, without a word for "between", is a list's row in that
year (rules 7 and 36)."""

from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return [tuple(r) for r in table[["surface", "date_start", "date_end"]].values.tolist()]


def test_a_month_after_the_middle_of_or_the_polish_w_is_of_the_year_before():
    assert _table("It reached Paris on 24 February 1848 and Vienna in the middle of March.")[1] == (
        "March", "1848-03-01", "1848-03-31")
    assert _table("Wiosna Ludów 1848 r. dotarła do Poznania już w marcu.")[1] == ("marcu", "1848-03-01", "1848-03-31")


def test_a_month_joined_by_and_to_a_month_with_its_year_is_a_row_of_that_year():
    assert _table("La huelga, en febrero y marzo de 1919, triunfó.") == [
        ("febrero", "1919-02-01", "1919-02-28"), ("marzo de 1919", "1919-03-01", "1919-03-31")]


def test_after_between_the_two_months_stay_a_span_and_a_word_like_a_month_is_none():
    assert _table("Budgets collected between March and October 1904.") == [
        ("March and October 1904", "1904-03-01", "1904-10-31")]
    assert _table("The Northern Rising broke out in November 1569.") == [("November 1569", "1569-11-01", "1569-11-30")]
