"""A holding opening with a series named in a word and its file's number: fond the series, unit the number."""

from conftest import cite


def test_a_named_series_and_its_number_part_into_fond_and_unit():
    rows = cite("Staatsarchiv Landshut (hereafter StALa), Rep. 164/9, Nr. 12, report, 3 May 1946.",
                "StALa, Staatsanwaltschaften 4711, indictment of 12 March 1948.").citations
    row = rows.iloc[1]
    assert (row.fond, row.unit, row.date_start) == ("Staatsanwaltschaften", "4711", "1948-03-12")


def test_a_document_named_with_a_year_is_no_series():
    row = cite("BArch, R 43, Bericht 1948, n.d.").citations.iloc[0]
    assert row.unit != "1948"
