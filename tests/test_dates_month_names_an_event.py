"""A month's whole name with its capital and two digits no day can be name a month of a year, as events are named
(`Mai 68`, `Únor 48`: the date rounds' rules 112 and 121), in the text's past; a count after the number, an
abbreviated month or a day's number is no such month."""

from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return [tuple(r) for r in table[["surface", "date_start", "date_end"]].values.tolist()]


def test_a_month_and_two_digits_name_that_month():
    assert _table("Mai 68 a rejoué ces scènes à l'envers.") == [("Mai 68", "1968-05-01", "1968-05-31")]
    assert _table("Únor 48 začal demisí ministrů 20. února.")[:2] == [
        ("Únor 48", "1948-02-01", "1948-02-29"), ("20. února", "1948-02-20", "1948-02-20")]


def test_the_month_is_in_the_text_s_past_not_after_its_latest_year():
    assert _table("Le 18 octobre 1999 et le 20 juin 2000, on reparla de Mai 68.")[-1] == (
        "Mai 68", "1968-05-01", "1968-05-31")


def test_no_month_from_a_count_an_abbreviation_or_a_day():
    assert _table("In May 45 deputies of the party voted, in 1946.") == [("1946", "1946-01-01", "1946-12-31")]
    assert _table("Filed Dec 45, in 1946.") == [("1946", "1946-01-01", "1946-12-31")]
