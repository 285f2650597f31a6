"""A year or month prose names with two digits takes the century of the dates nearest it, no later than the latest
year the paragraph names, not the century of its days alone (the date rounds' rules 98 and 121)."""

from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text, doc_id="d")))
    return [tuple(r) for r in table[["surface", "date_start"]].values.tolist()]


def test_a_class_of_68_after_the_1990s_is_1968_beside_a_day_of_1889():
    assert _table("He turned 80 on 29 December 1889. Ministers by the 1990s, the class of '68 ruled.\n") == [
        ("29 December 1889", "1889-12-29"), ("1990s", "1990-01-01"), ("'68", "1968-01-01")]


def test_mai_68_after_2008_is_1968_beside_a_month_of_1848():
    assert _table("Les quarante ans de Mai 68 furent fêtés en 2008 ; Louis-Philippe était tombé en février 1848.\n") == [
        ("Mai 68", "1968-05-01"), ("2008", "2008-01-01"), ("février 1848", "1848-02-01")]


def test_a_short_year_stays_where_a_century_later_passes_the_latest_year_named():
    assert _table("Elected on 16 giugno 1846, he saw the boys of '99 go; the monument came in 1968.\n") == [
        ("16 giugno 1846", "1846-06-16"), ("'99", "1899-01-01"), ("1968", "1968-01-01")]
