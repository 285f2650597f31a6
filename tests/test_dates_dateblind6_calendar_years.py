"""Dates round 6: a year or a month of the Hijri or Rumi calendar in the dates table is the days it covers."""

from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return [tuple(r) for r in table[["surface", "date_start", "date_end", "precision"]].values.tolist()]


def test_a_hijri_year_marked_after_is_its_own_span_with_the_mark():
    assert _table("The tobacco protest of 1309 AH showed their power.") == [
        ("1309 AH", "1891-08-07", "1892-07-25", "year")]


def test_a_hijri_year_marked_before_is_its_own_span_with_the_mark():
    assert _table("The registers of AH 1315 counted the people.") == [("AH 1315", "1897-06-02", "1898-05-21", "year")]


def test_two_hijri_years_with_one_mark_run_from_the_first_to_the_end_of_the_second():
    assert _table("In 1299–1300 AH the courts met.") == [("1299–1300 AH", "1881-11-23", "1883-11-01", "year")]


def test_a_turkish_lower_case_hijri_mark_is_read():
    assert _table("Sicillerde 1325 h. yılına ait davalar var.") == [("1325 h.", "1907-02-14", "1908-02-03", "year")]


def test_a_rumi_year_after_1333_opens_in_january():
    assert _table("Bütçe 1341 R. yılına aittir.") == [("1341 R.", "1925-01-01", "1925-12-31", "year")]


def test_a_hijri_month_and_year_are_that_month():
    assert _table("Vaka Rebiülevvel 1327'de yaşandı.") == [("Rebiülevvel 1327", "1909-03-23", "1909-04-21", "month")]


def test_a_gregorian_month_before_a_year_of_hijri_range_stays_gregorian():
    assert _table("A charter of March 1300 survives.") == [("March 1300", "1300-03-01", "1300-03-31", "month")]


def test_an_ottoman_month_name_with_a_gregorian_year_is_a_gregorian_month():
    assert _table("Cumhuriyet 1 Kânunusani 1926'da yılbaşını kabul etti.") == [
        ("1 Kânunusani 1926", "1926-01-01", "1926-01-01", "day")]


def test_an_ottoman_month_name_with_a_rumi_year_is_the_rumi_month():
    assert _table("Meclis 4 Kânunuevvel 1324'te toplandı.") == [("4 Kânunuevvel 1324", "1908-12-17", "1908-12-17", "day")]
